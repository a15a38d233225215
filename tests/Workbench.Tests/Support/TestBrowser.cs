using Microsoft.Playwright;
using Workbench.Export;

namespace Workbench.Tests.Support;

/// <summary>
/// A headless local Chromium driven by Playwright for tests that look at pages as a reader would (widths, scrolling,
/// what a click does). Offline: the browser is the installed one (no download), started with the export's flags.
/// </summary>
internal sealed class TestBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private TestBrowser(IPlaywright playwright, IBrowser browser) { _playwright = playwright; Browser = browser; }

    public IBrowser Browser { get; }

    public static async Task<TestBrowser> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = BrowserLocator.Find(), Headless = true, Args = FigureExporter.BrowserArguments,
            });
            return new TestBrowser(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A new page with a window <paramref name="width"/>×<paramref name="height"/> CSS px.</summary>
    public Task<IPage> PageAsync(int width, int height) =>
        Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
