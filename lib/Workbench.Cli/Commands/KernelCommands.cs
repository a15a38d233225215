using System.CommandLine;
using NetMQ;
using Workbench.IO;
using Workbench.Kernel;

namespace Workbench.Cli.Commands;

/// <summary>`workbench kernel`: the Jupyter kernel (start, as kernel.json runs it; install the kernelspec).</summary>
internal static class KernelCommands
{
    public static Command Create()
    {
        var connectionFile = new Option<string>("--connection-file")
        {
            Description = "Jupyter 写的连接文件（端口与签名密钥）",
            Required = true,
        };
        var start = new Command("start", "启动内核（由 Jupyter 按 kernel.json 调用）") { connectionFile };
        start.SetAction(parseResult => CommandRunner.Run(() =>
        {
            var info = ConnectionInfo.Load(parseResult.GetValue(connectionFile)!);
            var server = KernelServer.Start(info);
            // A front end killed without a shutdown request must not leave its kernel running (ipykernel does the same).
            using var parent = ParentProcess.Watch(() =>
            {
                Console.Error.WriteLine("内核：启动内核的进程已退出，内核随之关闭。");
                server.Stop();
                // A cell that ignores the interrupt cannot hold the process: give shutdown three seconds.
                if (!server.Completion.Wait(TimeSpan.FromSeconds(3))) Environment.Exit(1);
            });
            server.Completion.GetAwaiter().GetResult();
            // Let the last replies leave (sockets linger up to a second), then end the process.
            NetMQConfig.Cleanup(block: true);
            return 0;
        }));

        var user = new Option<bool>("--user") { Description = "安装到当前用户的 Jupyter 数据目录（否则安装到系统目录）" };
        var prefix = new Option<string?>("--prefix") { Description = "安装到 <目录>/share/jupyter（例如虚拟环境或测试用的临时目录）" };
        var install = new Command("install", $"安装 Jupyter 内核规格（显示名“{KernelSpec.DisplayName}”）") { user, prefix };
        install.SetAction(parseResult => CommandRunner.Run(() =>
        {
            var dataDirectory = KernelSpec.DataDirectory(parseResult.GetValue(user), parseResult.GetValue(prefix));
            var launcher = KernelSpec.Launcher(Environment.ProcessPath, typeof(KernelCommands).Assembly.Location);
            string path;
            OutputPath.EnsureNotInput(dataDirectory, [], OutputKind.Folder);
            try
            {
                path = OutputPath.Write(dataDirectory, () => KernelSpec.Install(dataDirectory, launcher));
            }
            catch (WorkbenchOutputException e) when (e.InnerException is UnauthorizedAccessException)
            {
                throw new WorkbenchOutputException(dataDirectory, "没有写入权限：请以管理员身份运行，或改用 --user 安装到当前用户目录", e);
            }
            Console.WriteLine($"已安装 Jupyter 内核“{KernelSpec.DisplayName}”（名称 {KernelSpec.Name}）：{path}");
            Console.WriteLine($"  启动命令：{string.Join(" ", launcher)} kernel start --connection-file {{connection_file}}");
            if (parseResult.GetValue(prefix) is not null)
                Console.WriteLine($"  该目录不在 Jupyter 的默认搜索路径中时，请设置环境变量 JUPYTER_PATH={dataDirectory}");
            Console.WriteLine("使用：在 Jupyter、VS Code 中打开 notebooks/*.ipynb 并选择该内核，或运行");
            Console.WriteLine($"  jupyter nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name={KernelSpec.Name} <笔记本.ipynb>");
            Console.WriteLine("  jupyter kernelspec list 可查看已安装的内核。");
            return 0;
        }));

        return new Command("kernel", "Jupyter 内核：在 Jupyter / VS Code 中交互运行工作台笔记本") { start, install };
    }
}
