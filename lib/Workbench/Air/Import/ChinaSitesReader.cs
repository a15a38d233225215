using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text.RegularExpressions;
using Workbench.Air.Checks;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Quality;
using Workbench.Standards;

namespace Workbench.Air.Import;

/// <summary>What <see cref="ChinaSitesReader.ReadData(IEnumerable{string}, ChinaSitesOptions?)"/> returns.</summary>
/// <param name="Hourly">The hourly grid (1-hour concentrations and the published AQI) with its quality report.</param>
/// <param name="Derived">CNEMC's derived values when asked for in the options, else null.</param>
/// <param name="SourceFiles">Display names of the files read, in date order.</param>
public sealed record ChinaSitesData(StationHourlyTable Hourly, CnemcDerivedTable? Derived, IReadOnlyList<string> SourceFiles);

/// <summary>What <see cref="ChinaSitesReader.ReadByMonth(IEnumerable{string}, ChinaSitesOptions, IMonthlyGridSink)"/> read, besides the months it handed on.</summary>
/// <param name="StationCodes">The stations, in grid order.</param>
/// <param name="FirstHour">The first hour label of the span read.</param>
/// <param name="HourCount">Hours of the span.</param>
/// <param name="Quality">The read's quality report (the one of the whole read).</param>
/// <param name="SourceFiles">Display names of the files read, in date order.</param>
internal sealed record ChinaSitesByMonth(IReadOnlyList<string> StationCodes, DateTime FirstHour, int HourCount,
    DataQualityReport Quality, IReadOnlyList<string> SourceFiles);

/// <summary>What takes a china_sites read a month at a time (<see cref="ChinaSitesReader.ReadByMonth(IEnumerable{string}, ChinaSitesOptions, IMonthlyGridSink)"/>).</summary>
internal interface IMonthlyGridSink
{
    /// <summary>The stations (grid order), the span and status of the read, and its quality report (filled once every
    /// month is read), before the first month.</summary>
    void Start(IReadOnlyList<string> stationCodes, DateTime firstHour, int hourCount, DataStatus status, DataQualityReport quality);

    /// <summary>The next month of the span (the part of it read), parsed; then <see cref="Station"/> for each of its
    /// stations, then <see cref="EndMonth"/>. Its memory is reused once that returns.</summary>
    void BeginMonth(StationHourlyTable month);

    /// <summary>A station of the month, its values checked (called for several stations at once).</summary>
    void Station(StationHourlyTable month, int station);

    /// <summary>Every station of the month was handed on.</summary>
    void EndMonth(StationHourlyTable month);
}

/// <summary>
/// Reads CNEMC `china_sites_YYYYMMDD.csv` daily files (the quotsoft mirror of the national real-time
/// feed) into a <see cref="StationHourlyTable"/>: hour labels from the first to the last date of the
/// input, hours 0–23; stations = the union of all headers in file order.
/// </summary>
/// <remarks>
/// Layout: `date,hour,type,` + one column per station; 15 rows per hour (AQI, the six 1-hour
/// concentrations and CNEMC's moving averages, which are not loaded into the grid). Columns are mapped
/// by header name in every file, because the station set changes during a year. Files are parsed in
/// parallel, each into its own day of the grid. Everything left out is listed in the quality report:
/// missing files and hours, truncated rows, duplicated columns/rows, non-numeric and negative values,
/// and (one summary line per file) empty fields.
/// </remarks>
public static partial class ChinaSitesReader
{
    /// <summary>Reads files, folders (their china_sites_*.csv and *.zip) and zip archives into an hourly table.</summary>
    public static StationHourlyTable Read(IEnumerable<string> paths, ChinaSitesOptions? options = null) =>
        ReadData(paths, options).Hourly;

    /// <summary>Reads one file given as a stream (display name used in quality lines and errors).</summary>
    public static StationHourlyTable Read(Stream stream, string displayName, ChinaSitesOptions? options = null)
    {
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        var bytes = ms.ToArray();
        return ReadData([new ImportSource(displayName, () => new MemoryStream(bytes, writable: false))], options).Hourly;
    }

