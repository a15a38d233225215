using Workbench.Air.Compute;
using Workbench.Air.Method;
using Workbench.Air.Tables;
using Workbench.Registries;
using Workbench.Standards;

namespace Workbench.Tests.Air.Compute;

/// <summary>
/// The two orders of averaging a city (REFERENCE A3.7) on a hand-computed day of three stations with gaps, and the
/// minimum-stations rule under each.
/// </summary>
public class CityMethodTests
{
    private static readonly DateOnly Day = new(2019, 1, 1);

    private static StationRegistry Registry() => new(
    [
        new StationInfo("A", "甲", "焦作", null, null, false),
        new StationInfo("B", "乙", "焦作", null, null, false),
        new StationInfo("C", "丙", "焦作", null, null, false),
    ]);

    /// <summary>
    /// PM2.5: A 30 every hour; B 60 in hours 0–11 only (12 h: no valid station day); C 90 in hours 0–19 (20 h: valid).
    /// O3: A 200 in hours 10–17, C 200 in hours 14–21, 50 otherwise; B none.
    /// </summary>
    private static StationHourlyTable Grid()
    {
        var g = new StationHourlyTable(["A", "B", "C"], Day.ToDateTime(TimeOnly.MinValue), 24, DataStatus.Realtime);
        for (var h = 0; h < 24; h++)
        {
            g.Series(Pollutant.PM2_5, 0)[h] = 30;
            g.Series(Pollutant.PM2_5, 1)[h] = h < 12 ? 60 : double.NaN;
            g.Series(Pollutant.PM2_5, 2)[h] = h < 20 ? 90 : double.NaN;
            g.Series(Pollutant.O3, 0)[h] = h is >= 10 and <= 17 ? 200 : 50;
            g.Series(Pollutant.O3, 2)[h] = h is >= 14 and <= 21 ? 200 : 50;
        }
        return g;
    }

    private static double Value(AirSettings settings, DailyIndicator indicator) =>
        CityDaily.ComputeFromHourly(Grid(), Registry(), "焦作", settings).Table.Series(indicator, 0)[0];

    private static AirSettings CityHourly(int minStations = 1) =>
        AirSettings.Default with { CityAggregation = CityAggregation.DailyOfCityHourly, MinStationsPerCityValue = minStations };

    private static AirSettings StationFirst(int minStations = 1) =>
        AirSettings.Default with { CityAggregation = CityAggregation.MeanOfStationDaily, MinStationsPerCityValue = minStations };

    [Fact(DisplayName = "City-hourly is the default order")]
    public void Default() => Assert.Equal(CityAggregation.DailyOfCityHourly, AirSettings.Default.CityAggregation);

    [Fact(DisplayName = "PM2.5, station-first: (30 + 90) / 2 = 60 (B's 12 hours make no station day)")]
    public void Pm25StationFirst() => Assert.Equal(60, Value(StationFirst(), DailyIndicator.PM2_5), 9);

    [Fact(DisplayName = "PM2.5, city-hourly: hours 0–11 (30+60+90)/3 = 60, 12–19 (30+90)/2 = 60, 20–23 30 → 1320/24 = 55")]
    public void Pm25CityHourly() => Assert.Equal(55, Value(CityHourly(), DailyIndicator.PM2_5), 9);

    [Fact(DisplayName = "Minimum stations 2: city-hourly drops hours 20–23 (A alone) → 20 hours of 60; station-first keeps A and C → 60")]
    public void MinimumTwoStations()
    {
        Assert.Equal(60, Value(CityHourly(2), DailyIndicator.PM2_5), 9);
        Assert.Equal(60, Value(StationFirst(2), DailyIndicator.PM2_5), 9);
    }

    [Fact(DisplayName = "Minimum stations 3: city-hourly has 12 hours (no valid day); station-first has 2 valid stations (none)")]
    public void MinimumThreeStations()
    {
        Assert.True(double.IsNaN(Value(CityHourly(3), DailyIndicator.PM2_5)));
        Assert.True(double.IsNaN(Value(StationFirst(3), DailyIndicator.PM2_5)));
    }

    [Fact(DisplayName = "MDA8: station-first (200 + 200) / 2 = 200; city-hourly the best window of the city series = 1300/8 = 162.5")]
    public void Mda8BothOrders()
    {
        Assert.Equal(200, Value(StationFirst(), DailyIndicator.O3_8hMax), 9);
        // City hours: 0–9 50, 10–13 125, 14–17 200, 18–21 125, 22–23 50; windows 10–17 … 14–21 all hold 4 × 125 + 4 × 200.
        Assert.Equal(162.5, Value(CityHourly(), DailyIndicator.O3_8hMax), 9);
    }

    [Fact(DisplayName = "City-hourly lists the stations that gave a value that day; all cities in one pass equal one city alone")]
    public void StationsAndOnePass()
    {
        var one = CityDaily.ComputeFromHourly(Grid(), Registry(), "焦作", CityHourly());
        Assert.Equal(["A", "B", "C"], one.StationsOn(0));
        var all = Workbench.Air.Compute.CityHourly.Compute(Grid(), Registry(), ["焦作"], CityHourly());
        var fromAll = CityDaily.FromCityHourly(all, "焦作", CityHourly());
        foreach (var k in Enum.GetValues<DailyIndicator>())
            Assert.Equal(BitConverter.DoubleToInt64Bits(one.Table.Series(k, 0)[0]), BitConverter.DoubleToInt64Bits(fromAll.Table.Series(k, 0)[0]));
        Assert.Equal(one.DailyAqi[0], fromAll.DailyAqi[0]);
    }
}
