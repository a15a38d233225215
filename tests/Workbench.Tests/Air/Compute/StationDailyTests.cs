using Workbench.Air.Compute;
using Workbench.Air.Method;
using Workbench.Air.Tables;
using Workbench.Periods;
using Workbench.Standards;

namespace Workbench.Tests.Air.Compute;

/// <summary>Station daily values on hand-made hourly grids, under both day boundaries.</summary>
public class StationDailyTests
{
    private static StationHourlyTable Grid(int hours = 72) =>
        new(["1001A"], new DateTime(2019, 1, 1, 0, 0, 0), hours, DataStatus.Realtime);

    [Fact(DisplayName = "Day boundary: labels D 00…23 (feed) vs D 01…D+1 00 (standard) give 11.5 vs 12.5")]
    public void DayBoundaryDecidesTheHours()
    {
        var g = Grid();
        var pm = g.Series(Pollutant.PM2_5, 0);
        for (var h = 0; h < g.HourCount; h++) pm[h] = h; // value = hours since 2019-01-01 00:00
        var feed = StationDaily.Compute(g, AirSettings.Default);
        var std = StationDaily.Compute(g, AirSettings.Default with { DayBoundary = DayBoundary.StandardHours1To24 });
        Assert.Equal(new DateOnly(2019, 1, 1), feed.FirstDay);
        Assert.Equal(3, feed.DayCount);
        Assert.Equal(11.5, feed.Series(DailyIndicator.PM2_5, 0)[0]);
        Assert.Equal(24, feed.ValidCounts(DailyIndicator.PM2_5, 0)[0]);
        // Standard boundary: label 2019-01-01 00:00 belongs to 2018-12-31 (a partial, invalid day).
        Assert.Equal(new DateOnly(2018, 12, 31), std.FirstDay);
        Assert.True(double.IsNaN(std.Series(DailyIndicator.PM2_5, 0)[0]));
        Assert.Equal(1, std.ValidCounts(DailyIndicator.PM2_5, 0)[0]);
        Assert.Equal(12.5, std.Series(DailyIndicator.PM2_5, 0)[1]);
    }

    [Fact(DisplayName = "Grid 19 vs 20 valid hours: the day with 19 is invalid, its count stored")]
    public void NineteenVersusTwenty()
    {
        var g = Grid(48);
        var so2 = g.Series(Pollutant.SO2, 0);
        for (var h = 0; h < 20; h++) so2[h] = 10;        // day 1: 20 hours
        for (var h = 24; h < 24 + 19; h++) so2[h] = 10;  // day 2: 19 hours
        var t = StationDaily.Compute(g, AirSettings.Default);
        Assert.Equal(10, t.Series(DailyIndicator.SO2, 0)[0]);
        Assert.True(double.IsNaN(t.Series(DailyIndicator.SO2, 0)[1]));
        Assert.Equal(19, t.ValidCounts(DailyIndicator.SO2, 0)[1]);
    }

    [Theory(DisplayName = "C2.8 MDA8 = 160.625 through the grid, under both boundaries")]
    [InlineData(DayBoundary.FeedDateHours0To23, 0)]
    [InlineData(DayBoundary.StandardHours1To24, 1)]
    public void Mda8OnTheGrid(DayBoundary boundary, int firstLabelHour)
    {
        var g = Grid(72);
        var o3 = g.Series(Pollutant.O3, 0);
        // Day 2019-01-02: its 24 hours start at label 2019-01-02 00:00 (feed) or 01:00 (standard).
        for (var i = 0; i < 24; i++) o3[24 + firstLabelHour + i] = DailyWindowsTests.C28[i];
        var t = StationDaily.Compute(g, AirSettings.Default with { DayBoundary = boundary });
        var d = t.IndexOfDay(new DateOnly(2019, 1, 2));
        Assert.Equal(160.625, t.Series(DailyIndicator.O3_8hMax, 0)[d]);
        Assert.Equal(17, t.ValidCounts(DailyIndicator.O3_8hMax, 0)[d]);
        Assert.Equal(190, t.Series(DailyIndicator.O3_1hMax, 0)[d]);
        // The windows never reach into the neighbouring days, which are empty: those days are invalid.
        Assert.True(double.IsNaN(t.Series(DailyIndicator.O3_8hMax, 0)[d - 1]));
    }
}
