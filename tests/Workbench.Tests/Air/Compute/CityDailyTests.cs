using Workbench.Air.Compute;
using Workbench.Air.Method;
using Workbench.Air.Tables;
using Workbench.Registries;
using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Tests.Air.Compute;

/// <summary>City daily values: station set per date, control stations, daily AQI of the city day.</summary>
public class CityDailyTests
{
    private static readonly DateOnly Day1 = new(2019, 1, 1);

    // A and B all along; C opens on Jan 2; K is a control station (对照点).
    private static StationRegistry Registry() => new(
    [
        new StationInfo("A", "甲", "焦作", null, null, false),
        new StationInfo("B", "乙", "焦作", null, null, false),
        new StationInfo("C", "丙", "焦作", null, null, false, ValidFrom: Day1.AddDays(1)),
        new StationInfo("K", "影视城(对照点)", "焦作", null, null, true),
    ]);

    /// <summary>C2.1 day at A and B as ±offsets around the city values; C and K far off, to be seen if they leak in.</summary>
    private static DailyTable StationTable()
    {
        var t = new DailyTable(["A", "B", "C", "K"], Day1, 2, DataStatus.Realtime);
        void Set(int site, double offset)
        {
            (DailyIndicator I, double V)[] c1 = [(DailyIndicator.SO2, 12), (DailyIndicator.NO2, 45), (DailyIndicator.PM10, 89),
                (DailyIndicator.CO, 1.1), (DailyIndicator.PM2_5, 56), (DailyIndicator.O3_1hMax, 150), (DailyIndicator.O3_8hMax, 120)];
            foreach (var (i, v) in c1)
                for (var d = 0; d < 2; d++) t.Series(i, site)[d] = i == DailyIndicator.CO ? v + offset / 100 : v + offset;
        }
        Set(0, -2); Set(1, +2); Set(2, +30); Set(3, +200);
        return t;
    }

    [Fact(DisplayName = "City day = mean of valid stations; control station excluded; C counted only from its opening day")]
    public void StationSetPerDate()
    {
        var r = CityDaily.Compute(StationTable(), Registry(), "焦作市", AirSettings.Default);
        var pm = r.Table.Series(DailyIndicator.PM2_5, 0);
        Assert.Equal(56, pm[0], 9);                 // (54 + 58) / 2
        Assert.Equal((54 + 58 + 86) / 3.0, pm[1], 9); // C joins on day 2
        Assert.Equal(["A", "B"], r.StationsOn(0));
        Assert.Equal(["A", "B", "C"], r.StationsOn(1));
        Assert.Equal(2, r.Table.ValidCounts(DailyIndicator.PM2_5, 0)[0]);
        Assert.Equal(["A", "B", "C"], r.AllStations);
        Assert.Empty(r.Table.Quality.Issues);
    }

    [Fact(DisplayName = "A registry station missing from the data is reported, not silently ignored")]
    public void RegistryStationAbsentFromData()
    {
        var registry = new StationRegistry(
        [
            new StationInfo("A", "甲", "焦作", null, null, false),
            new StationInfo("Z", "新站", "焦作", null, null, false),
        ]);
        var r = CityDaily.Compute(StationTable(), registry, "焦作", AirSettings.Default);
        var issue = Assert.Single(r.Table.Quality.Issues);
        Assert.Equal("station-not-in-data", issue.Code);
        Assert.Equal("Z", issue.Station);
        Assert.Contains("2 天", issue.Reason);
    }

    [Fact(DisplayName = "City day C2.1 (2012): AQI 77, primary PM2.5; the version of the day is recorded")]
    public void DailyAqiOfTheCityDay()
    {
        var r = CityDaily.Compute(StationTable(), Registry(), "焦作", AirSettings.Default);
        Assert.Equal(77, r.DailyAqi[0].Aqi);
        Assert.Equal(AqiTerms.PM2_5, r.DailyAqi[0].Primary);
        Assert.Equal(AqiStandard.Hj633_2012, r.AqiStandardAt(0));
        var fixed2026 = CityDaily.Compute(StationTable(), Registry(), "焦作", AirSettings.Default, AqiStandard.Hj633_2026);
        Assert.Equal(92, fixed2026.DailyAqi[0].Aqi); // C2.6: PM2.5 56 → 92 on the 2026 breakpoints
    }

