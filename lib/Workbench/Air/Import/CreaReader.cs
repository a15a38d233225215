using System.Globalization;
using Workbench.Air.Checks;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Quality;

namespace Workbench.Air.Import;

/// <summary>What <see cref="CreaReader"/> returns.</summary>
/// <param name="Daily">Sites = CREA region ids (pinyin, e.g. jiaozuo); PM2.5, NO2, SO2 (and PM10/CO when present).</param>
/// <param name="O3DailyMean">CREA's `o3` per region: the daily MEAN of hourly O3 (not MDA8, not the 1-hour maximum),
/// so it is kept beside the table, aligned with its days, and not loaded into an O3 indicator.</param>
/// <param name="RegionNames">Region id → region_name as written.</param>
/// <param name="SourceFiles">Display names of the files read.</param>
public sealed record CreaCityDailyData(DailyTable Daily, IReadOnlyDictionary<string, double[]> O3DailyMean,
    IReadOnlyDictionary<string, string> RegionNames, IReadOnlyList<string> SourceFiles);

/// <summary>
/// Reads CREA city-day series in long format: `date,region_id,region_name,poll,unit,value,process_id,
/// source,timezone,country` (converted from CREA's m.obs.RDS). Keys (date, region, pollutant) repeat from
/// 2020-06-01: the first is kept, every repeat counted, and repeats with a different value listed with both. CO in the unit
/// its unit column names (mg/m3 or µg/m3); the daily value checks (<see cref="DailyValueChecks"/>) judge it per region and
/// file and convert µg/m3; the physical ranges apply to every value, the O3 daily mean kept aside included.
/// </summary>
public static class CreaReader
{
    /// <summary>Reads files by path.</summary>
    public static CreaCityDailyData Read(IEnumerable<string> paths, DataStatus status = DataStatus.Realtime, TextLimits? limits = null,
        ValueRules? values = null) =>
        Read(paths.Select(ImportSource.FromPath).ToArray(), status, limits, values);

    /// <summary>Reads one stream.</summary>
    public static CreaCityDailyData Read(Stream stream, string displayName, DataStatus status = DataStatus.Realtime, TextLimits? limits = null,
        ValueRules? values = null)
    {
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        var bytes = ms.ToArray();
        return Read([new ImportSource(displayName, () => new MemoryStream(bytes, false))], status, limits, values);
    }

    /// <summary>True when a header line looks like the CREA long format.</summary>
    public static bool Looks(string[] header) =>
        header.Length >= 6 && HeaderMap.Normalize(header[0]) == "date" && HeaderMap.Normalize(header[1]) == "region_id"
        && HeaderMap.Normalize(header[3]) == "poll";