    /// <summary>Reads files, folders and zip archives; also returns derived values and the files read.</summary>
    public static ChinaSitesData ReadData(IEnumerable<string> paths, ChinaSitesOptions? options = null)
    {
        var ignored = new List<string>();
        var data = ReadData(ExpandPaths(paths, ignored), options);
        // Other files in the folders are not read: say so, so nothing is left out unnoticed.
        foreach (var f in ignored) data.Hourly.Quality.Add(IgnoredFile(f));
        return data;
    }

    /// <summary>Reads files, folders and zip archives a month at a time (<see cref="ReadByMonth(IReadOnlyList{ImportSource}, ChinaSitesOptions, IMonthlyGridSink)"/>).</summary>
    internal static ChinaSitesByMonth? ReadByMonth(IEnumerable<string> paths, ChinaSitesOptions options, IMonthlyGridSink sink)
    {
        var ignored = new List<string>();
        var data = ReadByMonth(ExpandPaths(paths, ignored), options, sink);
        foreach (var f in ignored) data?.Quality.Add(IgnoredFile(f));
        return data;
    }

    private static QualityIssue IgnoredFile(string name) => new(name, null, null, null, null, "ignored-file",
        "未读取的文件：文件名不是 china_sites_YYYYMMDD.csv，未作为小时数据读取", QualityAction.Flagged);

    /// <summary>Reason code of a station column without any value in the files read.</summary>
    public const string StationWithoutData = "station-without-data";

    /// <summary>Reads the given sources (files, zip entries, streams).</summary>
    public static ChinaSitesData ReadData(IReadOnlyList<ImportSource> sources, ChinaSitesOptions? options = null)
    {
        options ??= ChinaSitesOptions.Default;
        var plan = Plan(sources, options);
        var quality = new DataQualityReport();
        // Unfilled: each file writes its whole day (pass 2); days without a file are cleared below.
        var table = new StationHourlyTable(plan.Stations, plan.FirstHour, plan.HourCount, options.Status, quality, filled: false);
        var derived = options.DerivedKinds.Count > 0 ? new CnemcDerivedTable(table, options.DerivedKinds) : null;

        // Pass 2: parse every file into its own day of the grid.
        var hasData = new bool[plan.Stations.Count];
        using var progress = Progress.Start("读取文件", plan.ByDate.Count);
        var parsed = ParseFiles(plan, 0, plan.ByDate.Count, table, derived, hasData, options, progress);
        for (var d = plan.FirstDay; d <= plan.LastDay; d = d.AddDays(1))
            if (!plan.Present.Contains(d)) table.ClearHours((d.DayNumber - plan.FirstDay.DayNumber) * 24, 24);
        foreach (var p in parsed) p.ApplyOtherDates();

        ReportFiles(plan, parsed, hasData, quality);
        // Value checks (CO unit per station-day file, physical ranges) once the grid is whole.
        quality.CountAccepted(-UnitPlausibility.Apply(table, Origins(plan, parsed, 0, plan.FirstDay, plan.DayCount), options.Values));

        return new ChinaSitesData(table, derived, plan.ByDate.Select(h => h.Source.DisplayName).ToArray());
    }

