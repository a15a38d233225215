using System.Diagnostics;
using Microsoft.Playwright;
using Workbench.Charts;
using Workbench.IO;

namespace Workbench.Export;

/// <summary>What <see cref="FigureExporter.InspectPngAsync"/> found in a PNG.</summary>
/// <param name="Width">Width, px.</param>
/// <param name="Height">Height, px.</param>
/// <param name="NonWhitePixels">Pixels that are not pure white.</param>
/// <param name="ColourCounts">Pixels of each colour asked for.</param>
public sealed record PngInspection(int Width, int Height, int NonWhitePixels, IReadOnlyDictionary<string, int> ColourCounts)
{
    /// <summary>Share of pixels that are not white.</summary>
    public double InkRatio => Width * Height == 0 ? 0 : (double)NonWhitePixels / (Width * Height);
}

/// <summary>
/// Static export of figures through one local browser and one page, reused for a whole batch: plotly.js is loaded
/// once, then each figure costs one <c>Plotly.toImage</c> call. The page may request nothing from the network.
/// </summary>
public sealed class FigureExporter : IAsyncDisposable
{
    /// <summary>Chromium flags that work headless, as root, offline.</summary>
    public static IReadOnlyList<string> BrowserArguments { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _page;

    private readonly DirectoryInfo _browserHome;

    private FigureExporter(IPlaywright playwright, IBrowser browser, IPage page, string browserPath, TimeSpan startup, List<string> blocked,
        DirectoryInfo browserHome)
    {
        _playwright = playwright; _browser = browser; _page = page; BrowserPath = browserPath; StartupTime = startup; _blocked = blocked;
        _browserHome = browserHome;
    }

    /// <summary>The browser executable in use.</summary>
    public string BrowserPath { get; }

    /// <summary>Time to start the browser and load plotly.js into the page.</summary>
    public TimeSpan StartupTime { get; }

    /// <summary>Network requests the page attempted (each was refused); empty when export stayed offline.</summary>
    public IReadOnlyList<string> BlockedRequests
    {
        get { lock (_blocked) return _blocked.ToArray(); }
    }

    private readonly List<string> _blocked;

    /// <summary>Starts the browser at <paramref name="browserPath"/> and loads plotly.js into one page.</summary>
    public static async Task<FigureExporter> StartAsync(string browserPath)
    {
        var clock = Stopwatch.StartNew();
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        var browserHome = Directory.CreateTempSubdirectory("wb-browser-");
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = browserPath, Headless = true, Args = BrowserArguments, Env = BrowserEnvironment(browserHome.FullName),
            }).ConfigureAwait(false);
            var page = await browser.NewPageAsync().ConfigureAwait(false);
            var blocked = new List<string>();
            await page.RouteAsync("**/*", async route =>
            {
                lock (blocked) blocked.Add(route.Request.Url);
                await route.AbortAsync().ConfigureAwait(false);
            }).ConfigureAwait(false);
            await page.SetContentAsync(FigureHtml.ExportPage()).ConfigureAwait(false);
            return new FigureExporter(playwright, browser, page, browserPath, clock.Elapsed, blocked, browserHome);
        }
        catch
        {
            playwright.Dispose();
            DeleteQuietly(browserHome);
            throw;
        }
    }

    /// <summary>Renders one figure as PNG bytes at the format's size.</summary>
    public async Task<byte[]> PngAsync(Figure figure, FigureFormat format = FigureFormat.Png)
    {
        var url = await ToImageAsync(figure, "png", format.Scale()).ConfigureAwait(false);
        return Convert.FromBase64String(url[(url.IndexOf(',') + 1)..]);
    }

    /// <summary>Renders one figure as SVG text.</summary>
    public Task<string> SvgAsync(Figure figure) => ToImageAsync(figure, "svg", 1, decodeSvg: true);

    /// <summary>Writes one figure in one format into <paramref name="folder"/>; returns the file path.</summary>
    public async Task<string> WriteAsync(Figure figure, FigureFormat format, string folder)
    {
        var path = Path.Combine(folder, FigureFormats.FileName(figure.Name, format));
        switch (format)
        {
            case FigureFormat.Html:
                AtomicFile.WriteText(path, w => w.Write(figure.ToHtml()));
                break;
            case FigureFormat.Svg:
                var svg = await SvgAsync(figure).ConfigureAwait(false);
                AtomicFile.WriteText(path, w => w.Write(svg));
                break;
            default:
                var bytes = await PngAsync(figure, format).ConfigureAwait(false);
                AtomicFile.Write(path, s => s.Write(bytes));
                break;
        }
        return path;
    }

    /// <summary>
    /// Decodes a PNG in the page and counts its pixels: size, pixels that are not white, and pixels of each exact
    /// colour asked for ("#00E400"). Lets tests and the CLI check an image is not blank and shows the right colours.
    /// </summary>
    public async Task<PngInspection> InspectPngAsync(byte[] png, params string[] colours)
    {
        const string script = """
            async ([base64, colours]) => {
              const img = new Image();
              img.src = 'data:image/png;base64,' + base64;
              await img.decode();
              const canvas = document.createElement('canvas');
              canvas.width = img.width; canvas.height = img.height;
              const ctx = canvas.getContext('2d');
              ctx.drawImage(img, 0, 0);
              const d = ctx.getImageData(0, 0, img.width, img.height).data;
              const wanted = colours.map(c => parseInt(c.slice(1), 16));
              const counts = wanted.map(() => 0);
              let nonWhite = 0;
              for (let i = 0; i < d.length; i += 4) {
                const rgb = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
                if (rgb !== 0xFFFFFF) nonWhite++;
                for (let k = 0; k < wanted.length; k++) if (rgb === wanted[k]) counts[k]++;
              }
              return JSON.stringify({ width: img.width, height: img.height, nonWhite: nonWhite, counts: counts });
            }
            """;
        var json = await _page.EvaluateAsync<string>(script, new object[] { Convert.ToBase64String(png), colours }).ConfigureAwait(false);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var root = doc.RootElement;
        var counts = root.GetProperty("counts").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        return new PngInspection(root.GetProperty("width").GetInt32(), root.GetProperty("height").GetInt32(),
            root.GetProperty("nonWhite").GetInt32(), colours.Zip(counts).ToDictionary(x => x.First, x => x.Second));
    }

    private async Task<string> ToImageAsync(Figure figure, string format, double scale, bool decodeSvg = false)
    {
        const string script = """
            async ([json, format, width, height, scale, decode]) => {
              const fig = JSON.parse(json);
              const url = await Plotly.toImage({data: fig.data, layout: fig.layout, config: {displayModeBar: false}},
                {format: format, width: width, height: height, scale: scale});
              if (!decode) return url;
              const comma = url.indexOf(',');
              return url.startsWith('data:image/svg+xml;base64,') ? atob(url.slice(comma + 1)) : decodeURIComponent(url.slice(comma + 1));
            }
            """;
        return await _page.EvaluateAsync<string>(script,
            new object[] { figure.ToJson(), format, HouseStyle.Width, HouseStyle.Height, scale, decodeSvg }).ConfigureAwait(false);
    }

    /// <summary>Closes the page, the browser and the driver.</summary>
    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync().ConfigureAwait(false);
        _playwright.Dispose();
        DeleteQuietly(_browserHome);
    }

    /// <summary>
    /// The browser's environment: this process's, with the configuration and cache folders (XDG) moved into a temporary
    /// folder, so Chromium's crash-report and dconf files land there and not in the user's home (an installed tool
    /// writes only its outputs and its user data folder). Playwright replaces the whole environment when given one.
    /// </summary>
    private static Dictionary<string, string> BrowserEnvironment(string home)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
            env[(string)e.Key] = (string?)e.Value ?? "";
        env["XDG_CONFIG_HOME"] = Path.Combine(home, "config");
        env["XDG_CACHE_HOME"] = Path.Combine(home, "cache");
        return env;
    }

    private static void DeleteQuietly(DirectoryInfo folder)
    {
        // The browser may still hold a file for a moment after closing; a leftover temporary folder is harmless.
        try { folder.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
