using System.Globalization;
using System.Text.Json;
using Workbench.Air.Import;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Cli;

/// <summary>The `workbench air` command-line contract (README), run in-process.</summary>
[Collection("cli")]
public class AirCliTests(ITestOutputHelper output)
{
    private const string Feed = "cnemc_hourly_2019/target_cities";
    private const string Stations = "stations/cnemc_station_list_2020-01-01.csv";

    [SharedDataFact(Feed)]
    public void AqiReproducesThePublishedHourlyAqi()
    {
        var csv = Path.Combine(Path.GetTempPath(), $"wb-aqi-{Guid.NewGuid():N}.csv");
        var quality = Path.ChangeExtension(csv, ".quality.csv");
        try
        {
            var r = CliRunner.Run("air", "aqi", "--input", SharedData.PathOf(Feed), "--method", "cnemc-realtime",
                "--out", csv, "--quality", quality);
            Assert.True(r.ExitCode == 0, r.Error);

            // The rate is computed here from the command's own output file against the AQI published in the feed.
            var published = ChinaSitesReader.Read([SharedData.PathOf(Feed)]);
            var lines = File.ReadAllLines(csv);
            Assert.Equal("station,time,aqi,level,primary_pollutant", lines[0]);
            long compared = 0, equal = 0;
            foreach (var line in lines.Skip(1))
            {
                var f = line.Split(',');
                var s = published.IndexOfStation(f[0]);
                var h = published.IndexOfHour(DateTime.ParseExact(f[1], "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
                var pub = published.PublishedAqi(s)[h];
                if (pub < 0 || f[2].Length == 0) continue;
                compared++;
                if (int.Parse(f[2], CultureInfo.InvariantCulture) == pub) equal++;
            }
            var rate = (double)equal / compared;
            output.WriteLine($"workbench air aqi --method cnemc-realtime：{equal:N0} / {compared:N0} 个站点小时与发布 AQI 一致（{rate:P3}）");
            Assert.True(compared > 130_000);
            Assert.True(rate >= 0.999, $"agreement {rate:P3} < 99.9 %");

            // Label exactly as in the source: date 20190101 hour 0 → 2019-01-01T00:00; 1819A published 144 there.
            Assert.Contains("1819A,2019-01-01T00:00,144,3,PM2.5", lines);
            // Levels 1–6; primary empty when AQI ≤ 50; ties joined with '+' in the contract order.
            Assert.All(lines.Skip(1).Select(l => l.Split(',')).Where(f => f[2].Length > 0), f =>
            {
                var aqi = int.Parse(f[2], CultureInfo.InvariantCulture);
                Assert.InRange(int.Parse(f[3], CultureInfo.InvariantCulture), 1, 6);
                if (aqi <= 50) Assert.Equal("", f[4]); else Assert.NotEqual("", f[4]);
            });
            Assert.Contains(lines, l => l.EndsWith(",PM10+PM2.5", StringComparison.Ordinal));
            Assert.Contains("数据质量", r.Error);
            Assert.True(File.Exists(quality));
            Assert.Contains(File.ReadLines(quality), l => l.Contains("missing-file") && l.Contains("2019-04-08"));
        }
        finally { File.Delete(csv); File.Delete(quality); }
    }

    [SharedDataFact(Feed)]
    public void AssessJsonHasTheContractKeys()
    {
        var r = CliRunner.Run("air", "assess", "--input", SharedData.PathOf(Feed), "--stations", SharedData.PathOf(Stations),
            "--city", "焦作市", "--period", "2019", "--json");
        Assert.True(r.ExitCode == 0, r.Error);
        using var doc = JsonDocument.Parse(r.Out);
        var root = doc.RootElement;
        Assert.Equal("焦作", root.GetProperty("city").GetString());
        Assert.Equal("2019", root.GetProperty("period").GetString());
        Assert.Equal("2012", root.GetProperty("standard").GetString()); // in force at 2019-12-31
        Assert.Equal(["1828A", "1829A", "3169A"], root.GetProperty("stations").EnumerateArray().Select(e => e.GetString()));
        var ind = root.GetProperty("indicators");
        foreach (var key in new[] { "PM2.5", "PM10", "SO2", "NO2", "CO_P95", "O3_8h_P90", "composite_index", "valid_days", "good_days", "good_ratio", "heavy_days" })
            Assert.Equal(JsonValueKind.Number, ind.GetProperty(key).ValueKind);
        // Reported precision: integers, CO one decimal, composite two, ratio one.
        Assert.Equal(64, ind.GetProperty("PM2.5").GetDecimal());
        Assert.Equal("2.2", ind.GetProperty("CO_P95").GetRawText());
        Assert.Matches(@"^\d+\.\d{2}$", ind.GetProperty("composite_index").GetRawText());
        Assert.Matches(@"^\d+\.\d$", ind.GetProperty("good_ratio").GetRawText());
        // good_ratio is good_days / valid_days in percent (1 decimal, GB/T 8170).
        var ratio = Math.Round(100m * ind.GetProperty("good_days").GetDecimal() / ind.GetProperty("valid_days").GetDecimal(), 1, MidpointRounding.ToEven);
        Assert.Equal(ratio, ind.GetProperty("good_ratio").GetDecimal());
        output.WriteLine(r.Out);
    }

    [Fact]
    public void AssessOnTheSampleReproducesThePlantedAnnualPm25()
    {
        var r = CliRunner.Run("air", "assess", "--city", "东州", "--period", "2020", "--json");
        Assert.True(r.ExitCode == 0, r.Error);
        using var doc = JsonDocument.Parse(r.Out);
        // data/sample/planted_facts.csv: 东州 2020 annual PM2.5 = 48 exactly, 364 valid days, control station excluded.
        Assert.Equal(48, doc.RootElement.GetProperty("indicators").GetProperty("PM2.5").GetDecimal());
        Assert.Equal(364, doc.RootElement.GetProperty("pollutants").GetProperty("PM2.5").GetProperty("valid_days").GetInt32());
        Assert.DoesNotContain("9006A", doc.RootElement.GetProperty("stations").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void ABadRowIsListedWithFileLineAndColumn()
    {
        var dir = Directory.CreateTempSubdirectory("wb-bad-");
        try
        {
            var file = Path.Combine(dir.FullName, "china_sites_20190101.csv");
            File.WriteAllText(file, "date,hour,type,1001A\r\n20190101,0,PM2.5,12\r\n20190101,1,PM2.5,abc\r\n");
            var quality = Path.Combine(dir.FullName, "q.csv");
            var r = CliRunner.Run("air", "aqi", "--input", file, "--out", Path.Combine(dir.FullName, "out.csv"), "--quality", quality);
            Assert.True(r.ExitCode == 0, r.Error);
            var row = Assert.Single(File.ReadAllLines(quality), l => l.StartsWith("china_sites_20190101.csv,3,", StringComparison.Ordinal));
            output.WriteLine(row);
            Assert.Contains("1001A", row);
            Assert.Contains("剔除", row);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void AnUnreadableFileIsAChineseErrorNamingFileAndLine()
    {
        var dir = Directory.CreateTempSubdirectory("wb-bad-");
        try
        {
            var file = Path.Combine(dir.FullName, "china_sites_20190101.csv");
            File.WriteAllText(file, "datum;stunde;typ\r\n1;2;3\r\n");
            var outFile = Path.Combine(dir.FullName, "out.csv");
            var r = CliRunner.Run("air", "aqi", "--input", file, "--out", outFile);
            output.WriteLine(r.Error);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains("china_sites_20190101.csv", r.Error);
            Assert.Contains("第 1 行", r.Error);
            Assert.StartsWith("错误：", r.Error);
            Assert.False(File.Exists(outFile)); // nothing half-written
        }
        finally { dir.Delete(true); }
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("air", "--help")]
    [InlineData("air", "aqi", "--help")]
    [InlineData("air", "assess", "--help")]
    [InlineData("air", "dust", "suggest", "--help")]
    [InlineData("sample", "--help")]
    [InlineData("water", "--help")]
    public void HelpWorksEverywhere(params string[] args)
    {
        var r = CliRunner.Run(args);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("用法", r.Out);
    }

    [Fact(DisplayName = "Help is Chinese throughout: headings, the help and version options and [默认：…], none of System.CommandLine's English")]
    public void HelpIsChinese()
    {
        var r = CliRunner.Run("air", "assess", "--help");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Out.Replace("\r\n", "\n").Split('\n');
        Assert.Equal(["说明：", "用法：", "选项："], lines.Where(l => l.EndsWith('：') && !l.StartsWith(' ')).ToArray());
        Assert.Contains(lines, l => l.Contains("--status <audited|realtime>", StringComparison.Ordinal) && l.EndsWith(" [默认：realtime]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  -?, -h, --help", StringComparison.Ordinal) && l.EndsWith("显示帮助和用法信息", StringComparison.Ordinal));
        foreach (var english in new[] { "Description:", "Usage:", "Options:", "Show help", "[default:", "[options]" })
            Assert.DoesNotContain(english, r.Out, StringComparison.Ordinal);
        var top = CliRunner.Run("--help");
        Assert.Contains("--version       显示版本信息", top.Out, StringComparison.Ordinal);
        Assert.Contains("命令：", top.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Commands:", top.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownPeriodIsAChineseError()
    {
        var r = CliRunner.Run("air", "assess", "--city", "东州", "--period", "2019季度");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("2019季度", r.Error);
    }
}
