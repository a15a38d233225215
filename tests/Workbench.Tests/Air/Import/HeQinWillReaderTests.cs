using System.Text;
using Workbench.Air.Import;
using Workbench.Quality;
using Workbench.Standards;
using Workbench.Tests.Support;

namespace Workbench.Tests.Air.Import;

public sealed class HeQinWillReaderTests
{
    private const string Excerpt = "cnemc_realtime_2024_sample/HeQinWill_CNEMC_2024-01-01T00_excerpt.csv";

    [SharedDataFact(Excerpt)]
    public void Excerpt_2024_loads_14_stations_values_AQI_and_quoted_primary_pollutants()
    {
        var d = HeQinWillReader.Read([SharedData.PathOf(Excerpt)]);
        var t = d.Hourly;
        Assert.Equal(14, t.StationCodes.Count);
        Assert.Equal(new DateTime(2024, 1, 1, 0, 0, 0), t.FirstHour);
        Assert.Equal(1, t.HourCount);
        var s = t.IndexOfStation("1819A");
        Assert.Equal(114, t.PublishedAqi(s)[0]);
        Assert.Equal(142, t.Series(Pollutant.PM10, s)[0]);
        Assert.Equal(86, t.Series(Pollutant.PM2_5, s)[0]);
        Assert.Equal(61, t.Series(Pollutant.NO2, s)[0]);
        Assert.Equal(7, t.Series(Pollutant.SO2, s)[0]);
        Assert.Equal(1.0, t.Series(Pollutant.CO, s)[0]);
        // The o3 column (20) is the 24-h maximum of 1-h values; the 1-hour O3 is in o3_24h, empty here.
        Assert.True(double.IsNaN(t.Series(Pollutant.O3, s)[0]));
        Assert.Equal(-1, t.PublishedAqi(t.IndexOfStation("1818A"))[0]);
        var swap = Assert.Single(t.Quality.Issues, i => i.Code == "o3-columns-swapped");
        Assert.Equal(QualityAction.Corrected, swap.Action);
        Assert.Equal("颗粒物(PM10),细颗粒物(PM2.5)", d.PrimaryPollutants.Single(p => p.Station == "1072A").Text);
        Assert.Equal(12, d.PrimaryPollutants.Count);   // 14 rows, 1818A and 1830A publish none
        var jz = d.Stations.Single(x => x.Code == "1830A");
        Assert.Equal(("影视城", "焦作市", 113.1992, 35.2590, false), (jz.Name, jz.City, jz.Longitude!.Value, jz.Latitude!.Value, jz.IsControl));
    }

    private const string Rows2022 =
        "timepoint,stationcode,longitude,latitude,area,positionname,primarypollutant,aqi,pm10,pm10_24h,pm2_5,pm2_5_24h,o3,o3_24h,o3_8h,o3_8h_24h,no2,no2_24h,so2,so2_24h,co,co_24h\n" +
        "2022-01-01T15:00:00,1026A,117.764,39.1587,天津市,汉北路,细颗粒物(PM2.5),144,174,118,110,73,52,16,10,10,89,67,18,13,1.2,1\n" +
        "2022-01-01T15:00:00,1035A,114.3524,37.8911,石家庄市,封龙山(对照点),,50,50,62,26,35,78,63,70,70,33,31,15,21,1.1,1\n" +
        "2022-01-01T15:00:00,1122A,125.3716,43.8772,长春市,劳动公园,\"颗粒物(PM10),\n细颗粒物(PM2.5)\",52,53,51,36,35,58,42,38,36,29,40,17,19,0.6,0.7\n" +
        "2022-01-01T15:00:00,1026A,117.764,39.1587,天津市,汉北路,细颗粒物(PM2.5),144,174,118,110,73,52,16,10,10,89,67,18,13,1.2,1\n" +
        "2022-01-01T16:00:00,1026A,117.764,39.1587,天津市,汉北路,,x,174,118,-1,73,52,17,10,10,89,67,18,13,1.2,1\n";

    [Fact]
    public void Swap_takes_the_1h_O3_from_o3_24h_and_can_be_switched_off()
    {
        var bytes = Encoding.UTF8.GetBytes(Rows2022);
        var d = HeQinWillReader.Read(new MemoryStream(bytes), "2022-01-01T15.csv");
        var t = d.Hourly;
        Assert.Equal(2, t.HourCount);
        Assert.Equal(16, t.Series(Pollutant.O3, t.IndexOfStation("1026A"))[0]);
        Assert.Equal(17, t.Series(Pollutant.O3, t.IndexOfStation("1026A"))[1]);
        Assert.Equal(63, t.Series(Pollutant.O3, t.IndexOfStation("1035A"))[0]);
        Assert.True(d.Stations.Single(s => s.Code == "1035A").IsControl);
        Assert.Equal("颗粒物(PM10),细颗粒物(PM2.5)", d.PrimaryPollutants.Single(p => p.Station == "1122A").Text);
        // The quoted multi-line cell does not shift the line numbers of later rows.
        var dup = Assert.Single(t.Quality.Issues, i => i.Code == "duplicate-hour");
        Assert.Equal(6, dup.Line);
        Assert.Contains("数值相同", dup.Reason);
        var bad = Assert.Single(t.Quality.Issues, i => i.Code == "invalid-value");
        Assert.Equal((7L, "aqi"), (bad.Line!.Value, bad.Column));
        var neg = Assert.Single(t.Quality.Issues, i => i.Code == "negative-value");
        Assert.Equal((7L, "pm2_5"), (neg.Line!.Value, neg.Column));

        var unswapped = HeQinWillReader.Read(new MemoryStream(bytes), "x.csv", new HeQinWillOptions { O3ColumnsSwapped = false }).Hourly;
        Assert.Equal(52, unswapped.Series(Pollutant.O3, 0)[0]);
        Assert.DoesNotContain(unswapped.Quality.Issues, i => i.Code == "o3-columns-swapped");
    }
}
