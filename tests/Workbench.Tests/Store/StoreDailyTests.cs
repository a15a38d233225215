using Workbench.Air;
using Workbench.Air.Method;
using Workbench.Air.Compute;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Periods;
using Workbench.Sample.National;
using Workbench.Scale;
using Workbench.Store;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Store;

/// <summary>
/// The daily values a store keeps (so an assessment need not load the hourly grid) are exactly what the hourly grid
/// gives: one year, several years, and the cases where they cannot be used (other rules, days crossing a year).
/// Generated national data across New Year: 2019-12-29 … 2020-01-03, 40 real stations.
/// </summary>
public sealed class StoreDailyTests(ITestOutputHelper output) : IDisposable
{
    private const string StationList = "stations/cnemc_station_list_2020-01-01.csv";
    private readonly string _temp = Directory.CreateTempSubdirectory("wb-store-daily-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private (string Feed, string Stations, string Store) ImportAcrossNewYear()
    {
        var r = NationalSampleGenerator.Generate(new NationalSampleOptions(SharedData.PathOf(StationList),
            new DateOnly(2019, 12, 29), new DateOnly(2020, 1, 3), Path.Combine(_temp, "feed"), StationLimit: 40));
        var store = Path.Combine(_temp, "store");
        var imported = AirStore.Import([r.Folder], store, r.StationsPath);
        Assert.Equal([2019, 2020], imported.Months.Select(m => m.Year).Distinct());
        return (r.Folder, r.StationsPath, store);
    }

    [SharedDataFact(StationList)]
    public void Kept_daily_values_equal_the_daily_values_of_the_grid_for_one_year_and_for_two()
    {
        var (feed, stations, store) = ImportAcrossNewYear();
        var csv = AirDataSet.Load([feed], stations).StationDaily(AirSettings.Default);
        var opened = AirStore.Open(store);
        foreach (var (from, to) in new[] { (2019, 2019), (2020, 2020), (2019, 2020) })
        {
            var years = opened.YearsIn(from, to);
            var kept = opened.LoadDaily(years, AirSettings.Default, new());
            Assert.NotNull(kept);
            var fromGrid = StationDaily.Compute(opened.LoadGrid(years, new()), AirSettings.Default);
            var compared = AssertSameDaily(fromGrid, kept);
            // …and the same values as the CSV of both years, on the days both hold.
            AssertSameDaily(csv, kept, subset: true);
            output.WriteLine($"{from}–{to}：{kept.Sites.Count} 站 × {kept.DayCount} 天，{compared:N0} 个有效日值逐位相同");
        }
    }

    [SharedDataFact(StationList)]
    public void Other_rules_and_days_crossing_the_year_are_computed_from_the_grid()
    {
        var (feed, stations, store) = ImportAcrossNewYear();
        var opened = AirStore.Open(store);
        var both = opened.YearsIn(2019, 2020);
        var oneToTwentyFour = AirSettings.Default with { DayBoundary = DayBoundary.StandardHours1To24 };
        // Day D = hours 01:00 … 24:00: 31 December needs 1 January's 00:00, held by the next year.
        Assert.Null(opened.LoadDaily(both, oneToTwentyFour, new()));
        // Kept under the default rules only: another validity minimum is not served from the store.
        var stricter = AirSettings.Default with { Validity = AirSettings.Default.Validity with { MinHoursPerDay = 22 } };
        Assert.Null(opened.LoadDaily(opened.YearsIn(2019, 2019), stricter, new()));
        foreach (var settings in new[] { oneToTwentyFour, stricter })
        {
            var fromStore = AirDataSet.FromStore(store, 2019, 2020).StationDaily(settings);
            var fromCsv = AirDataSet.Load([feed], stations).StationDaily(settings);
            AssertSameDaily(fromCsv, fromStore);
        }
    }

    [SharedDataFact(StationList)]
    public void Assessment_from_the_store_needs_only_the_kept_daily_values()
    {
        var (feed, stations, store) = ImportAcrossNewYear();
        var period = Period.Range(new DateOnly(2019, 12, 29), new DateOnly(2020, 1, 3));
        var fromCsv = NetworkAssessment.Assess(AirDataSet.Load([feed], stations), period, AirSettings.Default);
        // Without the hourly data (Parquet removed) the store still assesses: it never loaded them.
        Directory.Delete(Path.Combine(store, "hourly"), recursive: true);
        var data = AirDataSet.FromStore(store, 2019, 2020);
        // The default year of a briefing or of the press figures too: 3 January 2020 is the last day, 2019 the last full year.
        var csvData = AirDataSet.Load([feed], stations);
        Assert.Equal((new DateOnly(2020, 1, 3), 2019), (csvData.LastDay, csvData.LatestFullYear));
        Assert.Equal((csvData.LastDay, csvData.LatestFullYear), (data.LastDay, data.LatestFullYear));
        var only2019 = AirDataSet.FromStore(store, 2019, 2019);
        Assert.Equal((new DateOnly(2019, 12, 31), 2019), (only2019.LastDay, only2019.LatestFullYear));
        var fromStore = NetworkAssessment.Assess(data, period, AirSettings.Default);
        var a = Path.Combine(_temp, "csv.csv");
        var b = Path.Combine(_temp, "store.csv");
        NetworkTable.Write(fromCsv, a);
        NetworkTable.Write(fromStore, b);
        Assert.Equal(File.ReadAllText(a), File.ReadAllText(b));
        Assert.Contains(fromStore.Rows, r => r.Level == NetworkLevel.City && r.Assessment.Indicators["PM2.5"] is > 0);
        output.WriteLine($"{fromStore.Rows.Count} 行，存储（只有日值）与 CSV 的表逐字节相同");
    }

    [SharedDataFact(StationList)]
    public void A_store_of_an_older_layout_asks_for_a_new_import()
    {
        var store = Path.Combine(_temp, "old");
        Directory.CreateDirectory(store);
        File.WriteAllText(Path.Combine(store, AirStore.MarkerFile), "{\"format\":\"workbench-air-store\",\"version\":1}\n");
        var e = Assert.Throws<WorkbenchDataException>(() => AirStore.Open(store));
        output.WriteLine(e.Message);
        Assert.Contains(AirStore.MarkerFile, e.Message);
        Assert.Contains("重新导入", e.Message);
        // Nor can a year be added to it: that would make its older years read as this layout.
        var feed = NationalSampleGenerator.Generate(new NationalSampleOptions(SharedData.PathOf(StationList),
            new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 1), Path.Combine(_temp, "feed2020"), StationLimit: 5));
        var refused = Assert.Throws<WorkbenchDataException>(() => AirStore.Import([feed.Folder], store, feed.StationsPath));
        Assert.Contains("新文件夹", refused.Message);
        Assert.Contains("\"version\":1", File.ReadAllText(Path.Combine(store, AirStore.MarkerFile)));
        Assert.False(Directory.Exists(Path.Combine(store, "hourly")));
    }

