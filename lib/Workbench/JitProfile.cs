using System.Reflection;
using System.Runtime;

namespace Workbench;

/// <summary>
/// Compiles, on the spare core, the code the previous run of the same command had to compile at run time (the runtime's
/// multi-core JIT: <see cref="ProfileOptimization"/>, as PowerShell uses it for its start-up).
/// </summary>
/// <remarks>
/// The tool packages are compiled ahead of time, but not the framework's generic code over Workbench's own value types
/// (dictionaries, LINQ, spans of our structs): ReadyToRun may not place it in our assembly, so each run compiles it on
/// the thread that first calls it, about 380 methods for a national store → table and 630 for a day appended. A run
/// records which methods it compiled, in the user's cache folder; the next run of the command replays that list on a
/// background thread, ahead of the calls (national year, medians of alternated runs without and with: store → table
/// 0.52 → 0.46 s, a day appended 0.80 → 0.68 s, CSV → table 1.94 → 1.82 s). The first run of a command on a machine,
/// or after an update, only records. Results do not depend on it: the same methods are compiled either way.
/// </remarks>
public static class JitProfile
{
    /// <summary>Set (to anything) to neither record nor replay: every run compiles as the first one does.</summary>
    public const string DisableVariable = "WORKBENCH_NO_JIT_PROFILE";

    private static readonly TimeSpan Unused = TimeSpan.FromDays(30);

    /// <summary>
    /// Starts recording (and replaying the last recording of) <paramref name="command"/>, when this program is the
    /// process (not a test host calling its entry point) and the cache folder can be written; otherwise does nothing.
    /// </summary>
    /// <param name="program">An assembly of the program that runs: its entry assembly, when it is the process's one.</param>
    /// <param name="command">The command's name, as a file name (<c>air-assess</c>).</param>
    public static void Start(Assembly program, string command)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        if (Environment.GetEnvironmentVariable(DisableVariable) is not null || Assembly.GetEntryAssembly() != program) return;
        try
        {
            var folder = FolderFor(program);
            if (!Directory.Exists(folder))
            {
                // A new build. Recordings of builds not run for a month go: an update leaves its predecessor's behind
                // (a checkout's build and an installed tool, run in turns, keep theirs).
                foreach (var old in Directory.Exists(Root()) ? Directory.GetDirectories(Root()) : [])
                    if (Directory.GetFiles(old).All(f => File.GetLastWriteTimeUtc(f) < DateTime.UtcNow - Unused))
                        Directory.Delete(old, recursive: true);
                Directory.CreateDirectory(folder);
            }
            ProfileOptimization.SetProfileRoot(folder);
            ProfileOptimization.StartProfile(command + ".jitprofile");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only a speed-up: a read-only or missing home folder runs as a first run does.
        }
    }

    /// <summary>
    /// The recordings of one build of <paramref name="program"/>: its name and the identity of this build of the
    /// Workbench library (a recording names the methods of the build it was made by).
    /// </summary>
    public static string FolderFor(Assembly program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return Path.Combine(Root(), $"{program.GetName().Name}-{typeof(JitProfile).Module.ModuleVersionId:N}");
    }

    /// <summary>
    /// <c>%LOCALAPPDATA%\Workbench\cache\jit</c> on Windows, <c>$XDG_CACHE_HOME/workbench/jit</c> or
    /// <c>~/.cache/workbench/jit</c> elsewhere.
    /// </summary>
    public static string Root()
    {
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData,
                Environment.SpecialFolderOption.DoNotVerify), "Workbench", "cache", "jit");
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)
            ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(cache, "workbench", "jit");
    }
}
