using System.CommandLine;
using Workbench.Export;
using Workbench.IO;
using Workbench.Notebooks.Running;

namespace Workbench.Cli.Commands;

/// <summary>`workbench notebook run`: a notebook executed headless, with parameters, outputs written back.</summary>
internal static class NotebookCommands
{
    /// <summary>Exit code when a cell fails (the notebook is still written, showing the error).</summary>
    public const int CellFailed = 3;

    public static Command Create()
    {
        var notebook = new Argument<string>("notebook") { Description = "要运行的笔记本（.ipynb）" };
        var parameters = new Option<string[]>("--parameter", "-p")
        {
            Description = "参数：名称=值（可多次给出），覆盖笔记本 parameters 单元格中的默认值，如 -p city=南州 -p period=2024",
            AllowMultipleArgumentsPerToken = false,
        };
        var output = new Option<string?>("--out") { Description = "写出运行后的笔记本到此文件；默认写回原笔记本" };
        var html = new Option<string?>("--html") { Description = "另写一份独立的 HTML 报告（离线可看，含图表）" };
        var browser = new Option<string?>("--browser") { Description = $"绘制 PNG 图用的浏览器；默认查找环境变量 {BrowserLocator.EnvironmentVariable}、PATH 和常见安装位置" };
        var noPng = new Option<bool>("--no-png") { Description = "图表只输出 HTML，不用浏览器绘制 PNG（更快）" };
        var run = new Command("run", "按顺序运行笔记本的全部代码单元格，把输出（文字、表格、图表、错误）写回 .ipynb");
        run.Arguments.Add(notebook);
        foreach (var o in new Option[] { parameters, output, html, browser, noPng }) run.Options.Add(o);
        run.SetAction((parse, token) => Task.FromResult(CommandRunner.Run(() =>
        {
            var path = InputFiles.Require(parse.GetValue(notebook)!);
            // --out may be the notebook itself (the default: outputs written back); the HTML report may not.
            OutputPath.EnsureNotInput(parse.GetValue(output), [], OutputKind.File);
            OutputPath.EnsureNotInput(parse.GetValue(html), [path], OutputKind.File);
            OutputPath.EnsureDistinct(parse.GetValue(output) ?? path, parse.GetValue(html));
            var values = ParseParameters(parse.GetValue(parameters) ?? []);
            Console.Error.WriteLine($"运行笔记本 {path}" + (values.Count > 0 ? "，参数 " + string.Join("，", values.Select(p => $"{p.Key}={p.Value}")) : ""));
            var result = NotebookRunner.RunAsync(path, new NotebookRunOptions
            {
                Parameters = values, OutputPath = parse.GetValue(output), HtmlReportPath = parse.GetValue(html),
                RenderPng = !parse.GetValue(noPng), BrowserPath = parse.GetValue(browser), Log = Console.Error,
            }, token).GetAwaiter().GetResult();
            if (result.PngUnavailableReason is { } why) Console.Error.WriteLine("提示：图表未生成 PNG。" + why);
            Console.WriteLine($"已写入 {result.OutputPath}" + (result.HtmlReportPath is { } h ? $" 和 {h}" : "") +
                              $"（{result.CodeCellsRun} 个代码单元格，{result.Elapsed.TotalSeconds:F1} 秒）");
            if (result.Failure is { } failure)
            {
                Console.Error.WriteLine("错误：" + failure.Describe(path));
                return CellFailed;
            }
            return 0;
        })));
        var command = new Command("notebook", "笔记本：无界面运行（可带参数），输出写回 .ipynb 并可生成 HTML 报告");
        command.Subcommands.Add(run);
        return command;
    }

    /// <summary>Parses <c>name=value</c> pairs; a later value of the same name wins.</summary>
    internal static IReadOnlyDictionary<string, string> ParseParameters(IEnumerable<string> pairs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var split = pair.IndexOf('=');
            if (split <= 0) throw new ArgumentException($"参数应写成 名称=值，如 -p city=南州；收到 “{pair}”。");
            values[pair[..split].Trim()] = pair[(split + 1)..];
        }
        return values;
    }
}
