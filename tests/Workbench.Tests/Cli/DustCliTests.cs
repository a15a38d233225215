using System.Text;
using System.Text.Json;
using Workbench.Tests.Air.Compute;
using Xunit.Abstractions;

namespace Workbench.Tests.Cli;

/// <summary>`workbench air dust suggest`: the candidate file, its summary, and the file passed back as --dust.</summary>
[Collection("cli")]
public class DustCliTests(SampleMarch2021 sample, ITestOutputHelper output) : IClassFixture<SampleMarch2021>
{
    [Fact(DisplayName = "dust suggest on the sample: BOM CSV with evidence, Chinese summary, and the file round-trips through --dust")]
    public void SuggestThenAssessWithTheFile()
    {
        var dir = Directory.CreateTempSubdirectory("wb-dust-cli-");
        try
        {
            var csv = Path.Combine(dir.FullName, "dust.csv");
            var r = CliRunner.Run("air", "dust", "suggest", "--input", sample.ChinaSites, "--period", "2021-03", "--out", csv);
            output.WriteLine(r.Out);
            Assert.True(r.ExitCode == 0, r.Error);
            Assert.Contains("沙尘候选城市日 5 个", r.Out);
            Assert.Contains("涉及 3 个城市（中州、北州、西州）", r.Out);
            Assert.Contains("PM10 ≥ 150", r.Out);
            Assert.Contains("PM2.5/PM10 ≤ 0.35", r.Out);
            Assert.Contains("300 km 内至少 2 个城市", r.Out);
            Assert.Contains("--dust", r.Out);
            Assert.Contains("不扣除任何数据", r.Out);

            var bytes = File.ReadAllBytes(csv);
            Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
            var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("城市,日期,PM10,PM2.5,PM2.5/PM10,同日邻近城市数,邻近城市,依据", lines[0]);
            Assert.Equal(6, lines.Length);
            // The default city-hourly order; planted fact h (713.4) is the station-daily order's value (below).
            Assert.StartsWith("西州,2021-03-15,714.5,", lines[2]);
            var stationFirst = Path.Combine(dir.FullName, "dust-station-daily.csv");
            var sd = CliRunner.Run("air", "dust", "suggest", "--input", sample.ChinaSites, "--period", "2021-03", "--out", stationFirst,
                "--city-method", "station-daily");
            Assert.True(sd.ExitCode == 0, sd.Error);
            Assert.StartsWith("西州,2021-03-15,713.4,", File.ReadAllLines(stationFirst)[2]);   // planted fact h
            Assert.Contains(",1,北州（135 km）,", lines[2]);
            Assert.Equal(["北州,2021-03-15", "西州,2021-03-15", "中州,2021-03-16", "北州,2021-03-16", "西州,2021-03-16"],
                lines.Skip(1).Select(l => string.Join(',', l.Split(',')[..2])));
            Assert.Empty(Directory.GetFiles(dir.FullName, "*.tmp"));   // written through AtomicFile, nothing left over

            // The file as --dust: the same exclusion as the generator's dust_days.csv.
            string[] Assess(string dust) => ["air", "assess", "--input", sample.ChinaSites, "--city", "西州", "--period", "2021-03", "--json", "--dust", dust];
            var withSuggested = CliRunner.Run(Assess(csv));
            var withOfficial = CliRunner.Run(Assess(sample.DustList));
            Assert.True(withSuggested.ExitCode == 0, withSuggested.Error);
            using var a = JsonDocument.Parse(withSuggested.Out);
            using var b = JsonDocument.Parse(withOfficial.Out);
            var dust = a.RootElement.GetProperty("dust");
            Assert.True(dust.GetProperty("applied").GetBoolean());
            Assert.Equal(2, dust.GetProperty("excluded_days").GetInt32());
            Assert.Equal(["2021-03-15", "2021-03-16"], dust.GetProperty("days").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(b.RootElement.GetProperty("indicators").GetRawText(), a.RootElement.GetProperty("indicators").GetRawText());
        }
        finally { dir.Delete(true); }
    }

    [Fact(DisplayName = "dust suggest: thresholds from options; a bad threshold and city-daily input without coordinates exit 2 in Chinese")]
    public void OptionsAndErrors()
    {
        var dir = Directory.CreateTempSubdirectory("wb-dust-cli-");
        try
        {
            var csv = Path.Combine(dir.FullName, "dust.csv");
            // Three cities within 300 km are needed: only 3月16日 has them.
            var r = CliRunner.Run("air", "dust", "suggest", "--input", sample.ChinaSites, "--period", "2021-03", "--out", csv,
                "--min-cities", "3", "--min-pm10", "200", "--max-ratio", "0.3", "--radius-km", "250");
            Assert.True(r.ExitCode == 0, r.Error);
            Assert.Contains("沙尘候选城市日 3 个", r.Out);
            Assert.Contains("PM10 ≥ 200", r.Out);
            Assert.Contains("PM2.5/PM10 ≤ 0.3；", r.Out);
            Assert.Contains("250 km 内至少 3 个城市", r.Out);
            Assert.All(File.ReadAllLines(csv).Skip(1), l => Assert.Contains(",2021-03-16,", l));

            var bad = CliRunner.Run("air", "dust", "suggest", "--input", sample.ChinaSites, "--period", "2021-03", "--out", csv, "--min-cities", "0");
            Assert.Equal(2, bad.ExitCode);
            Assert.StartsWith("错误：", bad.Error);

            var daily = Path.Combine(dir.FullName, "daily.csv");
            File.WriteAllText(daily, "城市,日期,PM2.5,PM10\n甲城,2021-03-15,80,400\n", new UTF8Encoding(true));
            var noCoordinates = CliRunner.Run("air", "dust", "suggest", "--input", daily, "--period", "2021-03",
                "--out", Path.Combine(dir.FullName, "none.csv"));
            output.WriteLine(noCoordinates.Error);
            Assert.Equal(2, noCoordinates.ExitCode);
            Assert.Contains("站点坐标", noCoordinates.Error);
            Assert.Contains("--stations", noCoordinates.Error);
            Assert.False(File.Exists(Path.Combine(dir.FullName, "none.csv")));
        }
        finally { dir.Delete(true); }
    }

    [Fact(DisplayName = "assess without a dust list says 未扣沙 and 0 days, in text and JSON")]
    public void AssessSaysDustNotExcluded()
    {
        // An empty folder beside the feed keeps dust_days.csv from being found: copy the feed alone.
        var dir = Directory.CreateTempSubdirectory("wb-dust-cli-");
        try
        {
            var feed = Path.Combine(dir.FullName, "china_sites");
            Directory.CreateDirectory(feed);
            foreach (var f in Directory.GetFiles(sample.ChinaSites, "china_sites_2021031*.csv"))
                File.Copy(f, Path.Combine(feed, Path.GetFileName(f)));
            var stations = Path.Combine(sample.Folder, "stations.csv");
            var text = CliRunner.Run("air", "assess", "--input", feed, "--stations", stations, "--city", "西州", "--period", "2021-03-10..2021-03-19");
            Assert.True(text.ExitCode == 0, text.Error);
            Assert.Contains("扣沙：未扣沙（未提供沙尘日清单，扣除 0 天）", text.Out);
            var json = CliRunner.Run("air", "assess", "--input", feed, "--stations", stations, "--city", "西州", "--period", "2021-03-10..2021-03-19", "--json");
            using var doc = JsonDocument.Parse(json.Out);
            var dust = doc.RootElement.GetProperty("dust");
            Assert.False(dust.GetProperty("applied").GetBoolean());
            Assert.Equal(0, dust.GetProperty("excluded_days").GetInt32());
        }
        finally { dir.Delete(true); }
    }
}
