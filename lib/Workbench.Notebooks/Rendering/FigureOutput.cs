using System.Net;
using System.Text;
using Workbench.Charts;

namespace Workbench.Notebooks.Rendering;

/// <summary>
/// A figure as a notebook HTML output that works offline and degrades well. The fragment holds the PNG (when one
/// was rendered) inside the plot's div: where scripts run (VS Code, JupyterLab, the HTML report) the script clears it
/// and draws the interactive plot; where they are stripped (GitHub, nbviewer) the PNG stays. plotly.js is inlined in
/// the first figure of a session only, with the AMD/CommonJS hooks hidden so it always sets <c>window.Plotly</c>.
/// </summary>
public static class FigureOutput
{
    /// <summary>The HTML fragment; <paramref name="includePlotlyJs"/> inlines plotly.js (the first figure of a session).</summary>
    public static string Fragment(Figure figure, string? pngBase64, bool includePlotlyJs)
    {
        var id = "wb-figure-" + Guid.NewGuid().ToString("N")[..12];
        var sb = new StringBuilder(includePlotlyJs ? FigureHtml.PlotlyJs.Length + 64 * 1024 : 64 * 1024);
        if (includePlotlyJs)
            sb.Append("<script>(function(define, module, exports){\n").Append(SafeInScript(FigureHtml.PlotlyJs))
              .Append("\n}).call(window);</script>\n");
        sb.Append("<div id=\"").Append(id).Append("\" style=\"width:").Append(HouseStyle.Width).Append("px;height:")
          .Append(HouseStyle.Height).Append("px\">");
        if (pngBase64 is not null)
            sb.Append("<img alt=\"").Append(WebUtility.HtmlEncode(figure.Title)).Append("\" width=\"").Append(HouseStyle.Width)
              .Append("\" src=\"data:image/png;base64,").Append(pngBase64).Append("\">");
        else
            sb.Append("<p>").Append(WebUtility.HtmlEncode(figure.Title)).Append("（需要运行脚本才能显示交互图）</p>");
        sb.Append("</div>\n<script>(function(){var d=document.getElementById('").Append(id)
          .Append("');if(!window.Plotly||!d)return;var f=").Append(SafeInScript(figure.ToJson()))
          .Append(";d.innerHTML='';window.Plotly.newPlot(d,f.data,f.layout,{displayModeBar:false,responsive:false});})();</script>");
        return sb.ToString();
    }

    private static string SafeInScript(string text) => text.Replace("</", "<\\/", StringComparison.Ordinal);
}