    /// <summary>
    /// Reads the given sources a month at a time into two month grids used in turn: each month is parsed, then checked
    /// and handed to <paramref name="sink"/> station by station while the next month is parsed, so a national year
    /// (≈ 700 MB of grid) never lies in memory at once. The quality report is the one
    /// <see cref="ReadData(IReadOnlyList{ImportSource}, ChinaSitesOptions?)"/> writes, line for line (frozen runs are
    /// the sink's to follow across months). Null when the read must be held whole to be read exactly so: a file holds
    /// rows of another date (applied after every file, into slots still empty), or the pooled CO of a station's small
    /// files, judged over the whole read, is not taken as declared (values already handed on would change); the caller
    /// then reads it whole. CNEMC's derived rows are not read here.
    /// </summary>
    internal static ChinaSitesByMonth? ReadByMonth(IReadOnlyList<ImportSource> sources, ChinaSitesOptions options, IMonthlyGridSink sink)
    {
        if (options.DerivedKinds.Count > 0) throw new ArgumentException("按月读取不含 CNEMC 派生值", nameof(options));
        var plan = Plan(sources, options);
        // The read's report, filled at the end (nothing is in it when a month turns out to need the whole read).
        var quality = new DataQualityReport();
        sink.Start(plan.Stations, plan.FirstHour, plan.HourCount, options.Status, quality);
        var hasData = new bool[plan.Stations.Count];
        var parsed = new List<ChinaSitesFileParser>(plan.ByDate.Count);
        var parts = new List<(UnitPlausibility.StationFindings[], ValueOrigins)>();
        // Two month grids in turn: a month is checked and handed on while the next one's files are parsed (parsing keeps
        // both cores busy between the handing on's parallel steps).
        var grids = new StationHourlyTable?[2];
        var handing = Task.CompletedTask;
        using var progress = Progress.Start("读取文件", plan.ByDate.Count);
        try
        {
            var next = 0;
            for (var (from, i) = (plan.FirstDay, 0); from <= plan.LastDay; i++)
            {
                var to = new DateOnly(from.Year, from.Month, 1).AddMonths(1).AddDays(-1);
                if (to > plan.LastDay) to = plan.LastDay;
                var days = to.DayNumber - from.DayNumber + 1;
                // The month's findings go to the read's report at the end, in the whole read's order: none to the month's.
                // Its grid is the one of the month before last, handed on by now.
                var month = grids[i % 2] = new StationHourlyTable(plan.Stations, from.ToDateTime(TimeOnly.MinValue), days * 24,
                    options.Status, new DataQualityReport(), filled: false, recycled: grids[i % 2]);
                var first = next;
                while (next < plan.ByDate.Count && plan.ByDate[next].Date <= to) next++;
                var files = ParseFiles(plan, first, next, month, null, hasData, options, progress);
                if (files.Any(f => f.HasOtherDates)) return null;
                parsed.AddRange(files);
                for (var d = from; d <= to; d = d.AddDays(1))
                    if (!plan.Present.Contains(d)) month.ClearHours((d.DayNumber - from.DayNumber) * 24, 24);
                var origins = Origins(plan, files, first, from, days);
                handing.GetAwaiter().GetResult();
                handing = Task.Run(() =>
                {
                    // Each station checked and handed on in one step, while its month is in the cache.
                    sink.BeginMonth(month);
                    var found = new UnitPlausibility.StationFindings[plan.Stations.Count];
                    Parallel.For(0, found.Length, s =>
                    {
                        Interruption.ThrowIfRequested();
                        found[s] = UnitPlausibility.FindStation(month, origins, options.Values, s);
                        sink.Station(month, s);
                    });
                    parts.Add((found, origins));
                    sink.EndMonth(month);
                });
                from = to.AddDays(1);
            }
            handing.GetAwaiter().GetResult();
        }
        finally
        {
            // Never left handing a month on behind an exception (or a return).
            try { handing.Wait(); } catch (AggregateException) { }
        }
        if (!UnitPlausibility.SmallFilesAsDeclared(parts.Select(p => p.Item1).ToArray(), options.Values)) return null;
        ReportFiles(plan, parsed, hasData, quality);
        quality.CountAccepted(-UnitPlausibility.Report(parts, plan.Stations, quality));
        return new ChinaSitesByMonth(plan.Stations, plan.FirstHour, plan.HourCount, quality,
            plan.ByDate.Select(h => h.Source.DisplayName).ToArray());
    }

    /// <summary>Pass 1's result: the files to read in date order, the stations (the union of their headers, in file
    /// order), the span, and the lines known before parsing (duplicate and missing files).</summary>
    private sealed record ReadPlan(List<FileHead> ByDate, List<(DateOnly Date, QualityIssue Issue)> PreIssues, List<string> Stations,
        DateOnly FirstDay, DateOnly LastDay, HashSet<DateOnly> Present)
    {
        public int DayCount => LastDay.DayNumber - FirstDay.DayNumber + 1;
        public DateTime FirstHour => FirstDay.ToDateTime(TimeOnly.MinValue);
        public int HourCount => checked(DayCount * 24);
    }

