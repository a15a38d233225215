using System.Diagnostics;
using Workbench.Tests.Cli;
using Xunit.Abstractions;

namespace Workbench.Tests.Briefings;

/// <summary>A fact skipped, with a message, when LibreOffice (soffice) is not installed (`.ci/run` installs libreoffice-calc).</summary>
public sealed class SofficeFactAttribute : FactAttribute
{
    /// <summary>The soffice executable, or null.</summary>
    public static string? Soffice { get; } = new[] { "/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);

    /// <summary>Skips unless soffice is found.</summary>
    public SofficeFactAttribute()
    {
        if (Soffice is null) Skip = "跳过：未安装 LibreOffice（soffice）；bash .ci/run 会安装 libreoffice-calc";
    }
}

/// <summary>LibreOffice headless conversion and the text of the PDF's pages, for the workbook tests.</summary>
public static class LibreOffice
{
    /// <summary>Converts <paramref name="xlsx"/> to PDF in <paramref name="workDir"/>/pdf; returns the PDF's path.</summary>
    public static string ToPdf(string xlsx, string workDir, ITestOutputHelper output)
    {
        var outDir = Path.Combine(workDir, "pdf");
        var profile = Path.Combine(workDir, "lo-profile");
        var start = new ProcessStartInfo(SofficeFactAttribute.Soffice!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "--headless", "--norestore", $"-env:UserInstallation=file://{profile}", "--convert-to", "pdf", "--outdir", outDir, xlsx })
            start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(180_000), "LibreOffice 转换超时（180 秒）");
        output.WriteLine(stdout.Result + stderr.Result);
        Assert.Equal(0, p.ExitCode);
        var pdf = Path.Combine(outDir, Path.GetFileNameWithoutExtension(xlsx) + ".pdf");
        Assert.True(File.Exists(pdf), "没有生成 PDF");
        return pdf;
    }

    /// <summary>The text of each page (pdftotext -layout), or null when pdftotext is not installed.</summary>
    public static string[]? PdfPages(string pdf)
    {
        if (!File.Exists("/usr/bin/pdftotext")) return null;
        var text = new ProcessStartInfo("/usr/bin/pdftotext") { RedirectStandardOutput = true };
        foreach (var a in new[] { "-layout", pdf, "-" }) text.ArgumentList.Add(a);
        using var t = Process.Start(text)!;
        var content = t.StandardOutput.ReadToEnd();
        t.WaitForExit();
        return content.TrimEnd('\f').Split('\f');
    }
}

/// <summary>The sample briefing converts to PDF with LibreOffice headless (as an analyst would print it).</summary>
// Slow lane (README "Tests"): LibreOffice converts a briefing to PDF.
[Trait("Category", "Slow")]
[Collection("cli")]
public class LibreOfficeTests(SampleBriefing brief, ITestOutputHelper output) : IClassFixture<SampleBriefing>
{
    [SofficeFact]
    public void TheBriefingConvertsToPdf()
    {
        Assert.True(brief.Run.ExitCode == 0, brief.Run.Error);
        var pdf = LibreOffice.ToPdf(brief.Path, brief.Folder.FullName, output);
        var bytes = File.ReadAllBytes(pdf);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var pages = System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(bytes), @"/Type\s*/Page[^s]").Count;
        output.WriteLine($"PDF {bytes.Length:N0} bytes, {pages} pages");
        Assert.True(pages >= 9, $"PDF 只有 {pages} 页，应每个工作表至少一页");

        // What a reader sees: no "###" (a number wider than its column), the Chinese titles and sentences present.
        if (LibreOffice.PdfPages(pdf) is not { } pageTexts) { output.WriteLine("未安装 pdftotext（poppler-utils），跳过文字检查"); return; }
        var content = string.Join("\f", pageTexts);
        Assert.DoesNotContain("###", content);
        foreach (var expected in new[] { "东州2020年环境质量简报", "六项污染物浓度", "城市环境空气质量排名", "逐月变化趋势", "地表水断面水质", "方法说明", "PM2.5浓度48微克/立方米" })
            Assert.Contains(expected, content.Replace(" ", ""));

        // Readable on A4: no text under 8 pt (六项污染物 and 优良天数 printed at about 5 pt when fitted one page wide).
        var words = Workbench.Tests.Documents.PdfTools.Words(pdf);
        var small = Workbench.Tests.Documents.PdfTools.SmallerThan(words, 8);
        Assert.True(small.Count == 0, "小于 8 磅的文字：" + string.Join("、", small.Take(10).Select(w => $"第{w.Page}页“{w.Text}”{w.EstimatedSize:F1}磅")));

        // The calendar drawn in cells prints whole on one page: its title, the twelve months, days 1 and 31, the legend.
        var title = words.Single(w => w.Text == "东州2020年空气质量日历（日AQI，HJ");
        var page = words.Where(w => w.Page == title.Page).Select(w => w.Text).ToHashSet();
        foreach (var expected in Enumerable.Range(1, 12).Select(m => $"2020年{m}月").Concat(["月份", "1", "31", "图例", "优", "良", "轻度污染", "中度污染", "重度污染", "严重污染", "无有效数据（—）"]))
            Assert.True(page.Contains(expected), $"日历页（第{title.Page}页）没有“{expected}”");
   
        // Notes print whole, once: a sheet printed over several pages across repeats column A, and a note there printed
        // a cut-off piece ("注：CO 为日均值第9") on every page after the first.
        var notes = SheetReader.SheetNames(brief.Path).SelectMany(name =>
        {
            var ws = SheetReader.Open(brief.Path, name);
            return ws.Rows(1).Concat(ws.Rows(2)).Distinct().SelectMany(r => new[] { ws.Text(r, 1), ws.Text(r, 2) }).Where(t => t.StartsWith("注：", StringComparison.Ordinal));
        }).ToArray();
        Assert.True(notes.Length >= 5, $"工作簿只有 {notes.Length} 条注");
        var printed = pageTexts.Select(p => p.Replace(" ", "").Replace("\n", "")).ToArray();
        Assert.Equal(notes.Length, printed.Sum(p => System.Text.RegularExpressions.Regex.Matches(p, "注：").Count));
        foreach (var note in notes)
            Assert.True(printed.Any(p => p.Contains(note.Replace(" ", ""), StringComparison.Ordinal)), $"注未完整打印：{note}");
    }
}
