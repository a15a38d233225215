using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Markdig;
using Workbench.Charts;
using Workbench.IO;
using Workbench.Notebooks.Ipynb;
using Workbench.Notebooks.Rendering;

namespace Workbench.Notebooks.Running;

/// <summary>
/// A standalone HTML page of an executed notebook: markdown rendered, code shown with its <c>In [n]</c>, and each
/// output in its richest form (HTML tables and interactive figures; PNG; text; errors in red). Everything is inline,
/// so the page opens offline and can be mailed as one file.
/// </summary>
public static partial class NotebookHtmlReport
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private const string Style = """
        body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;max-width:1100px;margin:24px auto;color:#222}
        .cell{margin:14px 0}.in{color:#888;font:12px monospace;margin-bottom:2px}
        pre.code{background:#f6f8fa;border:1px solid #e1e4e8;padding:8px;font-size:13px;white-space:pre-wrap;overflow-wrap:anywhere}
        .output{overflow-x:auto}.output img{max-width:100%;height:auto}
        pre.out{margin:4px 0;padding:4px 8px;font-size:13px;white-space:pre-wrap}
        pre.err{margin:4px 0;padding:8px;background:#fff0f0;border-left:4px solid #d33;color:#a00;white-space:pre-wrap}
        .meta{color:#666;font-size:12px;border-top:1px solid #ddd;margin-top:32px;padding-top:8px}
        """;

    /// <summary>Writes the report for <paramref name="document"/> to <paramref name="path"/> (atomically).</summary>
    public static void Write(NotebookDocument document, string title, string path) =>
        AtomicFile.WriteText(path, w => w.Write(Page(document, title)));

    /// <summary>The report page.</summary>
    public static string Page(NotebookDocument document, string title)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
          .Append(WebUtility.HtmlEncode(title)).Append("</title>\n<style>").Append(Style).Append("</style>\n");
        // plotly.js once for the whole page; the copy each figure output carries for Jupyter is dropped below.
        if (document.Cells.SelectMany(c => c.Outputs).Any(o => o["data"]?["text/html"] is { } h && FigureOutput.HasFigure(Text(h))))
            sb.Append("<script>(function(define, module, exports){\n").Append(FigureHtml.PlotlyJs.Replace("</", "<\\/", StringComparison.Ordinal))
              .Append("\n}).call(window);</script>\n");
        sb.Append("</head>\n<body>\n");
        foreach (var cell in document.Cells)
        {
            sb.Append("<div class=\"cell\">");
            switch (cell.CellType)
            {
                case "markdown":
                    sb.Append(Markdig.Markdown.ToHtml(cell.Source, Markdown));
                    break;
                case "code":
                    sb.Append("<div class=\"in\">In [").Append(cell.ExecutionCount?.ToString() ?? " ").Append("]:</div><pre class=\"code\">")
                      .Append(WebUtility.HtmlEncode(cell.Source)).Append("</pre>");
                    foreach (var output in cell.Outputs) AppendOutput(sb, output);
                    break;
                default:
                    sb.Append("<pre class=\"out\">").Append(WebUtility.HtmlEncode(cell.Source)).Append("</pre>");
                    break;
            }
            sb.Append("</div>\n");
        }
        if (document.Metadata["workbench"] is JsonObject run)
            sb.Append("<div class=\"meta\">运行于 ").Append(WebUtility.HtmlEncode(run["executed_at"]?.ToString() ?? ""))
              .Append("，用时 ").Append(run["duration_s"]).Append(" 秒，参数 ")
              .Append(WebUtility.HtmlEncode(run["parameters"]?.ToJsonString() ?? "{}")).Append("</div>\n");
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static void AppendOutput(StringBuilder sb, JsonObject output)
    {
        switch (output["output_type"]?.GetValue<string>())
        {
            case "stream":
                var css = output["name"]?.GetValue<string>() == "stderr" ? "err" : "out";
                sb.Append("<pre class=\"").Append(css).Append("\">").Append(WebUtility.HtmlEncode(Text(output["text"]))).Append("</pre>");
                break;
            case "error":
                // The traceback holds the whole message (as Jupyter shows it), coloured for terminals: the page drops the colour codes.
                var trace = output["traceback"] is JsonArray { Count: > 0 } lines
                    ? AnsiCodes().Replace(string.Join("\n", lines.Select(l => l?.ToString())), "")
                    : $"{output["ename"]}: {output["evalue"]}";
                sb.Append("<pre class=\"err\">").Append(WebUtility.HtmlEncode(trace)).Append("</pre>");
                break;
            default:
                if (output["data"] is not JsonObject data) break;
                if (data["text/html"] is { } html) sb.Append("<div class=\"output\">").Append(FigureOutput.WithoutPlotlyCopies(Text(html))).Append("</div>");
                else if (data["image/png"] is { } png) sb.Append("<img src=\"data:image/png;base64,").Append(Text(png)).Append("\">");
                else sb.Append("<pre class=\"out\">").Append(WebUtility.HtmlEncode(Text(data["text/plain"]))).Append("</pre>");
                break;
        }
    }

    private static string Text(JsonNode? node) => NotebookCell.JoinLines(node);

    [System.Text.RegularExpressions.GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial System.Text.RegularExpressions.Regex AnsiCodes();
}
