using Workbench.Export;

namespace Workbench.Tests.Export;

/// <summary>A fact that needs a local Chromium-family browser; skipped with a message when none is installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        string? path;
        try { path = BrowserLocator.Find(); }
        catch (FileNotFoundException e) { path = null; Skip = e.Message; return; }
        if (path is null) Skip = "没有安装本机浏览器（Debian：apt-get install chromium fonts-noto-cjk），跳过导出测试";
    }
}
