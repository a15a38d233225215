using System.Collections.Concurrent;
using Workbench.Air;
using Workbench.Air.Method;
using Workbench.Air.Compute;
using Workbench.Air.Results;
using Workbench.Briefings;
using Workbench.Charts;
using Workbench.IO;
using Workbench.Periods;
using Workbench.Sample;
using Workbench.Standards;
using Workbench.Water.Compute;
using Workbench.Water.Import;
using Workbench.Water.Registry;
using Workbench.Water.Results;
using Workbench.Quality;

namespace Workbench.Analysis;

/// <summary>
/// The four parameters every analysis notebook declares (city, period, input, standard), resolved the way the CLI
/// resolves its options: an empty input means the bundled sample, an empty standard the version in force on the
/// period's last day. Loads the air data once and keeps each city's daily series, so cells stay a few lines long.
/// </summary>
public sealed class AnalysisContext
{
    private readonly ConcentrationCache _cities = new();
    private readonly Lazy<IReadOnlyList<AirTarget>> _targets;
    private readonly Lazy<WaterData?> _water;

    private AnalysisContext(AirDataSet data, IReadOnlyList<string> inputs, string city, Period period,
        AirQualityStandard standard, bool standardGiven, AirSettings settings)
    {
        Data = data; Inputs = inputs; City = city; Period = period; Standard = standard; StandardGiven = standardGiven; Settings = settings;
        _targets = new(() => TargetsPath is { } p ? AirTargets.Load(p, new DataQualityReport()) : []);
        _water = new(LoadWater);
    }

    /// <summary>The loaded air data (hourly station grid or city-daily table, station list, dust days, quality report).</summary>
    public AirDataSet Data { get; }

    /// <summary>The input paths read (the sample's china_sites folder when the input parameter was empty).</summary>
    public IReadOnlyList<string> Inputs { get; }

    /// <summary>The city assessed (as given; the data's own name must match).</summary>
    public string City { get; }

    /// <summary>The assessment period.</summary>
    public Period Period { get; }

    /// <summary>The GB 3095 version used for limits and composite index: given, or in force on the period's last day.</summary>
    public AirQualityStandard Standard { get; }

    /// <summary>Whether the standard was given by the parameter (false: chosen by date).</summary>
    public bool StandardGiven { get; }

    /// <summary>Assessment settings (defaults: control stations excluded, day = file date hours 0–23, dust per CNEMC 2021).</summary>
    public AirSettings Settings { get; }

    /// <summary>The source line for air figures (input names).</summary>
    public string AirSource => PressFigureInputsFor.AirSourceLine(Inputs);

    /// <summary>targets.csv beside the input, or null.</summary>
    public string? TargetsPath => InputFiles.FindBeside(Inputs, "targets.csv");

    /// <summary>The water folder beside the input (with sections.csv), or null.</summary>
    public string? WaterFolder => InputFiles.FindBeside(Inputs, "water") is { } w && File.Exists(Path.Combine(w, "sections.csv")) ? w : null;

    /// <summary>
    /// Resolves the notebook parameters and loads the data. <paramref name="period"/> is a period code (2025, 2025-01,
    /// 2025Q1, 2025H1, 2025AW …); <paramref name="input"/> one or more paths separated by ';' (empty: the bundled sample,
    /// generated on first use); <paramref name="standard"/> 2012, 2026 or 2026-final (empty: by date).
    /// </summary>
    public static AnalysisContext Open(string city, string period, string input = "", string standard = "",
        AirSettings? settings = null, TextWriter? log = null)
    {
        if (string.IsNullOrWhiteSpace(city)) throw new ArgumentException("参数 city 为空：请给出城市名称");
        if (!Period.TryParse(period ?? "", out var p))
            throw new ArgumentException($"参数 period“{period}”无法识别：应为 2025、2025-01、2025Q1、2025H1、2025AW 等");
        var given = !string.IsNullOrWhiteSpace(standard);
        AirQualityStandard chosen;
        if (given)
        {
            if (!StandardVersions.TryParseAirQuality(standard!, out chosen))
                throw new ArgumentException($"参数 standard“{standard}”无法识别：应为 2012、2026 或 2026-final");
        }
        else chosen = StandardVersions.AirQualityInForce(p.End);
        IReadOnlyList<string> inputs = string.IsNullOrWhiteSpace(input)
            ? [SampleData.EnsureDefault(log)]
            : input.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var data = AirDataSet.Load(inputs);
        var name = city.Trim();
        var cities = data.Cities();
        if (cities.Count > 0 && !cities.Contains(name, StringComparer.Ordinal))
            throw new ArgumentException($"数据中没有城市“{name}”：可选 {string.Join("、", cities)}");
        return new AnalysisContext(data, inputs, name, p, chosen, given, settings ?? AirSettings.Default);
    }

