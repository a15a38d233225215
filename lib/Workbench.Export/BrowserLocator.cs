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

    /// <summary>Well-known install locations on Linux and macOS (Debian/Ubuntu, snap, Google Chrome, Edge).</summary>
    public static IReadOnlyList<string> WellKnownLocations { get; } =
    [
        "/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium", "/usr/bin/google-chrome",
        "/opt/google/chrome/chrome", "/opt/microsoft/msedge/msedge",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    ];

    /// <summary>
    /// Where Windows installs Edge and Chrome, from the environment (<paramref name="environment"/> reads a variable):
    /// Edge, present on every Windows 10/11, under Program Files (x86) or Program Files; Chrome for all users under
    /// Program Files, and for one user (installed without admin rights) under %LOCALAPPDATA%; Chromium there too.
    /// </summary>
    public static IReadOnlyList<string> WindowsLocations(Func<string, string?> environment)
    {
        (string Variable, string Relative)[] places =
        [
            ("ProgramFiles(x86)", @"Microsoft\Edge\Application\msedge.exe"), ("ProgramFiles", @"Microsoft\Edge\Application\msedge.exe"),
            ("LOCALAPPDATA", @"Microsoft\Edge\Application\msedge.exe"),
            ("ProgramFiles", @"Google\Chrome\Application\chrome.exe"), ("ProgramFiles(x86)", @"Google\Chrome\Application\chrome.exe"),
            ("LOCALAPPDATA", @"Google\Chrome\Application\chrome.exe"), ("LOCALAPPDATA", @"Chromium\Application\chrome.exe"),
        ];
        var found = new List<string>();
        foreach (var (variable, relative) in places)
            if (environment(variable) is { Length: > 0 } root)
                found.Add(root.TrimEnd('\\', '/') + "\\" + relative);
        return found.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

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
        if (OperatingSystem.IsWindows())
            return WindowsLocations(Environment.GetEnvironmentVariable).Concat(WindowsAppPaths()).FirstOrDefault(File.Exists);
        return WellKnownLocations.FirstOrDefault(File.Exists);
    }

    /// <summary>The Chinese message shown when no browser is found (HTML is still written).</summary>
    public static string NotFoundMessage =>
        "未找到可用于导出 PNG/SVG 的本机浏览器（Chromium、Chrome 或 Edge）。已照常生成 HTML。" +
        $"请安装浏览器（Windows：Edge 或 Chrome，装在默认位置即可找到；Debian/Ubuntu：apt-get install chromium fonts-noto-cjk），或用 --browser 选项或环境变量 {EnvironmentVariable} 指定浏览器可执行文件。";

    /// <summary>The browsers registered under App Paths (how Windows itself finds msedge.exe and chrome.exe), user first.</summary>
    [System.Runtime.Versioning.SupportedOSPlatform("windows")]
    private static IEnumerable<string> WindowsAppPaths()
    {
        foreach (var hive in new[] { Microsoft.Win32.Registry.CurrentUser, Microsoft.Win32.Registry.LocalMachine })
            foreach (var exe in new[] { "msedge.exe", "chrome.exe" })
            {
                using var key = hive.OpenSubKey($@"SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths\{exe}");
                if (key?.GetValue(null) is string path && path.Length > 0) yield return path.Trim('"');
            }
    }

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
