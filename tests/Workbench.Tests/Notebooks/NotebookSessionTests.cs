using System.Diagnostics;
using Workbench.Notebooks.Execution;

namespace Workbench.Tests.Notebooks;

/// <summary>The executor shared by the runner and the kernel: state, values, output, errors, interruption, completion.</summary>
public sealed class NotebookSessionTests : IAsyncLifetime
{
    private readonly NotebookSession _session = NotebookSession.Create(new NotebookSessionOptions { RenderPng = false });

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _session.DisposeAsync();

    private Task<CellOutcome> Run(string code, RecordingSink? sink = null) => _session.ExecuteAsync(code, sink ?? new RecordingSink());

    [Fact(DisplayName = "Cells share variables; the last expression is the value; a statement ending has none")]
    public async Task StateAndValues()
    {
        var first = await Run("#!csharp\nvar x = 6;\nint Twice(int v) => 2 * v;");
        Assert.True(first.Succeeded);
        Assert.Null(first.Result);
        var second = await Run("var y = Twice(x) + 30;\ny");
        Assert.Equal("42", second.Result!.PlainText);
        Assert.Equal(2, second.ExecutionCount);
        var linq = await Run("new[] { 3, 1, 2 }.OrderBy(v => v).Select(v => v * 10).Sum()");
        Assert.Equal("60", linq.Result!.PlainText);
    }

    [Fact(DisplayName = "Printed text and display(x) reach the sink while the value comes back")]
    public async Task OutputRouting()
    {
        var sink = new RecordingSink();
        var outcome = await Run("Console.WriteLine(\"你好\"); display(\"表\"); display(1.5m); 7", sink);
        Assert.Equal("你好\n", sink.Stdout);
        Assert.Equal(["表", "1.5"], sink.Displays.Select(d => d.PlainText));
        Assert.Equal("7", outcome.Result!.PlainText);
    }

    [Fact(DisplayName = "A compile error names line and column, and earlier state survives it")]
    public async Task CompileError()
    {
        await Run("var kept = 5;");
        var bad = await Run("var a = 1;\nvar b = missing + 1;");
        Assert.Equal("CompilationError", bad.Error!.Name);
        Assert.Contains("第 2 行第 9 列", bad.Error.Message);
        Assert.Contains("CS0103", bad.Error.Message);
        Assert.Equal("5", (await Run("kept")).Result!.PlainText);
    }

    [Fact(DisplayName = "A compile error in a top-level statement names the column the analyst wrote (not the woven one) and marks it")]
    public async Task CompileErrorColumnOfTopLevelStatement()
    {
        var bad = await Run("#!csharp\nvar city = \"东州\";\nConsole.WriteLine(cty);");
        Assert.Equal("CompilationError", bad.Error!.Name);
        Assert.StartsWith("单元格代码无法编译：第 3 行第 19 列：CS0103 ", bad.Error.Message);
        var block = Assert.Single(bad.Error.Traceback);
        Assert.StartsWith("\u001b[0;31m编译错误（CS0103）\u001b[0m：", block);
        var lines = block.Split('\n');
        Assert.EndsWith("，第 3 行第 19 列", lines[0]);
        Assert.Equal("\u001b[0;32m     3\u001b[0m Console.WriteLine(cty);", lines[1]);
        Assert.Equal(new string(' ', 7 + 18) + "\u001b[0;31m^^^\u001b[0m", lines[2]);
        // Inside a loop body, where a check is woven too, and after a Chinese string (the name after the dot is column 50).
        var loop = await Run("foreach (var n in new[] { 1 }) { var s = \"城市\"; s.Foo(); }");
        Assert.Contains("第 1 行第 50 列：CS1061", loop.Error!.Message);
    }

    [Fact(DisplayName = "A runtime error is framed in Chinese with the .NET message and the cell's line; only the cell's frames are listed")]
    public async Task RuntimeError()
    {
        var outcome = await Run("var list = new List<int> { 1 };\nvar x = list[5];");
        var expectedMessage = Assert.Throws<ArgumentOutOfRangeException>(() => new List<int> { 1 }[5]).Message;
        Assert.Equal("ArgumentOutOfRangeException", outcome.Error!.Name);
        Assert.Equal($"运行时错误（ArgumentOutOfRangeException）：{expectedMessage}，第 2 行", outcome.Error.Message);
        var trace = outcome.Error.Traceback;
        Assert.Equal("\u001b[0;31m" + new string('-', 75) + "\u001b[0m", trace[0]);
        Assert.Equal("\u001b[0;31m运行时错误（ArgumentOutOfRangeException）\u001b[0m，第 2 行（调用顺序，最近的调用在最后）", trace[1]);
        Assert.Equal("\u001b[0;32mIn [1]，第 2 行\u001b[0m\n\u001b[0;32m     1\u001b[0m var list = new List<int> { 1 };\n\u001b[0;32m----> 2\u001b[0m var x = list[5];", trace[2]);
        Assert.Equal($"\u001b[0;31mArgumentOutOfRangeException\u001b[0m: {expectedMessage}", trace[3]);
        Assert.Equal(4, trace.Count);
        Assert.DoesNotContain(trace, l => l.Contains("Submission#", StringComparison.Ordinal) || l.Contains("MoveNext", StringComparison.Ordinal));
    }

