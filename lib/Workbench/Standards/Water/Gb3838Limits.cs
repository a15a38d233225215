using System.Globalization;
using Workbench.IO;

namespace Workbench.Standards.Water;

/// <summary>How a GB 3838 limit bounds a value.</summary>
public enum LimitDirection
{
    /// <summary>No class limit (water temperature: only an anthropogenic-change rule).</summary>
    None,
    /// <summary>The value must not exceed the limit.</summary>
    Maximum,
    /// <summary>The value must be at least the limit (dissolved oxygen).</summary>
    Minimum,
    /// <summary>The value must lie within a range (pH 6–9).</summary>
    Range,
}

/// <summary>The limits of one item for classes Ⅰ–Ⅴ.</summary>
/// <param name="Item">The item.</param>
/// <param name="Direction">How the limits bound a value.</param>
/// <param name="ClassLimits">Limits of classes Ⅰ..Ⅴ (index 0 = Ⅰ); empty for <see cref="LimitDirection.None"/>;
/// for <see cref="LimitDirection.Range"/> the upper ends (the lower ends are in <see cref="RangeLow"/>).</param>
/// <param name="RangeLow">Lower ends for a range item (pH), index 0 = Ⅰ.</param>
public sealed record ItemLimits(WaterItem Item, LimitDirection Direction, IReadOnlyList<decimal> ClassLimits, IReadOnlyList<decimal> RangeLow)
{
    /// <summary>The limit of one class (the upper end for pH).</summary>
    public decimal LimitOf(WaterClass c) =>
        c is >= WaterClass.I and <= WaterClass.V && ClassLimits.Count == 5
            ? ClassLimits[(int)c - 1]
            : throw new ArgumentOutOfRangeException(nameof(c), c, $"{Item.ChineseName()}没有{c.ToLabel()}限值");
}

/// <summary>
/// GB 3838-2002 Table 1 limits, read from the data file <c>Standards/Water/Data/gb3838_2002_table1.csv</c>
/// (the numbers live there, not in code).
/// </summary>
public static class Gb3838Limits
{
    /// <summary>The version label carried by results.</summary>
    public const string StandardName = "GB 3838-2002";

    private static readonly Lazy<(Dictionary<WaterItem, ItemLimits> All, Dictionary<WaterItem, ItemLimits> River, Dictionary<WaterItem, ItemLimits> Lake)> Table = new(Load);

    /// <summary>
    /// Limits of <paramref name="item"/> for a water body, or null when GB 3838 Table 1 gives none
    /// (water temperature; total nitrogen outside lakes and reservoirs).
    /// </summary>
    public static ItemLimits? For(WaterItem item, WaterBodyType body)
    {
        var t = Table.Value;
        var specific = body == WaterBodyType.River ? t.River : t.Lake;
        if (specific.TryGetValue(item, out var l)) return l;
        if (t.All.TryGetValue(item, out l)) return l.Direction == LimitDirection.None ? null : l;
        return null;
    }

    /// <summary>The class Ⅲ limit (S_III) used by exceedance multiples and CWQI; null when none.</summary>
    public static decimal? ClassIIILimit(WaterItem item, WaterBodyType body) =>
        For(item, body) is { Direction: LimitDirection.Maximum or LimitDirection.Minimum } l ? l.LimitOf(WaterClass.III) : null;

    private static (Dictionary<WaterItem, ItemLimits>, Dictionary<WaterItem, ItemLimits>, Dictionary<WaterItem, ItemLimits>) Load()
    {
        const string path = "Standards/Water/Data/gb3838_2002_table1.csv";
        var all = new Dictionary<WaterItem, ItemLimits>();
        var river = new Dictionary<WaterItem, ItemLimits>();
        var lake = new Dictionary<WaterItem, ItemLimits>();
        foreach (var (line, lineNo) in EmbeddedData.DataLines(path))
        {
            var f = line.Split(',');
            if (f.Length != 8) throw new WorkbenchDataException(path, lineNo, null, "应有 8 列");
            var item = Enum.Parse<WaterItem>(f[0]);
            var dir = f[1] switch
            {
                "max" => LimitDirection.Maximum, "min" => LimitDirection.Minimum,
                "range" => LimitDirection.Range, "none" => LimitDirection.None,
                _ => throw new WorkbenchDataException(path, lineNo, "direction", $"未知方向 {f[1]}"),
            };
            var hi = new List<decimal>();
            var lo = new List<decimal>();
            if (dir != LimitDirection.None)
                for (var k = 3; k < 8; k++)
                {
                    if (dir == LimitDirection.Range)
                    {
                        var parts = f[k].Split('-');
                        lo.Add(decimal.Parse(parts[0], CultureInfo.InvariantCulture));
                        hi.Add(decimal.Parse(parts[1], CultureInfo.InvariantCulture));
                    }
                    else hi.Add(decimal.Parse(f[k], CultureInfo.InvariantCulture));
                }
            var limits = new ItemLimits(item, dir, hi, lo);
            (f[2] switch { "river" => river, "lake" => lake, _ => all })[item] = limits;
        }
        return (all, river, lake);
    }
}
