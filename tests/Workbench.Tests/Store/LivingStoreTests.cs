using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Workbench.Air;
using Workbench.Air.Method;
using Workbench.Air.Compute;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Periods;
using Workbench.Quality;
using Workbench.Registries;
using Workbench.Scale;
using Workbench.Standards;
using Workbench.Standards.Air;
using Workbench.Store;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Store;

/// <summary>
/// The store takes data as it arrives (issue 16): month by month without losing any, the same file twice as nothing,
/// audited values over real-time ones and never the reverse, all or nothing, one import at a time. Real CNEMC files of
/// four cities (2019, ../shared/data/cnemc_hourly_2019/target_cities).
/// </summary>
[Collection("cli")]
public sealed partial class LivingStoreTests(ITestOutputHelper output) : IDisposable
{
    private const string TargetCities = "cnemc_hourly_2019/target_cities";
    private const string StationList = "stations/cnemc_station_list_2020-01-01.csv";
    private readonly string _temp = Directory.CreateTempSubdirectory("wb-living-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string[] Days(string prefix) =>
        Directory.EnumerateFiles(SharedData.PathOf(TargetCities), $"china_sites_{prefix}*.csv").Order(StringComparer.Ordinal).ToArray();

    private static string Stations => SharedData.PathOf(StationList);

    /// <summary>Every file of a folder with its bytes' hash, by relative path.</summary>
    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    private string Table(string store, Period period)
    {
        var path = Path.Combine(_temp, $"table-{Guid.NewGuid():N}.csv");
        NetworkTable.Write(NetworkAssessment.Assess(AirDataSet.Load([store]), period, AirSettings.Default), path);
        return File.ReadAllText(path);
    }

    [SharedDataFact(TargetCities)]
    public void Importing_month_by_month_gives_the_table_of_one_import_and_loses_nothing()
    {
        var byMonth = Path.Combine(_temp, "by-month");
        var january = AirStore.Import(Days("201901"), byMonth, Stations);
        var janTable = Table(byMonth, Period.Month(2019, 1));
        var february = AirStore.Import(Days("201902"), byMonth, Stations);
        Assert.Equal([(2019, 1)], january.Months.Select(m => (m.Year, m.Month)));
        Assert.Equal([(2019, 2)], february.Months.Select(m => (m.Year, m.Month)));
        // February added only: nothing of January replaced or skipped.
        Assert.Equal((0L, 0L, 0L), (february.Total.Replaced, february.Total.Skipped, february.Total.Unchanged));
        // January's assessment is the same after February came (the defect: 0 valid days).
        Assert.Equal(janTable, Table(byMonth, Period.Month(2019, 1)));
        Assert.Contains(",焦作,", janTable);

        var once = Path.Combine(_temp, "once");
        AirStore.Import([.. Days("201901"), .. Days("201902")], once, Stations);
        var period = Period.Range(new DateOnly(2019, 1, 1), new DateOnly(2019, 2, 28));
        var a = Table(byMonth, period);
        Assert.Equal(Table(once, period), a);
        // The Parquet holds the same values too (same files, byte for byte, for each month).
        foreach (var m in new[] { "01", "02" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(once, $"hourly/year=2019/month={m}/data.parquet")),
                File.ReadAllBytes(Path.Combine(byMonth, $"hourly/year=2019/month={m}/data.parquet")));
        output.WriteLine(string.Join('\n', a.Split('\n').Take(5)));
    }

    [SharedDataFact(TargetCities)]
    public void A_month_missing_between_two_imported_ones_reads_as_days_without_values()
    {
        // January and March only: the daily tables' span has February's days, which no month file holds.
        var store = Path.Combine(_temp, "gap");
        AirStore.Import([.. Days("201901"), .. Days("201903")], store, Stations);
        var opened = AirStore.Open(store);
        var daily = opened.LoadDaily(opened.YearsIn(2019, 2019), AirSettings.Default, new DataQualityReport())!;
        var february = daily.IndexOfDay(new DateOnly(2019, 2, 1));
        Assert.Equal(new DateOnly(2019, 1, 1), daily.FirstDay);
        Assert.Equal(31 + 28 + 31, daily.DayCount);
        foreach (var indicator in Enum.GetValues<DailyIndicator>())
            for (var s = 0; s < daily.Sites.Count; s++)
            {
                Assert.All(daily.Series(indicator, s).Slice(february, 28).ToArray(), v => Assert.True(double.IsNaN(v)));
                Assert.All(daily.ValidCounts(indicator, s).Slice(february, 28).ToArray(), c => Assert.Equal(0, c));
            }
        // Around the gap, the store's table is the CSV files' table.
        var period = Period.Range(new DateOnly(2019, 1, 1), new DateOnly(2019, 3, 31));
        var csv = Path.Combine(_temp, "gap-csv.csv");
        NetworkTable.Write(NetworkAssessment.Assess(AirDataSet.Load([.. Days("201901"), .. Days("201903")], Stations), period,
            AirSettings.Default), csv);
        Assert.Equal(File.ReadAllText(csv), Table(store, period));
        Assert.Contains(",焦作,", File.ReadAllText(csv));
    }

    [SharedDataFact(TargetCities)]
    public void The_daily_aqi_kept_beside_the_values_is_the_one_an_assessment_computes()
    {
        var store = Path.Combine(_temp, "aqi");
        AirStore.Import(Days("201901"), store, Stations);
        var opened = AirStore.Open(store);
        var daily = opened.LoadDaily(opened.YearsIn(2019, 2019), AirSettings.Default, new DataQualityReport())!;
        var kept = daily.KeptDailyAqi;
        Assert.NotNull(kept);
        var withAqi = 0;
        for (var s = 0; s < daily.Sites.Count; s++)
            for (var d = 0; d < daily.DayCount; d++)
            {
                var computed = DailyAqi.Compute(AqiStandard.Hj633_2012, daily.ConcentrationsOn(s, d), AqiSettings.Default);
                Assert.Equal(computed, kept![s * daily.DayCount + d]);
                if (computed.HasValue) withAqi++;
            }
        // Real days: most station-days of January 2019 have an AQI (490 of 19 × 31; the rest lack hours), so the
        // comparison above is not of empty days.
        output.WriteLine($"{daily.Sites.Count} 站 × {daily.DayCount} 天，{withAqi} 个站日有 AQI");
        Assert.InRange(withAqi, daily.Sites.Count * daily.DayCount * 8 / 10, daily.Sites.Count * daily.DayCount);

        // Other AQI settings compute their own AQI: the store's table is still the CSV files' table under them.
        var settings = AirSettings.Default with { Aqi = new AqiSettings(AqiCapPolicy.NoValue, Hj633_2026NaRule: true) };
        var period = Period.Month(2019, 1);
        string TableOf(AirDataSet data)
        {
            var path = Path.Combine(_temp, $"aqi-{Guid.NewGuid():N}.csv");
            NetworkTable.Write(NetworkAssessment.Assess(data, period, settings), path);
            return File.ReadAllText(path);
        }
        Assert.Equal(TableOf(AirDataSet.Load(Days("201901"), Stations)), TableOf(AirDataSet.Load([store])));
    }

    [SharedDataFact(TargetCities)]
    public void The_station_list_is_written_when_it_changes_and_kept_when_it_does_not()
    {
        var store = Path.Combine(_temp, "list");
        AirStore.Import(Days("2019010"), store, Stations);
        var csv = Path.Combine(store, "stations.csv");
        var parquet = Path.Combine(store, "stations.parquet");
        var expected = Path.Combine(_temp, "expected-list.csv");
        StationRegistry.Load(Stations).WriteCsv(expected);
        Assert.Equal(File.ReadAllBytes(expected), File.ReadAllBytes(csv));
        var parquetBefore = File.ReadAllBytes(parquet);

        // The same list with the next days: both files as they were.
        AirStore.Import(Days("2019011"), store, Stations);
        Assert.Equal(File.ReadAllBytes(expected), File.ReadAllBytes(csv));
        Assert.Equal(parquetBefore, File.ReadAllBytes(parquet));

        // Another list (the registry written from the first, one station left out): written into the store.
        var registry = StationRegistry.Load(Stations);
        var other = Path.Combine(_temp, "other-list.csv");
        var lines = File.ReadAllLines(expected);
        File.WriteAllLines(other, lines.Where((_, i) => i != lines.Length - 1));
        AirStore.Import(Days("2019012"), store, other);
        var written = Path.Combine(_temp, "other-written.csv");
        StationRegistry.Load(other).WriteCsv(written);
        Assert.Equal(File.ReadAllBytes(written), File.ReadAllBytes(csv));
        Assert.NotEqual(File.ReadAllBytes(expected), File.ReadAllBytes(csv));
        Assert.NotEqual(parquetBefore, File.ReadAllBytes(parquet));
        Assert.True(registry.Records.Count > StationRegistry.Load(csv).Records.Count);
    }

    [SharedDataFact(TargetCities)]
    public void The_given_lists_own_problems_are_reported_at_import_and_by_the_stores_assessments()
    {
        // CNEMC's 2020 list gives 3019A's coordinates as "-" (line 1560) and lists 3207A twice (lines 1632 and 1633).
        string[] expected =
        [
            "1560 经度 3019A bad-coordinate 缺失", "1560 纬度 3019A bad-coordinate 缺失", "1633 监测点编码 3207A duplicate-station 剔除",
        ];
        var store = Path.Combine(_temp, "store");
        var imported = AirStore.Import(Days("2019010"), store, Stations);
        Assert.Equal(expected, ListIssues(imported.Quality));
        // The list's rows are not data values: counted as in an import without a list.
        var without = AirStore.Import(Days("2019010"), Path.Combine(_temp, "without"));
        Assert.Empty(ListIssues(without.Quality));
        Assert.Equal(without.Quality.ValuesAccepted, imported.Quality.ValuesAccepted);
        Assert.Equal(without.Quality.TotalCount + 3, imported.Quality.TotalCount);

        // The store keeps a normalized copy of the list; its assessments report the given list's problems all the same,
        // and their whole report is the one of the CSV files with the list.
        var fromCsv = AirDataSet.Load(Days("2019010"), Stations).Quality;
        var fromStore = AirDataSet.Load([store]).Quality;
        Assert.Equal(expected, ListIssues(fromStore));
        Assert.Equal(fromCsv.Issues, fromStore.Issues);
        Assert.Equal((fromCsv.FilesRead, fromCsv.ValuesAccepted), (fromStore.FilesRead, fromStore.ValuesAccepted));
        Assert.Contains("导入时所给列表的问题 3 条，见 quality/stations.csv", StoreInfo.Describe(AirStore.Open(store)));

        // Another list given to the assessment: the store's list's problems are not reported.
        var clean = Path.Combine(_temp, "clean-list.csv");
        StationRegistry.Load(Stations).WriteCsv(clean);
        Assert.Empty(ListIssues(AirDataSet.FromStore(store, null, null, clean).Quality));
        // A store given that list instead no longer reports them.
        AirStore.Import(Days("2019011"), store, clean);
        Assert.Empty(ListIssues(AirDataSet.Load([store]).Quality));
        Assert.DoesNotContain("导入时所给列表的问题", StoreInfo.Describe(AirStore.Open(store)));

        static string[] ListIssues(DataQualityReport q) => q.Issues.Where(i => i.File == Path.GetFileName(Stations))
            .Select(i => $"{i.Line} {i.Column} {i.Station} {i.Code} {DataQualityReport.ActionName(i.Action)}").ToArray();
    }

    [SharedDataFact(TargetCities)]
    public void Importing_the_same_files_again_changes_nothing()
    {
        var store = Path.Combine(_temp, "store");
        var first = AirStore.Import(Days("2019010"), store, Stations);
        Assert.Equal(9, first.Imported.Count);
        var before = Snapshot(store);
        var again = AirStore.Import(Days("2019010"), store, Stations);
        Assert.Empty(again.Months);
        Assert.Equal(9, again.AlreadyImported.Count);
        Assert.Equal(before, Snapshot(store));
        // The same content under another name is the same file.
        var copy = Path.Combine(_temp, "copy");
        Directory.CreateDirectory(copy);
        File.Copy(Days("20190105")[0], Path.Combine(copy, "china_sites_20190105.csv"));
        Assert.Single(AirStore.Import([copy], store).AlreadyImported);
        Assert.Equal(before, Snapshot(store));
        // The CLI says so.
        var cli = Workbench.Tests.Cli.CliRunner.Run(["air", "import", .. Days("2019010"), "--store", store]);
        Assert.Equal(0, cli.ExitCode);
        Assert.Contains("没有变化", cli.Out);
        Assert.Equal(before, Snapshot(store));
    }

    /// <summary>The day file of 2 January with every PM2.5 value of its first station (1047A, 邯郸) raised by 1 (an "audited" copy).</summary>
    private string AuditedCopy(out string station, out int changed)
    {
        var source = Days("20190102")[0];
        var lines = File.ReadAllLines(source, Encoding.UTF8);
        var header = lines[0].Split(',');
        station = header[3];
        var column = 3;
        changed = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            var f = lines[i].Split(',');
            if (f[2] != "PM2.5" || f[column].Length == 0) continue;
            f[column] = (double.Parse(f[column], System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            lines[i] = string.Join(',', f);
            changed++;
        }
        var folder = Path.Combine(_temp, "audited");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Path.GetFileName(source));
        File.WriteAllLines(path, lines, new UTF8Encoding(false));
        return path;
    }

    private static double Pm25(string store, string station, DateTime hour)
    {
        var grid = AirDataSet.Load([store]).Hourly!;
        return grid.Series(Pollutant.PM2_5, grid.IndexOfStation(station))[grid.IndexOfHour(hour)];
    }

    [SharedDataFact(TargetCities)]
    public void Audited_values_replace_real_time_ones_and_the_result_says_mixed()
    {
        var store = Path.Combine(_temp, "store");
        var realtime = AirStore.Import(Days("2019010").Take(3).ToArray(), store, Stations);
        var audited = AuditedCopy(out var station, out var changed);
        var hour = new DateTime(2019, 1, 2, 10, 0, 0);
        var before = Pm25(store, station, hour);
        var values = realtime.Total.Added;
        var result = AirStore.Import([audited], store, status: DataStatus.Audited);
        // Every value of the day is audited now: the changed PM2.5 values replaced, the others confirmed (replaced by the
        // same value, now audited); nothing added.
        Assert.Equal(0, result.Total.Added);
        Assert.Equal(0, result.Total.Skipped);
        Assert.True(result.Total.Replaced > changed, $"{result.Total.Replaced} > {changed}");
        Assert.Equal(before + 1, Pm25(store, station, hour));

        var opened = AirStore.Open(store);
        var year = opened.Years.Single();
        Assert.True(year.AuditedDays > 0 && year.RealtimeDays > 0, $"{year.AuditedDays} / {year.RealtimeDays}");
        // 焦作 over 1–3 January: one audited day of three.
        var data = AirDataSet.Load([store]);
        var assessment = AirAssessment.Assess(data.CityDaily("焦作", AirSettings.Default), Period.Range(new DateOnly(2019, 1, 1), new DateOnly(2019, 1, 3)), AirSettings.Default);
        Assert.Equal(DataStatus.Mixed, assessment.Status);
        Assert.Equal(1, assessment.AuditedDays);
        Assert.Equal("实时与审核混合（审核 1 天）", assessment.StatusText);
        var audit = AirAssessment.Assess(data.CityDaily("焦作", AirSettings.Default), Period.Range(new DateOnly(2019, 1, 2), new DateOnly(2019, 1, 2)), AirSettings.Default);
        Assert.Equal(DataStatus.Audited, audit.Status);
        // The all-city table says "mixed".
        var table = Table(store, Period.Range(new DateOnly(2019, 1, 1), new DateOnly(2019, 1, 3)));
        Assert.Matches(@"(?m)^city,焦作,焦作,[^,]+,2012,HJ 633-2012,mixed,", table);
        output.WriteLine($"实时 {values:N0} 个数值；审核导入：替换 {result.Total.Replaced:N0}（其中改变 {changed}），{assessment.StatusText}");
    }

    [SharedDataFact(TargetCities)]
    public void Real_time_values_never_overwrite_audited_ones()
    {
        var store = Path.Combine(_temp, "store");
        var audited = AuditedCopy(out var station, out _);
        var first = AirStore.Import([audited], store, Stations, DataStatus.Audited);
        var hour = new DateTime(2019, 1, 2, 10, 0, 0);
        var value = Pm25(store, station, hour);
        var second = AirStore.Import(Days("20190102"), store, status: DataStatus.Realtime);
        // The real-time file holds the same station-hours: every one of its values is skipped.
        Assert.Equal(first.Total.Added, second.Total.Skipped);
        Assert.Equal((0L, 0L), (second.Total.Added, second.Total.Replaced));
        Assert.Equal(value, Pm25(store, station, hour));
        Assert.Equal(0, AirStore.Open(store).Years.Single().RealtimeDays);
    }

    [SharedDataFact(TargetCities)]
    public void A_second_import_at_the_same_time_is_refused_and_a_failed_first_import_leaves_no_folder()
    {
        var store = Path.Combine(_temp, "store");
        AirStore.Import(Days("2019010").Take(2).ToArray(), store, Stations);
        var before = Snapshot(store);
        // Another import holds the store (the lock an import takes).
        using (new FileStream(Path.Combine(store, "import.lock"), FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var e = Assert.Throws<WorkbenchDataException>(() => AirStore.Import(Days("20190103"), store));
            Assert.Contains("另一个导入正在写入该存储", e.Message);
        }
        Assert.Equal(before, Snapshot(store));
        Assert.Empty(Directory.EnumerateDirectories(_temp, ".store.import-*"));

        // A first import that fails (a city-daily table is not hourly data) leaves nothing.
        var aqistudy = Directory.EnumerateFiles(SharedData.PathOf("aqistudy_city_daily_2014_2017"), "*.csv", SearchOption.AllDirectories).First();
        var fresh = Path.Combine(_temp, "fresh");
        var refused = Assert.Throws<WorkbenchDataException>(() => AirStore.Import([aqistudy], fresh));
        Assert.Contains("只接受站点小时数据", refused.Message);
        Assert.False(Directory.Exists(fresh));
        Assert.Empty(Directory.EnumerateDirectories(_temp, ".fresh.import-*"));
    }

    [SharedDataFact(TargetCities)]
    public void An_import_killed_before_its_commit_leaves_the_store_byte_identical()
    {
        var store = Path.Combine(_temp, "store");
        AirStore.Import(Days("201901"), store, Stations);
        var before = Snapshot(store);
        var signal = Path.Combine(_temp, "paused");
        var cli = typeof(Workbench.Cli.Commands.CommandRunner).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        string[] arguments = [cli, "air", "import", .. Days("201902"), "--store", store];
        foreach (var a in arguments) start.ArgumentList.Add(a);
        start.Environment[StoreTransaction.PauseVariable] = signal;
        using (var process = Process.Start(start)!)
        {
            var waited = Stopwatch.StartNew();
            while (!File.Exists(signal) && !process.HasExited && waited.Elapsed < TimeSpan.FromSeconds(120)) Thread.Sleep(50);
            Assert.True(File.Exists(signal), "the import did not reach its commit: " + (process.HasExited ? process.StandardError.ReadToEnd() : "timeout"));
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        Assert.Equal(before, Snapshot(store));
        // The next import completes normally and clears what the killed one left beside the store.
        var february = AirStore.Import(Days("201902"), store);
        Assert.Equal([(2019, 2)], february.Months.Select(m => (m.Year, m.Month)));
        Assert.Empty(Directory.EnumerateDirectories(_temp, ".store.import-*"));
    }

    [SharedDataFact(TargetCities)]
    public void The_store_holds_only_its_parquet_tables_and_the_documented_small_files()
    {
        var store = Path.Combine(_temp, "store");
        AirStore.Import(Days("201901"), store, Stations);
        AirStore.Import(Days("201902"), store);
        var allowed = DocumentedFile();
        var files = Directory.EnumerateFiles(store, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(store, f).Replace('\\', '/')).Order().ToArray();
        Assert.All(files, f => Assert.Matches(allowed, f));
        Assert.Contains("hourly/year=2019/month=02/data.parquet", files);
        Assert.Contains("city_daily/year=2019/month=01/data.parquet", files);
        output.WriteLine(string.Join('\n', files));
    }

    [GeneratedRegex(@"^(workbench-store\.json|import\.lock|imports\.json|stations\.csv|stations\.parquet|quality/stations\.csv|manifest/year=\d{4}\.json|" +
                    @"(hourly|station_daily|city_daily)/year=\d{4}/month=\d{2}/data\.parquet|quality/import-\d{4}\.csv|quality/checks/year=\d{4}/month=\d{2}\.csv)$")]
    private static partial Regex DocumentedFile();

    [SharedDataFact(TargetCities)]
    public void Sql_over_the_stores_parquet_gives_the_workbench_city_means()
    {
        var store = Path.Combine(_temp, "store");
        AirStore.Import(Days("2019"), store, Stations);
        var sql = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "benchmarks", "city_annual.sql"))
            .Replace("${store}", store).Replace("${year}", "2019");
        var fromSql = StoreSql.Run(AirStore.Open(store), sql);
        var network = NetworkAssessment.Assess(AirDataSet.Load([store]), Period.Year(2019), AirSettings.Default);
        var compared = 0;
        foreach (var row in fromSql.Rows)
        {
            var city = (string)row[0]!;
            var ours = network.Rows.Single(r => r.Level == NetworkLevel.City && r.Name == city).Assessment.Indicators;
            foreach (var key in new[] { "PM2.5", "PM10", "SO2", "NO2" })
            {
                var i = fromSql.Columns.ToList().IndexOf(key);
                Assert.Equal(ours[key], Convert.ToDecimal(row[i], System.Globalization.CultureInfo.InvariantCulture));
                compared++;
            }
        }
        Assert.Equal(16, compared);
        // The CLI runs a query over the views.
        var cli = Workbench.Tests.Cli.CliRunner.Run("air", "sql", "--store", store,
            "SELECT city, count(*) AS days FROM city_daily WHERE city = '焦作' GROUP BY city");
        Assert.Equal(0, cli.ExitCode);
        Assert.Matches(@"焦作\s+36[0-9]", cli.Out);
        output.WriteLine(cli.Out);
        // XLSX: text stays text (ClosedXML's Value setter would make "PM2.5" and "2019-01-01" dates), numbers numbers.
        var xlsx = Path.Combine(_temp, "q.xlsx");
        Assert.Equal(0, Workbench.Tests.Cli.CliRunner.Run("air", "sql", "--store", store, "--out", xlsx,
            "SELECT date, round(pm2_5, 1) AS \"PM2.5\" FROM city_daily WHERE city = '焦作' ORDER BY date LIMIT 1").ExitCode);
        using var wb = new ClosedXML.Excel.XLWorkbook(xlsx);
        var sheet = wb.Worksheet(1);
        Assert.Equal(("PM2.5", "2019-01-01"), (sheet.Cell(1, 2).GetString(), sheet.Cell(2, 1).GetString()));
        Assert.Equal(ClosedXML.Excel.XLDataType.Number, sheet.Cell(2, 2).DataType);
    }
}

/// <summary>Every hourly format goes into the store, and comes out as the reader gave it.</summary>
[Collection("cli")]
public sealed class StoreFormatsTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("wb-formats-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SharedDataTheory("beijing_prsa")]
    [InlineData("beijing_prsa/PRSA_Data_Dongsi_20130301-20170228.csv.xz", 48)]
    [InlineData("scraped_station_hourly_2020-03_04/anyang_20200326-20200402.csv", 2)]
    [InlineData("cnemc_realtime_2024_sample/HeQinWill_CNEMC_2024-01-01T00_excerpt.csv", 1)]
    public void A_file_of_another_hourly_format_is_imported_value_for_value(string relative, int months)
    {
        var file = SharedData.PathOf(relative);
        var store = Path.Combine(_temp, "store");
        var result = AirStore.Import([file], store);
        Assert.Equal(months, result.Months.Count);
        var read = AirDataSet.Load([file]).Hourly!;
        var stored = AirDataSet.Load([store]).Hourly!;
        long values = 0;
        for (var s = 0; s < read.StationCodes.Count; s++)
        {
            var t = stored.IndexOfStation(read.StationCodes[s]);
            foreach (var p in PollutantInfo.All)
                for (var h = 0; h < read.HourCount; h++)
                {
                    var v = read.Series(p, s)[h];
                    if (double.IsNaN(v)) continue;
                    Assert.True(t >= 0, read.StationCodes[s]);
                    Assert.Equal(BitConverter.DoubleToInt64Bits(v), BitConverter.DoubleToInt64Bits(stored.Series(p, t)[stored.IndexOfHour(read.HourAt(h))]));
                    values++;
                }
        }
        // Every value is in the store, and nothing else: the counts agree (the published AQI is counted apart).
        var aqi = Enumerable.Range(0, read.StationCodes.Count).Sum(s => (long)read.PublishedAqi(s).ToArray().Count(a => a >= 0));
        Assert.Equal(values + aqi, result.Total.Added);
        var info = Workbench.Tests.Cli.CliRunner.Run("air", "store", "info", store);
        Assert.Equal(0, info.ExitCode);
        Assert.Contains($"导入 1 次", info.Out);
        Assert.Contains(Path.GetFileName(file), info.Out);
        output.WriteLine($"{relative}: {values:N0} 个浓度值逐位相同，{months} 个月\n{info.Out}");
    }
}

/// <summary>A folder that is not a store, or a store of an older layout, is refused without a byte written into it.</summary>
public sealed class StoreRefusalTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("wb-refuse-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SharedDataFact("cnemc_hourly_2019/target_cities")]
    public void Another_folder_is_left_as_it_was()
    {
        var day = Directory.EnumerateFiles(SharedData.PathOf("cnemc_hourly_2019/target_cities"), "china_sites_20190101.csv").Single();
        var folder = Path.Combine(_temp, "reports");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "分析师的文件");
        var e = Assert.Throws<WorkbenchDataException>(() => AirStore.Import([day], folder));
        Assert.Contains("不是 Workbench 数据存储", e.Message);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));

        var old = Path.Combine(_temp, "old");
        Directory.CreateDirectory(old);
        File.WriteAllText(Path.Combine(old, AirStore.MarkerFile), "{\"format\":\"workbench-air-store\",\"version\":3}\n");
        var refused = Assert.Throws<WorkbenchDataException>(() => AirStore.Import([day], old));
        Assert.Contains("workbench air import", refused.Message);
        Assert.Equal([AirStore.MarkerFile], Directory.EnumerateFileSystemEntries(old).Select(Path.GetFileName));
    }
}

