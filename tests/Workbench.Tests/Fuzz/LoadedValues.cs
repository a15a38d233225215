using System.Globalization;
using Workbench.Air.Import;
using Workbench.Air.Tables;
using Workbench.Quality;
using Workbench.Standards;
using Workbench.Standards.Water;
using Workbench.Water.Import;
using Workbench.Water.Registry;

namespace Workbench.Tests.Fuzz;

/// <summary>
/// What each reader loaded, as values under keys that name where they belong (station or section, hour or day, item):
/// a value under another key than in the clean file is a moved value. Text that decides where a value belongs or how it
/// is judged (a registry's province, river, target class) is keyed too, with the value 1 or its code.
/// </summary>
internal static class LoadedValues
{
    public static Loaded Grid(StationHourlyTable t)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var s = 0; s < t.StationCodes.Count; s++)
            for (var h = 0; h < t.HourCount; h++)
            {
                var time = t.HourAt(h).ToString("yyyy-MM-dd HH", CultureInfo.InvariantCulture);
                foreach (var p in PollutantInfo.All)
                    if (!double.IsNaN(t.Series(p, s)[h])) values[$"{t.StationCodes[s]}|{time}|{p}"] = t.Series(p, s)[h];
                if (t.PublishedAqi(s)[h] >= 0) values[$"{t.StationCodes[s]}|{time}|AQI"] = t.PublishedAqi(s)[h];
            }
        return new Loaded(values, t.Quality);
    }

    public static Loaded Daily(DailyTable t)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var s = 0; s < t.Sites.Count; s++)
            for (var d = 0; d < t.DayCount; d++)
            {
                foreach (var k in Enum.GetValues<DailyIndicator>())
                    if (!double.IsNaN(t.Series(k, s)[d])) values[$"{t.Sites[s]}|{t.DayAt(d):yyyy-MM-dd}|{k}"] = t.Series(k, s)[d];
                if (t.PublishedAqi(s)[d] >= 0) values[$"{t.Sites[s]}|{t.DayAt(d):yyyy-MM-dd}|AQI"] = t.PublishedAqi(s)[d];
            }
        return new Loaded(values, t.Quality);
    }

    /// <summary>An analysts' tidy table, hourly or daily.</summary>
    public static Loaded Tidy(TidyTableData d) => d.Hourly is { } h ? Grid(h) : Daily(d.Daily!);

    /// <summary>
    /// Automatic-station readings that have a time and a section (a reading without either is left out of every
    /// assessment, as <see cref="WaterSamples.FromAutomatic"/> does): each display value, and each raw value (<c>_原始值</c>, HTML title)
    /// that was read (an unreadable raw value falls back to the display, reported as <c>bad-raw-value</c>).
    /// </summary>
    public static Dictionary<string, double> Automatic(AutomaticStationData data)
    {
        var rawColumns = new Dictionary<WaterItem, int>();
        for (var k = 0; k < data.Columns.Count; k++)
            if (data.Columns[k].EndsWith(AutomaticStationImporter.RawSuffix)
                && WaterItems.TryFromHeader(data.Columns[k][..^AutomaticStationImporter.RawSuffix.Length], out var item))
                rawColumns[item] = k;
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var r in data.Readings)
        {
            if (r.Time is not { } t || r.Section.Length == 0) continue;
            var at = $"{r.Province}|{r.Section}|{t:s}";
            foreach (var (item, v) in r.DisplayValues) values[$"{at}|{item}{Flag(v)}"] = (double)v.Value;
            foreach (var (item, v) in r.Values)
                if (rawColumns.TryGetValue(item, out var k) && k < data.Rows[r.RowIndex].Count
                    && ItemValueReader.TryRead(data.Rows[r.RowIndex][k], item, out _, out _) == ItemValueOutcome.Value)
                    values[$"{at}|{item}{Flag(v)}|原始值"] = (double)v.Value;
        }
        return values;
    }

    /// <summary>Monthly manual samples.</summary>
    public static Dictionary<string, double> Samples(IEnumerable<WaterSample> samples)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var s in samples)
            foreach (var (item, v) in s.Values)
                values[$"{s.Province}|{s.City}|{s.River}|{s.Section}|{s.Time:s}|{item}{Flag(v)}"] = (double)v.Value;
        return values;
    }

    /// <summary>Section registry entries: coordinates and volume, and every judged field (type, target, level, drinking
    /// water, aliases, province, city, river, basin).</summary>
    public static Dictionary<string, double> Registry(SectionRegistry registry)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var s in registry.Sections)
        {
            var at = $"{s.Province}|{s.Name}";
            if (s.Longitude is { } lon) values[$"{at}|经度"] = lon;
            if (s.Latitude is { } lat) values[$"{at}|纬度"] = lat;
            if (s.AnnualVolume is { } vol) values[$"{at}|年取水量"] = (double)vol;
            if (s.BodyType is { } body) values[$"{at}|水体类型"] = (int)body;
            if (s.Target is { } target) values[$"{at}|目标类别"] = (int)target;
            if (s.Level is { } level) values[$"{at}|考核级别"] = (int)level;
            if (s.DrinkingWaterSource) values[$"{at}|饮用水水源地"] = 1;   // an empty cell is "no"
            foreach (var (field, text) in new[] { ("城市", s.City), ("河流", s.River), ("流域", s.Basin) })
                if (text.Length > 0) values[$"{at}|{field}|{text}"] = 1;
            foreach (var a in s.Aliases) values[$"{at}|别名|{a}"] = 1;
        }
        return values;
    }

    private static string Flag(MeasuredValue v) => v.BelowDetectionLimit ? "|未检出" : "";

    /// <summary>Runs a reader that takes a path on bytes written to a temporary file named <paramref name="name"/>.</summary>
    public static Loaded FromTempFile(byte[] bytes, string name, Func<string, DataQualityReport, IReadOnlyDictionary<string, double>> read)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"wb-fuzz-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var path = Path.Combine(dir, name);
            File.WriteAllBytes(path, bytes);
            var quality = new DataQualityReport();
            return new Loaded(read(path, quality), quality);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
