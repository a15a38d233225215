using System.Text;
using System.Text.Json.Nodes;
using Workbench.IO;
using Workbench.Kernel;
using Workbench.Kernel.Protocol;

namespace Workbench.Tests.Kernel;

/// <summary>Connection files, HMAC signing and the wire format, without sockets.</summary>
public sealed class ProtocolTests
{
    private static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    [Fact(DisplayName = "HMAC-SHA256 of the four frames matches Python's hmac (key workbench-key)")]
    public void SignatureVector()
    {
        // Hand-checked: hmac.new(b'workbench-key', b'{"a":1}' + b'{}' + b'{}' + b'{"code":"1"}', hashlib.sha256).hexdigest()
        var signer = new MessageSigner("workbench-key");
        var signature = signer.Sign(B("{\"a\":1}"), B("{}"), B("{}"), B("{\"code\":\"1\"}"));
        Assert.Equal("cde4dffe107bcd475766363834cf437bced83e1e986dbad2b7427e70409b58a5", signature);
        Assert.True(signer.Verify(signature, B("{\"a\":1}"), B("{}"), B("{}"), B("{\"code\":\"1\"}")));
        Assert.True(signer.Verify(signature.ToUpperInvariant(), B("{\"a\":1}"), B("{}"), B("{}"), B("{\"code\":\"1\"}")));
        Assert.False(signer.Verify(signature, B("{\"a\":1}"), B("{}"), B("{}"), B("{\"code\":\"2\"}")));
        Assert.False(signer.Verify("", B("{\"a\":1}"), B("{}"), B("{}"), B("{\"code\":\"1\"}")));
        Assert.False(signer.Verify("zz" + signature[2..], B("{\"a\":1}"), B("{}"), B("{}"), B("{\"code\":\"1\"}")));
    }

    [Fact(DisplayName = "empty key: unsigned messages (signature \"\"), as Jupyter allows")]
    public void EmptyKey()
    {
        var signer = new MessageSigner("");
        Assert.False(signer.IsSigning);
        Assert.Equal("", signer.Sign(B("{}"), B("{}"), B("{}"), B("{}")));
        Assert.True(signer.Verify("", B("{}"), B("{}"), B("{}"), B("{}")));
    }

    [Fact(DisplayName = "wire format round trip keeps identities, parent header and buffers; tampering is refused")]
    public void WireRoundTrip()
    {
        var signer = new MessageSigner("k");
        var parent = JupyterMessage.NewHeader("execute_request", "s");
        var message = JupyterMessage.Create("stream", "s", new JsonObject { ["name"] = "stdout", ["text"] = "你好" }, parent, [B("id-1"), B("id-2")]);
        var frames = WireFormat.Encode(message, signer);
        frames.Add(B("buffer"));
        Assert.Equal("<IDS|MSG>", Encoding.ASCII.GetString(frames[2]));
        var back = WireFormat.Decode(frames, signer, out var problem);
        Assert.Null(problem);
        Assert.Equal(["id-1", "id-2"], back!.Identities.Select(Encoding.UTF8.GetString));
        Assert.Equal("你好", back.ContentString("text"));
        Assert.Equal(parent["msg_id"]!.GetValue<string>(), back.ParentHeader["msg_id"]!.GetValue<string>());
        Assert.Equal("5.3", back.Header["version"]!.GetValue<string>());
        Assert.Equal("buffer", Encoding.UTF8.GetString(back.Buffers.Single()));

        frames[^2] = B("{\"name\":\"stdout\",\"text\":\"改过\"}");
        Assert.Null(WireFormat.Decode(frames, signer, out problem));
        Assert.Contains("签名", problem);
        Assert.Null(WireFormat.Decode([B("x"), B("y")], signer, out problem));
        Assert.Contains("<IDS|MSG>", problem);
    }