/// <summary>Two files of one date in one import (a corrected export beside the first) are both read, in the order given.</summary>
public sealed class StoreSameDateTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("wb-samedate-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SharedDataFact("cnemc_hourly_2019/target_cities")]
    public void The_second_file_of_a_date_is_merged_not_refused()
    {
        var source = Directory.EnumerateFiles(SharedData.PathOf("cnemc_hourly_2019/target_cities"), "china_sites_20190102.csv").Single();
        var lines = File.ReadAllLines(source);
        // The corrected copy: the first station's PM2.5 at 05:00 changed.
        var i = Array.FindIndex(lines, l => l.StartsWith("20190102,5,PM2.5,", StringComparison.Ordinal));
        var f = lines[i].Split(',');
        f[3] = "999";
        lines[i] = string.Join(',', f);
        var corrected = Path.Combine(_temp, "corrected");
        Directory.CreateDirectory(corrected);
        File.WriteAllLines(Path.Combine(corrected, Path.GetFileName(source)), lines);
        var store = Path.Combine(_temp, "store");
        var result = AirStore.Import([source, Path.Combine(corrected, Path.GetFileName(source))], store);
        Assert.Equal(1, result.Total.Replaced);
        Assert.Equal(2, result.Imported.Count);
        Assert.DoesNotContain(result.Quality.Issues, q => q.Code == "duplicate-file");
        var grid = AirDataSet.Load([store]).Hourly!;
        Assert.Equal(999, grid.Series(Pollutant.PM2_5, grid.IndexOfStation(lines[0].Split(',')[3]))[grid.IndexOfHour(new DateTime(2019, 1, 2, 5, 0, 0))]);
    }
}
