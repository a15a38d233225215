using System.Text.Json.Nodes;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Kernel;

/// <summary>
/// One run of protocol_check.py: Debian's jupyter_client starts the installed kernel and sends what a front end sends
/// (executions, inspect, complete, history, comm_info, comm_open), then a jupyter_client process that started a
/// kernel is killed with SIGKILL. The tests below read its answers.
/// </summary>
public sealed class KernelProtocolRun : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("wb-protocol-").FullName;

    public KernelProtocolRun()
    {
        if (!File.Exists(JupyterFactAttribute.NbConvert)) return;
        var cli = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Workbench.Cli.exe" : "Workbench.Cli");
        var data = Path.Combine(_temp, "share", "jupyter");
        var install = JupyterClientTests.Run(cli, ["kernel", "install", "--prefix", _temp], _temp, data, TimeSpan.FromSeconds(60));
        if (install.ExitCode != 0) throw new InvalidOperationException(install.Error);
        var script = Path.Combine(SharedData.RepoRoot, "tests", "Workbench.Tests", "Kernel", "protocol_check.py");
        var run = JupyterClientTests.Run("/usr/bin/python3", [script], _temp, data, TimeSpan.FromSeconds(400));
        Log = run.Error;
        Answers = JsonNode.Parse(run.Out.Trim().Split('\n')[^1])!.AsObject();
    }

    /// <summary>What the script printed (keys as in protocol_check.py).</summary>
    public JsonObject Answers { get; } = [];

    /// <summary>The script's and the kernels' standard error.</summary>
    public string Log { get; } = "";

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}

[Trait("Category", "Slow")]
public sealed class KernelProtocolTests(KernelProtocolRun run, ITestOutputHelper output) : IClassFixture<KernelProtocolRun>
{
    private JsonNode Answer(string key)
    {
        Assert.True(run.Answers.ContainsKey(key), $"protocol_check.py 没有 {key}：{run.Answers["exception"]}\n{run.Log}");
        return run.Answers[key]!;
    }

    private static JsonObject Error(JsonNode execution) =>
        execution["iopub"]!.AsArray().Single(m => (string?)m!["msg_type"] == "error")!["content"]!.AsObject();

    private static string[] Traceback(JsonObject error) => error["traceback"]!.AsArray().Select(l => (string)l!).ToArray();

    [JupyterFact(DisplayName = "jupyter_client: a top-level compile error names the column written (19), with the line quoted and marked in red")]
    public void CompileErrorColumn()
    {
        var execution = Answer("compile_error");
        var error = Error(execution);
        output.WriteLine((string?)error["evalue"]);
        Assert.Equal("error", (string?)execution["reply"]!["status"]);
        Assert.Equal("CompilationError", (string?)error["ename"]);
        Assert.StartsWith("单元格代码无法编译：第 2 行第 19 列：CS0103 ", (string?)error["evalue"]);
        var block = Assert.Single(Traceback(error)).Split('\n');
        Assert.StartsWith("\u001b[0;31m编译错误（CS0103）\u001b[0m：", block[0]);
        Assert.EndsWith("，第 2 行第 19 列", block[0]);
        Assert.Equal("\u001b[0;32m     2\u001b[0m Console.WriteLine(cty);", block[1]);
        Assert.Equal(new string(' ', 25) + "\u001b[0;31m^^^\u001b[0m", block[2]);
    }

    [JupyterFact(DisplayName = "jupyter_client: a runtime error's traceback is framed in Chinese, keeps the .NET message, names line 2 and has no Submission#/MoveNext frame")]
    public void RuntimeErrorTraceback()
    {
        var error = Error(Answer("runtime_error"));
        var message = Assert.Throws<ArgumentOutOfRangeException>(() => new List<int> { 1 }[5]).Message;
        Assert.Equal("ArgumentOutOfRangeException", (string?)error["ename"]);
        Assert.Equal($"运行时错误（ArgumentOutOfRangeException）：{message}，第 2 行", (string?)error["evalue"]);
        Assert.Equal(
            [
                "\u001b[0;31m" + new string('-', 75) + "\u001b[0m",
                "\u001b[0;31m运行时错误（ArgumentOutOfRangeException）\u001b[0m，第 2 行（调用顺序，最近的调用在最后）",
                "\u001b[0;32mIn [2]，第 2 行\u001b[0m\n\u001b[0;32m     1\u001b[0m var list = new List<int> { 1 };\n\u001b[0;32m----> 2\u001b[0m var x = list[5];",
                $"\u001b[0;31mArgumentOutOfRangeException\u001b[0m: {message}",
            ],
            Traceback(error));
    }