    /// <summary>Reads sources into one table.</summary>
    public static CreaCityDailyData Read(IReadOnlyList<ImportSource> sources, DataStatus status = DataStatus.Realtime, TextLimits? limits = null,
        ValueRules? values = null)
    {
        values ??= ValueRules.Default;
        var quality = new DataQualityReport();
        var rows = new Dictionary<(string Region, int Day), DayRow>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var builder = new DailyTableBuilder(quality);
        foreach (var src in sources)
        {
            // Long format: every value is in the column "value"; CO's unit is named row by row in "unit".
            builder.DescribeFile(src.DisplayName, Enum.GetValues<DailyIndicator>().Select(i => (i, "value")), "AQI", CoUnit.Mg, "按 unit 列");
            ReadOne(src, quality, rows, names, limits);
        }

        foreach (var ((region, day), row) in rows.OrderBy(r => r.Key.Day))
        {
            var dayValues = DailyTableBuilder.NewRow();
            var lines = new long[dayValues.Length];
            for (var k = 0; k < Polls.Length; k++)
                if (Polls[k].Indicator is { } i) (dayValues[(int)i], lines[(int)i]) = (row.Values[k], row.Lines[k]);
            builder.Add(region, DateOnly.FromDayNumber(day), dayValues, -1, row.File, row.Line, lines, row.CoUnit);
        }
        var table = builder.Build(status, values);
        var o3Series = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var site in table.Sites)
        {
            var a = new double[table.DayCount];
            Array.Fill(a, double.NaN);
            o3Series[site] = a;
        }
        var o3Range = values.Ranges.Get("O3", Standards.Air.PhysicalRanges.DailyMean);
        foreach (var ((region, day), row) in rows.OrderBy(r => r.Key.Day))
        {
            var v = row.Values[O3Index];
            if (DailyValueChecks.RangeIssue(v, o3Range, "O3 日均值", row.File, row.Lines[O3Index], "value", region,
                    $"{DateOnly.FromDayNumber(day):yyyy-MM-dd}") is { } issue)
            {
                quality.Add(issue);
                continue;
            }
            o3Series[region][day - table.FirstDay.DayNumber] = v;
        }
        return new CreaCityDailyData(table, o3Series, names, sources.Select(s => s.DisplayName).ToArray());
    }

    /// <summary>CREA pollutant codes and where they go (o3 is a daily mean: kept aside).</summary>
    private static readonly (string Code, DailyIndicator? Indicator)[] Polls =
    [
        ("pm25", DailyIndicator.PM2_5), ("pm10", DailyIndicator.PM10), ("so2", DailyIndicator.SO2),
        ("no2", DailyIndicator.NO2), ("co", DailyIndicator.CO), ("o3", null),
    ];

    private const int O3Index = 5;

    /// <summary>One region-day being collected: a value per CREA pollutant, and which were seen.</summary>
    private sealed class DayRow(string file, long line)
    {
        public readonly double[] Values = [double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN];
        public readonly long[] Lines = new long[6];
        public string File { get; } = file;
        public long Line { get; } = line;
        /// <summary>The unit CO's row names (null = no CO row).</summary>
        public CoUnit? CoUnit { get; set; }
    }

    private static void ReadOne(ImportSource src, DataQualityReport quality,
        Dictionary<(string, int), DayRow> rows, Dictionary<string, string> names, TextLimits? limits)
    {
        var file = src.DisplayName;
        using var reader = new CsvRecordReader(src, quality, limits);
        using var records = reader.Records().GetEnumerator();
        if (!records.MoveNext()) throw new WorkbenchDataException(file, 1, null, "文件为空");
        var h = new HeaderMap(records.Current.Fields, file);
        reader.ExpectedFields = h.Header.Length;   // issue 14: other widths are refused by the reader
        var (cDate, cRegion, cName, cPoll, cUnit, cValue) = (h.Require("日期", "date"), h.Require("地区编码", "region_id"),
            h.Find("region_name"), h.Require("污染物", "poll"), h.Require("单位", "unit"), h.Require("数值", "value"));
        var values = new FieldValues(quality, file);
        long sameDuplicates = 0, differentDuplicates = 0;
        var unknown = new HashSet<string>();
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        while (records.MoveNext())
        {
            var r = records.Current;
            var region = r[cRegion].Trim();
            var poll = r[cPoll].Trim().ToLowerInvariant();
            if (!TimeLabels.TryParseDay(r[cDate], out var day) || region.Length == 0)
            {
                quality.Add(new QualityIssue(file, r.Line, region.Length == 0 ? "region_id" : "date", region, null, "bad-row",
                    $"日期或地区无法识别：“{r[cDate]}”，“{region}”，整行舍弃", QualityAction.Rejected));
                continue;
            }
            var k = Array.FindIndex(Polls, x => x.Code == poll);
            if (k < 0)
            {
                if (unknown.Add(poll))
                    quality.Add(new QualityIssue(file, r.Line, "poll", region, null, "unknown-pollutant",
                        $"未知污染物：“{r[cPoll]}”的行不载入（本文件只报告一次）", QualityAction.Rejected));
                continue;
            }
            if (cName >= 0 && !names.ContainsKey(region)) names[region] = r[cName].Trim();
            var time = $"{day:yyyy-MM-dd}";
            var v = values.Parse(r[cValue], r.Line, "value", region, time);
            if (!units.TryGetValue(r[cUnit], out var unit))
                // Micro sign, Greek mu or a plain u: all "micro".
                units[r[cUnit]] = unit = HeaderMap.Normalize(r[cUnit]).Replace('\u03BC', 'u').Replace('\u00B5', 'u').Replace('³', '3');
            var expected = poll == "co" ? "mg/m3" : "ug/m3";
            // CO may be in µg/m3 as the unit column says: loaded as written, converted by the daily value checks.
            if (unit != expected && !(poll == "co" && unit == "ug/m3"))
            {
                quality.Add(new QualityIssue(file, r.Line, "unit", region, time, "unit",
                    $"单位不符：{poll} 的单位为“{r[cUnit]}”，应为 {expected}，剔除", QualityAction.Rejected));
                continue;
            }
            if (!rows.TryGetValue((region, day.DayNumber), out var row))
                rows[(region, day.DayNumber)] = row = new DayRow(file, r.Line);
            if (row.Lines[k] > 0)
            {
                var kept = row.Values[k];
                if (kept.Equals(v)) { sameDuplicates++; continue; }
                differentDuplicates++;
                quality.Add(new QualityIssue(file, r.Line, "value", region, time, "duplicate-key-differs",
                    $"重复且不一致：{region} {time} {poll} 已在第 {row.Lines[k]} 行为 {F(kept)}，本行为 {F(v)}；保留第一行",
                    QualityAction.Rejected));
                continue;
            }
            row.Values[k] = v;
            row.Lines[k] = r.Line;
            if (poll == "co") row.CoUnit = unit == "ug/m3" ? CoUnit.Ug : CoUnit.Mg;
        }
        if (sameDuplicates + differentDuplicates > 0)
            quality.Add(new QualityIssue(file, null, null, null, null, "duplicate-key",
                $"重复记录：{sameDuplicates + differentDuplicates:N0} 个（日期, 地区, 污染物）重复，其中 {sameDuplicates:N0} 个数值相同、" +
                $"{differentDuplicates:N0} 个不同（不同者已逐条列出）；均保留第一条", QualityAction.Rejected));
        values.Summarise();
        quality.CountFile();
    }

    private static string F(double v) => double.IsNaN(v) ? "空" : v.ToString(CultureInfo.InvariantCulture);
}
