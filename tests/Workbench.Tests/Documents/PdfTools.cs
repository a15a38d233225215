using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Workbench.Tests.Documents;

/// <summary>A fact skipped, with a message, unless LibreOffice Writer is installed (`.ci/run` installs libreoffice-writer).</summary>
public sealed class WriterFactAttribute : FactAttribute
{
    /// <summary>True when soffice and its Writer component are present (libreoffice-calc alone has soffice but no Writer).</summary>
    public static bool HasWriter { get; } = Workbench.Tests.Briefings.SofficeFactAttribute.Soffice is not null
        && new[] { "/usr/lib/libreoffice/program/libswlo.so", "/opt/libreoffice/program/libswlo.so" }.Any(File.Exists);

    /// <summary>Skips unless Writer is found.</summary>
    public WriterFactAttribute()
    {
        if (!HasWriter) Skip = "跳过：未安装 LibreOffice Writer；bash .ci/run 会安装 libreoffice-writer";
        else if (!File.Exists("/usr/bin/pdftotext") || !File.Exists("/usr/bin/pdfimages")) Skip = "跳过：未安装 poppler-utils（pdftotext、pdfimages）";
    }
}

/// <summary>One word of a PDF page as pdftotext -bbox gives it: page (1-based), box in points, text.</summary>
public sealed record PdfWord(int Page, double XMin, double YMin, double XMax, double YMax, string Text)
{
    /// <summary>Height of the word's box: the font size times the font's ascent plus descent.</summary>
    public double Height => YMax - YMin;

    /// <summary>True when the word has a letter, digit or CJK character (a lone "/" or "；" says nothing of its size).</summary>
    public bool HasText => Text.Any(char.IsLetterOrDigit);

    /// <summary>
    /// The font size the box implies: its height over the ascent plus descent of the font LibreOffice uses here, 1.30 for
    /// Noto Sans/Serif CJK (any word with a CJK character) and 1.164 for DejaVu (the Latin fallback). Measured on this
    /// machine: 16 pt CJK text gives 20.8 pt boxes, 8 pt DejaVu digits 9.3 pt.
    /// </summary>
    public double EstimatedSize => Height / (Text.Any(c => c >= '\u2E80') ? 1.30 : 1.164);
}

/// <summary>What poppler-utils read from a PDF: word boxes, text, images.</summary>
/// <remarks>Needs poppler-utils (pdftotext, pdfimages); `.ci/run` installs it.</remarks>
public static partial class PdfTools
{
    /// <summary>Every word with its box (pdftotext -bbox).</summary>
    public static IReadOnlyList<PdfWord> Words(string pdf)
    {
        var xhtml = Run("/usr/bin/pdftotext", "-bbox", pdf, "-");
        var list = new List<PdfWord>();
        var page = 0;
        foreach (Match m in WordOrPage().Matches(xhtml))
        {
            if (m.Groups["page"].Success) { page++; continue; }
            double D(string g) => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
            list.Add(new PdfWord(page, D("x0"), D("y0"), D("x1"), D("y1"), System.Net.WebUtility.HtmlDecode(m.Groups["t"].Value)));
        }
        return list;
    }

    /// <summary>Words set smaller than <paramref name="points"/> (text with a letter, digit or CJK character; tolerance 0.1 pt).</summary>
    public static IReadOnlyList<PdfWord> SmallerThan(IEnumerable<PdfWord> words, double points) =>
        words.Where(w => w.HasText && w.EstimatedSize < points - 0.1).ToArray();

    /// <summary>The text of each page (pdftotext -layout), spaces removed.</summary>
    public static string[] Pages(string pdf) =>
        Run("/usr/bin/pdftotext", "-layout", pdf, "-").TrimEnd('\f').Split('\f').Select(p => Regex.Replace(p, @"[ \t]", "")).ToArray();

    /// <summary>The images of the PDF (pdfimages -list): page, width and height in pixels.</summary>
    public static IReadOnlyList<(int Page, int Width, int Height, string Type)> Images(string pdf) =>
        Run("/usr/bin/pdfimages", "-list", pdf).Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(f => (int.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture),
                int.Parse(f[4], CultureInfo.InvariantCulture), f[2]))
            .ToArray();

    private static string Run(string exe, params string[] args)
    {
        var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var err = p.StandardError.ReadToEndAsync();
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{exe} 失败：{err.Result}");
        return text;
    }

    [GeneratedRegex("""(?<page><page )|<word xMin="(?<x0>[\d.]+)" yMin="(?<y0>[\d.]+)" xMax="(?<x1>[\d.]+)" yMax="(?<y1>[\d.]+)">(?<t>[^<]*)</word>""")]
    private static partial Regex WordOrPage();
}
