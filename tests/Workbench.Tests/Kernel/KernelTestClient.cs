using System.Diagnostics;
using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;
using Workbench.Kernel;
using Workbench.Kernel.Protocol;
using Workbench.Notebooks.Execution;

namespace Workbench.Tests.Kernel;

/// <summary>
/// A Jupyter client for tests: an in-process <see cref="KernelServer"/> on free loopback ports with a known key, and
/// DEALER (shell, control) and SUB (iopub) sockets that sign what they send. Used from one test thread only.
/// </summary>
internal sealed class KernelTestClient : IAsyncDisposable
{
    public const string Key = "workbench-test-key";

    private readonly DealerSocket _shell = new();
    private readonly DealerSocket _control = new();
    private readonly SubscriberSocket _iopub = new();
    private readonly List<JupyterMessage> _iopubSeen = [];

    public MessageSigner Signer { get; } = new(Key);
    public string Session { get; } = Guid.NewGuid().ToString();
    public KernelServer Server { get; }

    private KernelTestClient(KernelServer server)
    {
        Server = server;
        var c = server.Connection;
        _shell.Connect(ConnectionInfo.Endpoint(c.ShellPort));
        _control.Connect(ConnectionInfo.Endpoint(c.ControlPort));
        _iopub.Connect(ConnectionInfo.Endpoint(c.IopubPort));
        _iopub.SubscribeToAnyTopic();
    }

    /// <summary>Starts a kernel and waits until IOPub delivers (PUB/SUB drops what is sent before it joins).</summary>
    public static KernelTestClient Start(string? workingDirectory = null)
    {
        var log = new StringWriter();
        var options = new KernelServerOptions
        {
            Log = TextWriter.Synchronized(log),
            Session = new NotebookSessionOptions { RenderPng = false, WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory },
        };
        var server = KernelServer.Start(new ConnectionInfo { Key = Key }, options);
        var client = new KernelTestClient(server) { LogWriter = log };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            var request = client.Send(KernelChannel.Shell, "kernel_info_request", []);
            client.Reply(KernelChannel.Shell, TimeSpan.FromSeconds(10));
            if (client.TryIopub(m => Parent(m) == request.MessageId, TimeSpan.FromMilliseconds(300)) is not null)
            {
                client._iopubSeen.Clear();
                return client;
            }
        }
        throw new TimeoutException("IOPub 20 秒内没有收到消息");
    }

    /// <summary>What the kernel reported on its log (stderr in production).</summary>
    public StringWriter LogWriter { get; private init; } = new();

    public static string Parent(JupyterMessage m) => m.ParentHeader["msg_id"]?.GetValue<string>() ?? "";

    /// <summary>Sends a signed request; returns it (its header's msg_id identifies the answers).</summary>
    public JupyterMessage Send(KernelChannel channel, string type, JsonObject content)
    {
        var message = JupyterMessage.Create(type, Session, content);
        SendFrames(channel, WireFormat.Encode(message, Signer));
        return message;
    }

    /// <summary>Sends frames as given (for tampered messages).</summary>
    public void SendFrames(KernelChannel channel, List<byte[]> frames)
    {
        var socket = channel == KernelChannel.Control ? _control : _shell;
        socket.SendMultipartMessage(new NetMQMessage(frames));
    }

    /// <summary>The next reply on shell or control, or null after <paramref name="timeout"/>.</summary>
    public JupyterMessage? Reply(KernelChannel channel, TimeSpan timeout)
    {
        var socket = channel == KernelChannel.Control ? _control : _shell;
        var frames = new List<byte[]>();
        if (!socket.TryReceiveMultipartBytes(timeout, ref frames)) return null;
        var message = WireFormat.Decode(frames, Signer, out var problem);
        Assert.True(message is not null, $"内核的回复无法解析或签名错误：{problem}");
        return message;
    }

    /// <summary>Every IOPub message answering <paramref name="requestId"/>, up to and including its idle status.</summary>
    public List<JupyterMessage> IopubUntilIdle(string requestId, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var done = _iopubSeen.FindIndex(m => Parent(m) == requestId && m.MessageType == "status"
                                                 && m.Content["execution_state"]?.GetValue<string>() == "idle");
            if (done >= 0)
            {
                var mine = _iopubSeen.Take(done + 1).Where(m => Parent(m) == requestId).ToList();
                _iopubSeen.RemoveAll(m => Parent(m) == requestId);
                return mine;
            }
            ReceiveIopub(TimeSpan.FromMilliseconds(100));
        }
        throw new TimeoutException($"{timeout.TotalSeconds} 秒内没有等到请求 {requestId} 的 idle 状态");
    }

    /// <summary>The first IOPub message matching <paramref name="match"/> within <paramref name="timeout"/>, or null.</summary>
    public JupyterMessage? TryIopub(Func<JupyterMessage, bool> match, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        do
        {
            if (_iopubSeen.FirstOrDefault(match) is { } seen) return seen;
            ReceiveIopub(TimeSpan.FromMilliseconds(50));
        } while (clock.Elapsed < timeout);
        return _iopubSeen.FirstOrDefault(match);
    }

    /// <summary>All IOPub messages seen so far that were not consumed.</summary>
    public IReadOnlyList<JupyterMessage> Drain(TimeSpan wait)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < wait) ReceiveIopub(TimeSpan.FromMilliseconds(50));
        return _iopubSeen.ToList();
    }

    private void ReceiveIopub(TimeSpan timeout)
    {
        var frames = new List<byte[]>();
        while (_iopub.TryReceiveMultipartBytes(timeout, ref frames))
        {
            var message = WireFormat.Decode(frames, Signer, out var problem);
            Assert.True(message is not null, $"IOPub 消息无法解析或签名错误：{problem}");
            _iopubSeen.Add(message!);
            frames = new List<byte[]>();
            timeout = TimeSpan.Zero;
        }
    }

    /// <summary>Executes <paramref name="code"/>; returns the reply and the IOPub messages up to idle.</summary>
    public (JupyterMessage Reply, List<JupyterMessage> Iopub) Execute(string code, TimeSpan? timeout = null, bool storeHistory = true)
    {
        var wait = timeout ?? TimeSpan.FromSeconds(60);
        var request = Send(KernelChannel.Shell, "execute_request", new JsonObject
        {
            ["code"] = code, ["silent"] = false, ["store_history"] = storeHistory,
            ["user_expressions"] = new JsonObject(), ["allow_stdin"] = false, ["stop_on_error"] = true,
        });
        var reply = Reply(KernelChannel.Shell, wait) ?? throw new TimeoutException($"执行 {code} 没有回复");
        return (reply, IopubUntilIdle(request.MessageId, wait));
    }

    public async ValueTask DisposeAsync()
    {
        _shell.Dispose();
        _control.Dispose();
        _iopub.Dispose();
        await Server.DisposeAsync();
    }
}