    /// <summary>Pass 1: headers and dates (cheap), to size the grid and fix the station order.</summary>
    private static ReadPlan Plan(IReadOnlyList<ImportSource> sources, ChinaSitesOptions options)
    {
        if (sources.Count == 0)
            throw new WorkbenchDataException("(无文件)", null, null, "没有找到 china_sites_YYYYMMDD.csv 文件");
        var heads = new FileHead[sources.Count];
        Parallel.For(0, sources.Count, Parallelism(options), i => heads[i] = ReadHead(sources[i], options.Limits));
        RethrowFirst(heads.Select(h => h.Error));

        if (options.FirstDay > options.LastDay)
            throw new ArgumentException($"起始日期 {options.FirstDay:yyyy-MM-dd} 晚于结束日期 {options.LastDay:yyyy-MM-dd}");
        var ordered = heads.Where(h => (options.FirstDay is null || h.Date >= options.FirstDay) && (options.LastDay is null || h.Date <= options.LastDay))
            .OrderBy(h => h.Date).ThenBy(h => h.Source.DisplayName, StringComparer.Ordinal).ToList();
        if (ordered.Count == 0 && (options.FirstDay is null || options.LastDay is null))
            throw new WorkbenchDataException(heads[0].Source.DisplayName, null, null,
                $"所选日期范围内没有 china_sites 文件（{options.FirstDay:yyyy-MM-dd}–{options.LastDay:yyyy-MM-dd}）");
        var byDate = new List<FileHead>();
        var preIssues = new List<(DateOnly Date, QualityIssue Issue)>();
        foreach (var h in ordered)
        {
            if (byDate.Count > 0 && byDate[^1].Date == h.Date)
            {
                preIssues.Add((h.Date, new QualityIssue(h.Source.DisplayName, null, null, null, $"{h.Date:yyyy-MM-dd}",
                    "duplicate-file", $"重复文件：与 {byDate[^1].Source.DisplayName} 日期相同（{h.Date:yyyy-MM-dd}），本文件不载入",
                    QualityAction.Rejected)));
                continue;
            }
            byDate.Add(h);
        }

        var filter = options.StationCodes is null ? null : new HashSet<string>(options.StationCodes, StringComparer.Ordinal);
        var stations = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var h in byDate)
            foreach (var code in h.Header.Fields.Skip(3))
                if (code.Length > 0 && (filter is null || filter.Contains(code)) && seen.Add(code))
                    stations.Add(code);

