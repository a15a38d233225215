using System.Collections.Concurrent;
using Workbench.Air.Import;
using Workbench.Cli.Commands;
using Workbench.Sample;
using Workbench.Store;

namespace Workbench.Tests.Cli;

/// <summary>The long loops report their steps to the scope's sink; only the outermost stage running reports.</summary>
[Collection("cli")] // one test redirects the process-wide Console.Error
public sealed class ProgressTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("wb-progress-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private sealed class Recorder : IProgress<ProgressStep>
    {
        public ConcurrentQueue<ProgressStep> Steps { get; } = new();
        public void Report(ProgressStep value) => Steps.Enqueue(value);
    }

    private static string[] SampleFiles(string prefix) =>
        Directory.GetFiles(SampleData.EnsureDefault(TextWriter.Null), prefix + "*.csv").Order(StringComparer.Ordinal).ToArray();

    [Fact(DisplayName = "Reading china_sites files: one step per file, numbered 1…N, every file named once")]
    public void Files_read()
    {
        var files = SampleFiles("china_sites_202401");
        var recorder = new Recorder();
        using (Workbench.Progress.Scope(recorder)) AirInput.Load(files);
        var steps = recorder.Steps.ToArray();
        Assert.Equal(31, steps.Length);
        Assert.All(steps, s => Assert.Equal(("读取文件", 31), (s.Stage, s.Total)));
        Assert.Equal(Enumerable.Range(1, 31), steps.Select(s => s.Done).Order());
        Assert.Equal(files.Select(Path.GetFileName), steps.Select(s => s.Item).Order(StringComparer.Ordinal));
    }

    [Fact(DisplayName = "A store import reports its months (2 of 2), not the files read inside each month; outside a scope nothing is told")]
    public void Store_import_months()
    {
        var recorder = new Recorder();
        var files = SampleFiles("china_sites_202401").Concat(SampleFiles("china_sites_202402")).ToArray();
        using (Workbench.Progress.Scope(recorder)) AirStore.Import(files, Path.Combine(_dir, "store"));
        Assert.Equal([("导入", 1, 2, "2024-01（31 个文件）"), ("导入", 2, 2, "2024-02（29 个文件）")],
            recorder.Steps.Select(s => (s.Stage, s.Done, s.Total, s.Item)));
        // After the scope the same work tells no one (and a new scope starts from an empty stage count).
        AirInput.Load(SampleFiles("china_sites_2024030"));
        Assert.Equal(2, recorder.Steps.Count);
    }

    [Fact(DisplayName = "The CLI bar off a terminal: every step of a short stage, about twenty lines of a long one, the last always")]
    public void Bar_lines_off_a_terminal()
    {
        var old = Console.Error;
        var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            var bar = new ProgressBar();
            for (var i = 1; i <= 3; i++) bar.Report(new ProgressStep("评价城市", i, 3, $"城市{i}"));
            for (var i = 1; i <= 365; i++) bar.Report(new ProgressStep("读取文件", i, 365, $"第{i}天"));
        }
        finally { Console.SetError(old); }
        var lines = captured.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Count(l => l.StartsWith("评价城市 ", StringComparison.Ordinal)));
        Assert.Equal(20, lines.Count(l => l.StartsWith("读取文件 ", StringComparison.Ordinal)));
        Assert.Equal("读取文件 [##############################] 365/365 第365天", lines[^1]);
        Assert.Equal("评价城市 [##########--------------------] 1/3 城市1", lines[0]);
    }
}
