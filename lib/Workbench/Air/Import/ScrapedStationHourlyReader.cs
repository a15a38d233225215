using System.Globalization;
using Workbench.Air.Checks;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Quality;
using Workbench.Standards;

namespace Workbench.Air.Import;

/// <summary>What <see cref="ScrapedStationHourlyReader"/> returns.</summary>
/// <param name="Hourly">Keyed by station NAME (full-width and ASCII spaces trimmed), with the published AQI.</param>
/// <param name="PrimaryPollutants">Published primary pollutant per station-hour, as published.</param>
/// <param name="SourceFiles">Display names of the files read.</param>
/// <param name="Cities">City of each station name, from the file name (the scrapes keep one city per file:
/// `焦作_20200402-20200408.csv`, `jiaozuo_…`), as written there.</param>
public sealed record ScrapedStationHourlyData(StationHourlyTable Hourly,
    IReadOnlyList<PublishedPrimaryPollutant> PrimaryPollutants, IReadOnlyList<string> SourceFiles,
    IReadOnlyDictionary<string, string>? Cities = null);

/// <summary>
/// Reads scrapes of the CNEMC real-time page (long format `Date,Hour,WatchPoint,AQI,Level,
/// PrimaryPollution,PM2.5,PM10,CO,NO2,O3_1h,O3_8h,SO2`). Names are trimmed (they carry full-width
/// spaces), `NaN` is missing, quoted multi-line cells are read as one field, repeated hours are reported.
/// </summary>
/// <remarks>
/// Two spellings of one site (`市环保局　` and `市环保局`) trim to the same key. When both publish the
/// same hour, the row whose name was already clean is kept (in the 2020 scrapes the padded spelling
/// holds frozen values) and the other is reported with both values. A name whose values never change
/// over a file is flagged as frozen.
/// </remarks>
public static class ScrapedStationHourlyReader
{
    /// <summary>Reads files by path.</summary>
    public static ScrapedStationHourlyData Read(IEnumerable<string> paths, DataStatus status = DataStatus.Realtime,
        ValueRules? values = null, TextLimits? limits = null) =>
        Read(paths.Select(ImportSource.FromPath).ToArray(), status, values, limits);

    /// <summary>True when a header looks like these scrapes.</summary>
    public static bool Looks(string[] header) =>
        header.Length >= 7 && HeaderMap.Normalize(header[0]) == "date" && HeaderMap.Normalize(header[1]) == "hour"
        && HeaderMap.Normalize(header[2]) == "watchpoint";

    private sealed record Row(string RawName, string Name, DateTime Label, double[] Values, string Primary, string File, long Line);

