using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Workbench.Air.Checks;
using Workbench.Air.Compute;
using Workbench.Air.Import;
using Workbench.Air.Method;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Periods;
using Workbench.Quality;
using Workbench.Registries;

namespace Workbench.Store;

/// <summary>
/// The air data store: hourly station values kept as plain Parquet, partitioned by year and month, taking data as it
/// arrives (a day, a month, audited values months later) without losing any; pandas, Spark or DuckDB open the same
/// files. The layout and the rules are in docs/store.md.
/// </summary>
public sealed partial class AirStore
{
    /// <summary>Name of the marker file that makes a folder a store.</summary>
    public const string MarkerFile = StoreLayout.MarkerFile;

    private AirStore(string folder, IReadOnlyList<StoreYear> years)
    {
        Folder = folder;
        Years = years;
    }

    /// <summary>The store folder.</summary>
    public string Folder { get; }

    /// <summary>The years held, ascending.</summary>
    public IReadOnlyList<StoreYear> Years { get; }

    /// <summary>The imports so far (read once: an opened store is a snapshot).</summary>
    public ImportLedger Ledger => _ledger ??= ImportLedger.Load(Folder);

    private ImportLedger? _ledger;

    /// <summary>The station list saved at import, or null.</summary>
    public string? StationsPath => File.Exists(Path.Combine(Folder, StoreLayout.StationsCsv)) ? Path.Combine(Folder, StoreLayout.StationsCsv) : null;

    /// <summary>True when <paramref name="path"/> is a store folder.</summary>
    public static bool IsStore(string path) => Directory.Exists(path) && File.Exists(Path.Combine(path, MarkerFile));

    /// <summary>Opens a store folder.</summary>
    /// <exception cref="WorkbenchDataException">Not a store, a store of another layout, or a manifest cannot be read.</exception>
    public static AirStore Open(string folder)
    {
        if (!IsStore(folder))
            throw new WorkbenchDataException(folder, null, null, $"不是 Workbench 数据存储（缺少 {MarkerFile}）：请先用 workbench air import 导入");
        CheckMarker(folder);
        var years = new List<StoreYear>();
        var manifests = Path.Combine(folder, "manifest");
        if (Directory.Exists(manifests))
            foreach (var f in Directory.EnumerateFiles(manifests, "year=*.json").Order(StringComparer.Ordinal))
                years.Add(StoreYear.FromJson(File.ReadAllText(f), f));
        return new AirStore(folder, years.OrderBy(y => y.Year).ToArray());
    }

    /// <summary>Refuses a store written by another version of the layout, saying how to rebuild it.</summary>
    private static void CheckMarker(string folder)
    {
        var path = Path.Combine(folder, MarkerFile);
        if (!File.Exists(path))
            throw new WorkbenchDataException(folder, null, null, "该文件夹不是空的，也不是 Workbench 数据存储：请给 --store 一个新的（或空的）文件夹，或已有的存储");
        var marker = File.ReadAllText(path);
        if (marker.Trim() != StoreLayout.MarkerText.Trim())
            throw new WorkbenchDataException(path, 1, null,
                $"存储格式版本不符（应为 {StoreLayout.Version}，文件内容：{marker.Trim()}）：这是旧版本写的存储，不能读取或追加；" +
                "请用当前版本把原始文件重新导入到一个新文件夹：workbench air import <文件或文件夹…> --store <新文件夹> [--stations <站点列表>]");
    }

    /// <summary>The years held between <paramref name="fromYear"/> and <paramref name="toYear"/> (null = open end).</summary>
    /// <exception cref="WorkbenchDataException">None is held.</exception>
    public IReadOnlyList<StoreYear> YearsIn(int? fromYear, int? toYear)
    {
        var years = Years.Where(y => (fromYear is null || y.Year >= fromYear) && (toYear is null || y.Year <= toYear)).ToArray();
        if (years.Length == 0)
        {
            var (first, hours) = Years.Count > 0 ? HoursOf(Years) : (default, 0);
            var range = hours > 0 ? $"，日期范围 {first:yyyy-MM-dd} 至 {first.AddHours(hours - 1):yyyy-MM-dd}" : "";
            throw new WorkbenchDataException(Folder, null, null,
                $"存储中没有所需年份（{fromYear?.ToString() ?? "…"}—{toYear?.ToString() ?? "…"}）的数据（存储年份：{string.Join("、", Years.Select(y => y.Year))}{range}）");
        }
        return years;
    }

