using Workbench.Air.Checks;
using Workbench.Air.Import;
using Workbench.Air.Tables;
using Workbench.Standards;
using Workbench.Tests.Support;

namespace Workbench.Tests.Air.Checks;

public class HourlyPlausibilityTests
{
    [Fact]
    public void FlagsPm25AbovePm10FrozenRunsAndExtremesButKeepsValues()
    {
        var t = new StationHourlyTable(["X1"], new DateTime(2020, 1, 1), 48, DataStatus.Realtime);
        var pm25 = t.Series(Pollutant.PM2_5, 0);
        var pm10 = t.Series(Pollutant.PM10, 0);
        var so2 = t.Series(Pollutant.SO2, 0);
        for (var h = 0; h < 48; h++) { pm25[h] = 30 + h % 5; pm10[h] = 60 + h % 7; so2[h] = h < 30 ? 6 : 7 + h % 3; }
        pm25[3] = 80;          // PM2.5 > PM10 (60+3 = 63)
        pm10[10] = 1023;       // extreme
        pm10[11] = double.NaN; // missing: neither "above" nor frozen

        var n = HourlyPlausibility.Check(t, fileOf: d => $"china_sites_{d:yyyyMMdd}.csv");

        var issues = t.Quality.Issues;
        var above = Assert.Single(issues, i => i.Code == "pm25-above-pm10");
        Assert.Equal("2020-01-01T03:00", above.Time);
        Assert.Equal("china_sites_20200101.csv", above.File);
        Assert.Single(issues, i => i.Code == "extreme-value" && i.Time == "2020-01-01T10:00");
        var frozen = Assert.Single(issues, i => i.Code == "frozen-value");
        Assert.Equal("SO2", frozen.Column);
        Assert.Contains("连续 30 小时", frozen.Reason);
        Assert.Equal(3, n);
        Assert.All(issues, i => Assert.Equal(Workbench.Quality.QualityAction.Flagged, i.Action));
        Assert.Equal(80, t.Series(Pollutant.PM2_5, 0)[3]); // kept
    }

    [SharedDataFact("cnemc_hourly_2019/target_cities")]
    public void FindsTheDocumentedQuirksOfThe2019Feed()
    {
        var t = ChinaSitesReader.Read([SharedData.PathOf("cnemc_hourly_2019/target_cities")]);
        HourlyPlausibility.Check(t);
        // DATA.md §1: "PM2.5 > PM10 in the same hour happens in 163 hours at 1829A, and PM10 reaches up to 1,023 µg/m³ at 1830A".
        Assert.Equal(163, t.Quality.Issues.Count(i => i.Code == "pm25-above-pm10" && i.Station == "1829A"));
        Assert.Contains(t.Quality.Issues, i => i.Code == "extreme-value" && i.Station == "1830A" && i.Reason.Contains("1023"));
    }
}