    /// <summary>Reads sources into one table.</summary>
    /// <param name="sources">Files.</param>
    /// <param name="status">Status declared for the data.</param>
    /// <param name="values">Value checks (CO unit plausibility, physical ranges); null = defaults.</param>
    /// <param name="limits">Line length and quoted-field limits; null = defaults.</param>
    public static ScrapedStationHourlyData Read(IReadOnlyList<ImportSource> sources, DataStatus status = DataStatus.Realtime,
        ValueRules? values = null, TextLimits? limits = null)
    {
        var quality = new DataQualityReport();
        var rows = new List<Row>();
        var builder = new HourlyTableBuilder(quality);
        foreach (var src in sources) rows.AddRange(ReadOne(src, quality, builder, limits));

        // Resolve station-hours published more than once (same name twice, or two spellings).
        var primary = new List<PublishedPrimaryPollutant>();
        foreach (var g in rows.GroupBy(r => (r.Name, r.Label)).OrderBy(g => g.Key.Label))
        {
            var list = g.ToList();
            var keep = list.FirstOrDefault(r => r.RawName == r.Name) ?? list[0];
            foreach (var other in list.Where(r => !ReferenceEquals(r, keep)))
            {
                if (other.RawName == keep.RawName)
                {
                    var same = other.Values.Zip(keep.Values).All(p => p.First.Equals(p.Second));
                    quality.Add(new QualityIssue(other.File, other.Line, "Hour", other.Name, HourlyTableBuilder.Iso(other.Label), "duplicate-hour",
                        $"重复小时：{other.Name} {HourlyTableBuilder.Iso(other.Label)} 已在 {keep.File} 第 {keep.Line} 行出现" +
                        (same ? "，数值相同" : $"且数值不同（保留：{Show(keep.Values)}；本行：{Show(other.Values)}）") + "，本行舍弃",
                        QualityAction.Rejected));
                }
                else
                {
                    quality.Add(new QualityIssue(other.File, other.Line, "WatchPoint", other.Name, HourlyTableBuilder.Iso(other.Label), "name-variant",
                        $"同名异写：“{other.RawName}”与“{keep.RawName}”去空格后同名，同一小时保留写法规范的“{keep.RawName}”" +
                        $"（第 {keep.Line} 行：{Show(keep.Values)}；本行：{Show(other.Values)}），本行舍弃", QualityAction.Rejected));
                }
            }
            builder.Add(keep.Name, keep.Label, keep.Values, keep.File, keep.Line);
            if (keep.Primary.Length > 0) primary.Add(new PublishedPrimaryPollutant(keep.Name, keep.Label, keep.Primary));
        }

        // Frozen series: one spelling whose published values never change over a file.
        foreach (var g in rows.GroupBy(r => (r.File, r.RawName)))
        {
            var live = g.Where(r => !double.IsNaN(r.Values[0])).ToList();
            if (live.Count >= 24 && live.All(r => r.Values.Zip(live[0].Values).All(p => p.First.Equals(p.Second))))
                quality.Add(new QualityIssue(g.Key.File, live[0].Line, "WatchPoint", live[0].Name, null, "frozen-values",
                    $"数值冻结：“{g.Key.RawName}”在本文件 {live.Count} 个小时的数值完全相同（{Show(live[0].Values)}），疑为停更数据；已保留，请核查",
                    QualityAction.Flagged));
        }
        var cities = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in rows)
            if (CityOfFile(r.File) is { } city) cities.TryAdd(r.Name, city);
        return new ScrapedStationHourlyData(builder.Build(status, values), primary, sources.Select(s => s.DisplayName).ToArray(), cities);
    }

    /// <summary>The city a scrape's file name starts with (`焦作_…csv` → 焦作), or null.</summary>
    private static string? CityOfFile(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var cut = name.IndexOf('_');
        return cut > 0 ? name[..cut] : null;
    }

    private static List<Row> ReadOne(ImportSource src, DataQualityReport quality, HourlyTableBuilder builder, TextLimits? limits)
    {
        var file = src.DisplayName;
        using var reader = new CsvRecordReader(src, quality, limits);
        using var records = reader.Records().GetEnumerator();
        if (!records.MoveNext()) throw new WorkbenchDataException(file, 1, null, "文件为空");
        var h = new HeaderMap(records.Current.Fields, file);
        reader.ExpectedFields = h.Header.Length;   // issue 14: other widths are refused by the reader
        var (cDate, cHour, cName) = (h.Require("日期", "Date"), h.Require("小时", "Hour"), h.Require("站点名称", "WatchPoint"));
        var cAqi = h.Find("AQI");
        var cPrimary = h.Find("PrimaryPollution", "PrimaryPollutant");
        var columns = new (Pollutant P, int Column)[]
        {
            (Pollutant.SO2, h.Require("SO2", "SO2")), (Pollutant.NO2, h.Require("NO2", "NO2")), (Pollutant.CO, h.Require("CO", "CO")),
            (Pollutant.O3, h.Require("O3_1h", "O3_1h", "O3")), (Pollutant.PM10, h.Require("PM10", "PM10")),
            (Pollutant.PM2_5, h.Require("PM2.5", "PM2.5", "PM2_5")),
        };
        builder.DescribeFile(file, columns.Select(c => (c.P, h.Header[c.Column])));
        var values = new FieldValues(quality, file);
        var list = new List<Row>();
        while (records.MoveNext())
        {
            var r = records.Current;
            var raw = r[cName];
            var name = raw.Trim().Trim('\u3000').Trim();
            if (name.Length == 0)
            {
                quality.Add(new QualityIssue(file, r.Line, "WatchPoint", null, null, "missing-station", "站点为空：整行舍弃", QualityAction.Rejected));
                continue;
            }
            if (!AsciiNumber.TryParseCompactDate(System.Text.Encoding.ASCII.GetBytes(r[cDate].Trim()), out var day)
                || !int.TryParse(r[cHour].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour > 24)
            {
                quality.Add(new QualityIssue(file, r.Line, "Date,Hour", name, null, "bad-time",
                    $"时间无法识别：“{r[cDate]} {r[cHour]}”，整行舍弃", QualityAction.Rejected));
                continue;
            }
            var label = day.ToDateTime(TimeOnly.MinValue).AddHours(hour);
            var time = HourlyTableBuilder.Iso(label);
            var row = HourlyTableBuilder.NewRow();
            if (cAqi >= 0) { var a = values.ParseAqi(r[cAqi], r.Line, "AQI", name, time); row[0] = a < 0 ? double.NaN : a; }
            foreach (var (p, c) in columns) row[HourlyTableBuilder.Slot(p)] = values.Parse(r[c], r.Line, h.Header[c], name, time);
            var pp = cPrimary >= 0 ? HeQinWillReader.PrimaryText(r[cPrimary]) : "";
            if (FieldValues.IsMissingMarker(pp)) pp = "";
            list.Add(new Row(raw, name, label, row, pp, file, r.Line));
        }
        values.Summarise();
        quality.CountFile();
        return list;
    }

    private static string Show(double[] v) =>
        $"AQI {F(v[0])}，PM2.5 {F(v[HourlyTableBuilder.Slot(Pollutant.PM2_5)])}，PM10 {F(v[HourlyTableBuilder.Slot(Pollutant.PM10)])}";

    private static string F(double x) => double.IsNaN(x) ? "空" : x.ToString(CultureInfo.InvariantCulture);
}
