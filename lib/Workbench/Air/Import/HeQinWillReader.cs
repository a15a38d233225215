using Workbench.Air.Checks;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Quality;
using Workbench.Standards;

namespace Workbench.Air.Import;

/// <summary>Options of <see cref="HeQinWillReader"/>.</summary>
public sealed record HeQinWillOptions
{
    /// <summary>
    /// The archive writes the 1-hour O3 in the `o3_24h` column and the 24-hour maximum of 1-hour values
    /// in `o3` (upstream README: "1 小时和 24 小时两列的位置放颠倒了"). True takes the 1-hour O3 from
    /// `o3_24h`; set false for copies where the columns were already put right.
    /// </summary>
    public bool O3ColumnsSwapped { get; init; } = true;

    /// <summary>Status declared for the data (the archive is the real-time feed).</summary>
    public DataStatus Status { get; init; } = DataStatus.Realtime;

    /// <summary>Value checks: CO unit plausibility (mg/m³ expected) and physical ranges.</summary>
    public ValueRules Values { get; init; } = ValueRules.Default;

    /// <summary>Line length and quoted-field limits (<see cref="TextLimits"/>).</summary>
    public TextLimits Limits { get; init; } = TextLimits.Default;

    /// <summary>Defaults.</summary>
    public static HeQinWillOptions Default { get; } = new();
}

/// <summary>What <see cref="HeQinWillReader"/> returns.</summary>
/// <param name="Hourly">1-hour concentrations and published AQI by station code.</param>
/// <param name="Stations">Stations as the files describe them (name, city, coordinates; 对照点 from the name).</param>
/// <param name="PrimaryPollutants">Published primary pollutant of every station-hour that has one.</param>
/// <param name="SourceFiles">Display names of the files read.</param>
public sealed record HeQinWillData(StationHourlyTable Hourly, IReadOnlyList<StationInfo> Stations,
    IReadOnlyList<PublishedPrimaryPollutant> PrimaryPollutants, IReadOnlyList<string> SourceFiles);

/// <summary>
/// Reads the HeQinWill/CNEMC hourly archive (one file per hour, long format: `timepoint,stationcode,
/// longitude,latitude,area,positionname,primarypollutant,aqi,pm10,pm10_24h,pm2_5,…,co,co_24h`).
/// </summary>
public static class HeQinWillReader
{
    /// <summary>Reads files by path.</summary>
    public static HeQinWillData Read(IEnumerable<string> paths, HeQinWillOptions? options = null) =>
        Read(paths.Select(ImportSource.FromPath).ToArray(), options);

    /// <summary>Reads one stream (display name used in quality lines and errors).</summary>
    public static HeQinWillData Read(Stream stream, string displayName, HeQinWillOptions? options = null)
    {
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        var bytes = ms.ToArray();
        return Read([new ImportSource(displayName, () => new MemoryStream(bytes, false))], options);
    }

    /// <summary>Reads sources (files, zip entries, streams) into one table.</summary>
    public static HeQinWillData Read(IReadOnlyList<ImportSource> sources, HeQinWillOptions? options = null)
    {
        options ??= HeQinWillOptions.Default;
        var quality = new DataQualityReport();
        var builder = new HourlyTableBuilder(quality);
        var stations = new Dictionary<string, StationInfo>(StringComparer.Ordinal);
        var primary = new List<PublishedPrimaryPollutant>();
        foreach (var src in sources)
            ReadOne(src, options, builder, stations, primary);
        var table = builder.Build(options.Status, options.Values);
        return new HeQinWillData(table, stations.Values.ToArray(), primary, sources.Select(s => s.DisplayName).ToArray());
    }

    /// <summary>True when a header line looks like this archive.</summary>
    public static bool Looks(string headerLine) =>
        headerLine.TrimStart('\uFEFF').StartsWith("timepoint,stationcode,", StringComparison.OrdinalIgnoreCase);