    [Fact(DisplayName = "Control station included when ExcludeControlStations = false")]
    public void ControlIncludedOnRequest()
    {
        var r = CityDaily.Compute(StationTable(), Registry(), "焦作", AirSettings.Default with { ExcludeControlStations = false });
        Assert.Equal((54 + 58 + 256) / 3.0, r.Table.Series(DailyIndicator.PM2_5, 0)[0], 9);
        Assert.Contains("K", r.StationsOn(0));
    }

    [Fact(DisplayName = "A station without a valid value that day does not count; none valid → NaN")]
    public void InvalidStationsLeaveTheMean()
    {
        var t = StationTable();
        t.Series(DailyIndicator.PM2_5, 1)[0] = double.NaN; // B invalid on day 1
        t.Series(DailyIndicator.SO2, 0)[0] = double.NaN;
        t.Series(DailyIndicator.SO2, 1)[0] = double.NaN;
        var r = CityDaily.Compute(t, Registry(), "焦作", AirSettings.Default);
        Assert.Equal(54, r.Table.Series(DailyIndicator.PM2_5, 0)[0], 9);
        Assert.Equal(1, r.Table.ValidCounts(DailyIndicator.PM2_5, 0)[0]);
        Assert.True(double.IsNaN(r.Table.Series(DailyIndicator.SO2, 0)[0]));
    }

    [Fact(DisplayName = "City-daily input path: table used as it is, AQI recomputed, published AQI kept")]
    public void CityTableInput()
    {
        var t = new DailyTable(["焦作"], Day1, 1, DataStatus.Audited);
        t.Series(DailyIndicator.PM2_5, 0)[0] = 56;
        t.PublishedAqi(0)[0] = 77;
        var r = CityDaily.FromCityTable(t, "焦作", AirSettings.Default);
        Assert.Equal(77, r.DailyAqi[0].Aqi);
        Assert.Equal(77, r.Table.PublishedAqi(0)[0]);
        Assert.Empty(r.StationsOn(0));
    }

    [Fact(DisplayName = "DailyOfCityHourly: hourly city means first, then the daily mean")]
    public void DailyOfCityHourly()
    {
        var g = new StationHourlyTable(["A", "B", "K"], new DateTime(2019, 1, 1), 24, DataStatus.Realtime);
        for (var h = 0; h < 24; h++)
        {
            g.Series(Pollutant.PM2_5, 0)[h] = 40;
            g.Series(Pollutant.PM2_5, 1)[h] = h < 12 ? 80 : double.NaN; // B: 12 hours only (invalid as a station day)
            g.Series(Pollutant.PM2_5, 2)[h] = 500;
        }
        var hourlyFirst = CityDaily.ComputeFromHourly(g, Registry(), "焦作", AirSettings.Default);   // the default order
        Assert.Equal((12 * 60 + 12 * 40) / 24.0, hourlyFirst.Table.Series(DailyIndicator.PM2_5, 0)[0], 9);
        var dailyFirst = CityDaily.ComputeFromHourly(g, Registry(), "焦作", AirSettings.Default with { CityAggregation = CityAggregation.MeanOfStationDaily });
        Assert.Equal(40, dailyFirst.Table.Series(DailyIndicator.PM2_5, 0)[0], 9); // B's day is invalid
    }

    [Fact(DisplayName = "District daily: only the district's stations, named city/district")]
    public void DistrictDaily()
    {
        var registry = new StationRegistry(
        [
            new StationInfo("A", "甲", "焦作", null, null, false, District: "解放区"),
            new StationInfo("B", "乙", "焦作", null, null, false, District: "山阳区"),
            new StationInfo("C", "丙", "焦作", null, null, false, District: "山阳区", ValidFrom: Day1.AddDays(1)),
        ]);
        var r = CityDaily.ComputeDistrict(StationTable(), registry, "焦作", "山阳区", AirSettings.Default);
        Assert.Equal("焦作/山阳区", r.City);
        Assert.Equal(58, r.Table.Series(DailyIndicator.PM2_5, 0)[0], 9);
        Assert.Equal((58 + 86) / 2.0, r.Table.Series(DailyIndicator.PM2_5, 0)[1], 9);
        Assert.Equal(["B", "C"], r.AllStations);
    }
}