    /// <summary>The daily city series (daily AQI by the HJ 633 version in force on each day), computed once per city.</summary>
    public CityDailyResult CityDaily(string? city = null) =>
        _cities.GetOrAdd(city ?? City, c => Data.CityDaily(c, Settings));

    /// <summary>
    /// Assesses a city over a period (default: this city and period) under one standard (default: this context's),
    /// with the dust days of the input.
    /// </summary>
    public AirAssessmentResult Assess(Period? period = null, string? city = null, AirQualityStandard? standard = null) =>
        AirAssessment.Assess(CityDaily(city), period ?? Period, Settings, standard ?? Standard, Data.Dust);

    /// <summary>Every city of the data assessed over a period (default: this period) under this context's standard.</summary>
    public IReadOnlyList<AirAssessmentResult> AssessAllCities(Period? period = null) =>
        Data.Cities().Select(c => Assess(period, c)).ToArray();

    /// <summary>
    /// Monthly assessments: the months of this period (October to March for a 秋冬季) by default, or the twelve months
    /// of <paramref name="year"/> when it is given.
    /// </summary>
    public IReadOnlyList<AirAssessmentResult> Monthly(int? year = null, string? city = null) => year is { } y
        ? AirAssessment.Monthly(CityDaily(city), y, Settings, Standard, Data.Dust)
        : PeriodSeries.Months(Period).Select(m => Assess(m, city)).ToArray();

    /// <summary>The provincial targets beside the input (none when there is no targets.csv).</summary>
    public IReadOnlyList<AirTarget> Targets => _targets.Value;

    /// <summary>The city's target gaps for an assessment (only the targets of its city and period).</summary>
    public IReadOnlyList<TargetGap> TargetGaps(AirAssessmentResult result) => AirTargets.Evaluate(result, Targets);

    /// <summary>The water samples, section list and their quality report from the water folder beside the input, or null.</summary>
    public WaterData? Water => _water.Value;

    /// <summary>Water assessment of a period (default: this period), of this city's sections or, with <paramref name="wholeArea"/>, of all.</summary>
    public WaterAssessmentResult? AssessWater(Period? period = null, bool wholeArea = false) =>
        Water is { } w ? WaterAssessment.Assess(w.Samples, w.Registry, period ?? Period, city: wholeArea ? null : City, quality: new DataQualityReport()) : null;

    /// <summary>The inputs of the press-figure catalogue for this city and the period's year.</summary>
    public PressFigureInputs PressFigureInputs(int? baseYear = null)
    {
        var water = WaterFolder is { } w && File.Exists(Path.Combine(w, "monthly_samples.csv")) ? new[] { Path.Combine(w, "monthly_samples.csv") } : null;
        return PressFigureInputsFor.Build(Data, Inputs, City, Period, baseYear, TargetsPath, water,
            water is null ? null : Path.Combine(WaterFolder!, "sections.csv"));
    }

    /// <summary>The briefing of this city and period (targets and water beside the input), as <c>workbench brief</c> computes it.</summary>
    public Briefing Briefing(int? baseYear = null) =>
        BriefingCompute.Compute(Data, BriefingInputs.Request(Data, Inputs, City, Period, StandardGiven ? Standard : null, baseYear,
            TargetsPath, WaterFolder));

    private WaterData? LoadWater() => WaterFolder is { } folder ? WaterData.Load(folder) : null;

    private sealed class ConcentrationCache : ConcurrentDictionary<string, CityDailyResult>
    {
        public ConcentrationCache() : base(StringComparer.Ordinal) { }
    }
}
