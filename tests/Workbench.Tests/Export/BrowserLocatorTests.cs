using Workbench.Export;

namespace Workbench.Tests.Export;

/// <summary>Where the browser is looked for on Windows (the paths are built from the environment, so checked anywhere).</summary>
public sealed class BrowserLocatorTests
{
    [Fact(DisplayName = "Windows: Edge and Chrome where their installers put them, per-user Chrome (no admin) under LOCALAPPDATA")]
    public void Windows_locations()
    {
        var env = new Dictionary<string, string>
        {
            ["ProgramFiles"] = @"C:\Program Files",
            ["ProgramFiles(x86)"] = @"C:\Program Files (x86)\",
            ["LOCALAPPDATA"] = @"C:\Users\张三\AppData\Local",
        };
        Assert.Equal(
        [
            @"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
            @"C:\Program Files\Microsoft\Edge\Application\msedge.exe",
            @"C:\Users\张三\AppData\Local\Microsoft\Edge\Application\msedge.exe",
            @"C:\Program Files\Google\Chrome\Application\chrome.exe",
            @"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
            @"C:\Users\张三\AppData\Local\Google\Chrome\Application\chrome.exe",
            @"C:\Users\张三\AppData\Local\Chromium\Application\chrome.exe",
        ], BrowserLocator.WindowsLocations(env.GetValueOrDefault));
    }

    [Fact(DisplayName = "Windows: a variable that is not set adds no location (32-bit Windows has no ProgramFiles(x86))")]
    public void Windows_locations_without_a_variable()
    {
        var env = new Dictionary<string, string> { ["ProgramFiles"] = @"D:\Apps" };
        Assert.Equal([@"D:\Apps\Microsoft\Edge\Application\msedge.exe", @"D:\Apps\Google\Chrome\Application\chrome.exe"],
            BrowserLocator.WindowsLocations(env.GetValueOrDefault));
    }
}
