using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Workbench.Air.Compute;
using Workbench.Charts;
using Workbench.Export;
using Workbench.IO;
using Workbench.Periods;
using Workbench.Quality;
using Workbench.Sample;
using Workbench.Standards;
using Workbench.Water.Compute;
using Workbench.Water.Import;
using Workbench.Water.Registry;
using Workbench.Water.Results;

namespace Workbench.Cli.Commands;

/// <summary>`workbench figures`: the press-figure catalogue as HTML, PNG and SVG, with an index page.</summary>
internal static class FigureCommands
{
    public static Command Create()
    {
        var common = new AirOptions(inputRequired: false);
        common.Input.Description += "；省略时使用示例数据（首次运行自动生成）";
        var city = new Option<string?>("--city") { Description = "本市名称；默认取数据中的第一个城市（示例数据为 东州）" };
        var period = new Option<string?>("--period")
        {
            Description = "时段：2025（年）| 2025-03 | 2025Q1 | 2025H1 | 2024AW（秋冬季）| 2025-01..2025-11（累计）| 2024-10..2025-03（整月区间，不超过 12 个月）；默认取数据中最后一个完整年份",
        };
        var baseYear = new Option<int?>("--base-year") { Description = "五年对比的基准年；默认为当年减 5（数据不足时取最早年份）" };
        var formats = new Option<string>("--formats") { Description = "输出格式：html、png、svg（逗号分隔；png 同时输出 1920×1080 和 2560×1440 两种尺寸）", DefaultValueFactory = _ => "html,png,svg" };
        var output = new Option<string?>("--out") { Description = "输出文件夹；默认新建带日期时间（北京时间）的文件夹 figures-YYYYMMDD-HHmmss：在仓库内运行时放在 out/ 下（git 忽略），否则放在当前目录；重复运行不会覆盖" };
        var browser = new Option<string?>("--browser") { Description = $"浏览器可执行文件（Chromium/Chrome/Edge）；默认查找环境变量 {BrowserLocator.EnvironmentVariable}、PATH 和常见安装位置" };
        var targets = new Option<string?>("--targets") { Description = "目标值文件（城市,指标,时段,目标值）；默认使用输入旁边的 targets.csv" };
        var water = new Option<string[]>("--water-input") { Description = "地表水月度监测数据；省略时使用示例数据的 water/monthly_samples.csv（若存在）", AllowMultipleArgumentsPerToken = true };
        var sections = new Option<string?>("--sections") { Description = "断面名录；默认使用地表水数据旁边的 sections.csv" };
        var command = new Command("figures", "新闻发布会图表：月度趋势、年度变化、五年对比、日历图、排名、水质等（HTML、PNG、SVG）");
        common.AddTo(command, withStations: true);
        foreach (var o in new Option[] { city, period, baseYear, formats, output, browser, targets, water, sections }) command.Options.Add(o);
        var method = new AirMethodOptions();
        method.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var chosenFormats = FigureFormats.Parse(parse.GetValue(formats)!);
            // Every figure shows the period asked for; a period the figures cannot show month by month is refused, never redrawn as its year.
            var givenPeriod = parse.GetValue(period) is { } text ? Period.Parse(text) : null;
            if (givenPeriod is not null && PeriodSeries.WhyNotMonthly(givenPeriod) is { } why) throw new ArgumentException(why);
            var inputs = common.Inputs(parse);
            var outFolder = parse.GetValue(output);
            common.CheckOutputs(parse, inputs,
                [parse.GetValue(targets) ?? InputFiles.FindBeside(inputs, "targets.csv"), InputFiles.FindBeside(inputs, "water"),
                    parse.GetValue(sections), .. parse.GetValue(water) ?? []],
                (outFolder, OutputKind.Folder));
            var data = common.Load(parse, inputs);
            var p = givenPeriod ?? Period.Year(data.LatestFullYear);
            DataCoverage.CheckPeriod(data, p, parse.GetValue(city) is { } c ? c + " " : null);
            var figureInputs = PressFigureInputsFor.Build(data, inputs, parse.GetValue(city), p, parse.GetValue(baseYear),
                parse.GetValue(targets), parse.GetValue(water), parse.GetValue(sections), Console.Error, method.Settings(parse));
            DataCoverage.EnsureValidDays(data, inputs, AirAssessment.Assess(figureInputs.City, p, figureInputs.Settings,
                figureInputs.Standard, figureInputs.Dust), "图表");
            var clock = Stopwatch.StartNew();
            var figures = PressFigureSet.Build(figureInputs);
            Console.Error.WriteLine($"已生成 {figures.Count} 张图的数据（{clock.Elapsed.TotalSeconds:F1} 秒）");

            var folder = outFolder ?? NewDatedFolder(Directory.GetCurrentDirectory(), DateTimeOffset.UtcNow);
            var written = OutputPath.Write(folder, () =>
            {
                Directory.CreateDirectory(folder);
                var files = Export(figures, chosenFormats, folder, parse.GetValue(browser)).GetAwaiter().GetResult();
                WriteIndex(figures, files, folder);
                return files;
            });
            outFolder = folder;
            Console.WriteLine($"已写入 {outFolder}（{written.Count} 个文件，索引页 index.html）");
            return 0;
        }));
        return command;
    }

    /// <summary>
    /// figures-yyyyMMdd-HHmmss in Beijing time (as briefings/ names its folders), under out/ of the repository when run
    /// inside one (out/ is ignored by git: the PNGs of one run are tens of megabytes), else under the current folder.
    /// </summary>
    internal static string NewDatedFolder(string currentFolder, DateTimeOffset now)
    {
        var root = RepositoryRoot(currentFolder) is { } repo ? Path.Combine(repo, "out") : currentFolder;
        var stem = Path.Combine(root, "figures-" + now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        var path = Path.GetFullPath(stem);
        for (var i = 2; Directory.Exists(path); i++) path = Path.GetFullPath($"{stem}-{i}");
        return path;
    }

    /// <summary>The Workbench repository holding <paramref name="folder"/> (the folder with Workbench.sln and .git), or null.</summary>
    private static string? RepositoryRoot(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Workbench.sln")) && Path.Exists(Path.Combine(dir.FullName, ".git"))) return dir.FullName;
        return null;
    }

    private static async Task<IReadOnlyList<string>> Export(IReadOnlyList<Figure> figures, IReadOnlyList<FigureFormat> formats, string folder, string? browserOption)
    {
        var written = new List<string>();
        var needsBrowser = formats.Any(f => f.NeedsBrowser());
        var browserPath = needsBrowser ? BrowserLocator.Find(browserOption) : null;
        if (needsBrowser && browserPath is null) Console.Error.WriteLine(BrowserLocator.NotFoundMessage);
        var html = formats.Contains(FigureFormat.Html) || browserPath is null;
        FigureExporter? exporter = null;
        try
        {
            if (browserPath is not null)
            {
                exporter = await FigureExporter.StartAsync(browserPath);
                Console.Error.WriteLine($"浏览器已启动：{browserPath}（{exporter.StartupTime.TotalSeconds:F1} 秒）");
            }
            var progress = new ProgressBar(figures.Count);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < figures.Count; i++)
            {
                var f = figures[i];
                if (html) written.Add(WriteHtml(f, folder));
                if (exporter is not null)
                    foreach (var format in formats.Where(x => x.NeedsBrowser()))
                        written.Add(await exporter.WriteAsync(f, format, folder));
                progress.Report(i + 1, f.Title);
            }
            progress.EndLine();
            Console.Error.WriteLine($"完成 {figures.Count} 张图，用时 {clock.Elapsed.TotalSeconds:F1} 秒");
        }
        finally
        {
            if (exporter is not null) await exporter.DisposeAsync();
        }
        return written;
    }

    private static string WriteHtml(Figure figure, string folder)
    {
        var path = Path.Combine(folder, FigureFormats.FileName(figure.Name, FigureFormat.Html));
        AtomicFile.WriteText(path, w => w.Write(figure.ToHtml()));
        return path;
    }

    /// <summary>index.html: every figure with its title, the PNG when exported (else the HTML in a frame), and links.</summary>
    private static void WriteIndex(IReadOnlyList<Figure> figures, IReadOnlyList<string> written, string folder)
    {
        var names = written.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>新闻发布会图表</title>\n<style>")
            .Append("body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:24px;color:#222}figure{margin:0 0 40px}")
            .Append("img{width:960px;border:1px solid #ddd}iframe{width:1290px;height:730px;border:1px solid #ddd}figcaption{font-size:18px;margin:8px 0}")
            .Append("</style>\n</head>\n<body>\n<h1>新闻发布会图表</h1>\n");
        foreach (var f in figures)
        {
            string File(FigureFormat x) => FigureFormats.FileName(f.Name, x);
            sb.Append("<figure>\n<figcaption>").Append(WebUtility.HtmlEncode(f.Title)).Append("　");
            foreach (var x in Enum.GetValues<FigureFormat>().Where(x => names.Contains(File(x))))
                sb.Append("<a href=\"").Append(Uri.EscapeDataString(File(x))).Append("\">").Append(File(x)).Append("</a> ");
            sb.Append("</figcaption>\n");
            if (names.Contains(File(FigureFormat.Png)))
                sb.Append("<img src=\"").Append(Uri.EscapeDataString(File(FigureFormat.Png))).Append("\" alt=\"").Append(WebUtility.HtmlEncode(f.Title)).Append("\">\n");
            else if (names.Contains(File(FigureFormat.Html)))
                sb.Append("<iframe src=\"").Append(Uri.EscapeDataString(File(FigureFormat.Html))).Append("\" title=\"").Append(WebUtility.HtmlEncode(f.Title)).Append("\"></iframe>\n");
            sb.Append("</figure>\n");
        }
        sb.Append("</body>\n</html>\n");
        AtomicFile.WriteText(Path.Combine(folder, "index.html"), w => w.Write(sb.ToString()));
    }
}
