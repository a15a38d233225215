using System.CommandLine;
using Workbench.Air;
using Workbench.Air.Compute;
using Workbench.Briefings;
using Workbench.IO;
using Workbench.Periods;
using Workbench.Quality;
using Workbench.Sample;
using Workbench.Standards;
using Workbench.Water.Compute;
using Workbench.Water.Import;
using Workbench.Water.Registry;

namespace Workbench.Cli.Commands;

/// <summary>`workbench brief`: the Excel briefing of a city and period (defaults work on the bundled sample).</summary>
internal static class BriefCommands
{
    public static Command Create()
    {
        var common = new AirOptions(inputRequired: false);
        common.Input.Description += "；省略时使用示例数据（首次运行自动生成）";
        var city = new Option<string?>("--city") { Description = "城市名称（如 东州）；默认取数据中的第一个城市" };
        var period = new Option<string?>("--period")
        {
            Description = "时段：2020 | 2020-01 | 2020Q1 | 2020AW（秋冬季） | 2020-01..2020-05（1—5月累计）；默认取数据中最近的完整年份",
        };
        var standard = new Option<string?>("--standard") { Description = "标准版本：2012、2026 或 2026-final；默认取时段末日施行的版本" };
        var baseYear = new Option<int?>("--base-year") { Description = "五年对比的基准年；默认按五年规划（2016—2020年为2015，2021—2025年为2020）" };
        var targets = new Option<string?>("--targets") { Description = "省定目标（城市,指标,时段,目标值）；默认使用输入旁边的 targets.csv" };
        var water = new Option<string?>("--water")
        {
            Description = "地表水数据文件夹（含 sections.csv 与 monthly_samples.csv）；默认使用输入旁边的 water 文件夹",
        };
        var figure = new Option<string[]>("--figure")
        {
            Description = "要嵌入的新闻图片（PNG，可多个）",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string?>("--out", "-o") { Description = "输出 .xlsx 文件；省略时写入 briefings/<日期时间>/ 新文件夹" };
        var force = new Option<bool>("--force") { Description = "--out 指定的文件已存在时覆盖" };
        var browser = new Option<string?>("--browser")
        {
            Description = $"渲染新闻发布会图表用的浏览器（Chromium/Chrome/Edge）；默认查找环境变量 {Workbench.Export.BrowserLocator.EnvironmentVariable}、PATH 和常见安装位置；找不到时只嵌入本程序绘制的日历图",
        };
        var noPressFigures = new Option<bool>("--no-press-figures") { Description = "不嵌入新闻发布会图表（不启动浏览器）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出语句（kind、text、values）、图表和工作表，代替逐行文字" };
        var command = new Command("brief", "生成 Excel 简报：概况、六项污染物、优良天数、城市排名、月度趋势、五年对比、水质断面、方法说明");
        common.AddTo(command, withStations: true);
        foreach (var o in new Option[] { city, period, standard, baseYear, targets, water, figure, browser, noPressFigures, output, force, json })
            command.Options.Add(o);
        var method = new AirMethodOptions();
        method.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            AirQualityStandard? std = null;
            if (parse.GetValue(standard) is { } text)
                std = StandardVersions.TryParseAirQuality(text, out var s) ? s
                    : throw new ArgumentException($"标准版本“{text}”无法识别：应为 2012、2026 或 2026-final");
            var givenPeriod = parse.GetValue(period) is { } pt ? Period.Parse(pt) : null;
            var inputs = common.Inputs(parse);
            var targetsPath = parse.GetValue(targets) ?? InputFiles.FindBeside(inputs, "targets.csv");
            var waterFolder = parse.GetValue(water) ?? InputFiles.FindBeside(inputs, "water");
            var outPath = parse.GetValue(output);
            common.CheckOutputs(parse, inputs, [targetsPath, waterFolder, .. parse.GetValue(figure) ?? []], (outPath, OutputKind.File));
            if (parse.GetValue(water) is { } w && !File.Exists(Path.Combine(w, "sections.csv")))
                throw new WorkbenchDataException(w, null, null, "地表水数据文件夹中没有 sections.csv");
            foreach (var png in parse.GetValue(figure) ?? []) InputFiles.Require(png);
            // An existing --out without --force is refused now, not after the whole briefing is computed.
            if (outPath is not null) BriefingOutput.Resolve(outPath, parse.GetValue(force), "", "", DateTimeOffset.UtcNow);
            var data = common.Load(parse, inputs);
            var cityName = parse.GetValue(city) ?? data.Cities().FirstOrDefault()
                ?? throw new ArgumentException("数据中没有可评价的城市：请用 --city 指定");
            var p = givenPeriod ?? Period.Year(data.LatestFullYear);
            DataCoverage.CheckPeriod(data, p, cityName + " ");
            var request = BriefingInputs.Request(data, inputs, cityName, p, std, parse.GetValue(baseYear), targetsPath, waterFolder, DateTimeOffset.UtcNow)
                with { Settings = method.Settings(parse) };

            var briefing = BriefingCompute.Compute(data, request);
            DataCoverage.EnsureValidDays(data, inputs, briefing.Current, "简报");
            var figures = FiguresFor(briefing, parse.GetValue(figure) ?? []).ToList();
            if (!parse.GetValue(noPressFigures))
                figures.AddRange(PressFiguresFor(data, inputs, briefing, parse.GetValue(baseYear), targetsPath, waterFolder, parse.GetValue(browser), request.Settings));
            var root = Path.Combine(Directory.GetCurrentDirectory(), "briefings");
            // The dated folder is made here too: a read-only working folder is an output error naming it.
            var path = OutputPath.Write(outPath ?? root, () => BriefingOutput.Resolve(outPath, parse.GetValue(force), root,
                BriefingOutput.FileName(briefing.City, p), request.GeneratedAt));
            BriefingWorkbook.Save(briefing, path, figures);
            if (parse.GetValue(json))
            {
                // Standard output is the JSON alone, so a script can parse it; the notice goes to standard error.
                Console.Error.WriteLine($"已写入 {path}");
                Console.WriteLine(BriefingJson.Write(briefing, figures, BriefingWorkbook.SheetsWritten(figures.Count), [("workbook", path)]));
                return 0;
            }
            Console.WriteLine($"已写入 {path}");
            foreach (var h in briefing.Headlines) Console.WriteLine(h);
            return 0;
        }));
        return command;
    }

    /// <summary>
    /// The pictures of the briefing: the AQI calendar (drawn here, no browser) and the PNGs given with --figure.
    /// Seam for the press figures: when the figures export exists, its PNGs are added to this list.
    /// </summary>
    internal static IReadOnlyList<BriefingFigure> FiguresFor(Briefing briefing, IEnumerable<string> pngPaths)
    {
        var list = new List<BriefingFigure> { Workbench.Export.BriefingFigures.Calendar(briefing) };
        foreach (var path in pngPaths)
        {
            var bytes = InputFiles.ReadAllBytes(path);
            var size = Png.Size(bytes) ?? throw new ArgumentException($"“{path}”不是 PNG 图片");
            // Shown at most 900 px wide, keeping the aspect ratio (press figures are often exported at ×2).
            var scale = Math.Min(1.0, 900.0 / size.Width);
            list.Add(new BriefingFigure(Path.GetFileNameWithoutExtension(path), bytes, (int)(size.Width * scale), (int)(size.Height * scale))
            {
                Name = Path.GetFileNameWithoutExtension(path),
            });
        }
        return list;
    }

    /// <summary>Names of the press figures a briefing embeds (the catalogue's own names, without the reading-order prefix).</summary>
    internal static readonly string[] PressFigureNames = [.. Workbench.Export.BriefingFigures.PressFigureNames];

    /// <summary>
    /// The press figures of the briefing's city and year (the same catalogue as `workbench figures`), rendered to PNG
    /// with one browser; none, with a Chinese message, when no browser is installed.
    /// </summary>
    private static IReadOnlyList<BriefingFigure> PressFiguresFor(AirDataSet data, IReadOnlyList<string> inputs, Briefing briefing,
        int? baseYear, string? targetsPath, string? waterFolder, string? browserOption, AirSettings settings)
    {
        // The press figures show whole months; a briefing of a range of days keeps its own calendar only.
        if (PeriodSeries.WhyNotMonthly(briefing.Period) is { } why)
        {
            Console.Error.WriteLine($"{why}（简报只嵌入日历图）");
            return [];
        }
        var browserPath = Workbench.Export.BrowserLocator.Find(browserOption);
        if (browserPath is null)
        {
            Console.Error.WriteLine(Workbench.Export.BrowserLocator.NotFoundMessage + "（简报只嵌入日历图）");
            return [];
        }
        var water = waterFolder is not null && File.Exists(Path.Combine(waterFolder, "monthly_samples.csv"))
            ? new[] { Path.Combine(waterFolder, "monthly_samples.csv") } : null;
        // The five-year figure compares the same base year as the 五年对比 sheet.
        var inputsFor = Workbench.Charts.PressFigureInputsFor.Build(data, inputs, briefing.City, briefing.Period, baseYear ?? briefing.FiveYear.BaseYear, targetsPath,
            water, water is null ? null : Path.Combine(waterFolder!, "sections.csv"), Console.Error, settings);
        return Workbench.Export.BriefingFigures.PressAsync(inputsFor, browserPath).GetAwaiter().GetResult();
    }
}
