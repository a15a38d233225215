using System.Text;
using Workbench.Air.Checks;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Quality;

namespace Workbench.Air.Import;

/// <summary>The air data formats <see cref="AirInput"/> recognises.</summary>
public enum AirInputFormat
{
    /// <summary>CNEMC china_sites_YYYYMMDD.csv daily files (folders, files or zip archives).</summary>
    ChinaSites,
    /// <summary>HeQinWill/CNEMC hourly archive (timepoint,stationcode,…).</summary>
    HeQinWill,
    /// <summary>Beijing PRSA (No,year,month,day,hour,…,station).</summary>
    Prsa,
    /// <summary>aqistudy city daily (headerless or English header).</summary>
    AqistudyDaily,
    /// <summary>aqistudy city monthly (YYYY-MM).</summary>
    AqistudyMonthly,
    /// <summary>CREA city-day long format (date,region_id,region_name,poll,unit,value,…).</summary>
    Crea,
    /// <summary>Scraped CNEMC real-time page (Date,Hour,WatchPoint,…).</summary>
    ScrapedStationHourly,
    /// <summary>Analysts' tidy CSV (UTF-8/BOM/GBK) with Chinese or English headers.</summary>
    TidyCsv,
    /// <summary>Analysts' tidy XLSX.</summary>
    TidyXlsx,
}

/// <summary>Options of <see cref="AirInput.Load"/>; each reader's own options where it has them.</summary>
public sealed record AirInputOptions
{
    /// <summary>Status declared for the data.</summary>
    public DataStatus Status { get; init; } = DataStatus.Realtime;

    /// <summary>Station codes (or, for keyed-by-name sources, station names) to keep from hourly data (null = all).</summary>
    public IReadOnlyCollection<string>? StationCodes { get; init; }

    /// <summary>china_sites: first and last day to load (null = as the files go); missing days inside are reported.</summary>
    public DateOnly? FirstDay { get; init; }

    /// <summary>china_sites: last day to load (null = the last file's date).</summary>
    public DateOnly? LastDay { get; init; }

    /// <summary>HeQinWill: the o3/o3_24h columns are swapped in the archive (see <see cref="HeQinWillOptions"/>).</summary>
    public bool HeQinWillO3ColumnsSwapped { get; init; } = true;

    /// <summary>Value checks of every hourly and daily format: CO unit plausibility per station (or city) and file
    /// (`--co-unit`) and physical ranges (<see cref="UnitPlausibility"/>, <see cref="DailyValueChecks"/>; overrides the
    /// readers' own).</summary>
    public ValueRules Values { get; init; } = ValueRules.Default;

    /// <summary>Options of aqistudy files (Status is taken from <see cref="Status"/>).</summary>
    public AqistudyOptions Aqistudy { get; init; } = AqistudyOptions.Default;

    /// <summary>Options of tidy tables (Status is taken from <see cref="Status"/>).</summary>
    public TidyTableOptions Tidy { get; init; } = TidyTableOptions.Default;

    /// <summary>Line length and quoted-field limits of every text reader (<see cref="TextLimits"/>; overrides the readers' own).</summary>
    public TextLimits Limits { get; init; } = TextLimits.Default;

    /// <summary>
    /// china_sites files loaded as a data set (<see cref="AirDataSet.Load"/>): read a month at a time, keeping the daily
    /// values an assessment needs but not the year's hourly grid (a national year: about 500 MB instead of 930 MB),
    /// which is read again, whole, only if hours are asked for (figures of hours, daily values under other rules).
    /// For work that needs no hours (`workbench air assess`); values, daily values and the quality report are those of
    /// the whole read. False (default): the grid is read whole and kept.
    /// </summary>
    public bool HourlyGridOnDemand { get; init; }

    /// <summary>Defaults.</summary>
    public static AirInputOptions Default { get; } = new();
}

/// <summary>What <see cref="AirInput.Load"/> read: hourly station data or daily city data (or monthly records).</summary>
/// <param name="Format">The format detected.</param>
/// <param name="Hourly">Station × hour grid, for hourly formats.</param>
/// <param name="CityDaily">Site × day table, for daily formats.</param>
/// <param name="Quality">Everything rejected, corrected, flagged or missing.</param>
/// <param name="SourceFiles">Display names of the files read.</param>
/// <param name="CityMonthly">Month records, for the aqistudy monthly file.</param>
/// <param name="FeedCities">City (or area) of each station as the feed names it, where it does (HeQinWill `area`;
/// scraped pages: the city of the file name); null when the format does not say.</param>
public sealed record AirInputData(AirInputFormat Format, StationHourlyTable? Hourly, DailyTable? CityDaily,
    DataQualityReport Quality, IReadOnlyList<string> SourceFiles, IReadOnlyList<CityMonthlyRecord>? CityMonthly = null,
    IReadOnlyDictionary<string, string>? FeedCities = null)
{
    /// <summary>True when the data are hourly.</summary>
    public bool IsHourly => Hourly is not null;
}

