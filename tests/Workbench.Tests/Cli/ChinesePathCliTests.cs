using System.Text.Json;
using Xunit.Abstractions;

namespace Workbench.Tests.Cli;

/// <summary>Analysts' folders have Chinese names with spaces (桌面\2020年 数据): every path is read and written as given.</summary>
[Collection("cli")]
public sealed class ChinesePathCliTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wb-中文-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact(DisplayName = "sample, air assess and --all-cities in folders named 东州 数据/2020年 样本: the planted 48, the quality report and the workbook written there")]
    public void Commands_run_in_folders_with_Chinese_names()
    {
        var sample = Path.Combine(_root, "东州 数据", "2020年 样本");
        var made = CliRunner.Run("sample", "--years", "2020", "--out", sample);
        Assert.True(made.ExitCode == 0, made.Error);

        var reports = Path.Combine(_root, "报告（草稿）");
        var quality = Path.Combine(reports, "数据质量 报告.csv");
        var r = CliRunner.Run("air", "assess", "--input", Path.Combine(sample, "china_sites"), "--city", "东州", "--period", "2020",
            "--json", "--quality", quality);
        Assert.True(r.ExitCode == 0, r.Error);
        using var doc = JsonDocument.Parse(r.Out);
        // data/sample/planted_facts.csv: 东州 2020 annual PM2.5 = 48 exactly (a one-year sample holds the full run's values).
        Assert.Equal(48, doc.RootElement.GetProperty("indicators").GetProperty("PM2.5").GetDecimal());
        Assert.True(File.Exists(quality));
        Assert.StartsWith("文件,行,列", File.ReadLines(quality).First().TrimStart('\uFEFF'));

        var table = Path.Combine(reports, "城市评价 2020.xlsx");
        var all = CliRunner.Run("air", "assess", "--all-cities", "--input", Path.Combine(sample, "china_sites"), "--period", "2020", "--out", table);
        Assert.True(all.ExitCode == 0, all.Error);
        Assert.True(new FileInfo(table).Length > 0);
        Assert.Contains(table, all.Out);
        output.WriteLine(all.Out);
    }
}