    /// <summary>The files whose values <paramref name="years"/> hold, in import order.</summary>
    public IReadOnlyList<string> SourceFilesOf(IReadOnlyList<StoreYear> years)
    {
        var set = years.Select(y => y.Year).ToHashSet();
        return Ledger.Imports.Where(i => set.Any(y => i.Months.Any(m => m.StartsWith($"{y:D4}-", StringComparison.Ordinal))))
            .SelectMany(i => i.Files.Select(f => Path.GetFileName(f.Name))).ToArray();
    }

    /// <summary>Station codes of <paramref name="years"/>: the union of their orders (the order of a loaded grid).</summary>
    public static IReadOnlyList<string> StationCodesOf(IReadOnlyList<StoreYear> years)
    {
        var stations = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var y in years)
            foreach (var code in y.Stations)
                if (seen.Add(code)) stations.Add(code);
        return stations;
    }

    /// <summary>The first hour label and the number of hours of the grid of <paramref name="years"/>, without reading it.</summary>
    public static (DateTime FirstHour, int HourCount) HoursOf(IReadOnlyList<StoreYear> years)
    {
        var first = years.Min(y => y.FirstHour);
        var end = years.Max(y => y.FirstHour.AddHours(y.HourCount));
        return (first, checked((int)(end - first).TotalHours));
    }

    /// <summary>审核 when every year is all audited, otherwise 实时 (see <see cref="StoreYear.AuditedDays"/>).</summary>
    public static DataStatus StatusOf(IReadOnlyList<StoreYear> years) =>
        years.All(y => y.Status == DataStatus.Audited) ? DataStatus.Audited : DataStatus.Realtime;

    /// <summary>The hourly grid of <paramref name="years"/> (quality lines go to <paramref name="quality"/>).</summary>
    public StationHourlyTable LoadGrid(IReadOnlyList<StoreYear> years, DataQualityReport quality)
    {
        var (first, hours) = HoursOf(years);
        var grid = new StationHourlyTable(StationCodesOf(years), first, hours, StatusOf(years), quality);
        var parts = years.SelectMany(y => y.Months.Keys.Select(m => (y.Year, Month: m))).ToArray();
        var months = new StoredMonth[parts.Length];
        Parallel.For(0, parts.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            months[i] = HourlyPartition.Read(Path.Combine(Folder, StoreLayout.Hourly(parts[i].Year, parts[i].Month)), parts[i].Year, parts[i].Month));
        foreach (var month in months)
        {
            // The month's hours inside the grid's span.
            var offset = (int)(month.Grid.FirstHour - first).TotalHours;
            var from = Math.Max(0, -offset);
            var to = Math.Min(month.Grid.HourCount, hours - offset);
            if (to <= from) continue;
            for (var s = 0; s < month.Grid.StationCodes.Count; s++)
            {
                var target = grid.IndexOfStation(month.Grid.StationCodes[s]);
                month.Grid.PublishedAqi(s)[from..to].CopyTo(grid.PublishedAqi(target)[(offset + from)..]);
                foreach (var p in Standards.PollutantInfo.All)
                    month.Grid.Series(p, s)[from..to].CopyTo(grid.Series(p, target)[(offset + from)..]);
            }
        }
        return grid;
    }

    /// <summary>
    /// The hours with at least one pollutant value of each of <paramref name="stations"/> in <paramref name="years"/>,
    /// counted over the hourly Parquet with DuckDB (the store keeps no per-station counts). A station without such an
    /// hour is absent from the result.
    /// </summary>
    public IReadOnlyDictionary<string, StationHours> StationHours(IReadOnlyList<StoreYear> years, IReadOnlyCollection<string> stations)
    {
        var result = new Dictionary<string, StationHours>(StringComparer.Ordinal);
        var files = years.SelectMany(y => y.Months.Keys.Select(m => Path.Combine(Folder, StoreLayout.Hourly(y.Year, m)))).ToArray();
        if (files.Length == 0 || stations.Count == 0) return result;
        using var db = DuckDb.Open();
        using var cmd = db.CreateCommand();
        // A row holding only the published AQI does not count, as on the grid.
        cmd.CommandText = $"""
            SELECT station, CAST(count(*) AS INTEGER), min(time), max(time)
            FROM read_parquet([{string.Join(", ", files.Select(DuckDb.Quote))}])
            WHERE station IN ({string.Join(", ", stations.Select(DuckDb.Quote))})
              AND NOT ({string.Join(" AND ", HourlyPartition.PollutantColumns.Select(c => c + " IS NULL"))})
            GROUP BY station
            """;
        using var r = cmd.ExecuteReader();
        while (r.Read())
            result[r.GetString(0)] = new StationHours(r.GetFieldValue<int>(1), r.GetFieldValue<DateTime>(2), r.GetFieldValue<DateTime>(3));
        return result;
    }

    /// <summary>
    /// The station daily values of <paramref name="years"/> under <paramref name="settings"/> as derived at import, or
    /// null when they must be computed from the hourly grid (other rules, or days crossing a month under the 1–24 h
    /// day boundary). The table equals <see cref="StationDaily.Compute"/> on the grid <see cref="LoadGrid"/> gives.
    /// </summary>
    public DailyTable? LoadDaily(IReadOnlyList<StoreYear> years, AirSettings settings, DataQualityReport quality)
    {
        var key = StationDaily.RulesKey(settings);
        if (years.Any(y => y.StationDailyRules != key) || DaysOf(years, settings) is not var (firstDay, dayCount)) return null;
        var daily = DailyTable.WithoutValues(StationCodesOf(years), firstDay, dayCount, StatusOf(years), quality);
        // A file naming a station the manifest lacks was derived from other data: the grid's daily values then.
        return Fill(daily, years, StoreLayout.StationDaily, null) ? daily : null;
    }

    /// <summary>
    /// The city daily values of <paramref name="years"/> under <paramref name="settings"/> and <paramref name="registry"/>
    /// as derived at import, or null when they must be computed from the hourly grid. The table equals
    /// <see cref="CityHourly.Compute"/> on the grid <see cref="LoadGrid"/> gives, for the cities of
    /// <see cref="StationRegistry.CitiesWithStations"/>.
    /// </summary>
    public CityHourlyDaily? LoadCityDaily(IReadOnlyList<StoreYear> years, AirSettings settings, StationRegistry registry,
        DataQualityReport quality)
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (settings.CityAggregation != CityAggregation.DailyOfCityHourly) return null;
        var key = CityDailyKey(settings, registry.Fingerprint);
        if (years.Any(y => y.CityDailyRules != key) || DaysOf(years, settings) is not var (firstDay, dayCount)) return null;
        var cities = registry.CitiesWithStations(StationCodesOf(years));
        var daily = DailyTable.WithoutValues(cities, firstDay, dayCount, StatusOf(years), quality);
        var contributed = new IReadOnlyList<string>[cities.Count][];
        for (var c = 0; c < cities.Count; c++) contributed[c] = Enumerable.Repeat((IReadOnlyList<string>)[], dayCount).ToArray();
        if (!Fill(daily, years, StoreLayout.CityDaily, contributed))
            return null;
        return new CityHourlyDaily(cities, daily, contributed);
    }

    /// <summary>The key the city table is derived under: the rules and the station list's fingerprint.</summary>
    internal static string CityDailyKey(AirSettings settings, string registryFingerprint) =>
        CityHourlyDaily.RulesKey(settings) + ";registry=" + registryFingerprint;

    /// <summary>The days of the years' span, when the derived tables can serve them: whole days, and days that never
    /// cross from one month into the next (the feed-date boundary).</summary>
    private static (DateOnly FirstDay, int DayCount)? DaysOf(IReadOnlyList<StoreYear> years, AirSettings settings)
    {
        if (settings.DayBoundary != DayBoundary.FeedDateHours0To23) return null;
        var (first, hours) = HoursOf(years);
        if (first.TimeOfDay != TimeSpan.Zero || hours % 24 != 0) return null;
        return HourGrid.Days(first, hours, settings.DayBoundary);
    }

    /// <summary>
    /// Sets <paramref name="daily"/> (made <see cref="DailyTable.WithoutValues"/>) from the months' daily Parquet files
    /// (<paramref name="fileOf"/> year, month): every day of the table is cleared, then holds what its month's file holds.
    /// False when a row names a site the table lacks (the file was derived from other data).
    /// </summary>
    private bool Fill(DailyTable daily, IReadOnlyList<StoreYear> years, Func<int, int, string> fileOf,
        IReadOnlyList<string>[][]? contributed)
    {
        var months = new List<(string Path, int From, int Count)>();
        var covered = new bool[daily.DayCount];
        foreach (var y in years)
            foreach (var m in y.Months.Keys)
            {
                var path = Path.Combine(Folder, fileOf(y.Year, m));
                if (!File.Exists(path)) continue;
                var start = new DateOnly(y.Year, m, 1);
                var from = Math.Max(0, start.DayNumber - daily.FirstDay.DayNumber);
                var to = Math.Min(daily.DayCount, start.AddMonths(1).DayNumber - daily.FirstDay.DayNumber);
                if (to <= from) continue;
                months.Add((path, from, to - from));
                covered.AsSpan(from, to - from).Fill(true);
            }
        for (var d = 0; d < covered.Length;)
        {
            if (covered[d]) { d++; continue; }
            var end = d;
            while (end < covered.Length && !covered[end]) end++;
            daily.ClearDays(d, end - d);
            d = end;
        }
        // A station table takes each day's AQI kept beside its values when every month kept it (a day no month holds
        // has no values, so no AQI, as kept).
        if (contributed is null) daily.KeepDailyAqi();
        // Each month's days are cleared and copied by one thread: months hold disjoint days, so the copies never meet.
        var complete = true;
        var allKept = true;
        Parallel.For(0, months.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, (i, loop) =>
        {
            daily.ClearDays(months[i].From, months[i].Count);
            if (!DailyPartition.ReadInto(months[i].Path, daily, contributed, out var aqiKept)) { complete = false; loop.Stop(); }
            if (!aqiKept) allKept = false;
        });
        if (!allKept) daily.DropKeptDailyAqi();
        return complete;
    }

    /// <summary>True when some day of <paramref name="years"/> holds audited values (so days differ in status).</summary>
    public static bool HoldsAudited(IReadOnlyList<StoreYear> years) => years.Any(y => y.AuditedDays + y.MixedDays > 0);

    /// <summary>
    /// Gives the station-days of <paramref name="daily"/> (computed from the grid under other rules) the status their
    /// values have in the store, as the kept station daily table records it.
    /// </summary>
    public void ApplyDayStatuses(IReadOnlyList<StoreYear> years, DailyTable daily)
    {
        if (!HoldsAudited(years)) return;
        foreach (var y in years)
            foreach (var m in y.Months.Keys)
            {
                var part = DailyPartition.Read(Path.Combine(Folder, StoreLayout.StationDaily(y.Year, m)), withStations: false);
                for (var i = 0; i < part.Count; i++)
                    if (part.Statuses[i] != DataStatus.Realtime && daily.IndexOfSite(part.Sites[i]) is var s and >= 0
                        && daily.IndexOfDay(part.Dates[i]) is var d and >= 0)
                        daily.SetDayStatus(s, d, part.Statuses[i]);
            }
    }

    /// <summary>Gives each city-day of <paramref name="cities"/> the status of the station-days behind it.</summary>
    public static void ApplyDayStatuses(CityHourlyDaily cities, DailyTable stationStatuses)
    {
        if (!stationStatuses.HasDayStatuses) return;
        for (var c = 0; c < cities.Cities.Count; c++)
            for (var d = 0; d < cities.Daily.DayCount; d++)
            {
                var day = stationStatuses.IndexOfDay(cities.Daily.DayAt(d));
                if (day < 0 || cities.Contributed[c][d] is not { Count: > 0 } codes) continue;
                cities.Daily.SetDayStatus(c, d, codes.Select(code => stationStatuses.IndexOfSite(code) is var s and >= 0
                    ? stationStatuses.DayStatus(s, day) : stationStatuses.Status).Aggregate(DataStatusInfo.Combine));
            }
    }

    /// <summary>Adds the issues of the station list the store was given (<see cref="StationsPath"/> is its normalized copy)
    /// to <paramref name="quality"/>, with that file's lines and columns; nothing for a store written before they were kept.</summary>
    public void LoadStationsQuality(DataQualityReport quality) =>
        ReadQualityCsv(Path.Combine(Folder, StoreLayout.StationsQuality), quality);

    /// <summary>Adds the quality reports of <paramref name="years"/> to <paramref name="quality"/>: the reports of the
    /// imports that touched them and the plausibility findings of their months.</summary>
    public void LoadQuality(IReadOnlyList<StoreYear> years, DataQualityReport quality)
    {
        var set = years.Select(y => y.Year).ToHashSet();
        foreach (var import in Ledger.Imports.Where(i => set.Any(y => i.Months.Any(m => m.StartsWith($"{y:D4}-", StringComparison.Ordinal)))))
        {
            ReadQualityCsv(Path.Combine(Folder, import.QualityFile), quality);
            for (var i = 0; i < import.FilesRead; i++) quality.CountFile();
            quality.CountAccepted(import.ValuesAccepted);
        }
        foreach (var y in years)
            foreach (var m in y.Months.Keys)
                ReadQualityCsv(Path.Combine(Folder, StoreLayout.Checks(y.Year, m)), quality);
    }

    /// <summary>Refills <paramref name="quality"/> from a report written by <see cref="DataQualityReport.WriteCsv"/>
    /// (its "另有 N 条" lines are counted again, not listed).</summary>
    private static void ReadQualityCsv(string path, DataQualityReport quality)
    {
        if (!File.Exists(path)) return;
        var text = File.ReadAllText(path, Encoding.UTF8);
        foreach (var rec in CsvRecords.Read(new StringReader(text)).Skip(1))
        {
            if (rec.Fields.Length < 8) continue;
            if (rec[7].Length == 0)
            {
                var m = MoreLine().Match(rec[6]);
                if (m.Success) quality.Count(rec[5], long.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
                continue;
            }
            quality.Add(new QualityIssue(rec[0], rec[1].Length == 0 ? null : long.Parse(rec[1], CultureInfo.InvariantCulture),
                Null(rec[2]), Null(rec[3]), Null(rec[4]), rec[5], rec[6], ActionOf(rec[7], path, rec.Line)));
        }
    }

    [GeneratedRegex(@"^另有 ([\d,]+) 条")]
    private static partial Regex MoreLine();

    private static string? Null(string s) => s.Length == 0 ? null : s;

    private static QualityAction ActionOf(string name, string file, long line) => name switch
    {
        "剔除" => QualityAction.Rejected,
        "修正" => QualityAction.Corrected,
        "标记" => QualityAction.Flagged,
        "缺失" => QualityAction.Missing,
        _ => throw new WorkbenchDataException(file, line, "处理", $"无法识别的处理方式“{name}”"),
    };

    private static void WriteStationsParquet(StationRegistry registry, string path)
    {
        using var db = DuckDb.Open();
        DuckDb.Execute(db, "CREATE TABLE stations (station VARCHAR, name VARCHAR, city VARCHAR, district VARCHAR, " +
                    "province VARCHAR, is_control BOOLEAN, valid_from DATE, valid_to DATE)");
        using (var a = db.CreateAppender("stations"))
            foreach (var s in registry.Records)
            {
                var row = a.CreateRow().AppendValue(s.Code).AppendValue(s.Name).AppendValue(s.City)
                    .AppendValue(s.District).AppendValue(s.Province).AppendValue((bool?)s.IsControl);
                row = s.ValidFrom is { } f ? row.AppendValue((DateOnly?)f) : row.AppendNullValue();
                row = s.ValidTo is { } t ? row.AppendValue((DateOnly?)t) : row.AppendNullValue();
                row.EndRow();
            }
        DuckDb.Execute(db, $"COPY stations TO {DuckDb.Quote(path)} (FORMAT parquet)");
    }

    // ---- import helpers ----

    /// <summary>The files of the paths: a folder holding china_sites files or zips gives those (as the china_sites reader
    /// reads a folder); any other folder every file below it whose name does not start with a dot.</summary>
    private static IReadOnlyList<string> ExpandFiles(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0) throw new WorkbenchDataException("(无文件)", null, null, "没有给出要导入的文件");
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                var top = Directory.EnumerateFiles(p).Order(StringComparer.Ordinal)
                    .Where(f => ChinaSitesReader.IsChinaSitesName(Path.GetFileName(f)) || f.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)).ToList();
                var list = top.Count > 0 ? top
                    : Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
                        .Where(f => !Path.GetRelativePath(p, f).Split(Path.DirectorySeparatorChar).Any(x => x.StartsWith('.')))
                        .Order(StringComparer.Ordinal).ToList();
                if (list.Count == 0) throw new WorkbenchDataException(p, null, null, "文件夹是空的");
                files.AddRange(list);
            }
            else if (File.Exists(p)) files.Add(p);
            else throw new WorkbenchDataException(p, null, null, "文件或文件夹不存在");
        }
        return files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Files read together, with the days they span.</summary>
    private sealed record Chunk(IReadOnlyList<string> Files, DateOnly? FirstDay, DateOnly? LastDay);

    /// <summary>
    /// The files read together: china_sites files a month at a time (memory grows with one month's grid, ≈ 70 MB
    /// nationally, not with the year's ≈ 800 MB), each zip on its own, every other file in one read. A month's read
    /// begins the day after the previous month's last file, so a missing day at the turn of a month (or a whole
    /// month) is reported as the china_sites reader reports any day without a file.
    /// </summary>
    private static IEnumerable<Chunk> Chunks(IReadOnlyList<string> files)
    {
        var dated = files.Select(f => (File: f, Date: DateInName(Path.GetFileName(f)))).Where(x => x.Date is not null)
            .OrderBy(x => x.Date).ToList();
        // A second file of the same date (a corrected export beside the first) is read after the first, on its own, so
        // the store's rules decide between their values; read together, the reader would refuse one of them whole.
        var byDate = dated.GroupBy(x => x.Date!.Value).ToList();
        DateOnly? previous = null;
        foreach (var month in byDate.Select(g => g.First()).GroupBy(x => (x.Date!.Value.Year, x.Date!.Value.Month)))
        {
            var last = month.Max(x => x.Date!.Value);
            yield return new Chunk(month.Select(x => x.File).ToList(), previous?.AddDays(1) ?? month.Min(x => x.Date!.Value), last);
            previous = last;
        }
        foreach (var again in byDate.SelectMany(g => g.Skip(1)))
            yield return new Chunk([again.File], again.Date, again.Date);
        foreach (var zip in files.Where(f => f.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))) yield return new Chunk([zip], null, null);
        var rest = files.Where(f => DateInName(Path.GetFileName(f)) is null && !f.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)).ToList();
        if (rest.Count > 0) yield return new Chunk(rest, null, null);
    }

    /// <summary>The date of a china_sites file name, or null for any other name.</summary>
    private static DateOnly? DateInName(string name)
    {
        if (!ChinaSitesReader.IsChinaSitesName(name)) return null;
        var m = DateInNamePattern().Match(name);
        return m.Success && DateOnly.TryParseExact(m.Groups[1].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    [GeneratedRegex(@"china_sites_(\d{8})", RegexOptions.IgnoreCase)]
    private static partial Regex DateInNamePattern();

    /// <summary>The (year, month) of every month in which the grid holds a value.</summary>
    private static IEnumerable<(int Year, int Month)> MonthsWithData(StationHourlyTable grid)
    {
        var coverage = FeedCoverage.Of(grid);
        var aqi = Enumerable.Range(0, grid.StationCodes.Count).Select(s => grid.PublishedAqi(s).ToArray()).ToArray();
        var seen = new SortedSet<(int, int)>();
        for (var h = 0; h < grid.HourCount; h++)
        {
            var label = grid.HourAt(h);
            if (seen.Contains((label.Year, label.Month))) continue;
            if (coverage.Holds(label) || aqi.Any(a => a[h] >= 0)) seen.Add((label.Year, label.Month));
        }
        return seen;
    }

    private static IEnumerable<int> YearsOf(StationHourlyTable grid) =>
        grid.HourCount == 0 ? [] : Enumerable.Range(grid.FirstHour.Year, grid.HourAt(grid.HourCount - 1).Year - grid.FirstHour.Year + 1);

    private static string? StagedOrCurrent(StoreTransaction tx, string relative) =>
        File.Exists(Path.Combine(tx.Staging, relative)) ? Path.Combine(tx.Staging, relative) : tx.Current(relative);

    private static string FormatName(AirInputFormat format) => format switch
    {
        AirInputFormat.AqistudyDaily => "aqistudy 城市日数据",
        AirInputFormat.AqistudyMonthly => "aqistudy 城市月数据",
        AirInputFormat.Crea => "CREA 城市日数据",
        _ => "城市日数据表",
    };

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