    [Fact(DisplayName = "A runtime error inside a method an earlier cell declared names both cells' lines")]
    public async Task RuntimeErrorInEarlierCell()
    {
        await Run("int Half(int n)\n{\n    return n / (n - n);\n}");
        var outcome = await Run("var a = 1;\nvar b = Half(4);");
        Assert.Equal("DivideByZeroException", outcome.Error!.Name);
        Assert.EndsWith("，In [1] Half() 第 3 行", outcome.Error.Message);
        Assert.StartsWith("\u001b[0;32mIn [2]，第 2 行\u001b[0m\n", outcome.Error.Traceback[2]);
        Assert.StartsWith("\u001b[0;32mIn [1]，第 3 行\u001b[0m，在 \u001b[0;36mHalf()\u001b[0m 中\n", outcome.Error.Traceback[3]);
        Assert.EndsWith("\u001b[0;32m----> 3\u001b[0m     return n / (n - n);", outcome.Error.Traceback[3]);
    }

    [Fact(DisplayName = "Other kernels' magics and NuGet references are refused in Chinese")]
    public async Task DialectRefusals()
    {
        var fsharp = await Run("#!fsharp\nlet x = 1");
        Assert.Contains("只运行 C#", fsharp.Error!.Message);
        var nuget = await Run("#r \"nuget: Newtonsoft.Json\"\n1");
        Assert.Contains("不支持 #r \"nuget", nuget.Error!.Message);
    }

    [Fact(DisplayName = "Interrupt stops a tight loop in a cell, and the session goes on")]
    public async Task Interrupt()
    {
        await Run("var before = 1;");
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var clock = Stopwatch.StartNew();
        var outcome = await _session.ExecuteAsync("long n = 0;\nwhile (true) n++;", new RecordingSink(), cts.Token);
        Assert.Equal("Interrupted", outcome.Error!.Name);
        Assert.Equal(["\u001b[0;31m已中断：单元格在完成前被用户停止。此前单元格的变量仍可使用。\u001b[0m"], outcome.Error.Traceback);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"interrupt took {clock.Elapsed}");
        Assert.Equal("2", (await Run("before + 1")).Result!.PlainText);
    }

    [Theory(DisplayName = "is_complete: complete, incomplete and invalid code")]
    [InlineData("var a = 1;", CodeCompleteness.Complete)]
    [InlineData("if (true) {", CodeCompleteness.Incomplete)]
    [InlineData("var s = \"abc", CodeCompleteness.Incomplete)]
    [InlineData("var = ;", CodeCompleteness.Invalid)]
    public void Completeness(string code, CodeCompleteness expected) => Assert.Equal(expected, NotebookSession.IsComplete(code));

    [Fact(DisplayName = "Completion offers names in scope, earlier cells' variables and members after a dot")]
    public async Task Completion()
    {
        await Run("var stationCount = 29;");
        var names = _session.Complete("var z = stat", 12);
        Assert.Contains("stationCount", names.Matches);
        Assert.Equal(8, names.CursorStart);
        var members = _session.Complete("Console.Wri", 11);
        Assert.Contains("WriteLine", members.Matches);
        Assert.DoesNotContain("ReadLine", members.Matches);
    }
}

/// <summary>The library's long loops honour an interrupt (the part of interruption the cell's own code cannot weave).</summary>
// Slow lane (README "Tests"): waits for an import to be interrupted.
[Trait("Category", "Slow")]
public sealed class LibraryInterruptionTests
{
    [Fact(DisplayName = "An interrupt scope stops the import at the next file; outside a scope the import runs")]
    public void ImportStopsWhenInterrupted()
    {
        var sample = Workbench.Sample.SampleData.EnsureDefault();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        using (Workbench.Interruption.Scope(cts.Token))
        {
            var thrown = Assert.ThrowsAny<Exception>(() => Workbench.Air.AirDataSet.Load([sample]));
            var cancelled = thrown is OperationCanceledException
                || thrown is AggregateException a && a.Flatten().InnerExceptions.All(e => e is OperationCanceledException);
            Assert.True(cancelled, thrown.ToString());
        }
        Assert.Equal(29, Workbench.Air.AirDataSet.Load([sample]).Hourly!.StationCodes.Count);
    }
}
