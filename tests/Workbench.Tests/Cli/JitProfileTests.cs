using System.Diagnostics;

namespace Workbench.Tests.Cli;

/// <summary>
/// The command records what it compiled at run time in the user's cache folder, one file per command, so the next run
/// can compile it on the spare core; the test host calling its entry point, and a run with the opt-out variable set,
/// record nothing.
/// </summary>
public sealed class JitProfileTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("wb-jit-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    [Fact]
    public void The_command_records_one_file_per_command_under_the_cache_folder()
    {
        Assert.Equal(0, RunCommand(disabled: false, "air", "--help"));
        Assert.Equal(0, RunCommand(disabled: false, "water", "assess", "--help"));
        var folder = Assert.Single(Directory.GetDirectories(OperatingSystem.IsWindows()
            ? Path.Combine(_cache, "Workbench", "cache", "jit") : Path.Combine(_cache, "workbench", "jit")));
        Assert.StartsWith("Workbench.Cli-", Path.GetFileName(folder), StringComparison.Ordinal);
        Assert.Equal(["air.jitprofile", "water-assess.jitprofile"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(Directory.GetFiles(folder), f => Assert.True(new FileInfo(f).Length > 0, f));
    }

    [Fact]
    public void Nothing_is_recorded_with_the_opt_out_variable()
    {
        Assert.Equal(0, RunCommand(disabled: true, "air", "--help"));
        Assert.Empty(Directory.GetFileSystemEntries(_cache));
    }

    [Fact]
    public void A_host_calling_the_programs_entry_point_records_nothing()
    {
        var program = typeof(Workbench.Cli.Commands.CommandRunner).Assembly;
        var folder = JitProfile.FolderFor(program);
        var existed = Directory.Exists(folder);
        JitProfile.Start(program, "air");
        Assert.Equal(existed, Directory.Exists(folder));
        Assert.StartsWith(JitProfile.Root(), folder, StringComparison.Ordinal);
    }

    /// <summary>Runs the built command in its own process with the cache folder pointed at this test's folder.</summary>
    private int RunCommand(bool disabled, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Workbench.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["XDG_CACHE_HOME"] = _cache;
        start.Environment["LOCALAPPDATA"] = _cache; // Windows: %LOCALAPPDATA%\Workbench\cache\jit
        if (disabled) start.Environment[JitProfile.DisableVariable] = "1";
        else start.Environment.Remove(JitProfile.DisableVariable);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output.Result + error.Result);
        return process.ExitCode;
    }
}
