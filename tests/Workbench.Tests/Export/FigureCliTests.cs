using System.Buffers.Binary;
using Workbench.Export;
using Workbench.Tests.Cli;
using Xunit.Abstractions;

namespace Workbench.Tests.Export;

/// <summary>`workbench figures` on the bundled sample: every catalogue figure as HTML, PNG and SVG, checked.</summary>
// Slow lane (README "Tests"): the whole figure catalogue through a browser.
[Trait("Category", "Slow")]
[Collection("cli")]
public class FigureCliTests(ITestOutputHelper output)
{
    /// <summary>The catalogue the command writes on the sample (two-digit order prefix added by the command).</summary>
    private static readonly string[] Catalogue =
    [
        "monthly-trend-pm25", "monthly-trend-o3", "annual-pm25", "base-year-comparison", "aqi-calendar", "days-per-level",
        "annual-good-ratio", "autumn-winter", "composite-ranking", "change-rate-ranking", "composite-shares",
        "water-classes", "water-good-share", "water-cwqi-trend", "water-section-map",
    ];

    [BrowserFact(DisplayName = "workbench figures --out: every figure as HTML, PNG (≥1920 px, not blank, 2× size too) and SVG; HTML offline; index.html")]
    public async Task WholeCatalogue()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wb-figures-" + Guid.NewGuid().ToString("N"));
        try
        {
            var r = CliRunner.Run("figures", "--out", folder);
            output.WriteLine(r.Error.Replace("\r", "\n"));
            Assert.True(r.ExitCode == 0, r.Error);
            var names = Directory.GetFiles(folder, "*.html").Select(Path.GetFileNameWithoutExtension).Where(n => n != "index").Order().ToArray();
            Assert.Equal(Catalogue.Select((c, i) => $"{i + 1:00}-{c}"), names);
            Assert.True(File.Exists(Path.Combine(folder, "index.html")));
            var index = File.ReadAllText(Path.Combine(folder, "index.html"));

            await using var exporter = await FigureExporter.StartAsync(BrowserLocator.Find()!);
            await using var offline = await OfflineHtml.StartAsync();
            foreach (var name in names)
            {
                var png = File.ReadAllBytes(Path.Combine(folder, name + ".png"));
                var (w, h) = PngSize(png);
                var ink = await exporter.InspectPngAsync(png);
                output.WriteLine($"{name}: {w}×{h}, ink {ink.InkRatio:P1}; 2×: {PngSize(File.ReadAllBytes(Path.Combine(folder, name + "@2x.png")))}");
                Assert.True(w >= 1920, $"{name}.png is {w} px wide");
                Assert.InRange(ink.InkRatio, 0.02, 0.95);
                Assert.Equal((2560, 1440), PngSize(File.ReadAllBytes(Path.Combine(folder, name + "@2x.png"))));
                Assert.StartsWith("<svg", File.ReadAllText(Path.Combine(folder, name + ".svg")));
                Assert.Contains(name + ".png", index);
                var html = Path.Combine(folder, name + ".html");
                var title = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(html), "<title>(.*?)</title>").Groups[1].Value;
                var requests = await offline.RequestsAsync(html, System.Net.WebUtility.HtmlDecode(title));
                Assert.Equal([new Uri(html).AbsoluteUri], requests);
            }
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, true);
        }
    }

    [Fact(DisplayName = "Formats parse: png means both press sizes; unknown format is a Chinese error")]
    public void Formats()
    {
        Assert.Equal([FigureFormat.Html, FigureFormat.Png, FigureFormat.Png2x, FigureFormat.Svg], FigureFormats.Parse("html,png,svg"));
        Assert.Equal("a@2x.png", FigureFormats.FileName("a", FigureFormat.Png2x));
        var e = Assert.Throws<ArgumentException>(() => FigureFormats.Parse("html,gif"));
        Assert.Contains("未知的图片格式“gif”", e.Message);
    }

    [Fact(DisplayName = "Browser location: a missing explicit path is a Chinese error; the not-found message says how to install")]
    public void BrowserLocation()
    {
        var e = Assert.Throws<FileNotFoundException>(() => BrowserLocator.Find("/nonexistent/chromium"));
        Assert.Contains("指定的浏览器不存在", e.Message);
        Assert.Contains("apt-get install chromium fonts-noto-cjk", BrowserLocator.NotFoundMessage);
        Assert.Contains(BrowserLocator.EnvironmentVariable, BrowserLocator.NotFoundMessage);
    }

    [Fact(DisplayName = "Browser location: the WORKBENCH_BROWSER variable overrides the PATH; an explicit path overrides both")]
    public void BrowserOverride()
    {
        var fake = Path.GetTempFileName();
        var old = Environment.GetEnvironmentVariable(BrowserLocator.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(BrowserLocator.EnvironmentVariable, fake);
            Assert.Equal(Path.GetFullPath(fake), BrowserLocator.Find());
            var other = Path.GetTempFileName();
            Assert.Equal(Path.GetFullPath(other), BrowserLocator.Find(other));
            File.Delete(other);
            Environment.SetEnvironmentVariable(BrowserLocator.EnvironmentVariable, fake + ".missing");
            Assert.Contains(BrowserLocator.EnvironmentVariable, Assert.Throws<FileNotFoundException>(() => BrowserLocator.Find()).Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(BrowserLocator.EnvironmentVariable, old);
            File.Delete(fake);
        }
    }

    private static (int Width, int Height) PngSize(byte[] png)
    {
        // PNG signature (8 bytes), IHDR length and type (8 bytes), then width and height, big-endian.
        Assert.True(png.Length > 24 && png[1] == (byte)'P' && png[2] == (byte)'N' && png[3] == (byte)'G', "a PNG file");
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }
}