    [Fact(DisplayName = "connection file: 127.0.0.1 accepted; 0.0.0.0, ipc and hmac-md5 refused in Chinese naming file and field")]
    public void ConnectionFile()
    {
        var folder = Directory.CreateTempSubdirectory("wb-conn-").FullName;
        try
        {
            string Write(string ip, string transport = "tcp", string scheme = "hmac-sha256")
            {
                var path = Path.Combine(folder, $"c-{Guid.NewGuid():N}.json");
                File.WriteAllText(path, $$"""
                    {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
                     "ip": "{{ip}}", "key": "abc", "transport": "{{transport}}", "signature_scheme": "{{scheme}}", "kernel_name": "workbench-csharp"}
                    """);
                return path;
            }
            var ok = ConnectionInfo.Load(Write("127.0.0.1"));
            Assert.Equal((5001, 5002, 5003, 5004, 5005, "abc"), (ok.ShellPort, ok.IopubPort, ok.StdinPort, ok.ControlPort, ok.HeartbeatPort, ok.Key));

            var open = Write("0.0.0.0");
            var e = Assert.Throws<WorkbenchDataException>(() => ConnectionInfo.Load(open));
            Assert.Equal(open, e.File);
            Assert.Equal("ip", e.Column);
            Assert.Contains("0.0.0.0", e.Message);
            Assert.Contains("127.0.0.1", e.Message);
            Assert.Equal("transport", Assert.Throws<WorkbenchDataException>(() => ConnectionInfo.Load(Write("127.0.0.1", "ipc"))).Column);
            Assert.Equal("signature_scheme", Assert.Throws<WorkbenchDataException>(() => ConnectionInfo.Load(Write("127.0.0.1", scheme: "hmac-md5"))).Column);
            var broken = Path.Combine(folder, "broken.json");
            File.WriteAllText(broken, "{\n  \"ip\": \"127.0.0.1\",\n  oops\n}");
            var bad = Assert.Throws<WorkbenchDataException>(() => ConnectionInfo.Load(broken));
            Assert.Equal(3, bad.Line);
            // The server refuses the same way when given the record directly.
            Assert.Throws<WorkbenchDataException>(() => KernelServer.Start(new ConnectionInfo { Ip = "192.168.1.10" }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact(DisplayName = "cursor positions: code points (Jupyter) ↔ UTF-16 (.NET) across an emoji")]
    public void CursorPositions()
    {
        const string code = "var s = \"😀\"; Con";
        Assert.Equal(code.Length, CodePoints.ToUtf16Index(code, code.Length - 1));
        Assert.Equal(code.Length - 1, CodePoints.FromUtf16Index(code, code.Length));
        Assert.Equal(5, CodePoints.ToUtf16Index(code, 5));
    }

    [Fact(DisplayName = "kernelspec: data directories, launcher from apphost or dotnet, kernel.json content")]
    public void Kernelspec()
    {
        var prefix = Path.Combine(Path.GetTempPath(), "wb-prefix");
        Assert.Equal(Path.Combine(prefix, "share", "jupyter"), KernelSpec.DataDirectory(user: false, prefix));
        if (!OperatingSystem.IsWindows()) Assert.Equal("/usr/local/share/jupyter", KernelSpec.DataDirectory(user: false, null));
        var old = Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR");
        try
        {
            Environment.SetEnvironmentVariable("JUPYTER_DATA_DIR", Path.Combine(prefix, "data"));
            Assert.Equal(Path.Combine(prefix, "data"), KernelSpec.DataDirectory(user: true, null));
        }
        finally
        {
            Environment.SetEnvironmentVariable("JUPYTER_DATA_DIR", old);
        }

        Assert.Equal(["/opt/wb/Workbench.Cli"], KernelSpec.Launcher("/opt/wb/Workbench.Cli", "/opt/wb/Workbench.Cli.dll"));
        Assert.Equal(["/opt/dotnet/dotnet", "/opt/wb/Workbench.Cli.dll"], KernelSpec.Launcher("/opt/dotnet/dotnet", "/opt/wb/Workbench.Cli.dll"));
        var json = KernelSpec.Json(["/opt/wb/Workbench.Cli"]);
        Assert.Equal(["/opt/wb/Workbench.Cli", "kernel", "start", "--connection-file", "{connection_file}"],
            json["argv"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("C# (Workbench)", json["display_name"]!.GetValue<string>());
        Assert.Equal("csharp", json["language"]!.GetValue<string>());
        Assert.Equal("message", json["interrupt_mode"]!.GetValue<string>());
    }
}
