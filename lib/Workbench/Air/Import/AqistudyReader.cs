using System.Globalization;
using Workbench.Air.Checks;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Quality;

namespace Workbench.Air.Import;

/// <summary>Options of <see cref="AqistudyReader"/>.</summary>
public sealed record AqistudyOptions
{
    /// <summary>
    /// aqistudy writes 0 where nothing was published (PM2.5 before it was monitored, whole empty days):
    /// true treats a 0 concentration or AQI as missing, with one summary line per file.
    /// </summary>
    public bool ZeroMeansMissing { get; init; } = true;

    /// <summary>Value checks: CO unit plausibility per city and file (`--co-unit`) and the physical ranges of daily values
    /// (<see cref="DailyValueChecks"/>); monthly values are held to the daily ranges (early 2013 monthly CO such as 3449.621
    /// is µg/m³ or garbage).</summary>
    public ValueRules Values { get; init; } = ValueRules.Default;

    /// <summary>Status declared (aqistudy republishes the CNEMC real-time city values).</summary>
    public DataStatus Status { get; init; } = DataStatus.Realtime;

    /// <summary>Line length and quoted-field limits (<see cref="TextLimits"/>).</summary>
    public TextLimits Limits { get; init; } = TextLimits.Default;

    /// <summary>Defaults.</summary>
    public static AqistudyOptions Default { get; } = new();
}

/// <summary>One month of one city in aqistudy's monthly file (NaN = not published).</summary>
/// <param name="City">City name as written.</param>
/// <param name="Year">Year.</param>
/// <param name="Month">Month 1–12.</param>
/// <param name="Aqi">Published monthly AQI, or null.</param>
/// <param name="AqiRange">Published AQI range text (e.g. 54~315).</param>
/// <param name="QualityLevel">Published level text (e.g. 轻度污染).</param>
/// <param name="PM2_5">PM2.5 µg/m³.</param>
/// <param name="PM10">PM10 µg/m³.</param>
/// <param name="SO2">SO2 µg/m³.</param>
/// <param name="CO">CO mg/m³.</param>
/// <param name="NO2">NO2 µg/m³.</param>
/// <param name="O3_8h">O3 8-hour statistic as published, µg/m³.</param>
/// <param name="Rank">Published rank, or null.</param>
/// <param name="File">Source file.</param>
/// <param name="Line">Line in the file.</param>
public sealed record CityMonthlyRecord(string City, int Year, int Month, int? Aqi, string AqiRange, string QualityLevel,
    double PM2_5, double PM10, double SO2, double CO, double NO2, double O3_8h, int? Rank, string File, long Line);

/// <summary>What <see cref="AqistudyReader.ReadMonthly(IReadOnlyList{ImportSource}, AqistudyOptions?)"/> returns.</summary>
/// <param name="Records">Month records in file order.</param>
/// <param name="Quality">What was rejected or treated as missing.</param>
public sealed record CityMonthlyData(IReadOnlyList<CityMonthlyRecord> Records, DataQualityReport Quality);

/// <summary>
/// Reads aqistudy.cn (真气网) city files: headerless `city,date,AQI,AQI_range,quality_level,PM2.5,PM10,
/// SO2,CO,NO2,O3_8h,rank` (UTF-8 with BOM, one file per city, or all cities concatenated with an
/// English header), daily (YYYY-MM-DD) or monthly (YYYY-MM). The O3 column is the daily maximum 8-hour
/// mean, so it goes to <see cref="DailyIndicator.O3_8hMax"/>.
/// </summary>
public static class AqistudyReader
{
    private const int Columns = 12;

    /// <summary>Reads daily files by path.</summary>
    public static CityDailyData ReadDaily(IEnumerable<string> paths, AqistudyOptions? options = null) =>
        ReadDaily(paths.Select(ImportSource.FromPath).ToArray(), options);

    /// <summary>Reads daily sources into one city × day table (cities in first-seen order).</summary>
    public static CityDailyData ReadDaily(IReadOnlyList<ImportSource> sources, AqistudyOptions? options = null)
    {
        options ??= AqistudyOptions.Default;
        var builder = new DailyTableBuilder(new DataQualityReport());
        foreach (var src in sources)
        {
            builder.DescribeFile(src.DisplayName, Indicators.Select((i, k) => (i, ValueNames[k])));
            ReadFile(src, options, builder.Quality, monthly: false, (r, v, aqi) =>
            {
                if (!TimeLabels.TryParseDay(r[1], out var day) || r[1].Trim().Length < 8)
                {
                    builder.Quality.Add(new QualityIssue(src.DisplayName, r.Line, "date", r[0], null, "bad-date",
                        $"日期无法识别：“{r[1]}”（应为 YYYY-MM-DD），整行舍弃", QualityAction.Rejected));
                    return;
                }
                var row = DailyTableBuilder.NewRow();
                for (var k = 0; k < Indicators.Length; k++) row[(int)Indicators[k]] = v[k];
                builder.Add(r[0].Trim(), day, row, aqi, src.DisplayName, r.Line);
            });
        }
        return new CityDailyData(builder.Build(options.Status, options.Values), sources.Select(s => s.DisplayName).ToArray());
    }

    /// <summary>Reads the monthly file(s) by path.</summary>
    public static CityMonthlyData ReadMonthly(IEnumerable<string> paths, AqistudyOptions? options = null) =>
        ReadMonthly(paths.Select(ImportSource.FromPath).ToArray(), options);

