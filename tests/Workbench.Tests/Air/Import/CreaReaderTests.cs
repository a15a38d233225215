using Workbench.Air.Import;
using Workbench.Air.Tables;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Air.Import;

public sealed class CreaReaderTests(ITestOutputHelper output)
{
    private const string File = "crea_city_daily_2017_2020/crea_city_day_obs_2017-01-01_2020-11-18.csv.xz";

    [SharedDataFact(File)]
    public void Crea_long_format_deduplicated_with_disagreements_listed()
    {
        var bytes = Xz.Decompress(SharedData.PathOf(File));
        var data = CreaReader.Read(new MemoryStream(bytes), "crea_city_day_obs_2017-01-01_2020-11-18.csv");
        var d = data.Daily;
        output.WriteLine(d.Quality.Summary());
        Assert.Equal(71, d.Sites.Count);
        Assert.Contains("jiaozuo", d.Sites);
        Assert.DoesNotContain("xuchang", d.Sites);
        Assert.Equal(new DateOnly(2017, 1, 1), d.FirstDay);
        var summary = Assert.Single(d.Quality.Issues, i => i.Code == "duplicate-key");
        output.WriteLine(summary.Reason);
        Assert.Contains("16,756", summary.Reason);
        Assert.Equal(928, d.Quality.CountsByCode["duplicate-key-differs"]);
        var first = d.Quality.Issues.First(i => i.Code == "duplicate-key-differs");
        Assert.Contains("10.9583333333333", first.Reason);
        Assert.Contains("10.4659090909091", first.Reason);
        var a = d.IndexOfSite("anqing");
        Assert.Equal(84.9736842105263, d.Series(DailyIndicator.NO2, a)[0]);
        // The kept value of a disagreeing key is the first one.
        Assert.Equal(10.9583333333333, d.Series(DailyIndicator.NO2, a)[d.IndexOfDay(new DateOnly(2020, 7, 9))]);
        // No PM10 in CREA; its o3 is a daily mean, kept aside (焦作 2017-01-01: 16.705 against aqistudy's MDA8 16).
        Assert.All(d.Series(DailyIndicator.PM10, a).ToArray(), v => Assert.True(double.IsNaN(v)));
        Assert.All(d.Series(DailyIndicator.O3_8hMax, a).ToArray(), v => Assert.True(double.IsNaN(v)));
        Assert.Equal(16.7050438596491, data.O3DailyMean["jiaozuo"][0]);
        Assert.Equal(-1, d.PublishedAqi(a)[0]);
    }
}
