using Workbench.Air.Import;
using Workbench.IO;
using Workbench.Quality;
using Workbench.Registries;

namespace Workbench.Air.Compute;

/// <summary>
/// The official list of sand-dust city-days (扣沙, 环办监测〔2016〕120号; REFERENCE A5): consumed, never detected.
/// File format: CSV with header <c>城市,日期</c>, other columns ignored (UTF-8, BOM allowed, or GBK; date yyyy-MM-dd, yyyy/M/d or yyyyMMdd).
/// City names are resolved through a <see cref="CityRegistry"/> when one is given (吐鲁番市 and 吐鲁番 → 吐鲁番地区), otherwise
/// compared after trimming spaces (full-width too) and a trailing 市.
/// </summary>
public sealed class DustDays
{
    private readonly Dictionary<string, SortedSet<DateOnly>> _days = new(StringComparer.Ordinal);
    private readonly CityRegistry? _cities;

    /// <summary>Creates the list from city-day pairs.</summary>
    public DustDays(IEnumerable<(string City, DateOnly Day)> cityDays, CityRegistry? cities = null)
    {
        _cities = cities;
        foreach (var (city, day) in cityDays)
        {
            var key = Key(city);
            if (!_days.TryGetValue(key, out var set)) _days[key] = set = [];
            set.Add(day);
        }
    }

    /// <summary>Number of city-days listed.</summary>
    public int Count => _days.Values.Sum(s => s.Count);

    /// <summary>Every listed city-day (city in its comparable form), cities in ordinal order.</summary>
    public IEnumerable<(string City, DateOnly Day)> CityDays =>
        _days.OrderBy(kv => kv.Key, StringComparer.Ordinal).SelectMany(kv => kv.Value.Select(d => (kv.Key, d)));

    /// <summary>True when the city-day is a listed sand-dust day.</summary>
    public bool Contains(string city, DateOnly day) =>
        _days.TryGetValue(Key(city), out var set) && set.Contains(day);

    /// <summary>The listed days of a city (empty when none).</summary>
    public IReadOnlySet<DateOnly> DaysOf(string city) =>
        _days.TryGetValue(Key(city), out var set) ? set : new SortedSet<DateOnly>();

    private string Key(string city) =>
        _cities is not null && _cities.TryResolve(city, out var info) ? info.Name : NormaliseCity(city);

    /// <summary>Comparable form of a city name: trimmed (incl. U+3000) and without a trailing 市.</summary>
    public static string NormaliseCity(string city)
    {
        var s = city.Trim().Trim('\u3000').Trim();
        return s.Length > 1 && s.EndsWith('市') ? s[..^1] : s;
    }

    /// <summary>
    /// Reads a dust-day list. Columns other than 城市 and 日期 (in any order) are ignored, so a reviewed
    /// <c>workbench air dust suggest</c> file with its evidence columns is a list; fields may be quoted (RFC 4180) and the
    /// file UTF-8 (BOM or not) or GBK (Excel on Chinese Windows). A row that cannot be read is listed in
    /// <paramref name="quality"/> and skipped; a file without the header 城市,日期 is an error naming the file and line.
    /// </summary>
    public static DustDays Load(string path, DataQualityReport? quality = null, CityRegistry? cities = null)
    {
        var file = Path.GetFileName(path);
        // The air readers' CSV reader (issue 14): other widths than the header's refused, quotes bounded, lines decoded one by one.
        using var reader = new CsvRecordReader(File.OpenRead(InputFiles.Require(path)), file, quality ?? new DataQualityReport());
        using var records = reader.Records().GetEnumerator();
        if (!records.MoveNext()) throw new WorkbenchDataException(file, 1, null, "文件为空，应有表头“城市,日期”");
        var header = records.Current.Fields.Select(h => h.Trim()).ToArray();
        var cityCol = Array.IndexOf(header, "城市");
        var dateCol = Array.IndexOf(header, "日期");
        if (cityCol < 0 || dateCol < 0)
            throw new WorkbenchDataException(file, records.Current.Line, null, $"表头应含“城市”和“日期”，实际为“{string.Join(",", header)}”");
        reader.ExpectedFields = header.Length;
        var pairs = new List<(string, DateOnly)>();
        while (records.MoveNext())
        {
            var r = records.Current;
            var line = r.Line;
            if (string.IsNullOrWhiteSpace(r[cityCol]))
            {
                quality?.Add(file, line, null, null, null, "dust-row-short", $"沙尘日行不完整：“{string.Join(",", r.Fields)}”", QualityAction.Rejected);
                continue;
            }
            var city = r[cityCol];
            var date = r[dateCol].Trim();
            if (!TryParseDay(date, out var day))
            {
                quality?.Add(file, line, "日期", city.Trim(), date, "dust-bad-date", $"无法识别的日期：“{date}”", QualityAction.Rejected);
                continue;
            }
            pairs.Add((city, day));
        }
        quality?.CountFile();
        quality?.CountAccepted(pairs.Count);
        return new DustDays(pairs, cities);
    }

    private static bool TryParseDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyyMMdd"],
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out day);
}
