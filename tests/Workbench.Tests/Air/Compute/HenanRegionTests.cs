using System.Diagnostics;
using System.Formats.Tar;
using Workbench.Air.Compute;
using Workbench.Air.Import;
using Workbench.Air.Method;
using Workbench.Air.Tables;
using Workbench.Periods;
using Workbench.Registries;
using Workbench.Standards;
using Workbench.Tests.Air.Import;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Air.Compute;

/// <summary>The 2019 feed of 111 Henan-region stations, unpacked once into a temporary folder.</summary>
public sealed class HenanRegion2019 : IDisposable
{
    /// <summary>The archive inside the shared data.</summary>
    public const string Archive = "cnemc_hourly_2019/cnemc_sites_2019_henan_region.tar.xz";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "wb-henan-" + Guid.NewGuid().ToString("N"));
    private readonly Lazy<StationHourlyTable> _hourly;

    /// <summary>Prepares the lazy unpacking.</summary>
    public HenanRegion2019() => _hourly = new(() =>
    {
        using (var tar = new MemoryStream(Xz.Decompress(SharedData.PathOf(Archive))))
        {
            Directory.CreateDirectory(_dir);
            TarFile.ExtractToDirectory(tar, _dir, overwriteFiles: true);
        }
        return ChinaSitesReader.Read([Path.Combine(_dir, "cnemc_sites_2019_henan_region")]);
    });

    /// <summary>The hourly grid.</summary>
    public StationHourlyTable Hourly => _hourly.Value;

    /// <summary>Removes the unpacked files.</summary>
    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>Hourly AQI and station daily values at regional scale (REFERENCE F1: 784,753 station-hours).</summary>
// Slow lane (README "Tests"): reads the 2019 Henan archive whole.
[Trait("Category", "Slow")]
public class HenanRegionTests(HenanRegion2019 data, ITestOutputHelper output) : IClassFixture<HenanRegion2019>
{
    [SharedDataFact(HenanRegion2019.Archive)]
    public void HourlyAqiAgreementAndSpeed()
    {
        var hourly = data.Hourly;
        HourlyAqi.Compute(hourly, RealtimeAqiMethod.CnemcRealtime, AirSettings.Default); // warm-up (JIT)
        var sw = Stopwatch.StartNew();
        var result = HourlyAqi.Compute(hourly, RealtimeAqiMethod.CnemcRealtime, AirSettings.Default);
        sw.Stop();
        var cells = (long)hourly.StationCodes.Count * hourly.HourCount;
        output.WriteLine($"{hourly.StationCodes.Count} stations × {hourly.HourCount} hours = {cells:N0} station-hours in {sw.Elapsed.TotalSeconds:F2} s ({cells / sw.Elapsed.TotalSeconds / 1e6:F1} M/s)");
        var agreement = HourlyAqi.Agreement(result, hourly);
        output.WriteLine($"CnemcRealtime: {agreement}");
        Assert.True(agreement.Compared > 700_000, $"only {agreement.Compared} station-hours compared");
        Assert.True(agreement.Rate >= 0.999, $"agreement {agreement.Rate:P3} < 99.9 %");

        sw.Restart();
        var daily = StationDaily.Compute(hourly, AirSettings.Default);
        output.WriteLine($"station daily of {daily.Sites.Count} stations × {daily.DayCount} days in {sw.Elapsed.TotalSeconds:F2} s");
        Assert.Equal(hourly.StationCodes.Count, daily.Sites.Count);
    }

    [SharedDataFact(HenanRegion2019.Archive)]
    public void CityRanking2019()
    {
        var registry = StationRegistry.Load(SharedData.PathOf("stations/cnemc_station_list_2020-01-01.csv"));
        var daily = StationDaily.Compute(data.Hourly, AirSettings.Default);
        var cities = registry.Records.Where(r => daily.IndexOfSite(r.Code) >= 0).Select(r => r.City).Distinct().ToArray();
        var results = cities.Select(c => AirAssessment.Assess(CityDaily.Compute(daily, registry, c, AirSettings.Default),
            Period.Year(2019), AirSettings.Default)).ToArray();
        var ranking = Ranking.ByCompositeIndex(results, out var unranked);
        foreach (var e in ranking)
        {
            var r = results.Single(x => x.City == e.Name);
            output.WriteLine($"{e.Rank,2} {e.Name} 综合指数 {e.Value} PM2.5 {r.Indicators["PM2.5"]} 优良率 {r.Indicators["good_ratio"]}% 站点 {r.Stations.Count}");
        }
        Assert.True(cities.Length >= 20, $"only {cities.Length} cities");
        Assert.Empty(unranked);
        Assert.Equal(cities.Length, ranking.Count);
        Assert.True(ranking.Zip(ranking.Skip(1)).All(p => p.First.Value <= p.Second.Value && p.First.Rank <= p.Second.Rank));
        // Every city of this region failed Class 2 in 2019 (PM2.5 well above 35): none attains.
        Assert.All(results, r => Assert.False(r.Statistics.AllAttain));
    }
}