        var firstDay = options.FirstDay ?? byDate[0].Date;
        var lastDay = options.LastDay ?? byDate[^1].Date;
        var present = byDate.Select(h => h.Date).ToHashSet();
        for (var d = firstDay; d <= lastDay; d = d.AddDays(1))
            if (!present.Contains(d))
                preIssues.Add((d, new QualityIssue(FileNameOf(d), null, null, null, $"{d:yyyy-MM-dd}",
                    "missing-file", $"缺少文件：{d:yyyy-MM-dd} 全天 24 个小时无数据，按缺失处理", QualityAction.Missing)));
        return new ReadPlan(byDate, preIssues, stations, firstDay, lastDay, present);
    }

    /// <summary>Parses files <paramref name="from"/>..<paramref name="to"/> (exclusive) of the plan in parallel, each
    /// into its own day of <paramref name="table"/>; the first error (in date order) is thrown once all are done.</summary>
    private static ChinaSitesFileParser[] ParseFiles(ReadPlan plan, int from, int to, StationHourlyTable table,
        CnemcDerivedTable? derived, bool[] hasData, ChinaSitesOptions options, Progress.Stage progress)
    {
        var parsed = new ChinaSitesFileParser?[to - from];
        var errors = new Exception?[to - from];
        Parallel.For(from, to, Parallelism(options), i =>
        {
            Interruption.ThrowIfRequested(); // a notebook interrupt stops the import at the next file
            var head = plan.ByDate[i];
            try
            {
                // Streamed with a bounded line buffer (issue 14 clause 4), not read whole.
                parsed[i - from] = ChinaSitesFileParser.Parse(head.Source.OpenSequential(), head.Source.DisplayName, head.Date,
                    table, derived, hasData, options.Limits, (plan.FirstDay, plan.HourCount));
            }
            catch (Exception e) { errors[i - from] = Wrap(e, head.Source.DisplayName); }
            progress.Step(head.Source.DisplayName);
        });
        RethrowFirst(errors);
        return parsed!;
    }

    /// <summary>The lines of the files in date order (missing and duplicate files in their place), then the stations
    /// without any value; the files and values counted.</summary>
    private static void ReportFiles(ReadPlan plan, IReadOnlyList<ChinaSitesFileParser> parsed, bool[] hasData, DataQualityReport quality)
    {
        var pending = plan.PreIssues.OrderBy(p => p.Date).ToList();
        var next = 0;
        for (var i = 0; i < plan.ByDate.Count; i++)
        {
            var date = plan.ByDate[i].Date;
            for (; next < pending.Count && pending[next].Date < date; next++) quality.Add(pending[next].Issue);
            quality.CountFile();
            quality.CountAccepted(parsed[i].Accepted);
            foreach (var issue in parsed[i].Issues) quality.Add(issue);
            for (; next < pending.Count && pending[next].Date == date; next++) quality.Add(pending[next].Issue);
        }
        for (; next < pending.Count; next++) quality.Add(pending[next].Issue);
        for (var s = 0; s < plan.Stations.Count; s++)
            if (!hasData[s])
                quality.Add(new QualityIssue("", null, plan.Stations[s], plan.Stations[s], $"{plan.FirstDay:yyyy-MM-dd}/{plan.LastDay:yyyy-MM-dd}",
                    StationWithoutData, $"无数据站点：{plan.Stations[s]} 在整个读取时段内没有任何数据（列存在但全为空）",
                    QualityAction.Missing));
    }

    /// <summary>The origins of a grid of <paramref name="dayCount"/> days from <paramref name="firstDay"/>, holding
    /// files <paramref name="firstFile"/>.. of the plan (<paramref name="parsed"/>).</summary>
    private static DayOrigins Origins(ReadPlan plan, ChinaSitesFileParser[] parsed, int firstFile, DateOnly firstDay, int dayCount)
    {
        var heads = plan.ByDate.Skip(firstFile).Take(parsed.Length).ToArray();
        return new DayOrigins(heads.Select(h => h.Source.DisplayName).ToArray(),
            heads.Select(h => h.Date.DayNumber - firstDay.DayNumber).ToArray(), parsed, dayCount, plan.Stations);
    }

    /// <summary>Origins of a china_sites grid: one file per date, the row of each (hour, pollutant), the station's column.</summary>
    private sealed class DayOrigins : ValueOrigins
    {
        private readonly string[] _files;
        private readonly int[] _fileOfDay;
        private readonly ChinaSitesFileParser[] _parsed;
        private readonly IReadOnlyList<string> _stations;

        public DayOrigins(string[] files, int[] dayOfFile, ChinaSitesFileParser[] parsed, int dayCount, IReadOnlyList<string> stations)
        {
            _files = files;
            _parsed = parsed;
            _stations = stations;
            _fileOfDay = new int[dayCount];
            Array.Fill(_fileOfDay, -1);
            for (var f = 0; f < dayOfFile.Length; f++) _fileOfDay[dayOfFile[f]] = f;
        }

        public override int FileCount => _files.Length;
        public override string File(int f) => _files[f];
        public override CoUnit DeclaredCoUnit(int f) => CoUnit.Mg;
        public override string CoUnitSource(int f) => "CNEMC 发布单位";
        public override int FileOf(int station, int hour) => _fileOfDay[hour / 24];
        public override long? LineOf(int station, int hour, Pollutant p) =>
            _fileOfDay[hour / 24] is var f and >= 0 ? _parsed[f].LineOf(hour % 24, p) : null;
        public override string ColumnOf(int station, int file, Pollutant p) => station >= 0 ? _stations[station] : p.Code();
    }

    /// <summary>
    /// Expands paths: a folder gives its china_sites_*.csv files and the entries of its *.zip files; a
    /// zip gives its china_sites_*.csv entries; a file is taken as is.
    /// </summary>
    public static IReadOnlyList<ImportSource> ExpandPaths(IEnumerable<string> paths) => ExpandPaths(paths, null);

    private static IReadOnlyList<ImportSource> ExpandPaths(IEnumerable<string> paths, List<string>? ignored)
    {
        var list = new List<ImportSource>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var f in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
                {
                    var name = Path.GetFileName(f);
                    if (IsChinaSitesName(name)) list.Add(ImportSource.FromPath(f));
                    else if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                        list.AddRange(ImportSource.FromZip(f, IsChinaSitesName));
                    else if (name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) ignored?.Add(name);
                }
            }
            else if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) && File.Exists(path))
                list.AddRange(ImportSource.FromZip(path, IsChinaSitesName));
            else if (File.Exists(path)) list.Add(ImportSource.FromPath(path));
            else throw new WorkbenchDataException(path, null, null, "文件或文件夹不存在");
        }
        return list;
    }

    /// <summary>The file of a date: china_sites_YYYYMMDD.csv.</summary>
    public static string FileNameOf(DateOnly day) => $"china_sites_{day:yyyyMMdd}.csv";

    /// <summary>The file an hour label comes from (the label's date: CNEMC's 00:00 row is in the file of that date).</summary>
    public static string FileOfHour(DateTime hourLabel) => FileNameOf(DateOnly.FromDateTime(hourLabel));

    /// <summary>
    /// The file an hour label comes from, as named among <paramref name="sourceFiles"/> (display names: a zip member
    /// keeps its archive, <c>2019.zip!/china_sites_20190101.csv</c>); <see cref="FileOfHour"/> for a date not listed.
    /// </summary>
    public static Func<DateTime, string> FileOfHourIn(IReadOnlyList<string> sourceFiles)
    {
        var byDate = new Dictionary<DateOnly, string>();
        foreach (var f in sourceFiles)
            if (DateInName().Match(f) is { Success: true } m && DateOnly.TryParseExact(m.Groups[1].Value, "yyyyMMdd",
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                byDate.TryAdd(d, f);
        return hour => byDate.TryGetValue(DateOnly.FromDateTime(hour), out var f) ? f : FileOfHour(hour);
    }

    /// <summary>True for names like china_sites_20190101.csv (or .csv.xz).</summary>
    public static bool IsChinaSitesName(string fileName) => NamePattern().IsMatch(fileName);

    [GeneratedRegex(@"^china_sites_\d{8}\.csv(\.xz)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"(\d{8})(?!.*\d{8})")]
    private static partial Regex DateInName();

    private sealed record FileHead(ImportSource Source, ChinaSitesHeader Header, DateOnly Date, Exception? Error);

    private static FileHead ReadHead(ImportSource source, TextLimits limits)
    {
        try
        {
            using var lines = new BoundedLineReader(source.Open(), limits.MaxLineBytes);
            var header = ChinaSitesHeader.Read(lines, source.DisplayName, limits);
            var m = DateInName().Match(source.DisplayName);
            if (m.Success && DateOnly.TryParseExact(m.Groups[1].Value, "yyyyMMdd", CultureInfo.InvariantCulture,
                    DateTimeStyles.None, out var named))
                return new FileHead(source, header, named, null);
            // No date in the name: take the first data row's date.
            if (lines.Next(out var body, out _, out _))
            {
                if (body.StartsWith("\uFEFF"u8)) body = body[3..];
                var comma = body.IndexOf((byte)',');
                if (comma > 0 && AsciiNumber.TryParseCompactDate(body[..comma], out var d))
                    return new FileHead(source, header, d, null);
            }
            throw new WorkbenchDataException(source.DisplayName, 2, "date",
                "文件名中没有日期（china_sites_YYYYMMDD.csv），第一行数据的日期也无法识别");
        }
        catch (Exception e) { return new FileHead(source, null!, default, Wrap(e, source.DisplayName)); }
    }

    private static ParallelOptions Parallelism(ChinaSitesOptions o) => new() { MaxDegreeOfParallelism = o.MaxDegreeOfParallelism };

    private static Exception Wrap(Exception e, string file) =>
        e as WorkbenchDataException ?? new WorkbenchDataException(file, null, null,
            e is IOException or UnauthorizedAccessException or InvalidDataException ? IoErrors.Reason(e) : $"读取失败：{e.Message}", e);

    private static void RethrowFirst(IEnumerable<Exception?> errors)
    {
        var e = errors.FirstOrDefault(x => x is not null);
        if (e is not null) ExceptionDispatchInfo.Capture(e).Throw();
    }
}
