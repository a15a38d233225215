using Workbench.Air.Import;
using Workbench.Air.Tables;
using Workbench.Quality;
using Workbench.Standards.Rounding;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Air.Import;

public sealed class AqistudyReaderTests(ITestOutputHelper output)
{
    private const string Folder = "aqistudy_city_daily_2014_2017";

    [SharedDataFact(Folder + "/焦作.csv")]
    public void Jiaozuo_headerless_BOM_file_2014_01_01_values()
    {
        var d = AqistudyReader.ReadDaily([SharedData.PathOf(Folder + "/焦作.csv")]).Daily;
        Assert.Equal(["焦作"], d.Sites);
        Assert.Equal(new DateOnly(2013, 12, 31), d.FirstDay);
        Assert.Equal(1128, d.DayCount);
        var day = d.IndexOfDay(new DateOnly(2014, 1, 1));
        Assert.Equal(31.2, d.Series(DailyIndicator.PM2_5, 0)[day]);
        Assert.Equal(98, d.Series(DailyIndicator.PM10, 0)[day]);
        Assert.Equal(66.1, d.Series(DailyIndicator.SO2, 0)[day]);
        Assert.Equal(1.061, d.Series(DailyIndicator.CO, 0)[day]);
        Assert.Equal(40.3, d.Series(DailyIndicator.NO2, 0)[day]);
        Assert.Equal(48, d.Series(DailyIndicator.O3_8hMax, 0)[day]);
        Assert.True(double.IsNaN(d.Series(DailyIndicator.O3_1hMax, 0)[day]));
        Assert.Equal(81, d.PublishedAqi(0)[day]);
        Assert.Equal(1128, d.PublishedAqi(0).ToArray().Count(a => a >= 0));
        Assert.DoesNotContain(d.Quality.Issues, i => i.Code is "duplicate-day" or "field-count" or "invalid-value");
    }

    [SharedDataFact(Folder + "/北京.csv")]
    public void Beijing_annual_PM25_means_from_daily_values_are_84_5_80_1_72_6()
    {
        var d = AqistudyReader.ReadDaily([SharedData.PathOf(Folder + "/北京.csv")]).Daily;
        var pm = d.Series(DailyIndicator.PM2_5, 0).ToArray();
        decimal Mean(int y) => GbT8170.Round((decimal)Enumerable.Range(0, d.DayCount)
            .Where(i => d.DayAt(i).Year == y && !double.IsNaN(pm[i])).Select(i => pm[i]).Average(), 1);
        Assert.Equal([84.5m, 80.1m, 72.6m], new[] { Mean(2014), Mean(2015), Mean(2016) });
    }

    [SharedDataFact(Folder + "/all_cities_daily_2013-12_2017-01.csv.xz")]
    public void All_cities_concatenated_file_with_English_header()
    {
        var bytes = Xz.Decompress(SharedData.PathOf(Folder + "/all_cities_daily_2013-12_2017-01.csv.xz"));
        var data = AqistudyReader.ReadDaily([new ImportSource("all_cities_daily_2013-12_2017-01.csv", () => new MemoryStream(bytes))]);
        var d = data.Daily;
        output.WriteLine(d.Quality.Summary());
        Assert.Equal(366, d.Sites.Count);
        Assert.DoesNotContain("city", d.Sites);
        Assert.Equal(351_014, d.Sites.Sum(s => d.PublishedAqi(d.IndexOfSite(s)).ToArray().Count(a => a >= 0))
                              + ZeroAqiRows(bytes));
        var q = d.Sites.ToList().IndexOf("七台河");
        Assert.Equal(41.9, d.Series(DailyIndicator.PM2_5, q)[d.IndexOfDay(new DateOnly(2015, 1, 1))]);
        var zeros = Assert.Single(d.Quality.Issues, i => i.Code == "zero-as-missing");
        Assert.Contains("3,142", zeros.Reason);
        // 乳山 2014-06-15 PM2.5 0 → missing, PM10 57.4 kept.
        var rs = d.IndexOfSite("乳山");
        var day = d.IndexOfDay(new DateOnly(2014, 6, 15));
        Assert.True(double.IsNaN(d.Series(DailyIndicator.PM2_5, rs)[day]));
        Assert.Equal(57.4, d.Series(DailyIndicator.PM10, rs)[day]);
    }

