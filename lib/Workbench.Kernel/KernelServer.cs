using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using NetMQ;
using NetMQ.Sockets;
using Workbench.Kernel.Protocol;
using Workbench.Notebooks.Execution;
using Workbench.Notebooks.Rendering;

namespace Workbench.Kernel;

/// <summary>
/// A Jupyter kernel for Workbench's C# cells (messaging protocol 5.3 over ZeroMQ). Every socket is bound to
/// 127.0.0.1; every message must carry a valid HMAC-SHA256 signature or it is dropped unanswered. Cells run one at a
/// time on a worker, through the same <see cref="NotebookSession"/> and renderers as the notebook runner, while the
/// control channel stays free to interrupt or shut down.
/// </summary>
public sealed partial class KernelServer : IAsyncDisposable
{
    private const string StopMarker = "__stop__";

    private readonly MessageSigner _signer;
    private readonly TextWriter _log;
    private readonly string _session = Guid.NewGuid().ToString();
    private readonly RouterSocket _shell = new();
    private readonly RouterSocket _control = new();
    private readonly RouterSocket _stdin = new();
    private readonly PublisherSocket _iopub = new();
    private readonly ResponseSocket _heartbeat = new();
    private readonly NetMQQueue<(KernelChannel Channel, JupyterMessage? Message)> _outbox = new();
    private readonly NetMQPoller _poller;
    private readonly Channel<JupyterMessage> _shellQueue = Channel.CreateUnbounded<JupyterMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly NotebookSession _notebook;
    private readonly Stopwatch _sinceStart = Stopwatch.StartNew();
    private readonly ExecutionHistory _history = new();
    private Task _worker = Task.CompletedTask;
    private CancellationTokenSource? _runningCell;
    private int _stopRequested;

    private KernelServer(ConnectionInfo info, KernelServerOptions options)
    {
        _signer = new MessageSigner(info.Key);
        _log = options.Log ?? Console.Error;
        _notebook = NotebookSession.Create(options.Session);
        Connection = info with
        {
            Ip = ConnectionInfo.Loopback,
            ShellPort = Bind(_shell, info.ShellPort),
            ControlPort = Bind(_control, info.ControlPort),
            StdinPort = Bind(_stdin, info.StdinPort),
            IopubPort = Bind(_iopub, info.IopubPort),
            HeartbeatPort = Bind(_heartbeat, info.HeartbeatPort),
        };
        _shell.ReceiveReady += (_, e) => Receive(KernelChannel.Shell, e.Socket);
        _control.ReceiveReady += (_, e) => Receive(KernelChannel.Control, e.Socket);
        _stdin.ReceiveReady += (_, e) => Receive(KernelChannel.Stdin, e.Socket);
        _outbox.ReceiveReady += (_, _) => Flush();
        _poller = [_shell, _control, _stdin, _outbox];
    }

    /// <summary>
    /// Binds the sockets (to 127.0.0.1; a port of 0 takes any free port) and starts answering. Throws a Chinese
    /// <see cref="Workbench.IO.WorkbenchDataException"/> when <paramref name="info"/> asks for another address or scheme.
    /// </summary>
    public static KernelServer Start(ConnectionInfo info, KernelServerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.Validate();
        var server = new KernelServer(info, options ?? new KernelServerOptions());
        server.Run();
        return server;
    }

    /// <summary>The connection actually in use (ports filled in where 0 was asked).</summary>
    public ConnectionInfo Connection { get; }

    /// <summary>Completes when the kernel has shut down (shutdown_request or <see cref="DisposeAsync"/>).</summary>
    public Task Completion => _finished.Task;

    /// <summary>Time from start to the first reply sent, once one was sent.</summary>
    public TimeSpan? FirstReplyAfter { get; private set; }

    /// <summary>Messages dropped so far because their signature was bad or missing, or their frames malformed.</summary>
    public int DroppedMessages => _dropped;

    private int _dropped;

    private static int Bind(NetMQSocket socket, int port)
    {
        // Let the last reply (shutdown_reply) leave before the socket closes.
        socket.Options.Linger = TimeSpan.FromSeconds(1);
        if (port == 0) return socket.BindRandomPort($"tcp://{ConnectionInfo.Loopback}");
        socket.Bind(ConnectionInfo.Endpoint(port));
        return port;
    }

    private void Run()
    {
        var heartbeat = new Thread(Heartbeat) { IsBackground = true, Name = "jupyter-heartbeat" };
        heartbeat.Start();
        _worker = Task.Run(WorkAsync);
        var loop = new Thread(() =>
        {
            try { _poller.Run(); }
            catch (Exception e) { _log.WriteLine($"内核：消息循环异常终止：{e.GetType().Name}: {e.Message}"); }
            finally { Finish(heartbeat); }
        }) { IsBackground = true, Name = "jupyter-poller" };
        loop.Start();
    }

