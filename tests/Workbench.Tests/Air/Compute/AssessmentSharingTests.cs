using Workbench.Air.Compute;
using Workbench.Air.Method;
using Workbench.Air.Results;
using Workbench.Air.Tables;
using Workbench.Periods;
using Workbench.Registries;
using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Tests.Air.Compute;

/// <summary>
/// What the network assessment computes once and shares must equal what each step would compute on its own:
/// the registry's per-day station lists, the city means taken along runs of days, the city's daily AQI reused by
/// its assessment, and a station assessed under its city's dust days without a renamed copy.
/// </summary>
public class AssessmentSharingTests
{
    private static readonly DateOnly Jan1 = new(2019, 1, 1);
    private static readonly Period Year = Period.Year(2019);

    // 焦作: A, B all year, C opens 2019-03-10, D closes 2019-08-31, K control; 新乡: E, F; Z listed but not in the data.
    private static StationRegistry Registry() => new(
    [
        new StationInfo("A", "甲", "焦作", null, null, false),
        new StationInfo("B", "乙", "焦作", null, null, false),
        new StationInfo("C", "丙", "焦作", null, null, false, ValidFrom: new DateOnly(2019, 3, 10)),
        new StationInfo("D", "丁", "焦作", null, null, false, ValidTo: new DateOnly(2019, 8, 31)),
        new StationInfo("K", "影视城(对照点)", "焦作", null, null, true),
        new StationInfo("E", "戊", "新乡", null, null, false),
        new StationInfo("F", "己", "新乡", null, null, false),
        new StationInfo("Z", "新站", "新乡", null, null, false, ValidFrom: new DateOnly(2019, 6, 1)),
    ]);

    /// <summary>A year of random station days (means of hours: not short decimals), with gaps and dusty spring days.</summary>
    private static DailyTable Stations(int seed)
    {
        var rnd = new Random(seed);
        string[] codes = ["A", "B", "C", "D", "E", "F", "K"];
        var t = new DailyTable(codes, Jan1, 365, DataStatus.Realtime);
        for (var s = 0; s < codes.Length; s++)
            for (var d = 0; d < 365; d++)
            {
                var spring = d is >= 60 and < 120;
                foreach (var i in Enum.GetValues<DailyIndicator>())
                {
                    if (rnd.Next(12) == 0) continue;   // missing
                    var hours = rnd.Next(20, 25);
                    var scale = i switch
                    {
                        DailyIndicator.CO => 3.0, DailyIndicator.SO2 => 60, DailyIndicator.NO2 => 90,
                        DailyIndicator.PM10 => spring ? 700 : 200, DailyIndicator.PM2_5 => spring ? 300 : 150, _ => 260,
                    };
                    var sum = 0.0;
                    for (var h = 0; h < hours; h++) sum += i == DailyIndicator.CO ? Math.Round(rnd.NextDouble() * scale, 1) : rnd.Next((int)scale);
                    t.Series(i, s)[d] = sum / hours;
                }
            }
        return t;
    }

    [Fact(DisplayName = "Registry: StationsOfCityByDay = StationsOfCity on every day of 2019; equal consecutive days share one list")]
    public void StationListsPerDay()
    {
        var registry = Registry();
        foreach (var city in new[] { "焦作市", "新乡", "洛阳" })
            foreach (var control in new[] { false, true })
            {
                var byDay = registry.StationsOfCityByDay(city, Jan1, 365, control);
                for (var d = 0; d < 365; d++)
                {
                    Assert.Equal(registry.StationsOfCity(city, Jan1.AddDays(d), control), byDay[d]);
                    if (d > 0 && byDay[d].SequenceEqual(byDay[d - 1])) Assert.Same(byDay[d - 1], byDay[d]);
                }
            }
        var jz = registry.StationsOfCityByDay("焦作", Jan1, 365);
        Assert.Equal(3, jz.Distinct().Count());   // A B D → A B C D (3-10) → A B C (9-1)
    }