    private static int ZeroAqiRows(byte[] csv) =>
        System.Text.Encoding.UTF8.GetString(csv).Split('\n').Skip(1).Count(l => l.Split(',') is { Length: 12 } f && f[2] == "0");

    [SharedDataFact(Folder + "/all_city_monthly.csv")]
    public void Monthly_file_with_366_embedded_BOMs_and_garbage_CO()
    {
        var m = AqistudyReader.ReadMonthly([SharedData.PathOf(Folder + "/all_city_monthly.csv")]);
        output.WriteLine(m.Quality.Summary());
        Assert.Equal(12_384, m.Records.Count);
        Assert.Equal(366, m.Records.Select(r => r.City).Distinct().Count());
        Assert.DoesNotContain(m.Records, r => r.City.Contains('\uFEFF'));
        var jz = m.Records.Where(r => r.City == "焦作").ToDictionary(r => (r.Year, r.Month));
        Assert.True(double.IsNaN(jz[(2013, 9)].CO));       // 3449.621 rejected: above CO's daily physical range (60 mg/m³)
        Assert.Equal(115.2, jz[(2014, 1)].PM2_5);
        Assert.Equal(107, jz[(2014, 1)].Rank);
        Assert.Equal(154, jz[(2014, 1)].Aqi);
        Assert.True(double.IsNaN(jz[(2013, 5)].PM2_5));     // 0 before PM2.5 was published
        // Monthly means are held to the daily physical ranges: seven early CO values (82.613 to 3449.621), 平顶山 2013-11
        // O3_8h 1488.5 and 鹤壁 2013-11 PM2.5 15325.8.
        var bad = m.Quality.Issues.Where(i => i.Code == "out-of-range").ToList();
        Assert.Equal(9, bad.Count);
        Assert.Equal(7, bad.Count(i => i.Column == "CO"));
        var jz9 = Assert.Single(bad, i => i.Station == "焦作" && i.Time == "2013-09");
        Assert.Equal(("all_city_monthly.csv", QualityAction.Rejected), (jz9.File, jz9.Action));
        Assert.Contains("CO 月值 = 3449.621 mg/m³，超过上限 60", jz9.Reason);
        Assert.Contains(bad, i => i.Station == "鹤壁" && i.Time == "2013-11" && i.Column == "PM2.5");
        Assert.Contains(bad, i => i.Station == "平顶山" && i.Time == "2013-11" && i.Column == "O3_8h");
        Assert.True(double.IsNaN(m.Records.Single(r => r.City == "鹤壁" && r.Year == 2013 && r.Month == 11).PM2_5));
        Assert.DoesNotContain(m.Quality.Issues, i => i.Code == "field-count");
    }

    [Fact]
    public void Monthly_rank_that_is_not_a_number_is_reported()
    {
        // Found by fuzzing: a rank of "1O" was read as no rank without a word.
        var text = "三亚,2016-05,33,21~75,优,11.5,24.1,2.7,0.623,10.2,61.5,1O\n三亚,2016-06,30,20~49,优,9.6,19.8,2.6,0.583,8.6,55.4,12\n";
        var m = AqistudyReader.ReadMonthly([new ImportSource("all_city_monthly.csv", () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)))]);
        Assert.Equal([null, 12], m.Records.Select(r => r.Rank));
        Assert.Equal(11.5, m.Records[0].PM2_5);
        var bad = Assert.Single(m.Quality.Issues);
        Assert.Equal(("invalid-value", 1L, "rank", "三亚", "2016-05", QualityAction.Rejected),
            (bad.Code, bad.Line!.Value, bad.Column, bad.Station, bad.Time, bad.Action));
    }

    [Fact]
    public void Short_row_is_reported_with_file_and_line()
    {
        var text = "\uFEFF焦作,2014-01-01,81,73~86,良,31.2,98,66.1,1.061,40.3,48,22\n焦作,2014-01-02,87\n";
        var d = AqistudyReader.ReadDaily([new ImportSource("焦作.csv", () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)))]).Daily;
        var bad = Assert.Single(d.Quality.Issues, i => i.Code == "field-count");
        Assert.Equal(("焦作.csv", 2L), (bad.File, bad.Line!.Value));
        Assert.Equal(1, d.DayCount);
    }
}
