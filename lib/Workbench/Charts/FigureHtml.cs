using System.Net;
using System.Text;
using Plotly.NET;

namespace Workbench.Charts;

/// <summary>
/// Self-contained HTML pages of figures. plotly.js is the copy shipped inside Plotly.NET, inlined once per file: the
/// page requests nothing (Plotly.NET's default page loads plotly.js from a CDN and is blank offline).
/// </summary>
public static class FigureHtml
{
    private static readonly Lazy<string> Script = new(LoadPlotlyJs);

    /// <summary>The plotly.js source shipped in Plotly.NET (its version is in <see cref="PlotlyJsResource"/>).</summary>
    public static string PlotlyJs => Script.Value;

    /// <summary>Name of the embedded plotly.js resource inside Plotly.NET.dll.</summary>
    public static string PlotlyJsResource { get; } =
        typeof(GenericChart).Assembly.GetManifestResourceNames().Single(n => n.EndsWith(".min.js", StringComparison.Ordinal));

    /// <summary>Page for one figure, drawn at its house-style size; sets <c>data-rendered</c> on body once drawn.</summary>
    public static string Page(Figure figure)
    {
        var sb = new StringBuilder(PlotlyJs.Length + 64 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
          .Append(WebUtility.HtmlEncode(figure.Title)).Append("</title>\n<style>body{margin:0;background:#fff}#figure{width:")
          .Append(HouseStyle.Width).Append("px;height:").Append(HouseStyle.Height).Append("px;margin:0 auto}</style>\n<script>")
          .Append(SafeInScript(PlotlyJs)).Append("</script>\n</head>\n<body>\n<div id=\"figure\"></div>\n<script>\nvar figure = ")
          .Append(SafeInScript(figure.ToJson()))
          .Append(";\nPlotly.newPlot('figure', figure.data, figure.layout, {displayModeBar: false, responsive: false})")
          .Append(".then(function () { document.body.setAttribute('data-rendered', '1'); });\n</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>A page that only loads plotly.js, for exporting many figures with one browser page.</summary>
    public static string ExportPage() =>
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<script>" + SafeInScript(PlotlyJs) +
        "</script>\n</head>\n<body>\n<div id=\"figure\"></div>\n</body>\n</html>\n";

    /// <summary>Keeps a script body from closing its own &lt;script&gt; element.</summary>
    private static string SafeInScript(string text) => text.Replace("</", "<\\/", StringComparison.Ordinal);

    private static string LoadPlotlyJs()
    {
        using var stream = typeof(GenericChart).Assembly.GetManifestResourceStream(PlotlyJsResource)
            ?? throw new InvalidOperationException("Plotly.NET 中找不到内置的 plotly.js");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