    [JupyterFact(DisplayName = "jupyter_client: cells sent behind a failing one are answered aborted without an execution count; the next cell is In [4]")]
    public void AbortedCells()
    {
        var replies = Answer("aborted").AsArray().Select(r => r!.AsObject()).ToArray();
        Assert.Equal(["error", "aborted", "aborted"], replies.Select(r => (string?)r["status"]));
        Assert.Equal(3, (int)replies[0]["execution_count"]!);
        Assert.All(replies[1..], r => Assert.False(r.ContainsKey("execution_count"), r.ToJsonString()));
        var after = Answer("after_abort");
        Assert.Equal(4, (int)after["reply"]!["execution_count"]!);
        Assert.DoesNotContain(Answer("aborted").ToJsonString(), "不应运行");
    }

    [JupyterFact(DisplayName = "jupyter_client: inspect shows the signature and XML doc summary (inside a call's parentheses too); nothing found on blanks")]
    public void Inspect()
    {
        Assert.Equal("static Workbench.Periods.Period Workbench.Periods.Period.Year(int y)\n\nA calendar year.",
            (string?)Answer("inspect_call")["data"]!["text/plain"]);
        Assert.True((bool)Answer("inspect_call")["found"]!);
        Assert.Equal("int Workbench.Periods.Period.DayCount\n\nNumber of days, both ends included.",
            (string?)Answer("inspect_property")["data"]!["text/plain"]);
        Assert.False((bool)Answer("inspect_nothing")["found"]!);
        Assert.Equal("ok", (string?)Answer("inspect_nothing")["status"]);
    }

    [JupyterFact(DisplayName = "jupyter_client: completion after an instance has no static members; after a type only static ones")]
    public void CompletionInstanceVersusStatic()
    {
        var instance = Answer("complete_instance")["matches"]!.AsArray().Select(m => (string)m!).ToList();
        Assert.Contains("Length", instance);
        Assert.Contains("Substring", instance);
        Assert.Contains("Select", instance);            // extension methods apply to instances
        Assert.DoesNotContain("Compare", instance);
        Assert.DoesNotContain("Format", instance);
        Assert.DoesNotContain("Empty", instance);
        var type = Answer("complete_static")["matches"]!.AsArray().Select(m => (string)m!).ToList();
        Assert.Contains("Compare", type);
        Assert.Contains("Empty", type);
        Assert.DoesNotContain("Length", type);
        Assert.DoesNotContain("Substring", type);
    }

    [JupyterFact(DisplayName = "jupyter_client: history tail, range and search return the executed inputs of this session")]
    public void History()
    {
        static string[] Entries(JsonNode reply) => reply["history"]!.AsArray().Select(e => $"{e![0]}/{e[1]}/{e[2]}").ToArray();
        Assert.Equal(
            ["1/3/System.Threading.Thread.Sleep(300);\nthrow new InvalidOperationException(\"故意失败\");", "1/4/1 + 1",
             "1/5/var p = Workbench.Periods.Period.Year(2025);\nvar s = \"东州\";"],
            Entries(Answer("history_tail")));
        Assert.Equal(["1/1/var city = \"东州\";\nConsole.WriteLine(cty);", "1/2/var list = new List<int> { 1 };\nvar x = list[5];"],
            Entries(Answer("history_range")));
        Assert.Equal(["1/5/var p = Workbench.Periods.Period.Year(2025);\nvar s = \"东州\";"], Entries(Answer("history_search")));
    }

    [JupyterFact(DisplayName = "jupyter_client: comm_info answers an empty map; comm_open of an unknown target is closed (comm_close), no error")]
    public void Comms()
    {
        Assert.Equal("""{"status":"ok","comms":{}}""", Answer("comm_info").ToJsonString());
        var messages = Answer("comm_open").AsArray().Select(m => m!.AsObject()).ToArray();
        Assert.Equal(["status", "comm_close", "status"], messages.Select(m => (string?)m["msg_type"]));
        Assert.Equal((string?)Answer("comm_open_id"), (string?)messages[1]["content"]!["comm_id"]);
        Assert.DoesNotContain("comm_open", run.Log);
    }

    [JupyterFact(DisplayName = "jupyter_client: a kernel whose parent is killed (SIGKILL) exits within 5 s")]
    public void ParentDeath()
    {
        output.WriteLine($"父进程被杀后 {(double)Answer("parent_death_seconds")} 秒内核退出");
        Assert.True((bool)Answer("parent_death_alive_before"));
        Assert.True((bool)Answer("parent_death_exited"));
        Assert.True((double)Answer("parent_death_seconds") < 5.0);
    }
}
