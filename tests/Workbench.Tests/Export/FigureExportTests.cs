using System.Diagnostics;
using Microsoft.Playwright;
using Workbench.Charts;
using Workbench.Export;
using Workbench.Tests.Charts;
using Xunit.Abstractions;

namespace Workbench.Tests.Export;

/// <summary>
/// PNG/SVG export through the local browser and offline HTML (skipped when no browser is installed). In the
/// non-parallel "cli" collection: browsers are heavy on a small machine, and one test there changes WORKBENCH_BROWSER.
/// </summary>
// Slow lane (README "Tests"): browser export.
[Trait("Category", "Slow")]
[Collection("cli")]
public class FigureExportTests(ITestOutputHelper output)
{
    private static Figure Annual(string? title = null)
    {
        var f = Figures.AnnualValues([ChartFixtures.Annual(2019), ChartFixtures.Annual(2020)], "PM2.5", "测试数据");
        return title is null ? f : Retitled(f, title);
    }

    /// <summary>The same figure with another title (only the title's text differs).</summary>
    private static Figure Retitled(Figure f, string title)
    {
        var layout = Plotly.NET.GenericChart.getLayout(f.Chart);
        layout.SetProperty("title", new Dictionary<string, object?>
        {
            ["text"] = title, ["x"] = 0.5, ["xanchor"] = "center", ["y"] = 0.97, ["yanchor"] = "top",
            ["font"] = new Dictionary<string, object?> { ["size"] = HouseStyle.TitleSize },
        });
        return new Figure(f.Name, title, f.SourceLine, Plotly.NET.GenericChart.setLayout(layout, f.Chart), f.ReferenceLines);
    }

    [BrowserFact(DisplayName = "PNG at 1920×1080 and 2560×1440, not blank; SVG carries the Chinese title")]
    public async Task PngSizes()
    {
        await using var exporter = await FigureExporter.StartAsync(BrowserLocator.Find()!);
        var figure = Annual();
        var png = await exporter.PngAsync(figure, FigureFormat.Png);
        var big = await exporter.PngAsync(figure, FigureFormat.Png2x);
        var a = await exporter.InspectPngAsync(png, HouseStyle.CurrentColour, HouseStyle.LimitColour);
        var b = await exporter.InspectPngAsync(big);
        Assert.Equal((1920, 1080), (a.Width, a.Height));
        Assert.Equal((2560, 1440), (b.Width, b.Height));
        output.WriteLine($"1920×1080: ink {a.InkRatio:P1}; current-year bar pixels {a.ColourCounts[HouseStyle.CurrentColour]}, limit-line pixels {a.ColourCounts[HouseStyle.LimitColour]}");
        Assert.InRange(a.InkRatio, 0.05, 0.9);
        Assert.True(a.ColourCounts[HouseStyle.CurrentColour] > 10_000, "the 2020 bar is drawn in the current-year colour");
        Assert.True(a.ColourCounts[HouseStyle.LimitColour] > 100, "the limit line is drawn");
        var svg = await exporter.SvgAsync(figure);
        Assert.StartsWith("<svg", svg);
        Assert.Contains("PM2.5浓度年度变化", svg);
        Assert.Empty(exporter.BlockedRequests);
    }

    [BrowserFact(DisplayName = "Chinese renders as glyphs: two different Chinese titles give different pixels (tofu boxes would not)")]
    public async Task ChineseGlyphs()
    {
        await using var exporter = await FigureExporter.StartAsync(BrowserLocator.Find()!);
        var first = await exporter.PngAsync(Annual("东州空气质量状况"), FigureFormat.Png);
        var second = await exporter.PngAsync(Annual("西州水环境质量图"), FigureFormat.Png);
        var same = await exporter.PngAsync(Annual("东州空气质量状况"), FigureFormat.Png);
        Assert.Equal(first, same); // rendering is deterministic, so a difference below is the text's
        Assert.NotEqual(first, second);
    }

