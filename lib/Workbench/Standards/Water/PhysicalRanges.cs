using System.Globalization;
using Workbench.IO;

namespace Workbench.Standards.Water;

/// <summary>The physically possible range of one item (not a class limit).</summary>
/// <param name="Item">The item.</param>
/// <param name="Unit">Unit the bounds are in.</param>
/// <param name="Min">Lowest possible value (inclusive).</param>
/// <param name="Max">Highest possible value (inclusive); null when there is no physical upper bound.</param>
/// <param name="Source">Why these bounds, in Chinese.</param>
public sealed record PhysicalRange(WaterItem Item, string Unit, decimal Min, decimal? Max, string Source)
{
    /// <summary>True when <paramref name="value"/> lies within the range.</summary>
    public bool Contains(decimal value) => value >= Min && (Max is not { } max || value <= max);

    /// <summary>The range as analysts read it: <c>0～14 无量纲</c>, <c>≥0 mg/L</c>.</summary>
    public string Describe() =>
        (Max is { } max ? $"{Min.ToString(CultureInfo.InvariantCulture)}～{max.ToString(CultureInfo.InvariantCulture)}" : $"≥{Min.ToString(CultureInfo.InvariantCulture)}")
        + " " + Unit;
}

/// <summary>
/// Physical ranges of the GB 3838 items, read from the data file <c>Standards/Water/Data/physical_ranges.csv</c> (each
/// row with its reason): a value outside is a typing, unit or column error and is not used for classing.
/// </summary>
public static class PhysicalRanges
{
    /// <summary>Path of the data file inside lib/Workbench.</summary>
    public const string DataPath = "Standards/Water/Data/physical_ranges.csv";

    private static readonly Lazy<Dictionary<WaterItem, PhysicalRange>> Table = new(Load);

    /// <summary>The range of an item, or null when the file gives none.</summary>
    public static PhysicalRange? For(WaterItem item) => Table.Value.GetValueOrDefault(item);

    /// <summary>All ranges, in GB 3838 Table 1 order.</summary>
    public static IReadOnlyList<PhysicalRange> All => Table.Value.Values.OrderBy(r => r.Item).ToArray();

    private static Dictionary<WaterItem, PhysicalRange> Load()
    {
        var d = new Dictionary<WaterItem, PhysicalRange>();
        foreach (var (line, lineNo) in EmbeddedData.DataLines(DataPath))
        {
            var f = line.Split(',', 5);
            if (f.Length != 5) throw new WorkbenchDataException(DataPath, lineNo, null, $"应有 5 列（item,unit,min,max,source），实有 {f.Length} 列");
            if (!Enum.TryParse<WaterItem>(f[0], out var item)) throw new WorkbenchDataException(DataPath, lineNo, "item", $"未知项目“{f[0]}”");
            if (!decimal.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var min))
                throw new WorkbenchDataException(DataPath, lineNo, "min", $"下限不是数值：“{f[2]}”");
            decimal? max = null;
            if (f[3].Length > 0)
            {
                if (!decimal.TryParse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var m))
                    throw new WorkbenchDataException(DataPath, lineNo, "max", $"上限不是数值：“{f[3]}”");
                max = m;
            }
            if (!d.TryAdd(item, new PhysicalRange(item, f[1], min, max, f[4])))
                throw new WorkbenchDataException(DataPath, lineNo, "item", $"项目“{f[0]}”重复");
        }
        return d;
    }
}
