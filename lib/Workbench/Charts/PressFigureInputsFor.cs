using Workbench.Air;
using Workbench.Air.Method;
using Workbench.Air.Compute;
using Workbench.IO;
using Workbench.Periods;
using Workbench.Quality;
using Workbench.Standards;
using Workbench.Water.Compute;
using Workbench.Water.Import;
using Workbench.Water.Registry;
using Workbench.Water.Results;

namespace Workbench.Charts;

/// <summary>
/// The inputs of the press-figure catalogue from loaded air data and the files beside it: one place, used by
/// `workbench figures` and by `workbench brief` (which embeds the same figures).
/// </summary>
public static class PressFigureInputsFor
{
    /// <summary>
    /// The catalogue inputs for <paramref name="city"/> (default: the first city of the data) and <paramref name="period"/>
    /// (default: the last full year; any kind of <see cref="PeriodSeries.WhyNotMonthly"/> accepts). Targets and water data
    /// default to the files beside the input; water figures are annual, so they are left out (and the log says so) for a
    /// period that is not a year. The summary of
    /// reading them goes to <paramref name="log"/> when given. <paramref name="settings"/>: the assessment's (default
    /// <see cref="AirSettings.Default"/>).
    /// </summary>
    public static PressFigureInputs Build(AirDataSet data, IReadOnlyList<string> inputs, string? city, Period? period,
        int? baseYear, string? targets, string[]? water, string? sections, TextWriter? log = null, AirSettings? settings = null)
    {
        settings ??= AirSettings.Default;
        var cities = data.Cities();
        if (cities.Count == 0) throw new InvalidOperationException("输入中没有任何城市的数据");
        // Daily AQI under the HJ 633 version in force on each day; GB 3095 limits of the current year's end for every
        // year, so the years compare (a ranking or comparison across versions is refused by the library).
        var first = data.CityDaily(city ?? cities[0], settings);
        var p = period ?? Period.Year(data.LatestFullYear);
        if (PeriodSeries.WhyNotMonthly(p) is { } why) throw new ArgumentException(why);
        var y = p.Start.Year;
        var standard = StandardVersions.AirQualityInForce(p.End);
        var series = cities.Select(c => c == first.City ? first : data.CityDaily(c, settings)).ToArray();
        var baseYearValue = baseYear ?? Math.Max(y - 5, first.FirstDay.Year);
        var targetsPath = targets ?? InputFiles.FindBeside(inputs, "targets.csv");
        var quality = new DataQualityReport();
        var targetList = targetsPath is not null && File.Exists(targetsPath) ? AirTargets.Load(targetsPath, quality) : [];
        IReadOnlyList<WaterAssessmentResult> waterResults = [];
        if (p.Kind == PeriodKind.Year) waterResults = LoadWater(water, sections, InputFiles.FindBeside(inputs, "water"), y, quality);
        else log?.WriteLine($"地表水图按年度评价，{p.Label}不是整年：不绘制地表水图");
        if (targetList.Count > 0 || waterResults.Count > 0) log?.WriteLine("目标值与地表水数据：" + quality.Summary());
        return new PressFigureInputs(first, series, p, baseYearValue, standard, settings, data.Dust, targetList,
            AirSourceLine(inputs), waterResults, "地表水断面监测数据");
    }

    /// <summary>The source line of the air figures: the input folders or files by name.</summary>
    public static string AirSourceLine(IReadOnlyList<string> inputs) =>
        "环境空气质量监测数据（" + string.Join("、", inputs.Select(i => Path.GetFileName(i.TrimEnd('/', '\\')))) + "）";

    private static IReadOnlyList<WaterAssessmentResult> LoadWater(string[]? given, string? sectionsPath, string? waterFolder, int year, DataQualityReport quality)
    {
        var inputs = given is { Length: > 0 } ? given
            : waterFolder is not null && File.Exists(Path.Combine(waterFolder, "monthly_samples.csv")) ? [Path.Combine(waterFolder, "monthly_samples.csv")] : [];
        if (inputs.Length == 0) return [];
        var registryPath = sectionsPath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(inputs[0]))!, "sections.csv");
        var registry = SectionRegistry.Load(registryPath, quality);
        var samples = WaterInputs.Load(inputs, quality);
        var years = samples.Select(s => s.Time.Year).Distinct().Where(y => y <= year).Order().TakeLast(6);
        return years.Select(y => WaterAssessment.Assess(samples, registry, Period.Year(y), quality: quality)).Where(r => r.Sections.Count > 0).ToArray();
    }
}
