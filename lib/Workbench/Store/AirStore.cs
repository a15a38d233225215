using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Workbench.Air.Checks;
using Workbench.Air.Compute;
using Workbench.Air.Import;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Periods;
using Workbench.Quality;
using Workbench.Registries;

namespace Workbench.Store;

/// <summary>What <see cref="AirStore.Import"/> wrote for one year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Stations">Stations in the year's grid.</param>
/// <param name="Rows">Station-hour rows written.</param>
/// <param name="Issues">Quality issues of the year (listed or counted).</param>
/// <param name="Elapsed">Time to read the CSV and write the Parquet.</param>
public sealed record StoreImportYear(int Year, int Stations, long Rows, long Issues, TimeSpan Elapsed);

/// <summary>
/// The embedded columnar store of imported air data: CNEMC feeds converted once into plain Parquet, partitioned by
/// year, so later runs read columns instead of re-parsing CSV, and pandas, Spark or Trino open the same files.
/// </summary>
/// <remarks>
/// Layout of a store folder (documented in docs/store.md):
/// <code>
/// workbench-store.json            marker: {"format":"workbench-air-store","version":3}
/// hourly/year=YYYY/data.parquet   station, time, aqi, so2, no2, co, o3, pm10, pm2_5  (one row per station-hour with a value)
/// manifest/year=YYYY.json         grid shape, station order, status, source files, quality counts
/// quality/year=YYYY.csv           the importer's data-quality report of that year (same CSV as --quality)
/// grid/year=YYYY.bin              the workbench's own dense copy of the year's grid (fast load; optional, rebuildable)
/// daily/year=YYYY.bin             the year's station daily values under the default rules (fast assessment; optional, rebuildable)
/// citydaily/year=YYYY.bin         the year's city daily values under the default city method and the store's station list (idem)
/// stations.csv, stations.parquet  the station list given at import (Workbench registry layout), when one was given
/// </code>
/// A year is imported on its own (memory grows with stations × hours of one year, not with the years kept) and
/// replaces the same year already in the store. The importer's quality report is kept with the data, with the
/// plausibility findings of the year's grid (checked at import, per year, so not again on every load).
/// </remarks>
public sealed partial class AirStore
{
    /// <summary>Name of the marker file that makes a folder a store.</summary>
    public const string MarkerFile = "workbench-store.json";

    /// <summary>Store layout version: 2 = plausibility findings saved at import, daily values kept; 3 = city daily
    /// values of the default city method kept, the hours each year's files held in its manifest.</summary>
    private const int FormatVersion = 3;

    private static readonly string MarkerText = $"{{\"format\":\"workbench-air-store\",\"version\":{FormatVersion}}}\n";

    private AirStore(string folder, IReadOnlyList<StoreYear> years)
    {
        Folder = folder;
        Years = years;
    }

    /// <summary>The store folder.</summary>
    public string Folder { get; }

    /// <summary>The years held, ascending.</summary>
    public IReadOnlyList<StoreYear> Years { get; }

    /// <summary>The station list saved at import, or null.</summary>
    public string? StationsPath => File.Exists(Path.Combine(Folder, "stations.csv")) ? Path.Combine(Folder, "stations.csv") : null;

    /// <summary>True when <paramref name="path"/> is a store folder.</summary>
    public static bool IsStore(string path) => Directory.Exists(path) && File.Exists(Path.Combine(path, MarkerFile));

    /// <summary>Opens a store folder.</summary>
    /// <exception cref="WorkbenchDataException">Not a store, or a manifest cannot be read.</exception>
    public static AirStore Open(string folder)
    {
        if (!IsStore(folder))
            throw new WorkbenchDataException(folder, null, null, $"不是 Workbench 数据存储（缺少 {MarkerFile}）：请先用 workbench air import 导入");
        var marker = File.ReadAllText(Path.Combine(folder, MarkerFile));
        if (marker.Trim() != MarkerText.Trim())
            throw new WorkbenchDataException(Path.Combine(folder, MarkerFile), 1, null,
                $"存储格式版本不符（应为 {FormatVersion}，文件内容：{marker.Trim()}）：请用当前版本的 workbench air import 把全部年份重新导入到一个新文件夹");
        var years = new List<StoreYear>();
        var manifests = Path.Combine(folder, "manifest");
        if (Directory.Exists(manifests))
            foreach (var f in Directory.EnumerateFiles(manifests, "year=*.json").Order(StringComparer.Ordinal))
                years.Add(StoreYear.FromJson(File.ReadAllText(f), f));
        return new AirStore(folder, years.OrderBy(y => y.Year).ToArray());
    }

