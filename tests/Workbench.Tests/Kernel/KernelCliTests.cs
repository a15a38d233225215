using Workbench.Tests.Cli;

namespace Workbench.Tests.Kernel;

/// <summary>`workbench kernel start|install` through the CLI entry point.</summary>
[Collection("cli")]
public sealed class KernelCliTests
{
    [Fact(DisplayName = "kernel start refuses a connection file asking for 0.0.0.0 (exit 2, Chinese error naming ip)")]
    public void StartRefusesOpenAddress()
    {
        var path = Path.Combine(Path.GetTempPath(), $"wb-kernel-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {"shell_port": 0, "iopub_port": 0, "stdin_port": 0, "control_port": 0, "hb_port": 0,
             "ip": "0.0.0.0", "key": "k", "transport": "tcp", "signature_scheme": "hmac-sha256"}
            """);
        try
        {
            var result = CliRunner.Run("kernel", "start", "--connection-file", path);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("0.0.0.0", result.Error);
            Assert.Contains("列 ip", result.Error);
            Assert.Contains("127.0.0.1", result.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact(DisplayName = "kernel install --prefix writes share/jupyter/kernels/workbench-csharp/kernel.json and says where")]
    public void InstallWithPrefix()
    {
        var prefix = Directory.CreateTempSubdirectory("wb-kernel-prefix-").FullName;
        try
        {
            var result = CliRunner.Run("kernel", "install", "--prefix", prefix);
            Assert.Equal(0, result.ExitCode);
            var path = Path.Combine(prefix, "share", "jupyter", "kernels", "workbench-csharp", "kernel.json");
            Assert.True(File.Exists(path));
            Assert.Contains(path, result.Out);
            Assert.Contains("JUPYTER_PATH", result.Out);
            var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
            var argv = json["argv"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
            Assert.Equal(["kernel", "start", "--connection-file", "{connection_file}"], argv[^4..]);
            Assert.EndsWith("Workbench.Cli.dll", argv[^5]);
            Assert.Equal("C# (Workbench)", json["display_name"]!.GetValue<string>());
        }
        finally
        {
            Directory.Delete(prefix, recursive: true);
        }
    }
}
