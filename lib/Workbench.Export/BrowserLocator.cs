namespace Workbench.Export;

/// <summary>
/// Finds a local Chromium-family browser for static export. Order: an explicit path (CLI option), the
/// <see cref="EnvironmentVariable"/> variable, the PATH, then well-known install locations. Nothing is downloaded.
/// </summary>
public static class BrowserLocator
{
    /// <summary>Environment variable that names the browser executable.</summary>
    public const string EnvironmentVariable = "WORKBENCH_BROWSER";

    /// <summary>Executable names looked up on the PATH, in order.</summary>
    public static IReadOnlyList<string> PathNames { get; } =
        ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge", "microsoft-edge-stable", "msedge", "chrome"];

    /// <summary>Well-known install locations (Debian/Ubuntu, snap, Google Chrome, Edge, Windows, macOS).</summary>
    public static IReadOnlyList<string> WellKnownLocations { get; } =
    [
        "/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium", "/usr/bin/google-chrome",
        "/opt/google/chrome/chrome", "/opt/microsoft/msedge/msedge",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe", @"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
        @"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe", @"C:\Program Files\Microsoft\Edge\Application\msedge.exe",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    ];

    /// <summary>The browser to use, or null when none is installed.</summary>
    /// <param name="explicitPath">A path given by the user; when given it must exist.</param>
    /// <exception cref="FileNotFoundException">The explicit path or the environment variable names no file.</exception>
    public static string? Find(string? explicitPath = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
            return File.Exists(explicitPath) ? Path.GetFullPath(explicitPath)
                : throw new FileNotFoundException($"指定的浏览器不存在：{explicitPath}", explicitPath);
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnv)
            return File.Exists(fromEnv) ? Path.GetFullPath(fromEnv)
                : throw new FileNotFoundException($"环境变量 {EnvironmentVariable} 指定的浏览器不存在：{fromEnv}", fromEnv);
        foreach (var name in PathNames)
            if (OnPath(name) is { } found) return found;
        return WellKnownLocations.FirstOrDefault(File.Exists);
    }

    /// <summary>The Chinese message shown when no browser is found (HTML is still written).</summary>
    public static string NotFoundMessage =>
        "未找到可用于导出 PNG/SVG 的本机浏览器（Chromium、Chrome 或 Edge）。已照常生成 HTML。" +
        $"请安装浏览器（Debian/Ubuntu：apt-get install chromium fonts-noto-cjk），或用 --browser 选项或环境变量 {EnvironmentVariable} 指定浏览器可执行文件。";

    private static string? OnPath(string name)
    {
        var paths = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var names = OperatingSystem.IsWindows() ? new[] { name + ".exe", name } : new[] { name };
        foreach (var dir in paths)
            foreach (var n in names)
            {
                var candidate = Path.Combine(dir, n);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }
}