    /// <summary>
    /// Imports china_sites files (files, folders, zip archives) into <paramref name="folder"/>, one year at a time.
    /// <paramref name="stationsPath"/>: a station list saved with the store (so commands find it beside the data).
    /// </summary>
    public static IReadOnlyList<StoreImportYear> Import(IEnumerable<string> paths, string folder, string? stationsPath = null,
        DataStatus status = DataStatus.Realtime, Action<StoreImportYear>? progress = null, Air.Checks.ValueRules? values = null)
    {
        var sources = ChinaSitesReader.ExpandPaths(paths).Where(s => ChinaSitesReader.IsChinaSitesName(Path.GetFileName(s.DisplayName))).ToList();
        if (sources.Count == 0)
            throw new WorkbenchDataException(string.Join("、", paths), null, null, "没有找到 china_sites_YYYYMMDD.csv 文件（存储目前只导入 CNEMC 站点小时文件）");
        EnsureMarker(folder);
        StationRegistry? registry = null;
        if (stationsPath is not null)
        {
            registry = StationRegistry.Load(stationsPath);
            registry.WriteCsv(Path.Combine(folder, "stations.csv"));
            WriteStationsParquet(registry, Path.Combine(folder, "stations.parquet"));
        }
        var results = new List<StoreImportYear>();
        foreach (var group in sources.GroupBy(s => YearOf(s.DisplayName)).OrderBy(g => g.Key))
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            ChinaSitesData? data = ChinaSitesReader.ReadData(group.ToList(), new ChinaSitesOptions { Status = status, Values = values ?? Air.Checks.ValueRules.Default });
            HourlyPlausibility.Check(data.Hourly, fileOf: ChinaSitesReader.FileOfHourIn(data.SourceFiles));
            var r = WriteYear(folder, group.Key, data.Hourly, data.SourceFiles, registry);
            var done = new StoreImportYear(group.Key, data.Hourly.StationCodes.Count, r.Rows, data.Hourly.Quality.TotalCount, watch.Elapsed);
            results.Add(done);
            progress?.Invoke(done);
            // One year in memory at a time: release this year's grid (≈ 0.7 GB nationally) before reading the next,
            // rather than letting the heap grow with the years imported (measured: 4.3 GB for five national years).
            data = null;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
        return results;
    }

    /// <summary>
    /// Makes <paramref name="folder"/> a store of this layout, or refuses a store of another one: years written now
    /// beside years of an older layout would make the whole folder read as this layout (an older year lacks the
    /// plausibility findings and daily values this layout keeps).
    /// </summary>
    private static void EnsureMarker(string folder)
    {
        Directory.CreateDirectory(folder);
        var marker = Path.Combine(folder, MarkerFile);
        if (!File.Exists(marker))
        {
            AtomicFile.WriteText(marker, w => w.Write(MarkerText));
            return;
        }
        var text = File.ReadAllText(marker);
        if (text.Trim() != MarkerText.Trim())
            throw new WorkbenchDataException(marker, 1, null,
                $"该文件夹是另一版本的存储（文件内容：{text.Trim()}，应为版本 {FormatVersion}）：不能在其中追加年份，请把全部年份重新导入到一个新文件夹");
    }