    [BrowserFact(DisplayName = "Calendar PNG shows the HJ 633 level colours and grey missing days")]
    public async Task CalendarColours()
    {
        await using var exporter = await FigureExporter.StartAsync(BrowserLocator.Find()!);
        var figure = Figures.AqiCalendar(ChartFixtures.CityDaily, 2019, ChartFixtures.Annual(2019), "测试数据");
        var png = await exporter.PngAsync(figure, FigureFormat.Png);
        var colours = new[] { "#00E400", "#FFFF00", "#FF7E00", "#FF0000", HouseStyle.MissingColour };
        var found = await exporter.InspectPngAsync(png, colours);
        foreach (var c in colours) output.WriteLine($"{c}: {found.ColourCounts[c]} px");
        Assert.All(colours, c => Assert.True(found.ColourCounts[c] > 200, $"{c} appears"));
        // Level 4 fills 31 cells, level 1 fills 90: the green area is larger than the red.
        Assert.True(found.ColourCounts["#00E400"] > 2 * found.ColourCounts["#FF0000"]);
    }

    [BrowserFact(DisplayName = "HTML renders completely offline and requests nothing but itself")]
    public async Task HtmlOffline()
    {
        var folder = Directory.CreateTempSubdirectory("wb-fig-").FullName;
        try
        {
            var figure = Figures.AqiCalendar(ChartFixtures.CityDaily, 2019, ChartFixtures.Annual(2019), "测试数据");
            var path = Path.Combine(folder, "calendar.html");
            File.WriteAllText(path, figure.ToHtml());
            var requests = await HtmlRequests(path, figure.Title);
            Assert.Equal([new Uri(path).AbsoluteUri], requests);
        }
        finally { Directory.Delete(folder, true); }
    }

    /// <summary>Opens an HTML file offline, waits until plotly has drawn it, checks the title, returns every request made.</summary>
    internal static async Task<IReadOnlyList<string>> HtmlRequests(string path, string title)
    {
        await using var checker = await OfflineHtml.StartAsync();
        return await checker.RequestsAsync(path, title);
    }

    [BrowserFact(DisplayName = "Batch of 20 figures reuses one browser and page: time per figure after the first is measured")]
    public async Task BatchTiming()
    {
        var start = Stopwatch.StartNew();
        await using var exporter = await FigureExporter.StartAsync(BrowserLocator.Find()!);
        var figures = Enumerable.Range(0, 20).Select(i => i % 2 == 0
            ? Figures.AqiCalendar(ChartFixtures.CityDaily, 2019 + i % 4 / 2, ChartFixtures.Annual(2019 + i % 4 / 2), "测试数据")
            : Annual()).ToArray();
        var times = new List<double>();
        foreach (var f in figures)
        {
            var clock = Stopwatch.StartNew();
            var png = await exporter.PngAsync(f, FigureFormat.Png);
            times.Add(clock.Elapsed.TotalSeconds);
            Assert.True(png.Length > 20_000);
        }
        var after = times.Skip(1).Average();
        output.WriteLine($"浏览器启动并载入 plotly.js：{exporter.StartupTime.TotalSeconds:F2} 秒；第 1 张 {times[0]:F2} 秒；其后每张平均 {after:F3} 秒"
            + $"（最快 {times.Skip(1).Min():F3}，最慢 {times.Skip(1).Max():F3}）；20 张共 {start.Elapsed.TotalSeconds:F1} 秒（1920×1080 PNG）");
        Assert.InRange(after, 0.0, 10.0);
    }
}

/// <summary>One headless browser that opens HTML files offline (a fresh context per file) and logs their requests.</summary>
internal sealed class OfflineHtml : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private OfflineHtml(IPlaywright playwright, IBrowser browser) { _playwright = playwright; _browser = browser; }

    public static async Task<OfflineHtml> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserLocator.Find(), Headless = true, Args = FigureExporter.BrowserArguments,
        });
        return new OfflineHtml(playwright, browser);
    }

    /// <summary>Loads the file with the network disabled, waits for plotly's drawing, checks the title; returns all requests.</summary>
    public async Task<IReadOnlyList<string>> RequestsAsync(string path, string title)
    {
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Offline = true });
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, r) => { lock (requests) requests.Add(r.Url); };
        var url = new Uri(path).AbsoluteUri;
        await page.RouteAsync("**/*", r => r.Request.Url == url ? r.ContinueAsync() : r.AbortAsync());
        await page.GotoAsync(url);
        await page.WaitForSelectorAsync("body[data-rendered='1']", new PageWaitForSelectorOptions { Timeout = 60_000 });
        Assert.Contains(title, await page.InnerTextAsync("#figure"));
        Assert.True(await page.Locator(".main-svg").CountAsync() > 0);
        lock (requests) return requests.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
