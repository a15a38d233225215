using System.IO.Compression;
using System.Text.Json;
using Workbench.Briefings;

namespace Workbench.Tests.Cli;

/// <summary>`workbench press` on the sample: the folder, its .docx built from the statements, --json, and refusals.</summary>
[Collection("cli")]
public sealed class PressCliTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("wb-press-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact(DisplayName = "press 南州 2020AW --no-press-figures --no-pdf: the workbook, 新闻通稿.docx holding every statement and both tables, the calendar PNG; --json lists them")]
    [Trait("Category", "Slow")]
    public void Folder()
    {
        var folder = Path.Combine(_temp, "press");
        var run = CliRunner.Run("press", "--city", "南州", "--period", "2020AW", "--no-press-figures", "--no-pdf", "--json", "--out", folder);
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(("2020AW", "2020—2021年秋冬季"), (root.GetProperty("period").GetString(), root.GetProperty("period_label").GetString()));
        var files = root.GetProperty("files");
        Assert.Equal(Path.Combine(folder, "新闻通稿.docx"), files.GetProperty("document").GetString());
        Assert.Equal(Path.Combine(folder, "南州_2020AW_环境质量简报.xlsx"), files.GetProperty("workbook").GetString());
        Assert.False(files.TryGetProperty("pdf", out _));
        Assert.Equal(["南州_2020AW_环境质量简报.xlsx", "新闻通稿.docx"], Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["aqi-calendar.png"], Directory.GetFiles(Path.Combine(folder, "图表")).Select(f => Path.GetFileName(f)).ToArray());

        // The document's text holds the title, every statement of --json (air and water) and the table captions.
        string text;
        using (var zip = ZipFile.OpenRead(files.GetProperty("document").GetString()!))
        using (var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open()))
            text = System.Text.RegularExpressions.Regex.Replace(reader.ReadToEnd(), "<[^>]+>", "");
        Assert.Contains("南州2020—2021年秋冬季环境质量状况", text);
        var statements = root.GetProperty("statements").EnumerateArray().ToArray();
        Assert.Contains(statements, s => s.GetProperty("topic").GetString() == "water");
        foreach (var s in statements) Assert.Contains(s.GetProperty("text").GetString()!, text);
        Assert.Contains("南州2020—2021年秋冬季六项污染物浓度及综合指数", text);
        Assert.Contains("南州2020—2021年秋冬季优良天数与重污染天数", text);
        // Nothing in the release names a calendar year alone for the season's own record.
        Assert.Contains("2015—2016年秋冬季以来", text);
    }

    [Fact(DisplayName = "press refuses an --out folder that already holds files (exit 2), before computing, and leaves it as it was")]
    public void RefusesAFullFolder()
    {
        var folder = Path.Combine(_temp, "full");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "x");
        var run = CliRunner.Run("press", "--city", "东州", "--period", "2025", "--no-press-figures", "--no-pdf", "--out", folder);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("不是空的", run.Error);
        Assert.Equal(["keep.txt"], Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).ToArray());
    }
}