    [Fact(DisplayName = "City means taken along runs of days = the mean of each day's valid stations, in station order")]
    public void CityMeansEqualDayByDay()
    {
        var daily = Stations(1);
        var registry = Registry();
        var r = CityDaily.Compute(daily, registry, "焦作", AirSettings.Default);
        for (var d = 0; d < 365; d++)
        {
            var members = registry.StationsOfCity("焦作", Jan1.AddDays(d)).Select(s => daily.IndexOfSite(s.Code)).ToArray();
            var contributed = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var i in Enum.GetValues<DailyIndicator>())
            {
                double sum = 0; var n = 0;
                foreach (var s in members)
                {
                    var v = daily.Series(i, s)[d];
                    if (double.IsNaN(v)) continue;
                    sum += v; n++; contributed.Add(daily.Sites[s]);
                }
                var expected = n > 0 ? sum / n : double.NaN;
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(r.Table.Series(i, 0)[d]));
                Assert.Equal(n, r.Table.ValidCounts(i, 0)[d]);
            }
            Assert.Equal(contributed, r.StationsOn(d));
            Assert.Equal(DailyAqi.Compute(AqiStandard.Hj633_2012, r.ConcentrationsOn(d)), r.DailyAqi[d]);
        }
        // Z (新乡, from June 1) is in the registry but not in the data: one line, with its 214 days.
        var xx = CityDaily.Compute(daily, registry, "新乡", AirSettings.Default);
        var issue = Assert.Single(xx.Table.Quality.Issues, q => q.Code == "station-not-in-data");
        Assert.Contains("214 天", issue.Reason);
    }

    public static TheoryData<string, AirQualityStandard, bool, bool> Cases => new()
    {
        { "2012, no dust", AirQualityStandard.Gb3095_2012, false, false },
        { "2012, dust days out of the day counts", AirQualityStandard.Gb3095_2012, true, false },
        { "2026 limits on 2019 data (AQI recomputed)", AirQualityStandard.Gb3095_2026Final, false, false },
        { "2012, HJ 633-2026 NA rule setting", AirQualityStandard.Gb3095_2012, false, true },
    };

    [Theory(DisplayName = "City assessment reusing the series' daily AQI = assessing the table from scratch")]
    [MemberData(nameof(Cases))]
    public void ReusedDailyAqiEqualsRecomputed(string name, AirQualityStandard standard, bool dustOutOfCounts, bool naRule)
    {
        var daily = Stations(2);
        var settings = AirSettings.Default with
        {
            Dust = new DustPolicy(ExcludeFromDayCounts: dustOutOfCounts),
            Aqi = new AqiSettings(Hj633_2026NaRule: naRule),
        };
        var dust = new DustDays(Enumerable.Range(60, 20).Select(d => ("焦作", Jan1.AddDays(d))));
        var city = CityDaily.Compute(daily, Registry(), "焦作", AirSettings.Default);   // series computed with the defaults
        var shared = AirAssessment.Assess(city, Year, settings, standard, dust);
        var scratch = AirAssessment.Assess(city.Table, 0, Year, standard, settings, dust, city.AllStations);
        AssertSame(name, scratch, shared);
        Assert.Equal(["A", "B", "C", "D"], shared.Stations);
    }

    [Fact(DisplayName = "Station under its city's dust days = the assessment of a copy named after the city")]
    public void StationWithCityDustDays()
    {
        var daily = Stations(3);
        var settings = AirSettings.Default with { Dust = new DustPolicy(ExcludeFromDayCounts: true) };
        var dust = new DustDays(Enumerable.Range(60, 30).Select(d => ("焦作", Jan1.AddDays(d))));
        var site = daily.IndexOfSite("C");
        var copy = new DailyTable(["焦作"], daily.FirstDay, daily.DayCount, daily.Status);
        foreach (var i in Enum.GetValues<DailyIndicator>()) daily.Series(i, site).CopyTo(copy.Series(i, 0));
        var expected = AirAssessment.Assess(copy, 0, Year, AirQualityStandard.Gb3095_2012, settings, dust, ["C"]);
        var actual = AirAssessment.AssessStation(daily, site, "焦作", Year, AirQualityStandard.Gb3095_2012, settings, dust);
        Assert.Equal("C", actual.City);
        Assert.True(actual.DustApplied);
        Assert.Equal(30, actual.DustDays.Count);
        AssertSame("station", expected, actual);
        var without = AirAssessment.Assess(daily, site, Year, AirQualityStandard.Gb3095_2012, settings, null, ["C"]);
        Assert.NotEqual(without.Indicators["PM10"], actual.Indicators["PM10"]);   // the dust days did apply
    }

    private static void AssertSame(string name, AirAssessmentResult expected, AirAssessmentResult actual)
    {
        Assert.Equal(expected.Indicators, actual.Indicators);
        var (e, a) = (expected.DayCounts, actual.DayCounts);
        Assert.Equal((e.ValidDays, e.GoodDays, e.GoodRatioPercent, e.HeavyDays, e.HeavyRatioPercent, e.PollutedDays),
            (a.ValidDays, a.GoodDays, a.GoodRatioPercent, a.HeavyDays, a.HeavyRatioPercent, a.PollutedDays));
        Assert.Equal(e.DaysPerLevel, a.DaysPerLevel);
        Assert.Equal(e.DaysPerPrimary, a.DaysPerPrimary);
        Assert.Equal(expected.Composite?.Total, actual.Composite?.Total);
        Assert.Equal(expected.DustDays, actual.DustDays);
        Assert.Equal(expected.Stations, actual.Stations);
        foreach (var p in PollutantInfo.All)
        {
            var (x, y) = (expected.Statistics.Pollutants[p], actual.Statistics.Pollutants[p]);
            Assert.True(x.Mean.Equals(y.Mean) && x.Percentile.Equals(y.Percentile) && x.ValidDays == y.ValidDays
                && x.Validity.IsValid == y.Validity.IsValid, $"{name} {p}");
        }
    }
}
