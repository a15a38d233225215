using System.Globalization;
using Workbench.IO;

namespace Workbench.Standards.Air;

/// <summary>The physical range of one item at one averaging (library units: CO mg/m³, others µg/m³, AQI none).</summary>
/// <param name="Item">The item as the data file names it: a pollutant code (SO2 … PM2.5) or AQI.</param>
/// <param name="Averaging">What the value is: <see cref="PhysicalRanges.Hourly"/>, <see cref="PhysicalRanges.DailyMean"/>,
/// <see cref="PhysicalRanges.DailyMax8h"/>, <see cref="PhysicalRanges.DailyMax1h"/> or <see cref="PhysicalRanges.Day"/>.</param>
/// <param name="Unit">Unit of the bounds.</param>
/// <param name="Min">Lowest possible value (inclusive).</param>
/// <param name="Max">Highest possible value (inclusive).</param>
/// <param name="Reason">Why these bounds (source).</param>
public sealed record PhysicalRange(string Item, string Averaging, string Unit, double Min, double Max, string Reason)
{
    /// <summary>True when <paramref name="value"/> lies inside the range (NaN is not checked: false).</summary>
    public bool Contains(double value) => value >= Min && value <= Max;
}

/// <summary>
/// Physical ranges of air values, read from <c>Standards/Air/Data/physical_ranges.csv</c>: a value outside is impossible
/// and is not loaded. Hourly concentrations, daily means and maxima, and the daily AQI each have their own rows. Settings,
/// not standard limits; a custom set can be built from records.
/// </summary>
public sealed class PhysicalRanges
{
    /// <summary>Averaging names of the data file's <c>averaging</c> column.</summary>
    public const string Hourly = "1h", DailyMean = "24h", DailyMax8h = "8h max", DailyMax1h = "1h max", Day = "day";

    /// <summary>The item name of the AQI rows.</summary>
    public const string Aqi = "AQI";

    private const string Path = "Standards/Air/Data/physical_ranges.csv";
    private static readonly string[] Averagings = [Hourly, DailyMean, DailyMax8h, DailyMax1h, Day];
    private readonly Dictionary<(string Item, string Averaging), PhysicalRange> _ranges = [];

    /// <summary>A set of ranges (items not given are unbounded above and ≥ 0).</summary>
    public PhysicalRanges(IEnumerable<PhysicalRange> ranges)
    {
        foreach (var r in ranges) _ranges[(r.Item, r.Averaging)] = r;
    }

    /// <summary>The ranges shipped with the library.</summary>
    public static PhysicalRanges Default { get; } = Load();

    /// <summary>The range of one item's hourly concentration.</summary>
    public PhysicalRange this[Pollutant p] => Get(p.Code(), Hourly);

    /// <summary>The range of <paramref name="item"/> at <paramref name="averaging"/> (unbounded above and ≥ 0 when not given).</summary>
    public PhysicalRange Get(string item, string averaging) =>
        _ranges.GetValueOrDefault((item, averaging)) ?? new PhysicalRange(item, averaging, "", 0, double.PositiveInfinity, "");

    private static PhysicalRanges Load()
    {
        var list = new List<PhysicalRange>();
        foreach (var (line, lineNo) in EmbeddedData.DataLines(Path))
        {
            var f = line.Split(',', 6);
            if (f.Length != 6 || !Averagings.Contains(f[1])
                || !double.TryParse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var min)
                || !double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var max))
                throw new WorkbenchDataException(Path, lineNo, null, "应为 item,averaging,unit,min,max,reason（averaging 为 " + string.Join("、", Averagings) + "）");
            string item, unit;
            if (f[0] == Aqi) (item, unit) = (Aqi, "1");
            else if (PollutantInfo.TryParse(f[0], out var p)) (item, unit) = (p.Code(), p.Unit());
            else throw new WorkbenchDataException(Path, lineNo, "item", $"未知项目“{f[0]}”");
            if (f[2] != unit) throw new WorkbenchDataException(Path, lineNo, "unit", $"{item} 的单位应为 {unit}");
            if (list.Any(r => r.Item == item && r.Averaging == f[1]))
                throw new WorkbenchDataException(Path, lineNo, "item", $"{item}（{f[1]}）重复");
            list.Add(new PhysicalRange(item, f[1], unit, min, max, f[5]));
        }
        return new PhysicalRanges(list);
    }
}