    // Heartbeat: echo every message back, on its own thread and socket, so a busy kernel still looks alive.
    private void Heartbeat()
    {
        var message = new NetMQMessage();
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                if (_heartbeat.TryReceiveMultipartMessage(TimeSpan.FromMilliseconds(200), ref message))
                    _heartbeat.SendMultipartMessage(message);
            }
            catch (Exception e) when (e is ObjectDisposedException or NetMQException or TerminatingException)
            {
                return;
            }
        }
    }

    private void Receive(KernelChannel channel, NetMQSocket socket)
    {
        var frames = new List<byte[]>();
        while (socket.TryReceiveMultipartBytes(TimeSpan.Zero, ref frames))
        {
            var message = WireFormat.Decode(frames, _signer, out var problem);
            frames = new List<byte[]>();
            if (message is null)
            {
                // Dropped: never executed, never answered; one line on stderr per message.
                Interlocked.Increment(ref _dropped);
                _log.WriteLine($"内核：已丢弃 {Name(channel)} 通道上的一条消息（{problem}）；未执行，也未回复。");
                _log.Flush();
                continue;
            }
            switch (channel)
            {
                case KernelChannel.Shell:
                    _shellQueue.Writer.TryWrite(message);
                    break;
                case KernelChannel.Control:
                    HandleControl(message);
                    break;
                default:
                    // This kernel never asks for input, so nothing should come back on stdin.
                    _log.WriteLine($"内核：stdin 通道收到未请求的消息 {message.MessageType}，已忽略。");
                    break;
            }
        }
    }

    private async Task WorkAsync()
    {
        try
        {
            await foreach (var request in _shellQueue.Reader.ReadAllAsync(_stopping.Token).ConfigureAwait(false))
                await HandleShellAsync(request).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            _log.WriteLine($"内核：执行线程异常终止：{e.GetType().Name}: {e.Message}");
            RequestStop();
        }
    }

    // Control requests are answered on the poller thread at once, even while a cell runs.
    private void HandleControl(JupyterMessage request)
    {
        Publish("status", Status("busy"), request.Header);
        switch (request.MessageType)
        {
            case "interrupt_request":
                // Cooperative: the cell stops at its next woven check (statement, loop body) or library loop.
                Volatile.Read(ref _runningCell)?.Cancel();
                Reply(KernelChannel.Control, request, "interrupt_reply", new JsonObject { ["status"] = "ok" });
                break;
            case "shutdown_request":
                Reply(KernelChannel.Control, request, "shutdown_reply", ShutdownContent(request));
                break;
            case "kernel_info_request":
                Reply(KernelChannel.Control, request, "kernel_info_reply", KernelInfo.Content());
                break;
            default:
                _log.WriteLine($"内核：control 通道不支持消息类型 {request.MessageType}，未回复。");
                break;
        }
        Publish("status", Status("idle"), request.Header);
        if (request.MessageType == "shutdown_request") RequestStop();
    }

    private async Task HandleShellAsync(JupyterMessage request)
    {
        Publish("status", Status("busy"), request.Header);
        try
        {
            switch (request.MessageType)
            {
                case "kernel_info_request":
                    Reply(KernelChannel.Shell, request, "kernel_info_reply", KernelInfo.Content());
                    break;
                case "execute_request":
                    await ExecuteAsync(request).ConfigureAwait(false);
                    break;
                case "is_complete_request":
                    Reply(KernelChannel.Shell, request, "is_complete_reply", IsCompleteContent(request.ContentString("code")));
                    break;
                case "complete_request":
                    Reply(KernelChannel.Shell, request, "complete_reply", CompleteContent(request));
                    break;
                case "inspect_request":
                    Reply(KernelChannel.Shell, request, "inspect_reply", InspectContent(request));
                    break;
                case "history_request":
                    Reply(KernelChannel.Shell, request, "history_reply", _history.Reply(request));
                    break;
                case "comm_info_request":
                    // No comm targets (no widgets): an empty map, for any target_name asked about.
                    Reply(KernelChannel.Shell, request, "comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                    break;
                case "comm_open":
                    // Protocol 5.3 (ipykernel's CommManager): a comm to an unknown target is closed at once, which the
                    // front end takes as "not available here"; comm_open has no reply.
                    Publish("comm_close", new JsonObject { ["comm_id"] = request.ContentString("comm_id"), ["data"] = new JsonObject() }, request.Header);
                    break;
                case "comm_msg":
                case "comm_close":
                    // No comm is ever open here: nothing to deliver, and these messages have no reply.
                    break;
                case "shutdown_request":
                    Reply(KernelChannel.Shell, request, "shutdown_reply", ShutdownContent(request));
                    break;
                default:
                    _log.WriteLine($"内核：shell 通道不支持消息类型 {request.MessageType}，未回复。");
                    break;
            }
        }
        finally
        {
            Publish("status", Status("idle"), request.Header);
        }
        if (request.MessageType == "shutdown_request") RequestStop();
    }

    private async Task ExecuteAsync(JupyterMessage request)
    {
        var code = request.ContentString("code");
        var silent = request.ContentBool("silent", false);
        var stopOnError = request.ContentBool("stop_on_error", true);
        // Only executions that store history advance the counter (protocol 5.3; silent forces store_history false).
        var storeHistory = !silent && request.ContentBool("store_history", true);
        if (!silent)
            Publish("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = _notebook.ExecutionCount + (storeHistory ? 1 : 0) }, request.Header);

        if (storeHistory) _history.Add(_notebook.ExecutionCount + 1, code);
        CellOutcome outcome;
        using (var cell = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token))
        {
            Volatile.Write(ref _runningCell, cell);
            try
            {
                outcome = await _notebook.ExecuteAsync(code, new IopubSink(this, request.Header), cell.Token, counted: storeHistory).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                outcome = new CellOutcome(_notebook.ExecutionCount, null,
                    new CellError(e.GetType().Name, $"内核执行单元格时出错：{e.Message}", [e.ToString()]), TimeSpan.Zero);
            }
            finally
            {
                Volatile.Write(ref _runningCell, null);
            }
        }

        if (outcome.Error is { } error)
        {
            var traceback = new JsonArray(error.Traceback.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray());
            Publish("error", new JsonObject { ["ename"] = error.Name, ["evalue"] = error.Message, ["traceback"] = traceback.DeepClone() }, request.Header);
            Reply(KernelChannel.Shell, request, "execute_reply", new JsonObject
            {
                ["status"] = "error",
                ["execution_count"] = outcome.ExecutionCount,
                ["ename"] = error.Name,
                ["evalue"] = error.Message,
                ["traceback"] = traceback,
                ["user_expressions"] = new JsonObject(),
                ["payload"] = new JsonArray(),
            });
            if (stopOnError) AbortQueuedExecutions();
            return;
        }
        if (outcome.Result is { } result && !silent)
            Publish("execute_result", new JsonObject
            {
                ["execution_count"] = outcome.ExecutionCount,
                ["data"] = DataOf(result),
                ["metadata"] = new JsonObject(),
            }, request.Header);
        Reply(KernelChannel.Shell, request, "execute_reply", new JsonObject
        {
            ["status"] = "ok",
            ["execution_count"] = outcome.ExecutionCount,
            ["user_expressions"] = new JsonObject(),
            ["payload"] = new JsonArray(),
        });
    }

    // stop_on_error: cells queued behind a failed one are not run; each gets an "aborted" reply.
    private void AbortQueuedExecutions()
    {
        var others = new List<JupyterMessage>();
        while (_shellQueue.Reader.TryRead(out var queued))
        {
            if (queued.MessageType != "execute_request") { others.Add(queued); continue; }
            Publish("status", Status("busy"), queued.Header);
            // As ipykernel answers: no execution_count, so the front end shows "In [ ]", not the failed cell's number.
            Reply(KernelChannel.Shell, queued, "execute_reply", new JsonObject { ["status"] = "aborted" });
            Publish("status", Status("idle"), queued.Header);
        }
        // Requests other than executions keep their order and are still answered.
        foreach (var other in others) HandleShellAsync(other).GetAwaiter().GetResult();
    }

    private static JsonObject IsCompleteContent(string code) => NotebookSession.IsComplete(code) switch
    {
        CodeCompleteness.Complete => new JsonObject { ["status"] = "complete" },
        CodeCompleteness.Incomplete => new JsonObject { ["status"] = "incomplete", ["indent"] = "    " },
        _ => new JsonObject { ["status"] = "invalid" },
    };

    private JsonObject CompleteContent(JupyterMessage request)
    {
        var code = request.ContentString("code");
        // Jupyter counts the cursor in Unicode code points; .NET strings in UTF-16 units.
        var cursor = CodePoints.ToUtf16Index(code, request.ContentInt("cursor_pos", code.Length));
        var list = _notebook.Complete(code, cursor);
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray(list.Matches.Select(m => (JsonNode?)JsonValue.Create(m)).ToArray()),
            ["cursor_start"] = CodePoints.FromUtf16Index(code, list.CursorStart),
            ["cursor_end"] = CodePoints.FromUtf16Index(code, list.CursorEnd),
            ["metadata"] = new JsonObject(),
        };
    }

    private JsonObject InspectContent(JupyterMessage request)
    {
        var code = request.ContentString("code");
        var cursor = CodePoints.ToUtf16Index(code, request.ContentInt("cursor_pos", code.Length));
        InspectionResult? found;
        try { found = _notebook.Inspect(code, cursor); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A half-typed cell may not even compile as a submission: nothing to show, as for an unknown name.
            _log.WriteLine($"内核：查看符号时出错：{e.GetType().Name}: {e.Message}");
            found = null;
        }
        return new JsonObject
        {
            ["status"] = "ok",
            ["found"] = found is not null,
            ["data"] = found is null ? new JsonObject() : new JsonObject { ["text/plain"] = found.Text },
            ["metadata"] = new JsonObject(),
        };
    }

    private static JsonObject ShutdownContent(JupyterMessage request) =>
        new() { ["status"] = "ok", ["restart"] = request.ContentBool("restart", false) };

    private static JsonObject Status(string state) => new() { ["execution_state"] = state };

    /// <summary>A rendered output as Jupyter's MIME bundle ("data").</summary>
    internal static JsonObject DataOf(MimeBundle bundle)
    {
        var data = new JsonObject();
        foreach (var (mime, value) in bundle.Data) data[mime] = value;
        return data;
    }

    /// <summary>Broadcasts a message on IOPub, answering <paramref name="parentHeader"/>.</summary>
    internal void Publish(string messageType, JsonObject content, JsonObject parentHeader)
    {
        // The topic frame: subscribers filter on it (Jupyter clients subscribe to everything).
        var topic = System.Text.Encoding.UTF8.GetBytes($"kernel.{_session}.{messageType}");
        Send(KernelChannel.IoPub, JupyterMessage.Create(messageType, _session, content, (JsonObject)parentHeader.DeepClone(), [topic]));
    }

    private void Reply(KernelChannel channel, JupyterMessage request, string messageType, JsonObject content)
    {
        FirstReplyAfter ??= _sinceStart.Elapsed;
        Send(channel, JupyterMessage.Create(messageType, _session, content, (JsonObject)request.Header.DeepClone(), request.Identities));
    }

    // Sockets belong to the poller thread; other threads hand their messages over through the outbox queue, which
    // also keeps IOPub output, replies and status in the order they were produced.
    private void Send(KernelChannel channel, JupyterMessage message)
    {
        if (_stopping.IsCancellationRequested && Volatile.Read(ref _stopRequested) == 2) return;
        _outbox.Enqueue((channel, message));
    }

    private void Flush()
    {
        while (_outbox.TryDequeue(out var item, TimeSpan.Zero))
        {
            if (item.Message is null)
            {
                _poller.StopAsync();
                return;
            }
            var socket = item.Channel switch
            {
                KernelChannel.Shell => (NetMQSocket)_shell,
                KernelChannel.Control => _control,
                KernelChannel.Stdin => _stdin,
                _ => _iopub,
            };
            var frames = WireFormat.Encode(item.Message, _signer);
            var message = new NetMQMessage(frames);
            socket.SendMultipartMessage(message);
        }
    }

    private void RequestStop()
    {
        if (Interlocked.CompareExchange(ref _stopRequested, 1, 0) != 0) return;
        _stopping.Cancel();
        _outbox.Enqueue((KernelChannel.IoPub, null));
    }

    private void Finish(Thread heartbeat)
    {
        Volatile.Write(ref _stopRequested, 2);
        try
        {
            _stopping.Cancel();
            _worker.Wait(TimeSpan.FromSeconds(5));
            heartbeat.Join(TimeSpan.FromSeconds(2));
            foreach (var socket in new NetMQSocket[] { _shell, _control, _stdin, _iopub, _heartbeat }) socket.Dispose();
            _outbox.Dispose();
            _poller.Dispose();
            _notebook.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(5));
        }
        catch (Exception e)
        {
            _log.WriteLine($"内核：关闭时出错：{e.GetType().Name}: {e.Message}");
        }
        finally
        {
            _finished.TrySetResult();
        }
    }

    /// <summary>Starts stopping the kernel (as a shutdown request would, without a reply); <see cref="Completion"/> tells when it ended.</summary>
    public void Stop() => RequestStop();

    /// <summary>Stops the kernel (as a shutdown request would, without a reply) and waits for it to end.</summary>
    public async ValueTask DisposeAsync()
    {
        RequestStop();
        await Completion.WaitAsync(TimeSpan.FromSeconds(15)).ConfigureAwait(false);
    }

    private static string Name(KernelChannel channel) => channel switch
    {
        KernelChannel.Shell => "shell",
        KernelChannel.Control => "control",
        KernelChannel.Stdin => "stdin",
        _ => "iopub",
    };

    /// <summary>The implementation version reported in kernel_info.</summary>
    internal static string Version =>
        typeof(KernelServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0";
}
