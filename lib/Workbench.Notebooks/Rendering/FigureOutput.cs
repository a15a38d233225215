using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Workbench.Charts;

namespace Workbench.Notebooks.Rendering;

/// <summary>
/// A figure as a notebook HTML output that works offline, sizes to its container and degrades well. The fragment
/// holds the PNG (when one was rendered) inside the plot's div: where scripts run (Jupyter, VS Code, the HTML report)
/// the script clears it and draws the interactive plot at the output's width; where they are stripped (an untrusted
/// notebook, GitHub, nbviewer) the PNG stays, scaled to the width. Each output carries its own compressed copy of
/// plotly.js, because a saved notebook keeps only the outputs of the last run of each cell: with one copy per session,
/// re-running the cell that held it left every other figure without plotly.js after a reload. Only the first output
/// on a page unpacks its copy; the others wait for it.
/// </summary>
public static partial class FigureOutput
{
    /// <summary>Type of the script element holding plotly.js, deflated (zlib) and base64-encoded.</summary>
    public const string PlotlyCopyType = "text/x-workbench-plotly-deflate";

    /// <summary>Smallest font drawn on screen, px (bar and pie labels shrink to fit, but never below this).</summary>
    public const int MinimumFontSize = 12;

    private static readonly Lazy<string> Deflated = new(Deflate);

    /// <summary>plotly.js compressed with zlib, base64 (about 1.45 MB instead of 3.6 MB).</summary>
    public static string PlotlyJsDeflated => Deflated.Value;

    /// <summary>The HTML fragment of <paramref name="figure"/>, with its PNG fallback when one was rendered.</summary>
    public static string Fragment(Figure figure, string? pngBase64)
    {
        var id = "wb-figure-" + Guid.NewGuid().ToString("N")[..12];
        var sb = new StringBuilder(PlotlyJsDeflated.Length + 64 * 1024);
        // The container takes the output's width (never more than the press layout) at the press aspect ratio.
        sb.Append("<div id=\"").Append(id).Append("\" class=\"wb-figure\" style=\"width:100%;max-width:").Append(HouseStyle.Width)
          .Append("px;aspect-ratio:").Append(HouseStyle.Width).Append('/').Append(HouseStyle.Height).Append(";min-height:360px\">");
        if (pngBase64 is not null)
            sb.Append("<img alt=\"").Append(WebUtility.HtmlEncode(figure.Title)).Append("\" style=\"width:100%;height:auto\" src=\"data:image/png;base64,")
              .Append(pngBase64).Append("\">");
        else
            sb.Append("<p>").Append(WebUtility.HtmlEncode(figure.Title)).Append("（需要运行脚本才能显示交互图）</p>");
        sb.Append("</div>\n<script type=\"").Append(PlotlyCopyType).Append("\" id=\"").Append(id).Append("-plotly\">")
          .Append(PlotlyJsDeflated).Append("</script>\n<script>(function(){var d=document.getElementById('").Append(id)
          .Append("');if(!d)return;var f=").Append(SafeInScript(figure.ToJson())).Append(";\n").Append(Loader).Append("})();</script>");
        return sb.ToString();
    }

    /// <summary>
    /// Removes the per-figure copies of plotly.js from <paramref name="html"/> (a page that loads plotly.js once, such as
    /// the HTML report, needs none of them).
    /// </summary>
    public static string WithoutPlotlyCopies(string html) => PlotlyCopy().Replace(html, "");

    /// <summary>True when <paramref name="html"/> holds a figure output.</summary>
    public static bool HasFigure(string html) => html.Contains(PlotlyCopyType, StringComparison.Ordinal) || html.Contains("wb-figure", StringComparison.Ordinal);

    // Screen layout: the figure's own width and height go (they are the press size, which export passes explicitly),
    // plotly sizes the plot to the container and follows window resizes; the source line (the paper annotation at the
    // bottom of the bottom margin) is re-wrapped at "｜" for the narrower width as SourceLineText wraps it for the press. plotly.js is taken from the page when present,
    // otherwise unpacked once (DecompressionStream) from this output's copy; AMD/CommonJS hooks are hidden so it
    // always sets window.Plotly (classic Jupyter has require.js).
    private static readonly string Loader = $$$"""
        var l=f.layout||{};delete l.width;delete l.height;l.autosize=true;l.uniformtext={mode:'show',minsize:{{{MinimumFontSize}}}};
        var w=Math.min(d.clientWidth||{{{HouseStyle.Width}}},{{{HouseStyle.Width}}}),m=l.margin||{l:0,b:0};
        (l.annotations||[]).forEach(function(a){if(a.xref!=='paper'||a.yref!=='paper'||a.y!==0||a.yanchor!=='bottom'||!(a.yshift<0))return;
        var max=(w-(m.l||0)/2-20)*2/{{{HouseStyle.SourceSize}}},lines=[],cur='',old=String(a.text).split('<br>').length;
        function units(t){var n=0;for(var i=0;i<t.length;i++)n+=/[ᄀ-ᅟ⺀-꓏가-힣豈-﫿︰-﹏＀-｠￠-￦]/.test(t[i])?2:1;return n;}
        String(a.text).split('<br>').join('｜').split('｜').forEach(function(p){var c=cur?cur+'｜'+p:p;if(cur&&units(c)>max){lines.push(cur);cur=p;}else cur=c;});
        if(cur)lines.push(cur);var extra=(lines.length-old)*20;a.text=lines.join('<br>');if(extra>0){m.b=(m.b||0)+extra;a.yshift-=extra;}});
        function draw(Plotly){if(!Plotly)return;d.innerHTML='';Plotly.newPlot(d,f.data,l,{displayModeBar:false,responsive:true});}
        if(window.Plotly){draw(window.Plotly);return;}
        var z=document.getElementById(d.id+'-plotly');if(!z||!window.DecompressionStream)return;
        if(!window.workbenchPlotly){window.workbenchPlotly=(function(){var b=atob(z.textContent.trim()),u=new Uint8Array(b.length);
        for(var i=0;i<b.length;i++)u[i]=b.charCodeAt(i);
        return new Response(new Blob([u]).stream().pipeThrough(new DecompressionStream('deflate'))).text().then(function(s){
        if(!window.Plotly)(new Function('define','module','exports',s)).call(window);return window.Plotly;});})();
        window.workbenchPlotly.catch(function(){window.workbenchPlotly=null;});}
        window.workbenchPlotly.then(draw);
        """;

    private static string Deflate()
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var bytes = Encoding.UTF8.GetBytes(FigureHtml.PlotlyJs);
            zlib.Write(bytes);
        }
        return Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string SafeInScript(string text) => text.Replace("</", "<\\/", StringComparison.Ordinal);

    [GeneratedRegex("<script type=\"text/x-workbench-plotly-deflate\"[^>]*>[^<]*</script>\n?")]
    private static partial Regex PlotlyCopy();
}
