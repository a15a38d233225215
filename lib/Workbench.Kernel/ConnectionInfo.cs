using System.Text.Json;
using System.Text.Json.Serialization;
using Workbench.IO;

namespace Workbench.Kernel;

/// <summary>
/// A Jupyter connection file: where the kernel's five sockets listen and the key that signs messages
/// (Jupyter messaging protocol 5.3, "Connection files"). The kernel is a local process: only TCP on 127.0.0.1 is
/// accepted, and only the <c>hmac-sha256</c> scheme (or an empty key, which Jupyter allows for unsigned messages).
/// </summary>
public sealed record ConnectionInfo
{
    /// <summary>The only address the kernel binds to.</summary>
    public const string Loopback = "127.0.0.1";

    /// <summary>The only signature scheme accepted.</summary>
    public const string HmacSha256 = "hmac-sha256";

    /// <summary>Transport; always <c>tcp</c>.</summary>
    [JsonPropertyName("transport")] public string Transport { get; init; } = "tcp";

    /// <summary>Address; always 127.0.0.1.</summary>
    [JsonPropertyName("ip")] public string Ip { get; init; } = Loopback;

    /// <summary>Shell channel port (requests and replies). 0 = any free port (tests).</summary>
    [JsonPropertyName("shell_port")] public int ShellPort { get; init; }

    /// <summary>IOPub channel port (broadcast of outputs and status).</summary>
    [JsonPropertyName("iopub_port")] public int IopubPort { get; init; }

    /// <summary>Stdin channel port (input requests; this kernel never sends any).</summary>
    [JsonPropertyName("stdin_port")] public int StdinPort { get; init; }

    /// <summary>Control channel port (interrupt, shutdown).</summary>
    [JsonPropertyName("control_port")] public int ControlPort { get; init; }

    /// <summary>Heartbeat port (echo).</summary>
    [JsonPropertyName("hb_port")] public int HeartbeatPort { get; init; }

    /// <summary>HMAC key; empty = messages are not signed.</summary>
    [JsonPropertyName("key")] public string Key { get; init; } = "";

    /// <summary>Signature scheme; always <c>hmac-sha256</c>.</summary>
    [JsonPropertyName("signature_scheme")] public string SignatureScheme { get; init; } = HmacSha256;

    /// <summary>Kernel name Jupyter wrote (informational).</summary>
    [JsonPropertyName("kernel_name")] public string? KernelName { get; init; }

    /// <summary>Reads and checks a connection file; a bad file gives a Chinese error naming it.</summary>
    public static ConnectionInfo Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"找不到 Jupyter 连接文件：{path}", path);
        ConnectionInfo? info;
        try
        {
            info = JsonSerializer.Deserialize<ConnectionInfo>(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new WorkbenchDataException(path, (e.LineNumber ?? 0) + 1, ((e.BytePositionInLine ?? 0) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"Jupyter 连接文件不是有效的 JSON（{e.Message}）", e);
        }
        if (info is null) throw new WorkbenchDataException(path, null, null, "Jupyter 连接文件为空");
        info.Validate(path);
        return info;
    }

    /// <summary>
    /// Checks the transport, address and signature scheme; throws a Chinese <see cref="WorkbenchDataException"/>
    /// naming <paramref name="source"/> when the kernel must refuse them.
    /// </summary>
    public void Validate(string source = "连接信息")
    {
        if (!string.Equals(Transport, "tcp", StringComparison.OrdinalIgnoreCase))
            throw new WorkbenchDataException(source, null, "transport", $"传输方式 \"{Transport}\" 不受支持，内核只使用 tcp。");
        if (Ip is not (Loopback or "localhost"))
            throw new WorkbenchDataException(source, null, "ip",
                $"地址 \"{Ip}\" 被拒绝。内核是本机进程，只绑定 {Loopback}，不对其他地址开放（以免他人执行代码）。");
        if (!string.Equals(SignatureScheme, HmacSha256, StringComparison.OrdinalIgnoreCase))
            throw new WorkbenchDataException(source, null, "signature_scheme",
                $"签名方式 \"{SignatureScheme}\" 不受支持，只接受 {HmacSha256}。");
        foreach (var (name, port) in Ports)
            if (port is < 0 or > 65535)
                throw new WorkbenchDataException(source, null, name, $"端口 {port} 超出范围 0—65535。");
    }

    internal IEnumerable<(string Name, int Port)> Ports =>
    [
        ("shell_port", ShellPort), ("iopub_port", IopubPort), ("stdin_port", StdinPort),
        ("control_port", ControlPort), ("hb_port", HeartbeatPort),
    ];

    /// <summary>The ZeroMQ endpoint of <paramref name="port"/> on the loopback address.</summary>
    public static string Endpoint(int port) => $"tcp://{Loopback}:{port}";
}
