using System.Globalization;
using Workbench.Air.Import;
using Workbench.Standards;
using Workbench.Tests.Support;

namespace Workbench.Tests.Air.Checks;

/// <summary>
/// Feeds of one hour per file (the HeQinWill archive): a station's CO unit is judged over its small files together,
/// so one high but real hourly CO is loaded, while a station whose CO is in µg/m³ in every file is still refused.
/// </summary>
public sealed class HourlyFileUnitTests : IDisposable
{
    private const string Excerpt = "cnemc_realtime_2024_sample/HeQinWill_CNEMC_2024-01-01T00_excerpt.csv";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"wb-hq-{Guid.NewGuid():N}");

    public void Dispose() { if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true); }

    /// <summary>24 hourly files from the excerpt; 1819A's CO in hour h is <paramref name="co"/>(h).</summary>
    private string[] Files(Func<int, string> co)
    {
        Directory.CreateDirectory(_dir);
        var lines = File.ReadAllLines(SharedData.PathOf(Excerpt));
        var header = lines[0].Split(',');
        var c = Array.IndexOf(header, "co");
        var paths = new List<string>();
        for (var h = 0; h < 24; h++)
        {
            var stamp = $"2024-01-01T{h:00}00";
            var rows = lines.Skip(1).Select(l =>
            {
                var f = l.Split(',');
                f[0] = stamp;
                if (f[1] == "1819A") f[c] = co(h);
                return string.Join(',', f);
            });
            var path = Path.Combine(_dir, $"2024-01-01T{h:00}.csv");
            File.WriteAllLines(path, [lines[0], .. rows]);
            paths.Add(path);
        }
        return paths.ToArray();
    }

    [SharedDataFact(Excerpt)]
    public void One_high_hourly_CO_among_hourly_files_is_loaded_not_taken_for_a_unit_error()
    {
        var t = HeQinWillReader.Read(Files(h => h == 5 ? "25.0" : "1.0")).Hourly;
        Assert.DoesNotContain(t.Quality.Issues, i => i.Code == "co-unit-suspect");
        var s = t.IndexOfStation("1819A");
        Assert.Equal(25.0, t.Series(Pollutant.CO, s)[t.IndexOfHour(new DateTime(2024, 1, 1, 5, 0, 0))]);
        Assert.Equal(1.0, t.Series(Pollutant.CO, s)[t.IndexOfHour(new DateTime(2024, 1, 1, 6, 0, 0))]);
    }

    [SharedDataFact(Excerpt)]
    public void CO_in_micrograms_in_every_hourly_file_is_refused_once_for_the_station()
    {
        var t = HeQinWillReader.Read(Files(h => (800 + h).ToString(CultureInfo.InvariantCulture))).Hourly;
        var issue = Assert.Single(t.Quality.Issues, i => i.Code == "co-unit-suspect" && i.Station == "1819A");
        Assert.Contains("等 24 个文件", issue.File);
        Assert.Contains("--co-unit ug", issue.Reason);
        var s = t.IndexOfStation("1819A");
        Assert.All(Enumerable.Range(0, 24), h => Assert.True(double.IsNaN(t.Series(Pollutant.CO, s)[t.IndexOfHour(new DateTime(2024, 1, 1, h, 0, 0))])));
    }
}