    /// <summary>Bit-identical values (NaN included) and valid counts at every site and day of <paramref name="b"/>
    /// (<paramref name="subset"/>: <paramref name="a"/> may hold more sites and days).</summary>
    private static long AssertSameDaily(DailyTable a, DailyTable b, bool subset = false)
    {
        if (!subset)
        {
            Assert.Equal(a.Sites, b.Sites);
            Assert.Equal(a.FirstDay, b.FirstDay);
            Assert.Equal(a.DayCount, b.DayCount);
        }
        long valid = 0;
        for (var s = 0; s < b.Sites.Count; s++)
        {
            var sa = a.IndexOfSite(b.Sites[s]);
            Assert.True(sa >= 0, b.Sites[s]);
            foreach (var k in Enum.GetValues<DailyIndicator>())
                for (var d = 0; d < b.DayCount; d++)
                {
                    var da = a.IndexOfDay(b.DayAt(d));
                    Assert.True(da >= 0, $"{b.DayAt(d)}");
                    var (x, y) = (a.Series(k, sa)[da], b.Series(k, s)[d]);
                    Assert.True(BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y),
                        $"{b.Sites[s]} {k} {b.DayAt(d)}: {x} ≠ {y}");
                    Assert.Equal(a.ValidCounts(k, sa)[da], b.ValidCounts(k, s)[d]);
                    if (!double.IsNaN(y)) valid++;
                }
        }
        Assert.True(valid > 0);
        return valid;
    }
}
