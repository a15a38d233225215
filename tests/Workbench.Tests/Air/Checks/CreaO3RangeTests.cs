using System.Text;
using Workbench.Air.Import;
using Workbench.Quality;
using Workbench.Tests.Air.Import;
using Workbench.Tests.Support;

namespace Workbench.Tests.Air.Checks;

/// <summary>CREA's O3 daily mean is kept beside the daily table, not in it: the physical range applies to it too.</summary>
public sealed class CreaO3RangeTests
{
    private const string Crea = "crea_city_daily_2017_2020/crea_city_day_obs_2017-01-01_2020-11-18.csv.xz";

    [SharedDataFact(Crea)]
    public void O3_daily_mean_above_its_physical_range_is_not_kept()
    {
        // jiaozuo's first o3 rows; the third set to 1500 µg/m³ (a daily mean above the highest possible hour, 1200).
        var lines = Encoding.UTF8.GetString(Xz.Decompress(SharedData.PathOf(Crea))).Split('\n');
        var rows = lines.Where(l => l.Contains(",\"jiaozuo\",", StringComparison.Ordinal) && l.Contains(",\"o3\",", StringComparison.Ordinal)).Take(5).ToArray();
        var f = rows[2].Split(',');
        f[5] = "1500";
        rows[2] = string.Join(',', f);
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', [lines[0], .. rows]) + "\n");
        var data = CreaReader.Read(new MemoryStream(bytes), "crea_o3.csv");
        var issue = Assert.Single(data.Daily.Quality.Issues, i => i.Code == "out-of-range");
        Assert.Equal(("crea_o3.csv", 4L, "value", "jiaozuo", "2017-01-03", QualityAction.Rejected),
            (issue.File, issue.Line, issue.Column, issue.Station, issue.Time, issue.Action));
        Assert.Contains("O3 日均值 = 1500 µg/m³，超过上限 1200", issue.Reason);
        var o3 = data.O3DailyMean["jiaozuo"];
        Assert.True(double.IsNaN(o3[2]));
        Assert.Equal(double.Parse(rows[1].Split(',')[5], System.Globalization.CultureInfo.InvariantCulture), o3[1]);
    }
}
