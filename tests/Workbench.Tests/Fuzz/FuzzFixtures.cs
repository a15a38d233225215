using System.Globalization;
using System.Text;
using Workbench.Air.Import;
using Workbench.IO;
using Workbench.Standards;
using Workbench.Tests.Support;

namespace Workbench.Tests.Fuzz;

/// <summary>The clean files the fuzz tests mutate: real data, cut short, or written in the layout a reader expects.</summary>
internal static class FuzzFixtures
{
    /// <summary>The first lines of a shared data file (.xz decompressed), BOM and CR removed.</summary>
    public static string[] Head(string relative, int lines, bool xz = false)
    {
        var text = xz ? Encoding.UTF8.GetString(XzStream.ReadAllBytes(SharedData.PathOf(relative)))
            : File.ReadAllText(SharedData.PathOf(relative), Encoding.UTF8);
        return text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n').Take(lines).ToArray();
    }

    /// <summary>The first lines of a file of the repository's sample data (data/sample).</summary>
    public static string[] SampleData(string relative, int lines = int.MaxValue) =>
        File.ReadAllText(Path.Combine(SharedData.RepoRoot, "data", "sample", relative)).TrimStart('\uFEFF')
            .Replace("\r\n", "\n").TrimEnd('\n').Split('\n').Take(lines).ToArray();

    /// <summary>An analysts' hourly table (<c>站点编码,时间,PM2.5,PM10,SO2,NO2,O3,CO</c>): three stations' first 15 hours of a
    /// real china_sites day, written as an export would.</summary>
    public static string[] TidyHourly()
    {
        using var day = File.OpenRead(SharedData.PathOf("cnemc_hourly_2019/target_cities/china_sites_20190101.csv"));
        var t = ChinaSitesReader.Read(day, "china_sites_20190101.csv");
        Pollutant[] order = [Pollutant.PM2_5, Pollutant.PM10, Pollutant.SO2, Pollutant.NO2, Pollutant.O3, Pollutant.CO];
        var lines = new List<string> { "站点编码,时间,PM2.5,PM10,SO2,NO2,O3,CO" };
        var stations = Enumerable.Range(0, t.StationCodes.Count).Where(s => !double.IsNaN(t.Series(Pollutant.PM2_5, s)[0])).Take(3);
        foreach (var s in stations)
            for (var h = 0; h < 15; h++)
                lines.Add($"{t.StationCodes[s]},{t.HourAt(h):yyyy-MM-dd HH:mm}," +
                          string.Join(",", order.Select(p => t.Series(p, s)[h] is var v && double.IsNaN(v) ? "" : v.ToString("R", CultureInfo.InvariantCulture))));
        return lines.ToArray();
    }

    /// <summary>An analysts' daily table (<c>城市,日期,AQI,PM2.5,PM10,SO2,CO,NO2,O3_8h</c>): 60 real days of 焦作.</summary>
    public static string[] TidyDaily()
    {
        int[] columns = [0, 1, 2, 5, 6, 7, 8, 9, 10];   // the aqistudy columns without the AQI range, level and rank
        return ["城市,日期,AQI,PM2.5,PM10,SO2,CO,NO2,O3_8h",
            .. Head("aqistudy_city_daily_2014_2017/焦作.csv", 60).Where(l => l.Length > 0)
                .Select(l => string.Join(",", columns.Select(k => l.Split(',')[k])))];
    }
}
