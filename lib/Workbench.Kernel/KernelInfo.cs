using System.Text.Json.Nodes;
using Workbench.Kernel.Protocol;
using Workbench.Notebooks.Ipynb;

namespace Workbench.Kernel;

/// <summary>What the kernel says about itself in kernel_info_reply (messaging protocol 5.3).</summary>
internal static class KernelInfo
{
    /// <summary>The kernel's name in kernelspecs and notebook metadata.</summary>
    public const string KernelName = NotebookLanguage.KernelName;

    /// <summary>The name Jupyter shows.</summary>
    public const string DisplayName = NotebookLanguage.DisplayName;

    /// <summary>The language_info block, exactly as the notebooks' metadata carries it.</summary>
    public static JsonObject LanguageInfo() => NotebookLanguage.LanguageInfo();

    public static JsonObject Content() => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = JupyterMessage.ProtocolVersion,
        ["implementation"] = "workbench",
        ["implementation_version"] = KernelServer.Version,
        ["language_info"] = LanguageInfo(),
        ["banner"] = $"Workbench C# 内核 {KernelServer.Version}：按标准计算空气质量与地表水指标。单元格使用 C# 脚本；display(x) 显示表格与图形；中断会在下一条语句或下一次循环处停止。",
        ["help_links"] = new JsonArray(
            new JsonObject { ["text"] = "C# 语言参考", ["url"] = "https://learn.microsoft.com/zh-cn/dotnet/csharp/" },
            new JsonObject { ["text"] = "Jupyter 消息协议", ["url"] = "https://jupyter-client.readthedocs.io/en/stable/messaging.html" }),
        ["debugger"] = false,
    };
}
