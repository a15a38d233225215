using System.Diagnostics;
using Workbench.Tests.Support;

namespace Workbench.Tests.Cli;

/// <summary>`workbench figures` without --out: a Beijing-time folder under out/ inside the repository, so git sees nothing new.</summary>
public class FiguresDefaultFolderTests
{
    [Fact]
    public void InsideTheRepositoryTheFolderIsUnderOutInBeijingTime()
    {
        var now = new DateTimeOffset(2026, 1, 15, 17, 30, 5, TimeSpan.Zero);   // 2026-01-16 01:30:05 in Beijing
        var folder = Workbench.Cli.Commands.FigureCommands.NewDatedFolder(Path.Combine(SharedData.RepoRoot, "lib"), now);
        Assert.Equal(Path.Combine(SharedData.RepoRoot, "out", "figures-20260116-013005"), folder);
    }

    [Fact]
    public void OutsideARepositoryTheFolderIsUnderTheCurrentFolder()
    {
        var temp = Directory.CreateTempSubdirectory("wb-fig-");
        try
        {
            var folder = Workbench.Cli.Commands.FigureCommands.NewDatedFolder(temp.FullName, new DateTimeOffset(2026, 1, 15, 17, 30, 5, TimeSpan.Zero));
            Assert.Equal(Path.Combine(temp.FullName, "figures-20260116-013005"), folder);
        }
        finally
        {
            temp.Delete(true);
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void FiguresWithoutOutLeaveGitStatusClean()
    {
        if (!File.Exists("/usr/bin/git")) return;
        var before = Run("/usr/bin/git", "status", "--porcelain", "--untracked-files=all");
        var outFolder = Path.Combine(SharedData.RepoRoot, "out");
        var existing = Directory.Exists(outFolder) ? Directory.GetDirectories(outFolder).ToHashSet() : [];
        var cli = Path.Combine(AppContext.BaseDirectory, "Workbench.Cli.dll");
        var printed = Run("dotnet", cli, "figures", "--formats", "html", "--city", "东州", "--period", "2025-01");
        var made = Directory.GetDirectories(outFolder).Where(d => !existing.Contains(d)).ToArray();
        try
        {
            Assert.Single(made);
            Assert.Matches(@"figures-\d{8}-\d{6}$", made[0]);
            Assert.Contains(made[0], printed);
            Assert.True(File.Exists(Path.Combine(made[0], "index.html")));
            Assert.Equal(before, Run("/usr/bin/git", "status", "--porcelain", "--untracked-files=all"));
        }
        finally
        {
            foreach (var d in made) Directory.Delete(d, true);
        }
    }

    private static string Run(string exe, params string[] args)
    {
        var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = SharedData.RepoRoot };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var err = p.StandardError.ReadToEndAsync();
        var text = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(300_000), $"{exe} 超时");
        Assert.True(p.ExitCode == 0, $"{exe} {string.Join(" ", args)} 失败：{err.Result}");
        return text;
    }
}
