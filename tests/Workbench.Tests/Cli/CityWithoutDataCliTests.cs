using System.Globalization;
using Workbench.Air.Import;
using Workbench.Cli.Commands;
using Workbench.IO;
using Workbench.Standards;
using Workbench.Tests.Air.Compute;
using Xunit.Abstractions;

namespace Workbench.Tests.Cli;

/// <summary>
/// Issue 14, "never silently wrong", for one city: a city without one valid day in a period the input covers is
/// refused by every single-city command (exit 2, nothing written) instead of a result of zeros; a city name the data
/// do not know is refused with the names it does know; a store input lists the stations its station list lacks, as a
/// file input does. On March 2021 of the sample.
/// </summary>
[Collection("cli")]
public sealed class CityWithoutDataCliTests(SampleMarch2021 sample, ITestOutputHelper output) : IClassFixture<SampleMarch2021>, IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("wb-city-without-data-");

    public void Dispose() => _dir.Delete(true);

    private string SampleStations => Path.Combine(sample.Folder, "stations.csv");

    /// <summary>The sample's station list plus 空城, whose only station 9999A is not in the data.</summary>
    private string StationsWithEmptyCity()
    {
        var path = Path.Combine(_dir.FullName, "stations.csv");
        File.WriteAllText(path, File.ReadAllText(SampleStations) + "9999A,空城站,空城,空城区,示例省,114.0,34.0,否,,\n");
        return path;
    }

    /// <summary>Exit 2, nothing on standard output, and the last line of standard error exactly <paramref name="message"/>.</summary>
    private void Refused(CliRunner.Result r, string message)
    {
        output.WriteLine(r.Error);
        Assert.Equal(CommandRunner.BadInput, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Equal(message, r.Error.Split('\n').Last(l => l.Length > 0));
    }

    private string NoValidDay(string output, string period, string why) =>
        $"错误：空城在{period}没有一个有效监测日，不生成{output}。输入数据 {sample.ChinaSites} 的日期范围是 2021-03-01 至 2021-03-31；{why}";

    [Fact(DisplayName = "air assess --city for a city without one valid day: exit 2 naming city, period, date range and why; text and --json print nothing")]
    public void AssessForACityWithoutValidDays()
    {
        var stations = StationsWithEmptyCity();
        var expected = NoValidDay("评价", "2021年3月（2021-03-01 至 2021-03-31）", "站点列表 stations.csv 中空城在此期间的站点（9999A）都不在输入数据中");
        Refused(CliRunner.Run("air", "assess", "--input", sample.ChinaSites, "--stations", stations, "--city", "空城", "--period", "2021-03"), expected);
        Refused(CliRunner.Run("air", "assess", "--input", sample.ChinaSites, "--stations", stations, "--city", "空城", "--period", "2021-03", "--json"), expected);
        // A city of the same list with valid days is assessed as before.
        var r = CliRunner.Run("air", "assess", "--input", sample.ChinaSites, "--stations", stations, "--city", "东州", "--period", "2021-03", "--json");
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Contains("\"valid_days\": 31", r.Out);
    }

    [Fact(DisplayName = "figures for a city without one valid day: exit 2 with the message, no folder; a city with data in the same run is drawn")]
    public void FiguresForACityWithoutValidDays()
    {
        var stations = StationsWithEmptyCity();
        var folder = Path.Combine(_dir.FullName, "figs");
        var r = CliRunner.Run("figures", "--input", sample.ChinaSites, "--stations", stations, "--city", "空城", "--period", "2021",
            "--formats", "html", "--out", folder);
        Refused(r, NoValidDay("图表", "2021年（2021-01-01 至 2021-12-31）", "站点列表 stations.csv 中空城在此期间的站点（9999A）都不在输入数据中"));
        // The year is reached in part: said before the refusal.
        Assert.Contains("注意：2021年（2021-01-01 至 2021-12-31）的数据只覆盖 2021-03-01 至 2021-03-31", r.Error);
        Assert.False(Directory.Exists(folder));
        var drawn = CliRunner.Run("figures", "--input", sample.ChinaSites, "--stations", stations, "--city", "东州", "--period", "2021",
            "--formats", "html", "--out", folder);
        Assert.True(drawn.ExitCode == 0, drawn.Error);
        Assert.True(File.Exists(Path.Combine(folder, "index.html")));
    }

    [Fact(DisplayName = "A city whose stations are in the data but silent in the period: exit 2 naming its stations")]
    public void CityWithSilentStations()
    {
        // One day of the sample with every value of 9001A blanked, and 9001A made the only station of 空城.
        var input = Path.Combine(_dir.FullName, "china_sites");
        Directory.CreateDirectory(input);
        var lines = File.ReadAllLines(Path.Combine(sample.ChinaSites, "china_sites_20210301.csv"));
        Assert.Equal("9001A", lines[0].Split(',')[3]);
        File.WriteAllText(Path.Combine(input, "china_sites_20210301.csv"),
            string.Concat(lines.Select((l, i) => (i == 0 ? l : string.Join(',', l.Split(',').Select((f, j) => j == 3 ? "" : f))) + "\r\n")));
        var stations = Path.Combine(_dir.FullName, "stations.csv");
        File.WriteAllText(stations, File.ReadAllText(SampleStations).Replace("9001A,市监测站,东州,", "9001A,市监测站,空城,", StringComparison.Ordinal));
        Refused(CliRunner.Run("air", "assess", "--input", input, "--stations", stations, "--city", "空城", "--period", "2021-03-01..2021-03-01"),
            $"错误：空城在2021年3月1日（2021-03-01 至 2021-03-01）没有一个有效监测日，不生成评价。输入数据 {input} 的日期范围是 2021-03-01 至 2021-03-01；"
            + "空城在此期间的 1 个站点（9001A）都没有有效日值");
        // --all-cities is a table, not refused: 空城 stays a row with empty values.
        var table = Path.Combine(_dir.FullName, "all.csv");
        var all = CliRunner.Run("air", "assess", "--input", input, "--stations", stations, "--all-cities", "--period", "2021-03-01..2021-03-01", "--out", table);
        Assert.True(all.ExitCode == 0, all.Error);
        Assert.Contains(File.ReadAllLines(table), l => l.StartsWith("city,空城,空城,2021-03-01..2021-03-01,2012,HJ 633-2012,realtime,0,,,,,,,,0,0,,0,", StringComparison.Ordinal));
    }

    [Fact(DisplayName = "A city the data do not know: exit 2 naming the station list, the near name and the cities with data (assess, figures, brief)")]
    public void UnknownCity()
    {
        const string expected = "错误：站点列表 stations.csv 中没有城市“东洲”（相近的名称：东州）。数据中的城市（5 个）：东州、中州、北州、南州、西州";
        Refused(CliRunner.Run("air", "assess", "--input", sample.ChinaSites, "--city", "东洲", "--period", "2021-03"), expected);
        var folder = Path.Combine(_dir.FullName, "figs");
        Refused(CliRunner.Run("figures", "--input", sample.ChinaSites, "--city", "东洲", "--period", "2021", "--formats", "html", "--out", folder), expected);
        Assert.False(Directory.Exists(folder));
        var workbook = Path.Combine(_dir.FullName, "b.xlsx");
        Refused(CliRunner.Run("brief", "--input", sample.ChinaSites, "--city", "东洲", "--period", "2021-03", "--no-press-figures", "--out", workbook), expected);
        Assert.False(File.Exists(workbook));
        // No near name: the cities alone.
        Refused(CliRunner.Run("air", "assess", "--input", sample.ChinaSites, "--city", "焦作", "--period", "2021-03"),
            "错误：站点列表 stations.csv 中没有城市“焦作”。数据中的城市（5 个）：东州、中州、北州、南州、西州");
    }

    [Fact(DisplayName = "A store read with a station list that lacks two of its stations: station-not-in-registry lines equal to the CSV input's")]
    public void StoreListsStationsNotInRegistry()
    {
        var store = Path.Combine(_dir.FullName, "store");
        var import = CliRunner.Run("air", "import", sample.ChinaSites, "--store", store);
        Assert.True(import.ExitCode == 0, import.Error);
        var stations = Path.Combine(_dir.FullName, "short.csv");
        File.WriteAllLines(stations, File.ReadAllLines(SampleStations).Where(l => !l.StartsWith("9006A,", StringComparison.Ordinal) && !l.StartsWith("9029A,", StringComparison.Ordinal)));
        string[] Lines(string input, string name)
        {
            var quality = Path.Combine(_dir.FullName, name);
            var r = CliRunner.Run("air", "assess", "--input", input, "--stations", stations, "--city", "中州", "--period", "2021-03", "--quality", quality);
            Assert.True(r.ExitCode == 0, r.Error);
            Assert.Contains("站点不在站点列表中 2", r.Error);
            return File.ReadAllLines(quality).Where(l => l.Contains("station-not-in-registry", StringComparison.Ordinal)).ToArray();
        }
        var fromStore = Lines(store, "store.csv");
        foreach (var l in fromStore) output.WriteLine(l);
        // The hours are counted here on the grid the CSV reader builds: hours with at least one of the six pollutants.
        var grid = ChinaSitesReader.Read([sample.ChinaSites]);
        string Expected(string code)
        {
            var s = grid.IndexOfStation(code);
            var hours = Enumerable.Range(0, grid.HourCount).Count(h => PollutantInfo.All.Any(p => !double.IsNaN(grid.Series(p, s)[h])));
            return $"short.csv,,,{code},2021-03-01T00:00/2021-03-31T23:00,station-not-in-registry," + Csv.Escape($"站点不在站点列表中：{code} 有 "
                + $"{hours.ToString("N0", CultureInfo.InvariantCulture)} 个小时的数据（2021-03-01T00:00 至 2021-03-31T23:00），"
                + "但站点列表 short.csv 中没有该站点，不计入任何城市；如应计入，请在站点列表中补充该站点") + ",标记";
        }
        Assert.Equal([Expected("9006A"), Expected("9029A")], fromStore);
        Assert.Equal(fromStore, Lines(sample.ChinaSites, "csv.csv"));
        // With the full list nothing is listed.
        var q = Path.Combine(_dir.FullName, "full.csv");
        Assert.Equal(0, CliRunner.Run("air", "assess", "--input", store, "--stations", SampleStations, "--city", "中州", "--period", "2021-03", "--quality", q).ExitCode);
        Assert.DoesNotContain(File.ReadAllLines(q), l => l.Contains("station-not-in-registry", StringComparison.Ordinal));
    }
}