/// <summary>
/// One entry point for air data files: detects the format of each path and calls the matching reader.
/// All paths of one call must be of one format.
/// </summary>
public static class AirInput
{
    /// <summary>Detects the formats and reads the paths (files or folders).</summary>
    /// <exception cref="WorkbenchDataException">A path is missing, unreadable, of an unknown format, or formats are mixed.</exception>
    public static AirInputData Load(IReadOnlyList<string> paths, AirInputOptions? options = null)
    {
        var (format, list) = DetectAll(paths);
        return Read(format, list, options ?? AirInputOptions.Default);
    }

    /// <summary>The one format of <paramref name="paths"/> and the paths to read (a china_sites folder as itself; other
    /// formats' folders as their files); a mix of formats is refused.</summary>
    internal static (AirInputFormat Format, List<string> Paths) DetectAll(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0) throw new WorkbenchDataException("(无文件)", null, null, "没有给出要读取的文件");
        var detected = new List<(string Path, AirInputFormat Format)>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                var files = Directory.EnumerateFiles(p).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToList();
                if (files.Any(f => ChinaSitesReader.IsChinaSitesName(Path.GetFileName(f)) || f.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)))
                {
                    detected.Add((p, AirInputFormat.ChinaSites));
                    continue;
                }
                // Other formats: every file below the folder (archives keep one folder per day, e.g. Archive/2024-01-01/).
                files = Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && !Path.GetRelativePath(p, f).Split(Path.DirectorySeparatorChar).Any(x => x.StartsWith('.')))
                    .Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0) throw new WorkbenchDataException(p, null, null, "文件夹是空的");
                detected.AddRange(files.Select(f => (f, Detect(f))));
            }
            else detected.Add((p, Detect(p)));
        }
        var formats = detected.Select(d => d.Format).Distinct().ToList();
        if (formats.Count > 1)
            throw new WorkbenchDataException(detected[0].Path, null, null,
                "一次只能读取一种格式，这些文件格式不同：" +
                string.Join("；", detected.GroupBy(d => d.Format).Select(g => $"{g.Key}：{string.Join("、", g.Select(x => Path.GetFileName(x.Path)).Take(3))}")));
        return (formats[0], detected.Select(d => d.Path).ToList());
    }

    /// <summary>The china_sites reader's options for <paramref name="options"/>.</summary>
    internal static ChinaSitesOptions ChinaSitesOptionsOf(AirInputOptions options) => new()
    {
        StationCodes = options.StationCodes, Status = options.Status, FirstDay = options.FirstDay, LastDay = options.LastDay,
        Values = options.Values,
        Limits = options.Limits,
    };

    /// <summary>Reads <paramref name="list"/> (as <see cref="DetectAll"/> gave it) with the reader of <paramref name="format"/>.</summary>
    internal static AirInputData Read(AirInputFormat format, List<string> list, AirInputOptions options)
    {
        switch (format)
        {
            case AirInputFormat.ChinaSites:
            {
                var d = ChinaSitesReader.ReadData(list, ChinaSitesOptionsOf(options));
                return new AirInputData(format, d.Hourly, null, d.Hourly.Quality, d.SourceFiles);
            }
            case AirInputFormat.HeQinWill:
            {
                var d = HeQinWillReader.Read(list, new HeQinWillOptions
                {
                    O3ColumnsSwapped = options.HeQinWillO3ColumnsSwapped, Status = options.Status, Values = options.Values, Limits = options.Limits,
                });
                return new AirInputData(format, Keep(d.Hourly, options), null, d.Hourly.Quality, d.SourceFiles,
                    FeedCities: d.Stations.Where(s => s.City.Length > 0).ToDictionary(s => s.Code, s => s.City, StringComparer.Ordinal));
            }
            case AirInputFormat.Prsa:
            {
                var t = PrsaReader.Read(list, new PrsaOptions { Status = options.Status, Values = options.Values, Limits = options.Limits });
                return new AirInputData(format, Keep(t, options), null, t.Quality, Names(list));
            }
            case AirInputFormat.ScrapedStationHourly:
            {
                var d = ScrapedStationHourlyReader.Read(list.Select(ImportSource.FromPath).ToArray(), options.Status, options.Values, options.Limits);
                return new AirInputData(format, Keep(d.Hourly, options), null, d.Hourly.Quality, d.SourceFiles,
                    FeedCities: d.Cities);
            }
            case AirInputFormat.AqistudyDaily:
            {
                var d = AqistudyReader.ReadDaily(list, options.Aqistudy with { Status = options.Status, Limits = options.Limits, Values = options.Values });
                return new AirInputData(format, null, d.Daily, d.Daily.Quality, d.SourceFiles);
            }
            case AirInputFormat.AqistudyMonthly:
            {
                var m = AqistudyReader.ReadMonthly(list, options.Aqistudy with { Status = options.Status, Limits = options.Limits, Values = options.Values });
                return new AirInputData(format, null, null, m.Quality, Names(list), m.Records);
            }
            case AirInputFormat.Crea:
            {
                var d = CreaReader.Read(list, options.Status, options.Limits, options.Values);
                return new AirInputData(format, null, d.Daily, d.Daily.Quality, d.SourceFiles);
            }
            default:
            {
                var d = TidyTableReader.ReadMany(list.Select(ImportSource.FromPath).ToArray(), options.Tidy with { Status = options.Status, Values = options.Values, Limits = options.Limits });
                return new AirInputData(format, d.Hourly is null ? null : Keep(d.Hourly, options), d.Daily, d.Quality, d.SourceFiles);
            }
        }
    }

    /// <summary>Detects the format of one file from its name and first lines.</summary>
    /// <exception cref="WorkbenchDataException">Missing, compressed with xz, or not a known format.</exception>
    public static AirInputFormat Detect(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) throw new WorkbenchDataException(path.Length > 0 ? path : "(空路径)", null, null, "文件或文件夹不存在");
        if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) return AirInputFormat.ChinaSites;
        if (name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) return AirInputFormat.TidyXlsx;
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".7z", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".rar", StringComparison.OrdinalIgnoreCase))
            throw new WorkbenchDataException(name, null, null, "压缩文件无法直接读取：请先解压（gz/7z/rar），再读取解压后的 CSV；.xz 与 .zip 可直接读取");
        if (XzStream.IsXz(name) && !name.EndsWith(".csv.xz", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".txt.xz", StringComparison.OrdinalIgnoreCase))
            throw new WorkbenchDataException(name, null, null, "只支持 .csv.xz（xz 压缩的 CSV）");
        if (name.EndsWith(".xls", StringComparison.OrdinalIgnoreCase))
            throw new WorkbenchDataException(name, null, null, "不支持旧版 .xls：请在 Excel 中另存为 .xlsx 或 CSV");

        var head = ReadHead(path, 1 << 16);
        if (ChinaSitesHeader.Looks(head)) return AirInputFormat.ChinaSites;
        string text;
        // Line by line: a UTF-8 header followed by GBK lines (two exports concatenated) keeps its header readable.
        try { text = TextDecoding.DecodeLines(head); }
        catch (Exception e) { throw new WorkbenchDataException(name, 1, null, $"无法解码文本：{e.Message}", e); }
        var records = CsvRecords.Read(text).Take(3).ToList();
        if (records.Count == 0) throw new WorkbenchDataException(name, 1, null, "文件为空");
        var first = records[0].Fields;
        var firstLine = string.Join(",", first);
        if (HeQinWillReader.Looks(firstLine)) return AirInputFormat.HeQinWill;
        if (PrsaReader.Looks(firstLine)) return AirInputFormat.Prsa;
        if (CreaReader.Looks(first)) return AirInputFormat.Crea;
        if (ScrapedStationHourlyReader.Looks(first)) return AirInputFormat.ScrapedStationHourly;
        if (AqistudyReader.LooksMonthly(first)) return AirInputFormat.AqistudyMonthly;
        if (AqistudyReader.Looks(first)) return AirInputFormat.AqistudyDaily;
        if (TidyTableReader.Looks(first)) return AirInputFormat.TidyCsv;
        throw new WorkbenchDataException(name, 1, null,
            $"无法识别的文件格式（表头为“{Shorten(firstLine)}”）：支持 china_sites、HeQinWill、PRSA、真气网、CREA、抓取的站点小时数据，" +
            "以及带“站点/城市、时间/日期、污染物”表头的 CSV/XLSX");
    }

    private static byte[] ReadHead(string path, int max)
    {
        try
        {
            using var f = XzStream.OpenRead(path);
            var buf = new byte[f.CanSeek ? Math.Min(max, Math.Max(1, (int)Math.Min(f.Length, max))) : max];
            var n = f.ReadAtLeast(buf, buf.Length, throwOnEndOfStream: false);
            // Do not cut a multi-byte character at the end (GBK/UTF-8 detection would fail on it).
            var lastNl = buf.AsSpan(0, n).LastIndexOf((byte)'\n');
            return buf[..(lastNl > 0 && n == buf.Length ? lastNl + 1 : n)];
        }
        catch (Exception e) when (IoErrors.IsFileSystem(e) || e is InvalidDataException) { throw IoErrors.Reading(path, e); }
    }

    private static StationHourlyTable Keep(StationHourlyTable t, AirInputOptions o) =>
        o.StationCodes is null ? t : HourlyTableSubset.Select(t, o.StationCodes);

    private static string[] Names(IEnumerable<string> paths) => paths.Select(Path.GetFileName).Select(n => n ?? "").ToArray();

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