    private static void ReadOne(ImportSource src, HeQinWillOptions options, HourlyTableBuilder builder,
        Dictionary<string, StationInfo> stations, List<PublishedPrimaryPollutant> primary)
    {
        var file = src.DisplayName;
        using var reader = new CsvRecordReader(src, builder.Quality, options.Limits);
        using var records = reader.Records().GetEnumerator();
        if (!records.MoveNext()) throw new WorkbenchDataException(file, 1, null, "文件为空");
        var h = new HeaderMap(records.Current.Fields, file);
        reader.ExpectedFields = h.Header.Length;   // issue 14: other widths are refused by the reader
        var cTime = h.Require("时间", "timepoint");
        var cCode = h.Require("站点编码", "stationcode");
        var cLon = h.Find("longitude");
        var cLat = h.Find("latitude");
        var cArea = h.Find("area");
        var cName = h.Find("positionname");
        var cPrimary = h.Find("primarypollutant");
        var cAqi = h.Find("aqi");
        var cO3 = h.Require("O3", "o3");
        var cO3Day = h.Require("O3 24h", "o3_24h");
        var oneHourO3 = options.O3ColumnsSwapped ? cO3Day : cO3;
        var columns = new (Pollutant P, int Column)[]
        {
            (Pollutant.SO2, h.Require("SO2", "so2")), (Pollutant.NO2, h.Require("NO2", "no2")),
            (Pollutant.CO, h.Require("CO", "co")), (Pollutant.O3, oneHourO3),
            (Pollutant.PM10, h.Require("PM10", "pm10")), (Pollutant.PM2_5, h.Require("PM2.5", "pm2_5", "pm2.5")),
        };
        if (options.O3ColumnsSwapped)
            builder.Quality.Add(new QualityIssue(file, 1, "o3_24h", null, null, "o3-columns-swapped",
                "列位置修正：该存档的 o3 与 o3_24h 两列颠倒（o3_24h 才是 1 小时浓度，o3 为 24 小时内 1 小时最大值），" +
                "1 小时 O3 取自 o3_24h 列（每个文件报告一次）", QualityAction.Corrected));

        builder.DescribeFile(file, columns.Select(c => (c.P, h.Header[c.Column])));
        var values = new FieldValues(builder.Quality, file);
        var rows = 0;
        while (records.MoveNext())
        {
            var r = records.Current;
            var code = r[cCode].Trim();
            if (code.Length == 0)
            {
                builder.Quality.Add(new QualityIssue(file, r.Line, "stationcode", null, null, "missing-station",
                    "站点编码为空：整行舍弃", QualityAction.Rejected));
                continue;
            }
            if (!TimeLabels.TryParseHour(r[cTime], out var label))
            {
                builder.Quality.Add(new QualityIssue(file, r.Line, "timepoint", code, null, "bad-time",
                    $"时间无法识别：“{r[cTime]}”，整行舍弃", QualityAction.Rejected));
                continue;
            }
            var time = HourlyTableBuilder.Iso(label);
            var row = HourlyTableBuilder.NewRow();
            if (cAqi >= 0) row[0] = Aqi(values.ParseAqi(r[cAqi], r.Line, "aqi", code, time));
            foreach (var (p, c) in columns)
                row[HourlyTableBuilder.Slot(p)] = values.Parse(r[c], r.Line, h.Header[c], code, time);
            if (!builder.Add(code, label, row, file, r.Line)) continue;
            rows++;
            if (!stations.ContainsKey(code))
            {
                var name = cName >= 0 ? r[cName].Trim().Trim('\u3000') : "";
                stations[code] = new StationInfo(code, name, cArea >= 0 ? r[cArea].Trim() : "",
                    Coordinate(r, cLon), Coordinate(r, cLat), name.Contains("对照点", StringComparison.Ordinal));
            }
            if (cPrimary >= 0)
            {
                var pp = PrimaryText(r[cPrimary]);
                if (pp.Length > 0 && pp != "—") primary.Add(new PublishedPrimaryPollutant(code, label, pp));
            }
        }
        values.Summarise();
        builder.Quality.CountFile();
        if (rows == 0)
            builder.Quality.Add(new QualityIssue(file, null, null, null, null, "empty-file", "空文件：没有数据行", QualityAction.Missing));
    }

    private static double Aqi(int aqi) => aqi < 0 ? double.NaN : aqi;

    private static double? Coordinate(CsvRecord r, int c) =>
        c >= 0 && double.TryParse(r[c], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>Published primary-pollutant text with line breaks and padding removed.</summary>
    internal static string PrimaryText(string s) =>
        string.Join(",", s.Split(['\r', '\n', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(x => x.Trim('\u3000')).Where(x => x.Length > 0));
}
