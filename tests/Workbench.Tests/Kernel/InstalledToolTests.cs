using Workbench.Kernel;
using Workbench.Sample;

namespace Workbench.Tests.Kernel;

/// <summary>An installed tool: the kernelspec names its command (which survives upgrades), its data live in the user's folder.</summary>
public sealed class InstalledToolTests
{
    [Fact(DisplayName = "kernel install from an installed tool points at the tool's command, not the versioned folder behind it")]
    public void Kernel_launcher_of_an_installed_tool()
    {
        const string linuxDll = "/home/分析员/.dotnet/tools/.store/workbench.cli/0.19.0/workbench.cli.linux-x64/0.19.0/tools/net10.0/linux-x64/Workbench.Cli.dll";
        Assert.Equal(["/home/分析员/.dotnet/tools/workbench"],
            KernelSpec.Launcher("/home/分析员/.dotnet/tools/.store/workbench.cli/0.19.0/workbench.cli.linux-x64/0.19.0/tools/net10.0/linux-x64/Workbench.Cli",
                linuxDll, _ => true));
        const string windowsDll = @"C:\Users\张三\.dotnet\tools\.store\workbench.cli\0.19.0\workbench.cli.win-x64\0.19.0\tools\net10.0\win-x64\Workbench.Cli.dll";
        Assert.Equal(@"C:\Users\张三\.dotnet\tools\workbench.exe", KernelSpec.InstalledToolCommand(windowsDll, _ => true));
        // The command missing (a copied store folder): the apphost as before.
        Assert.Equal(["/x/.store/workbench.cli/0.19.0/Workbench.Cli"],
            KernelSpec.Launcher("/x/.store/workbench.cli/0.19.0/Workbench.Cli", "/x/.store/workbench.cli/0.19.0/Workbench.Cli.dll", _ => false));
        // A checkout's build: dotnet and the dll, as before.
        Assert.Equal(["/usr/bin/dotnet", "/src/wb/lib/Workbench.Cli/bin/Release/net10.0/Workbench.Cli.dll"],
            KernelSpec.Launcher("/usr/bin/dotnet", "/src/wb/lib/Workbench.Cli/bin/Release/net10.0/Workbench.Cli.dll", _ => true));
    }

    [Fact(DisplayName = "The user data folder: workbench under LocalApplicationData (~/.local/share or XDG_DATA_HOME; Workbench in %LOCALAPPDATA%)")]
    public void User_data_folder()
    {
        var expected = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
            OperatingSystem.IsWindows() ? "Workbench" : "workbench");
        Assert.Equal(expected, SampleData.UserDataFolder());
        if (!OperatingSystem.IsWindows() && Environment.GetEnvironmentVariable("XDG_DATA_HOME") is null or "")
            Assert.Equal(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "workbench"), expected);
    }
}
