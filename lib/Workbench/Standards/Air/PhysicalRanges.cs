using System.Globalization;
using Workbench.IO;

namespace Workbench.Standards.Air;

/// <summary>The physical range of one item's hourly concentration (library units: CO mg/m³, others µg/m³).</summary>
/// <param name="Pollutant">The item.</param>
/// <param name="Min">Lowest possible value (inclusive).</param>
/// <param name="Max">Highest possible value (inclusive).</param>
/// <param name="Reason">Why these bounds (source).</param>
public sealed record PhysicalRange(Pollutant Pollutant, double Min, double Max, string Reason)
{
    /// <summary>True when <paramref name="value"/> lies inside the range (NaN is not checked: false).</summary>
    public bool Contains(double value) => value >= Min && value <= Max;
}

/// <summary>
/// Physical ranges of hourly concentrations, read from <c>Standards/Air/Data/physical_ranges.csv</c>: a value outside is
/// impossible and is not loaded. Settings, not standard limits; a custom set can be built from records.
/// </summary>
public sealed class PhysicalRanges
{
    private const string Path = "Standards/Air/Data/physical_ranges.csv";
    private readonly PhysicalRange[] _ranges = new PhysicalRange[PollutantInfo.All.Count];

    /// <summary>A set of ranges (one per pollutant; items not given are unbounded above and ≥ 0).</summary>
    public PhysicalRanges(IEnumerable<PhysicalRange> ranges)
    {
        foreach (var p in PollutantInfo.All) _ranges[(int)p] = new PhysicalRange(p, 0, double.PositiveInfinity, "");
        foreach (var r in ranges) _ranges[(int)r.Pollutant] = r;
    }

    /// <summary>The ranges shipped with the library.</summary>
    public static PhysicalRanges Default { get; } = Load();

    /// <summary>The range of one item.</summary>
    public PhysicalRange this[Pollutant p] => _ranges[(int)p];

    private static PhysicalRanges Load()
    {
        var list = new List<PhysicalRange>();
        foreach (var (line, lineNo) in EmbeddedData.DataLines(Path))
        {
            var f = line.Split(',', 5);
            if (f.Length != 5 || !PollutantInfo.TryParse(f[0], out var p)
                || !double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var min)
                || !double.TryParse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var max))
                throw new WorkbenchDataException(Path, lineNo, null, "应为 item,unit,min,max,reason");
            if (f[1] != p.Unit()) throw new WorkbenchDataException(Path, lineNo, "unit", $"{p.Code()} 的单位应为 {p.Unit()}");
            list.Add(new PhysicalRange(p, min, max, f[4]));
        }
        return new PhysicalRanges(list);
    }
}
