using System.Diagnostics;
using System.Text.Json.Nodes;
using Workbench.Kernel;
using Workbench.Kernel.Protocol;
using Xunit.Abstractions;

namespace Workbench.Tests.Kernel;

/// <summary>
/// The kernel in-process over real ZeroMQ sockets on 127.0.0.1: Jupyter messaging protocol 5.3 replies, IOPub
/// outputs, signature checks, interrupt and shutdown.
/// </summary>
[Collection("cli")] // cells print through the process-wide Console, as CLI tests do
public sealed class KernelServerTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private static string State(JupyterMessage m) => m.Content["execution_state"]?.GetValue<string>() ?? "";

    [Fact(DisplayName = "kernel_info_reply: protocol 5.3, implementation workbench, language csharp, busy/idle around it")]
    public async Task KernelInfo()
    {
        var clock = Stopwatch.StartNew();
        await using var client = KernelTestClient.Start();
        output.WriteLine($"内核启动到首个回复：{client.Server.FirstReplyAfter?.TotalMilliseconds:F0} ms（含 IOPub 订阅等待共 {clock.ElapsedMilliseconds} ms）");
        var request = client.Send(KernelChannel.Shell, "kernel_info_request", []);
        var reply = client.Reply(KernelChannel.Shell, Wait)!;
        var iopub = client.IopubUntilIdle(request.MessageId, Wait);

        Assert.Equal("kernel_info_reply", reply.MessageType);
        Assert.Equal(request.MessageId, KernelTestClient.Parent(reply));
        Assert.Equal("ok", reply.ContentString("status"));
        Assert.Equal("5.3", reply.ContentString("protocol_version"));
        Assert.Equal("workbench", reply.ContentString("implementation"));
        Assert.Equal("csharp", reply.Content["language_info"]!["name"]!.GetValue<string>());
        Assert.Equal(".cs", reply.Content["language_info"]!["file_extension"]!.GetValue<string>());
        Assert.Equal("text/x-csharp", reply.Content["language_info"]!["mimetype"]!.GetValue<string>());
        Assert.Contains("内核", reply.ContentString("banner"));
        Assert.NotEmpty(reply.Content["help_links"]!.AsArray());
        Assert.Equal(["busy", "idle"], iopub.Select(State));
    }

    [Fact(DisplayName = "execute `var x = 6*7; x` → execute_result text/plain 42, busy → execute_input → result → idle")]
    public async Task ExecuteValue()
    {
        await using var client = KernelTestClient.Start();
        var clock = Stopwatch.StartNew();
        var (reply, iopub) = client.Execute("var x = 6*7; x");
        output.WriteLine($"首个单元格（编译器冷启动）：{clock.ElapsedMilliseconds} ms");

        Assert.Equal("execute_reply", reply.MessageType);
        Assert.Equal("ok", reply.ContentString("status"));
        Assert.Equal(1, reply.ContentInt("execution_count", -1));
        Assert.Empty(reply.Content["user_expressions"]!.AsObject());
        Assert.Empty(reply.Content["payload"]!.AsArray());
        Assert.Equal(["status", "execute_input", "execute_result", "status"], iopub.Select(m => m.MessageType));
        Assert.Equal("busy", State(iopub[0]));
        Assert.Equal("idle", State(iopub[^1]));
        Assert.Equal("var x = 6*7; x", iopub[1].ContentString("code"));
        Assert.Equal(1, iopub[1].ContentInt("execution_count", -1));
        Assert.Equal("42", iopub[2].Content["data"]!["text/plain"]!.GetValue<string>());
        Assert.Equal(1, iopub[2].ContentInt("execution_count", -1));

        clock.Restart();
        var (second, results) = client.Execute("x + 1");
        output.WriteLine($"第二个单元格：{clock.ElapsedMilliseconds} ms");
        Assert.Equal(2, second.ContentInt("execution_count", -1));
        Assert.Equal("43", results.Single(m => m.MessageType == "execute_result").Content["data"]!["text/plain"]!.GetValue<string>());

        // store_history false (a front end's own queries) runs in the same state without advancing the counter.
        var (unstored, unstoredIopub) = client.Execute("x * 2", storeHistory: false);
        Assert.Equal(2, unstored.ContentInt("execution_count", -1));
        Assert.Equal(2, unstoredIopub.Single(m => m.MessageType == "execute_input").ContentInt("execution_count", -1));
        Assert.Equal("84", unstoredIopub.Single(m => m.MessageType == "execute_result").Content["data"]!["text/plain"]!.GetValue<string>());
        var (third, _) = client.Execute("x");
        Assert.Equal(3, third.ContentInt("execution_count", -1));
    }

    [Fact(DisplayName = "Console.WriteLine(\"你好\") → stream stdout 你好, no execute_result")]
    public async Task Stream()
    {
        await using var client = KernelTestClient.Start();
        var (reply, iopub) = client.Execute("Console.WriteLine(\"你好\");");
        Assert.Equal("ok", reply.ContentString("status"));
        var streams = iopub.Where(m => m.MessageType == "stream").ToList();
        Assert.Equal("stdout", streams[0].ContentString("name"));
        Assert.Equal("你好\n", string.Concat(streams.Select(s => s.ContentString("text"))));
        Assert.DoesNotContain(iopub, m => m.MessageType == "execute_result");
    }

    [Fact(DisplayName = "display(x) → display_data with text/plain while the cell runs")]
    public async Task Display()
    {
        await using var client = KernelTestClient.Start();
        var (reply, iopub) = client.Execute("display(\"第一\"); 2");
        Assert.Equal("ok", reply.ContentString("status"));
        Assert.Equal(["status", "execute_input", "display_data", "execute_result", "status"], iopub.Select(m => m.MessageType));
        Assert.Equal("第一", iopub[2].Content["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact(DisplayName = "compile error → error (CompilationError) on IOPub and execute_reply status error")]
    public async Task CompileError()
    {
        await using var client = KernelTestClient.Start();
        var (reply, iopub) = client.Execute("int y = \"文字\";");
        Assert.Equal("error", reply.ContentString("status"));
        Assert.Equal("CompilationError", reply.ContentString("ename"));
        var error = iopub.Single(m => m.MessageType == "error");
        Assert.Equal("CompilationError", error.ContentString("ename"));
        Assert.Contains("CS0029", error.ContentString("evalue"));
        Assert.NotEmpty(error.Content["traceback"]!.AsArray());
        Assert.Equal("idle", State(iopub[^1]));
        // The kernel still works.
        var (after, _) = client.Execute("1 + 1");
        Assert.Equal("ok", after.ContentString("status"));
    }

    [Fact(DisplayName = "stop_on_error: an execute queued behind a failing one is aborted, not run")]
    public async Task StopOnErrorAborts()
    {
        await using var client = KernelTestClient.Start();
        JsonObject Exec(string code) => new() { ["code"] = code, ["silent"] = false, ["stop_on_error"] = true };
        var failing = client.Send(KernelChannel.Shell, "execute_request", Exec("System.Threading.Thread.Sleep(500); throw new InvalidOperationException(\"故意失败\");"));
        var queued = client.Send(KernelChannel.Shell, "execute_request", Exec("Console.WriteLine(\"不应运行\");"));
        var first = client.Reply(KernelChannel.Shell, Wait)!;
        var second = client.Reply(KernelChannel.Shell, Wait)!;
        Assert.Equal(failing.MessageId, KernelTestClient.Parent(first));
        Assert.Equal("error", first.ContentString("status"));
        Assert.Equal("InvalidOperationException", first.ContentString("ename"));
        Assert.Equal(queued.MessageId, KernelTestClient.Parent(second));
        Assert.Equal("aborted", second.ContentString("status"));
        var iopub = client.IopubUntilIdle(queued.MessageId, Wait);
        Assert.DoesNotContain(iopub, m => m.MessageType == "stream");
    }

    [Fact(DisplayName = "is_complete: `if (true) {` → incomplete (indent 4 spaces); `var a = 1;` → complete; `var = ;` → invalid")]
    public async Task IsComplete()
    {
        await using var client = KernelTestClient.Start();
        JupyterMessage Ask(string code)
        {
            client.Send(KernelChannel.Shell, "is_complete_request", new JsonObject { ["code"] = code });
            return client.Reply(KernelChannel.Shell, Wait)!;
        }
        var open = Ask("if (true) {");
        Assert.Equal("is_complete_reply", open.MessageType);
        Assert.Equal("incomplete", open.ContentString("status"));
        Assert.Equal("    ", open.ContentString("indent"));
        Assert.Equal("complete", Ask("var a = 1;").ContentString("status"));
        Assert.Equal("invalid", Ask("var = ;").ContentString("status"));
    }

    [Fact(DisplayName = "complete `Console.Wri` → WriteLine among matches, cursor 8..11")]
    public async Task Complete()
    {
        await using var client = KernelTestClient.Start();
        client.Send(KernelChannel.Shell, "complete_request", new JsonObject { ["code"] = "Console.Wri", ["cursor_pos"] = 11 });
        var reply = client.Reply(KernelChannel.Shell, Wait)!;
        Assert.Equal("complete_reply", reply.MessageType);
        Assert.Equal("ok", reply.ContentString("status"));
        var matches = reply.Content["matches"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Contains("WriteLine", matches);
        Assert.All(matches, m => Assert.StartsWith("Wri", m));
        Assert.Equal(8, reply.ContentInt("cursor_start", -1));
        Assert.Equal(11, reply.ContentInt("cursor_end", -1));
        Assert.Empty(reply.Content["metadata"]!.AsObject());
    }

    [Fact(DisplayName = "inspect names the type at the cursor; history and comm_info of a fresh kernel are empty")]
    public async Task FreshKernelReplies()
    {
        await using var client = KernelTestClient.Start();
        client.Send(KernelChannel.Shell, "inspect_request", new JsonObject { ["code"] = "Console", ["cursor_pos"] = 3, ["detail_level"] = 0 });
        var inspect = client.Reply(KernelChannel.Shell, Wait)!;
        Assert.Equal("inspect_reply", inspect.MessageType);
        Assert.True(inspect.ContentBool("found", false));
        Assert.StartsWith("static class System.Console", inspect.Content["data"]!["text/plain"]!.GetValue<string>());
        client.Send(KernelChannel.Shell, "history_request", new JsonObject { ["hist_access_type"] = "tail", ["n"] = 10 });
        Assert.Empty(client.Reply(KernelChannel.Shell, Wait)!.Content["history"]!.AsArray());
        client.Send(KernelChannel.Shell, "comm_info_request", []);
        Assert.Empty(client.Reply(KernelChannel.Shell, Wait)!.Content["comms"]!.AsObject());
    }

    [Fact(DisplayName = "bad signature: the message gets no reply and does not run; a signed one right after is answered")]
    public async Task BadSignatureIsDropped()
    {
        var folder = Directory.CreateTempSubdirectory("wb-kernel-sig-").FullName;
        try
        {
            await using var client = KernelTestClient.Start(folder);
            var marker = Path.Combine(folder, "executed.txt");
            // A correctly formed execute that would create a file and define a variable, signed with the wrong key.
            var code = $"System.IO.File.WriteAllText(@\"{marker}\", \"ran\"); var secret = 7; secret";
            var forged = JupyterMessage.Create("execute_request", client.Session, new JsonObject { ["code"] = code, ["silent"] = false });
            var frames = WireFormat.Encode(forged, new MessageSigner("wrong-key"));
            client.SendFrames(KernelChannel.Shell, frames);
            // The same message with its signature removed, and one with the signature of other content.
            var unsigned = WireFormat.Encode(forged, new MessageSigner(""));
            client.SendFrames(KernelChannel.Shell, unsigned);
            var swapped = WireFormat.Encode(forged, client.Signer);
            swapped[^1] = System.Text.Encoding.UTF8.GetBytes(new JsonObject { ["code"] = code + "; 1" }.ToJsonString());
            client.SendFrames(KernelChannel.Control, swapped);

            Assert.Null(client.Reply(KernelChannel.Shell, TimeSpan.FromSeconds(2)));
            Assert.Null(client.Reply(KernelChannel.Control, TimeSpan.FromMilliseconds(200)));
            Assert.DoesNotContain(client.Drain(TimeSpan.FromMilliseconds(300)), m => KernelTestClient.Parent(m) == forged.MessageId);
            Assert.Equal(3, client.Server.DroppedMessages);
            var log = client.LogWriter.ToString();
            output.WriteLine(log);
            Assert.Contains("签名（HMAC-SHA256）不正确", log);
            Assert.Contains("没有签名", log);

            // Right after, a correctly signed execute is answered — and shows the forged one never ran.
            var (reply, iopub) = client.Execute("secret");
            Assert.Equal("error", reply.ContentString("status"));
            Assert.Contains("CS0103", iopub.Single(m => m.MessageType == "error").ContentString("evalue"));
            Assert.False(File.Exists(marker), "被拒绝的消息不应执行");
            Assert.Equal(1, reply.ContentInt("execution_count", -1));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact(DisplayName = "interrupt_request on control during `while (true) { }` → error Interrupted within seconds; kernel still answers")]
    public async Task Interrupt()
    {
        await using var client = KernelTestClient.Start();
        client.Execute("var before = 5;");
        var running = client.Send(KernelChannel.Shell, "execute_request", new JsonObject { ["code"] = "while (true) { }", ["silent"] = false });
        Assert.NotNull(client.TryIopub(m => KernelTestClient.Parent(m) == running.MessageId && m.MessageType == "execute_input", Wait));
        Thread.Sleep(500); // inside the loop by now

        var clock = Stopwatch.StartNew();
        client.Send(KernelChannel.Control, "interrupt_request", []);
        var interruptReply = client.Reply(KernelChannel.Control, TimeSpan.FromSeconds(5));
        Assert.NotNull(interruptReply);
        Assert.Equal("interrupt_reply", interruptReply!.MessageType);
        var reply = client.Reply(KernelChannel.Shell, TimeSpan.FromSeconds(10));
        output.WriteLine($"中断到 execute_reply：{clock.ElapsedMilliseconds} ms");
        Assert.NotNull(reply);
        Assert.Equal("error", reply!.ContentString("status"));
        Assert.Equal("Interrupted", reply.ContentString("ename"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"中断用时 {clock.Elapsed}");
        var iopub = client.IopubUntilIdle(running.MessageId, Wait);
        Assert.Equal("Interrupted", iopub.Single(m => m.MessageType == "error").ContentString("ename"));

        var (after, results) = client.Execute("before * 2");
        Assert.Equal("ok", after.ContentString("status"));
        Assert.Equal("10", results.Single(m => m.MessageType == "execute_result").Content["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact(DisplayName = "shutdown_request on control → shutdown_reply (restart echoed), server ends")]
    public async Task ShutdownOnControl()
    {
        await using var client = KernelTestClient.Start();
        client.Send(KernelChannel.Control, "shutdown_request", new JsonObject { ["restart"] = true });
        var reply = client.Reply(KernelChannel.Control, TimeSpan.FromSeconds(10))!;
        Assert.Equal("shutdown_reply", reply.MessageType);
        Assert.True(reply.ContentBool("restart", false));
        var clock = Stopwatch.StartNew();
        await client.Server.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        output.WriteLine($"shutdown_reply 到服务结束：{clock.ElapsedMilliseconds} ms");
    }

    [Fact(DisplayName = "shutdown_request on shell → shutdown_reply, server ends")]
    public async Task ShutdownOnShell()
    {
        await using var client = KernelTestClient.Start();
        client.Send(KernelChannel.Shell, "shutdown_request", new JsonObject { ["restart"] = false });
        var reply = client.Reply(KernelChannel.Shell, TimeSpan.FromSeconds(10))!;
        Assert.Equal("shutdown_reply", reply.MessageType);
        Assert.False(reply.ContentBool("restart", true));
        await client.Server.Completion.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