    /// <summary>
    /// Writes one year's grid (its quality report as it stands, its station daily values under the default rules and,
    /// with a station registry, its city daily values under the default city method) into the store, replacing that year.
    /// </summary>
    public static StoreYear WriteYear(string folder, int year, StationHourlyTable grid, IReadOnlyList<string> sourceFiles,
        StationRegistry? registry = null)
    {
        EnsureMarker(folder);
        var partition = Path.Combine(folder, "hourly", $"year={year}");
        var staging = Path.Combine(folder, "hourly", $".staging-{year}-{Environment.ProcessId}");
        if (Directory.Exists(staging)) Directory.Delete(staging, true);
        Directory.CreateDirectory(staging);
        var rows = HourlyParquet.Write(grid, Path.Combine(staging, "data.parquet"));
        if (Directory.Exists(partition)) Directory.Delete(partition, true);
        Directory.Move(staging, partition);

        Directory.CreateDirectory(Path.Combine(folder, "grid"));
        GridCache.Write(grid, Path.Combine(folder, "grid", $"year={year}.bin"));
        Directory.CreateDirectory(Path.Combine(folder, "daily"));
        DailyCache.Write(StationDaily.Compute(grid, AirSettings.Default), StationDaily.RulesKey(AirSettings.Default),
            Path.Combine(folder, "daily", $"year={year}.bin"));
        var cityDaily = Path.Combine(folder, "citydaily", $"year={year}.bin");
        if (registry is not null && AirSettings.Default.CityAggregation == CityAggregation.DailyOfCityHourly)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cityDaily)!);
            var cities = registry.CitiesWithStations(grid.StationCodes);
            CityDailyCache.Write(CityHourly.Compute(grid, registry, cities, AirSettings.Default), grid.StationCodes,
                CityDailyCache.Key(AirSettings.Default, registry.Fingerprint), cityDaily);
        }
        else if (File.Exists(cityDaily)) File.Delete(cityDaily);   // a year replaced without a list: no stale values
        Directory.CreateDirectory(Path.Combine(folder, "quality"));
        grid.Quality.WriteCsv(Path.Combine(folder, "quality", $"year={year}.csv"));
        var manifest = new StoreYear(year, grid.FirstHour, grid.HourCount, grid.StationCodes, grid.Status, sourceFiles,
            grid.Quality.FilesRead, grid.Quality.ValuesAccepted, grid.Quality.CountsByCode, rows)
        {
            HoursWithData = FeedCoverage.Of(grid).ToBase64(),
        };
        Directory.CreateDirectory(Path.Combine(folder, "manifest"));
        AtomicFile.WriteText(Path.Combine(folder, "manifest", $"year={year}.json"), w => w.Write(manifest.ToJson()));
        return manifest;
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

    /// <summary>Adds the importers' quality reports of <paramref name="years"/> to <paramref name="quality"/>.</summary>
    public void LoadQuality(IReadOnlyList<StoreYear> years, DataQualityReport quality)
    {
        foreach (var y in years) ReadQuality(y, quality);
    }

    /// <summary>Source files of <paramref name="years"/>.</summary>
    public static IReadOnlyList<string> SourceFilesOf(IReadOnlyList<StoreYear> years) => years.SelectMany(y => y.SourceFiles).ToArray();

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

    /// <summary>The hourly grid of <paramref name="years"/> (quality lines go to <paramref name="quality"/>).</summary>
    public StationHourlyTable LoadGrid(IReadOnlyList<StoreYear> years, DataQualityReport quality)
    {
        var (first, hours) = HoursOf(years);
        var grid = new StationHourlyTable(StationCodesOf(years), first, hours, years[0].Status, quality);
        // The workbench's grid copy when it matches; the Parquet (the store's data proper) for any year without one.
        var fromParquet = years.Where(y => !GridCache.TryRead(Path.Combine(Folder, "grid", $"year={y.Year}.bin"), y, grid)).ToArray();
        HourlyParquet.Read(fromParquet.Select(y => Path.Combine(Folder, "hourly", $"year={y.Year}", "data.parquet")).ToArray(), grid);
        return grid;
    }

    /// <summary>
    /// The hours with at least one pollutant value of each of <paramref name="stations"/> in <paramref name="years"/>,
    /// counted over the Parquet (the store keeps no per-station counts; its rows are sorted by station, so only the
    /// row groups of these stations are read). A station without such an hour is absent from the result.
    /// </summary>
    public IReadOnlyDictionary<string, StationHours> StationHours(IReadOnlyList<StoreYear> years, IReadOnlyCollection<string> stations) =>
        HourlyParquet.StationHours(years.Select(y => Path.Combine(Folder, "hourly", $"year={y.Year}", "data.parquet")).ToArray(), stations);

    /// <summary>
    /// The station daily values of <paramref name="years"/> under <paramref name="settings"/> as kept at import, or
    /// null when they must be computed from the hourly grid: a year without them, other rules, or days that cross
    /// from one year into the next (the 1–24 h day boundary over several years).
    /// The table equals <see cref="StationDaily.Compute"/> on the grid <see cref="LoadGrid"/> gives.
    /// </summary>
    public DailyTable? LoadDaily(IReadOnlyList<StoreYear> years, AirSettings settings, DataQualityReport quality)
    {
        if (years.Count > 1 && settings.DayBoundary != DayBoundary.FeedDateHours0To23) return null;
        var (first, hours) = HoursOf(years);
        if (first.TimeOfDay != TimeSpan.Zero || hours % 24 != 0) return null;
        var (firstDay, dayCount) = HourGrid.Days(first, hours, settings.DayBoundary);
        var daily = new DailyTable(StationCodesOf(years), firstDay, dayCount, years[0].Status, quality);
        var key = StationDaily.RulesKey(settings);
        foreach (var y in years)
            if (!DailyCache.TryRead(Path.Combine(Folder, "daily", $"year={y.Year}.bin"), y, key, daily)) return null;
        return daily;
    }

    /// <summary>
    /// The city daily values of <paramref name="years"/> under <paramref name="settings"/> and <paramref name="registry"/>
    /// as kept at import (<see cref="CityDailyCache"/>), or null when they must be computed from the hourly grid.
    /// The table equals <see cref="CityHourly.Compute"/> on the grid <see cref="LoadGrid"/> gives, for the cities of
    /// <see cref="StationRegistry.CitiesWithStations"/>.
    /// </summary>
    public CityHourlyDaily? LoadCityDaily(IReadOnlyList<StoreYear> years, AirSettings settings, StationRegistry registry,
        DataQualityReport quality)
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (settings.CityAggregation != CityAggregation.DailyOfCityHourly) return null;
        if (years.Count > 1 && settings.DayBoundary != DayBoundary.FeedDateHours0To23) return null;
        var (first, hours) = HoursOf(years);
        if (first.TimeOfDay != TimeSpan.Zero || hours % 24 != 0) return null;
        var (firstDay, dayCount) = HourGrid.Days(first, hours, settings.DayBoundary);
        var kept = CityDailyCache.TryRead(years.Select(y => (Path.Combine(Folder, "citydaily", $"year={y.Year}.bin"), y)).ToArray(),
            CityDailyCache.Key(settings, registry.Fingerprint), firstDay, dayCount, quality);
        // Cities are those with a station in the data: the union over the years must be what the years' grid gives.
        return kept is not null && kept.Cities.Order(StringComparer.Ordinal)
            .SequenceEqual(registry.CitiesWithStations(StationCodesOf(years)), StringComparer.Ordinal) ? kept : null;
    }

    /// <summary>Refills <paramref name="quality"/> from a year's quality CSV and its manifest counts.</summary>
    private void ReadQuality(StoreYear year, DataQualityReport quality)
    {
        var path = Path.Combine(Folder, "quality", $"year={year.Year}.csv");
        var listed = new Dictionary<string, long>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            var text = File.ReadAllText(path, Encoding.UTF8);
            foreach (var rec in CsvRecords.Read(new StringReader(text)).Skip(1))
            {
                if (rec.Fields.Length < 8 || rec[7].Length == 0) continue; // the "另有 N 条" summary lines
                quality.Add(new QualityIssue(rec[0], rec[1].Length == 0 ? null : long.Parse(rec[1], CultureInfo.InvariantCulture),
                    Null(rec[2]), Null(rec[3]), Null(rec[4]), rec[5], rec[6], ActionOf(rec[7], path, rec.Line)));
                listed[rec[5]] = listed.GetValueOrDefault(rec[5]) + 1;
            }
        }
        // Issues counted beyond the listing limit at import: counted again, not listed.
        foreach (var (code, n) in year.IssueCounts)
            if (n > listed.GetValueOrDefault(code)) quality.Count(code, n - listed.GetValueOrDefault(code));
        for (var i = 0; i < year.FilesRead; i++) quality.CountFile();
        quality.CountAccepted(year.ValuesAccepted);
    }

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
        using var db = HourlyParquet.Open();
        HourlyParquet.Execute(db, "CREATE TABLE stations (station VARCHAR, name VARCHAR, city VARCHAR, district VARCHAR, " +
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
        HourlyParquet.Execute(db, $"COPY stations TO {HourlyParquet.Quote(path)} (FORMAT parquet)");
    }

    private static int YearOf(string name)
    {
        var m = DateInName().Match(name);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new WorkbenchDataException(name, null, null, "文件名中没有日期（china_sites_YYYYMMDD.csv）");
    }

    [GeneratedRegex(@"china_sites_(\d{4})\d{4}", RegexOptions.IgnoreCase)]
    private static partial Regex DateInName();
}