    /// <summary>Reads monthly sources (`all_city_monthly.csv`, with a BOM at the start of every city block).</summary>
    public static CityMonthlyData ReadMonthly(IReadOnlyList<ImportSource> sources, AqistudyOptions? options = null)
    {
        options ??= AqistudyOptions.Default;
        var quality = new DataQualityReport();
        var list = new List<CityMonthlyRecord>();
        var seen = new Dictionary<(string, int, int), long>();
        foreach (var src in sources)
            ReadFile(src, options, quality, monthly: true, (r, v, aqi) =>
            {
                var t = r[1].Trim();
                if (t.Length != 7 || !DateOnly.TryParseExact(t + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture,
                        DateTimeStyles.None, out var m))
                {
                    quality.Add(new QualityIssue(src.DisplayName, r.Line, "date", r[0], null, "bad-date",
                        $"月份无法识别：“{r[1]}”（应为 YYYY-MM），整行舍弃", QualityAction.Rejected));
                    return;
                }
                var city = r[0].Trim();
                if (seen.TryGetValue((city, m.Year, m.Month), out var firstLine))
                {
                    quality.Add(new QualityIssue(src.DisplayName, r.Line, "date", city, t, "duplicate-month",
                        $"重复月份：{city} {t} 已在第 {firstLine} 行出现，本行舍弃", QualityAction.Rejected));
                    return;
                }
                seen[(city, m.Year, m.Month)] = r.Line;
                // A monthly mean cannot exceed the highest possible daily value: the daily physical ranges apply.
                for (var k = 0; k < v.Length; k++)
                    if (DailyValueChecks.RangeIssue(v[k], DailyValueChecks.RangeOf(options.Values.Ranges, Indicators[k]), $"{ValueNames[k]} 月值",
                            src.DisplayName, r.Line, ValueNames[k], city, t) is { } issue)
                    {
                        quality.Add(issue);
                        v[k] = double.NaN;
                    }
                if (DailyValueChecks.RangeIssue(aqi < 0 ? double.NaN : aqi, DailyValueChecks.AqiRange(options.Values.Ranges), "AQI 月值",
                        src.DisplayName, r.Line, "AQI", city, t) is { } aqiIssue)
                {
                    quality.Add(aqiIssue);
                    aqi = -1;
                }
                list.Add(new CityMonthlyRecord(city, m.Year, m.Month, aqi < 0 ? null : aqi, r[3].Trim(), r[4].Trim(),
                    v[0], v[1], v[2], v[3], v[4], v[5], Rank(r, src.DisplayName, city, t, quality), src.DisplayName, r.Line));
                quality.CountAccepted(1);
            });
        return new CityMonthlyData(list, quality);
    }

    /// <summary>The published rank (0 = not published); text that is not a whole number is reported, not taken as missing.</summary>
    private static int? Rank(CsvRecord r, string file, string city, string month, DataQualityReport quality)
    {
        var text = r[11].Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var rank)) return rank > 0 ? rank : null;
        if (!FieldValues.IsMissingMarker(text))
            quality.Add(new QualityIssue(file, r.Line, "rank", city, month, "invalid-value", $"非数值：rank 为“{text}”，剔除", QualityAction.Rejected));
        return null;
    }

    /// <summary>True when the first record looks like aqistudy (English header, or city,date,AQI,range…).</summary>
    public static bool Looks(string[] firstRecord) =>
        firstRecord.Length == Columns &&
        (HeaderMap.Normalize(firstRecord[0]) == "city" && HeaderMap.Normalize(firstRecord[1]) == "date"
         || firstRecord[3].Contains('~') && TimeLabels.TryParseDay(firstRecord[1], out _));

    /// <summary>True when the first record is a monthly one (YYYY-MM).</summary>
    public static bool LooksMonthly(string[] firstRecord) =>
        firstRecord.Length == Columns && firstRecord[1].Trim().Length == 7 && firstRecord[3].Contains('~');

    private static readonly string[] ValueNames = ["PM2.5", "PM10", "SO2", "CO", "NO2", "O3_8h"];

    /// <summary>What the six value columns (PM2.5 … O3_8h) are.</summary>
    private static readonly DailyIndicator[] Indicators =
        [DailyIndicator.PM2_5, DailyIndicator.PM10, DailyIndicator.SO2, DailyIndicator.CO, DailyIndicator.NO2, DailyIndicator.O3_8hMax];

    private static void ReadFile(ImportSource src, AqistudyOptions options, DataQualityReport quality, bool monthly,
        Action<CsvRecord, double[], int> accept)
    {
        var file = src.DisplayName;
        var values = new FieldValues(quality, file);
        long zeros = 0;
        var first = true;
        // Headerless: every record must have the 12 columns (issue 14: other widths are refused by the reader).
        using var reader = new CsvRecordReader(src, quality, options.Limits) { ExpectedFields = Columns };
        foreach (var r in reader.Records())
        {
            if (first)
            {
                first = false;
                if (HeaderMap.Normalize(r[0]) == "city") continue; // English header of the concatenated file
            }
            var city = r[0].Trim();
            var time = r[1].Trim();
            var aqi = values.ParseAqi(r[2], r.Line, "AQI", city, time);
            if (aqi == 0 && options.ZeroMeansMissing) { aqi = -1; zeros++; }
            var v = new double[6];
            for (var k = 0; k < 6; k++)
            {
                var x = values.Parse(r[5 + k], r.Line, ValueNames[k], city, time);
                if (x == 0 && options.ZeroMeansMissing) { x = double.NaN; zeros++; }
                v[k] = x;
            }
            accept(r, v, aqi);
        }
        if (first) throw new WorkbenchDataException(file, 1, null, "文件为空");
        if (zeros > 0)
            quality.Add(new QualityIssue(file, null, null, null, null, "zero-as-missing",
                $"零值按缺失处理：本文件有 {zeros:N0} 个 0（真气网以 0 表示未发布，如 2014 年前的 PM2.5），不逐条列出",
                QualityAction.Missing));
        values.Summarise();
        quality.CountFile();
    }
}
