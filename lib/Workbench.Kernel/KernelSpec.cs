using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workbench.Kernel;

/// <summary>
/// The Jupyter kernelspec for this kernel: <c>&lt;data-dir&gt;/kernels/workbench-csharp/kernel.json</c>, telling
/// Jupyter how to start it ("Kernel specs" in the jupyter_client documentation). Notebooks name the kernel
/// <see cref="Name"/>.
/// </summary>
public static class KernelSpec
{
    /// <summary>The kernel's name (the folder under <c>kernels/</c> and the notebooks' kernelspec name).</summary>
    public const string Name = KernelInfo.KernelName;

    /// <summary>The name Jupyter shows in its kernel list.</summary>
    public const string DisplayName = KernelInfo.DisplayName;

    /// <summary>
    /// Jupyter's data directory: <paramref name="prefix"/>/share/jupyter when a prefix is given; for the user
    /// (<paramref name="user"/>) JUPYTER_DATA_DIR, else ~/.local/share/jupyter (Linux, honouring XDG_DATA_HOME),
    /// ~/Library/Jupyter (macOS), %APPDATA%\jupyter (Windows); otherwise the system-wide /usr/local/share/jupyter
    /// (Windows %PROGRAMDATA%\jupyter).
    /// </summary>
    public static string DataDirectory(bool user, string? prefix)
    {
        if (!string.IsNullOrWhiteSpace(prefix)) return Path.Combine(Path.GetFullPath(prefix), "share", "jupyter");
        if (user)
        {
            var set = Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR");
            if (!string.IsNullOrWhiteSpace(set)) return Path.GetFullPath(set);
            if (OperatingSystem.IsWindows())
                return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (OperatingSystem.IsMacOS()) return Path.Combine(home, "Library", "Jupyter");
            var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
            return Path.Combine(string.IsNullOrWhiteSpace(xdg) ? Path.Combine(home, ".local", "share") : xdg, "jupyter");
        }
        return OperatingSystem.IsWindows()
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData), "jupyter")
            : "/usr/local/share/jupyter";
    }

    /// <summary>The command of the installed .NET tool (<c>dotnet tool install Workbench.Cli</c>).</summary>
    public const string ToolCommand = "workbench";

    /// <summary>
    /// The command that starts the CLI given the running process: the installed tool's command when the CLI runs from a
    /// .NET tool store (<see cref="InstalledToolCommand"/>), the apphost itself when <paramref name="processPath"/> is
    /// it, otherwise [dotnet, <paramref name="cliAssemblyPath"/>]. <paramref name="fileExists"/>: File.Exists by default.
    /// </summary>
    public static IReadOnlyList<string> Launcher(string? processPath, string cliAssemblyPath, Func<string, bool>? fileExists = null)
    {
        if (InstalledToolCommand(cliAssemblyPath, fileExists ?? File.Exists) is { } tool) return [tool];
        // Strip only ".exe"/".dll": "Workbench.Cli" itself has a dot that is not an extension.
        var hostName = StripSuffix(Path.GetFileName(processPath ?? ""), ".exe");
        var appHost = StripSuffix(Path.GetFileName(cliAssemblyPath), ".dll");
        if (processPath is not null && string.Equals(hostName, appHost, StringComparison.OrdinalIgnoreCase)) return [processPath];
        var dotnet = processPath is not null && hostName.Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? processPath : "dotnet";
        return [dotnet, cliAssemblyPath];
    }

    /// <summary>
    /// The command of the installed tool when <paramref name="cliAssemblyPath"/> lies in a .NET tool store
    /// (<c>&lt;tool path&gt;/.store/workbench.cli/&lt;version&gt;/…</c>): <c>&lt;tool path&gt;/workbench</c> (<c>workbench.exe</c>
    /// on Windows), which stays where it is across <c>dotnet tool update</c> while the versioned folder does not.
    /// </summary>
    public static string? InstalledToolCommand(string cliAssemblyPath, Func<string, bool> fileExists)
    {
        var normal = cliAssemblyPath.Replace('\\', '/');
        var at = normal.IndexOf("/.store/workbench.cli/", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var windows = cliAssemblyPath.Contains('\\');
        var command = cliAssemblyPath[..at] + (windows ? "\\" : "/") + ToolCommand + (windows ? ".exe" : "");
        return fileExists(command) ? command : null;
    }

    private static string StripSuffix(string name, string suffix) =>
        name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? name[..^suffix.Length] : name;

    /// <summary>The kernel.json content for <paramref name="launcher"/> (the command that runs the CLI).</summary>
    public static JsonObject Json(IReadOnlyList<string> launcher)
    {
        var argv = new JsonArray();
        foreach (var part in launcher.Concat(["kernel", "start", "--connection-file", "{connection_file}"])) argv.Add(part);
        return new JsonObject
        {
            ["argv"] = argv,
            ["display_name"] = DisplayName,
            ["language"] = "csharp",
            // Interrupts arrive as interrupt_request on the control channel, not as a signal.
            ["interrupt_mode"] = "message",
            ["metadata"] = new JsonObject { ["debugger"] = false },
        };
    }

    /// <summary>Writes the kernelspec under <paramref name="dataDirectory"/>; returns the kernel.json path.</summary>
    public static string Install(string dataDirectory, IReadOnlyList<string> launcher)
    {
        var folder = Path.Combine(dataDirectory, "kernels", Name);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "kernel.json");
        var text = Json(launcher).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Workbench.IO.AtomicFile.WriteText(path, w => w.Write(text + "\n"));
        return path;
    }
}
