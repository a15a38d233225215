using System.CommandLine;
using Workbench.Air;
using Workbench.Briefings;
using Workbench.Charts;
using Workbench.IO;
using Workbench.Periods;
using Workbench.Standards;

namespace Workbench.Cli.Commands;

/// <summary>A briefing computed from the command line, with what its figures need.</summary>
internal sealed record PreparedBriefing(AirDataSet Data, IReadOnlyList<string> Inputs, Briefing Briefing, string? TargetsPath, string? WaterFolder);

/// <summary>
/// The options `workbench brief` and `workbench press` share (input, city, period, standard, base year, targets, water,
/// browser, press figures, --json, the air method) and the one way both compute a briefing from them.
/// </summary>
internal sealed class BriefingOptions
{
    private readonly string _noFiguresNote;

    public BriefingOptions(string inputNote, string noFiguresNote)
    {
        _noFiguresNote = noFiguresNote;
        Common.Input.Description += "；" + inputNote;
    }

    public AirOptions Common { get; } = new(inputRequired: false);

    public Option<string?> City { get; } = new("--city") { Description = "城市名称（如 东州）；默认取数据中的第一个城市" };

    public Option<string?> Period { get; } = new("--period")
    {
        Description = "时段：2020 | 2020-01 | 2020Q1 | 2020AW（秋冬季） | 2020-01..2020-05（1—5月累计）；默认取数据中最近的完整年份",
    };

    public Option<string?> Standard { get; } = new("--standard") { Description = "标准版本：2012、2026 或 2026-final；默认取时段末日施行的版本" };

    public Option<int?> BaseYear { get; } = new("--base-year") { Description = "五年对比的基准年；默认按五年规划（2016—2020年为2015，2021—2025年为2020）" };

    public Option<string?> Targets { get; } = new("--targets")
    {
        Description = "省定目标（城市,指标,时段,目标值[,类型]；类型：绝对值、同比变化率、同比变化量）；默认使用输入旁边的 targets.csv",
    };

    public Option<string?> Water { get; } = new("--water")
    {
        Description = "地表水数据文件夹（含 sections.csv 与 monthly_samples.csv）；默认使用输入旁边的 water 文件夹",
    };

    public Option<string?> Browser { get; } = new("--browser")
    {
        Description = $"渲染新闻发布会图表用的浏览器（Chromium/Chrome/Edge）；默认查找环境变量 {Workbench.Export.BrowserLocator.EnvironmentVariable}、PATH 和常见安装位置；找不到时只用本程序绘制的日历图",
    };

    public Option<bool> NoPressFigures { get; } = new("--no-press-figures") { Description = "不生成新闻发布会图表（不启动浏览器）" };

    public Option<bool> Json { get; } = new("--json") { Description = "以 JSON 输出语句（kind、text、values）、图表和工作表，代替逐行文字" };

    public AirMethodOptions Method { get; } = new();

    /// <summary>Adds the shared options, then <paramref name="own"/>, to <paramref name="command"/>.</summary>
    public void AddTo(Command command, params Option[] own)
    {
        Common.AddTo(command, withStations: true);
        foreach (var o in new Option[] { City, Period, Standard, BaseYear, Targets, Water, Browser, NoPressFigures }.Concat(own).Append(Json))
            command.Options.Add(o);
        Method.AddTo(command);
    }

    /// <summary>
    /// Checks the outputs against the inputs, runs <paramref name="beforeLoad"/> (the command's own early checks), loads
    /// the data and computes the briefing (refused for a period the data do not reach or a city without a valid day).
    /// </summary>
    public PreparedBriefing Prepare(ParseResult parse, IReadOnlyList<string> otherInputs, (string? Path, OutputKind Kind) output, Action beforeLoad)
    {
        AirQualityStandard? std = null;
        if (parse.GetValue(Standard) is { } text)
            std = StandardVersions.TryParseAirQuality(text, out var s) ? s
                : throw new ArgumentException($"标准版本“{text}”无法识别：应为 2012、2026 或 2026-final");
        var givenPeriod = parse.GetValue(Period) is { } pt ? Periods.Period.Parse(pt) : null;
        var inputs = Common.Inputs(parse);
        var targetsPath = parse.GetValue(Targets) ?? InputFiles.FindBeside(inputs, "targets.csv");
        var waterFolder = parse.GetValue(Water) ?? InputFiles.FindBeside(inputs, "water");
        Common.CheckOutputs(parse, inputs, [targetsPath, waterFolder, .. otherInputs], output);
        if (parse.GetValue(Water) is { } w && !File.Exists(Path.Combine(w, "sections.csv")))
            throw new WorkbenchDataException(w, null, null, "地表水数据文件夹中没有 sections.csv");
        beforeLoad();
        var data = Common.Load(parse, inputs);
        var cityName = parse.GetValue(City) ?? data.Cities().FirstOrDefault()
            ?? throw new ArgumentException("数据中没有可评价的城市：请用 --city 指定");
        var p = givenPeriod ?? Periods.Period.Year(data.LatestFullYear);
        DataCoverage.CheckPeriod(data, p, cityName + " ");
        var request = BriefingInputs.Request(data, inputs, cityName, p, std, parse.GetValue(BaseYear), targetsPath, waterFolder, DateTimeOffset.UtcNow)
            with { Settings = Method.Settings(parse) };
        var briefing = BriefingCompute.Compute(data, request);
        DataCoverage.EnsureValidDays(data, inputs, briefing.Current, "简报");
        return new PreparedBriefing(data, inputs, briefing, targetsPath, waterFolder);
    }

    /// <summary>
    /// The press figures of the briefing's city and period (the same catalogue as `workbench figures`), rendered to PNG
    /// (and SVG with <paramref name="svg"/>) with one browser; none, with a Chinese message, when the period is not of
    /// whole months, no browser is installed, or --no-press-figures was given.
    /// </summary>
    public IReadOnlyList<BriefingFigure> PressFigures(ParseResult parse, PreparedBriefing prepared, bool svg)
    {
        if (parse.GetValue(NoPressFigures)) return [];
        var briefing = prepared.Briefing;
        // The press figures show whole months; a briefing of a range of days keeps its own calendar only.
        if (PeriodSeries.WhyNotMonthly(briefing.Period) is { } why)
        {
            Console.Error.WriteLine(why + _noFiguresNote);
            return [];
        }
        var browserPath = Workbench.Export.BrowserLocator.Find(parse.GetValue(Browser));
        if (browserPath is null)
        {
            Console.Error.WriteLine(Workbench.Export.BrowserLocator.NotFoundMessage + _noFiguresNote);
            return [];
        }
        var waterFolder = prepared.WaterFolder;
        var water = waterFolder is not null && File.Exists(Path.Combine(waterFolder, "monthly_samples.csv"))
            ? new[] { Path.Combine(waterFolder, "monthly_samples.csv") } : null;
        // The five-year figure compares the same base year as the 五年对比 sheet.
        var inputsFor = PressFigureInputsFor.Build(prepared.Data, prepared.Inputs, briefing.City, briefing.Period,
            parse.GetValue(BaseYear) ?? briefing.FiveYear.BaseYear, prepared.TargetsPath,
            water, water is null ? null : Path.Combine(waterFolder!, "sections.csv"), Console.Error, briefing.Request.Settings);
        return Workbench.Export.BriefingFigures.PressAsync(inputsFor, browserPath, svg).GetAwaiter().GetResult();
    }
}
