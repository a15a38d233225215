using Workbench.Air.Import;
using Workbench.Standards;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Air.Import;

public sealed class ScrapedStationHourlyReaderTests(ITestOutputHelper output)
{
    private const string Jiaozuo = "scraped_station_hourly_2020-03_04/焦作_20200402-20200408.csv";

    [SharedDataFact(Jiaozuo)]
    public void Jiaozuo_scrape_names_trimmed_duplicates_and_variants_reported()
    {
        var d = ScrapedStationHourlyReader.Read([SharedData.PathOf(Jiaozuo)]);
        var t = d.Hourly;
        output.WriteLine(t.Quality.Summary());
        Assert.Equal(["市监测站", "市环保局", "高新区政府", "影视城", "影视城(对照点)", "太极体育中心"], t.StationCodes);
        Assert.Equal(new DateTime(2020, 4, 2, 8, 0, 0), t.FirstHour);
        // 93 distinct hours scraped between 2020-04-02 08:00 and 2020-04-08 03:00 (140 hours): 47 skipped.
        Assert.Equal(140, t.HourCount);
        var gaps = Assert.Single(t.Quality.Issues, i => i.Code == "missing-hours");
        output.WriteLine(gaps.Reason);
        Assert.StartsWith("缺少小时：47 个小时", gaps.Reason);
        var h8 = t.IndexOfHour(new DateTime(2020, 4, 2, 8, 0, 0));
        var gx = t.IndexOfStation("高新区政府");
        Assert.Equal(80, t.PublishedAqi(gx)[h8]);
        Assert.Equal((59.0, 87.0, 0.5, 36.0, 13.0, 4.0), (t.Series(Pollutant.PM2_5, gx)[h8], t.Series(Pollutant.PM10, gx)[h8],
            t.Series(Pollutant.CO, gx)[h8], t.Series(Pollutant.NO2, gx)[h8], t.Series(Pollutant.O3, gx)[h8], t.Series(Pollutant.SO2, gx)[h8]));
        // 市环保局 (live, 78) is kept over the frozen padded spelling 市环保局　 (65 every hour).
        var hb = t.IndexOfStation("市环保局");
        Assert.Equal(78, t.PublishedAqi(hb)[h8]);
        Assert.Equal(57, t.Series(Pollutant.PM2_5, hb)[h8]);
        Assert.Equal(95, t.Quality.CountsByCode["name-variant"]);
        Assert.Equal(12, t.Quality.CountsByCode["duplicate-hour"]);   // 7 names × hours 04-02 20 and 04-07 21, less the 2 padded rows
        Assert.Contains(t.Quality.Issues, i => i.Code == "frozen-values" && i.Reason.Contains("市环保局\u3000"));
        // 市监测站 publishes only NaN.
        Assert.All(t.Series(Pollutant.PM2_5, t.IndexOfStation("市监测站")).ToArray(), v => Assert.True(double.IsNaN(v)));
        // Quoted multi-line primary pollutant cell.
        var pp = d.PrimaryPollutants.Single(p => p.Station == "太极体育中心" && p.Hour == new DateTime(2020, 4, 3, 8, 0, 0));
        Assert.Equal("颗粒物(PM10),细颗粒物(PM2.5)", pp.Text);
        Assert.Equal(61, t.Series(Pollutant.PM2_5, t.IndexOfStation("太极体育中心"))[t.IndexOfHour(pp.Hour)]);
    }
}
