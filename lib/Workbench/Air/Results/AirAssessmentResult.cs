using Workbench.Air.Method;
using Workbench.Air.Tables;
using Workbench.Periods;
using Workbench.Standards;
using Workbench.Standards.Air;
using Workbench.Standards.Rounding;

namespace Workbench.Air.Results;

/// <summary>A day of the period on which the input holds too few hours for any daily value.</summary>
/// <param name="Day">The day.</param>
/// <param name="HoursInFeed">Hour labels of the day the input holds (0 = a missing file).</param>
public sealed record FeedGapDay(DateOnly Day, int HoursInFeed);

/// <summary>Why days of a period have no valid daily value (so a good-day count can be read against an official one).</summary>
/// <param name="DaysWithoutValidValue">Days of the period without a valid daily AQI.</param>
/// <param name="FeedGaps">Of those, the days the input itself lacks the hours for (fewer than the daily minimum in
/// the whole input: a missing or short file).</param>
public sealed record MissingDaysResult(int DaysWithoutValidValue, IReadOnlyList<FeedGapDay> FeedGaps)
{
    /// <summary>Days without a valid value although the input holds the hours: the city's stations' own gaps.</summary>
    public int StationGapDays => DaysWithoutValidValue - FeedGaps.Count;
}

/// <summary>
/// The assessment of one city (or district, or station) over one period under one explicit standard version: the
/// headline indicators at reported precision, the statistics behind them, validity, day counts, dust exclusion and
/// the composite index, with the stations and settings used.
/// </summary>
/// <param name="City">City (or site) name.</param>
/// <param name="Period">The period.</param>
/// <param name="Standard">GB 3095 version of the limits (and of the composite index S_i).</param>
/// <param name="AqiStandard">HJ 633 version of the daily AQI used for the day counts.</param>
/// <param name="Status">实时 or 审核, from the data.</param>
/// <param name="Stations">Station codes that contributed on any day of the period (empty for city-daily inputs).</param>
/// <param name="Statistics">Per-pollutant statistics (validity, percentiles, attainment).</param>
/// <param name="DayCounts">Valid, good and heavy days.</param>
/// <param name="Composite">Composite index on the reported statistics, or null when one of the six is missing.</param>
/// <param name="DustApplied">True when a dust-day list was given and applied.</param>
/// <param name="DustDays">Listed sand-dust days of the city inside the period.</param>
/// <param name="Settings">Settings used.</param>
public sealed record AirAssessmentResult(
    string City, Period Period, AirQualityStandard Standard, AqiStandard AqiStandard, DataStatus Status,
    IReadOnlyList<string> Stations, PeriodStatisticsResult Statistics, DayCountsResult DayCounts,
    CompositeIndexResult? Composite, bool DustApplied, IReadOnlyList<DateOnly> DustDays, AirSettings Settings)
{
    /// <summary>
    /// The days of the period without a valid daily value, split into feed gaps (the input itself lacks the hours)
    /// and the city's own gaps; null when the input's hours are unknown (city-daily tables).
    /// </summary>
    public MissingDaysResult? MissingDays { get; init; }

    /// <summary>Days of the period whose values are all audited (审核); with <see cref="DataStatus.Mixed"/> the rest
    /// are real-time or mixed.</summary>
    public int AuditedDays { get; init; }

    /// <summary>The status as a reader says it: 实时, 审核, or 实时与审核混合（审核 N 天）.</summary>
    public string StatusText => Status == DataStatus.Mixed ? $"{Status.ChineseName()}（审核 {AuditedDays} 天）" : Status.ChineseName();

    /// <summary>
    /// The first and last day of the series assessed (the input's days); the period may reach beyond them, which the
    /// text output says (“数据只覆盖 … 至 …”). Null when not known.
    /// </summary>
    public DataSpan? DataSpan { get; init; }

    /// <summary>The days of the period the data hold, when they are fewer than the period's; null when it is covered.</summary>
    public DataSpan? PartialCoverage => DataSpan is { } s && !s.Covers(Period) ? s.Within(Period) : null;

    /// <summary>The city's stations left out of its values during the period, with the reason.</summary>
    public IReadOnlyList<ExcludedStation> ExcludedStations { get; init; } = [];

    /// <summary>Keys of <see cref="Indicators"/>, in order (the CLI JSON contract).</summary>
    public static IReadOnlyList<string> IndicatorKeys { get; } =
        ["PM2.5", "PM10", "SO2", "NO2", "CO_P95", "O3_8h_P90", "composite_index", "valid_days", "good_days", "good_ratio", "heavy_days"];

    /// <summary>
    /// Decimals an indicator of <see cref="Indicators"/> is reported with (REFERENCE A3.4): CO_P95 1, composite_index
    /// as <paramref name="composite"/> rounds it (2 by default), good_ratio 1, the other concentrations and the day
    /// counts 0.
    /// </summary>
    public static int ReportedDecimals(string indicator, CompositeIndexSettings? composite = null) => indicator switch
    {
        "CO_P95" => Pollutant.CO.ReportedDecimals(),
        "good_ratio" => 1,
        "composite_index" => (composite ?? CompositeIndexSettings.Default).Decimals,
        _ => 0,
    };

    /// <summary>Decimals <see cref="Unrounded"/> carries a concentration to (far below any reported precision).</summary>
    public const int UnroundedDecimals = 10;

    /// <summary>
    /// The value of indicator <paramref name="key"/> BEFORE reporting rounding (null where <see cref="Indicators"/> has
    /// none): the unrounded period mean (PM2.5, PM10, SO2, NO2) or percentile (CO_P95, O3_8h_P90) of
    /// <see cref="Statistics"/>, as a decimal carried to <see cref="UnroundedDecimals"/> decimals (the binary noise of a
    /// double mean, ≈ 1e-13 after summing 90 days of 35.4, is dropped, so that a mean of such values that is exactly
    /// x.5 stays x.5 for half-even rounding), and good_ratio = good days × 100 / valid days, exact. The day counts are integers already and come back as reported;
    /// composite_index (taken on reported statistics by definition) is returned as reported too.
    /// </summary>
    public decimal? Unrounded(string key)
    {
        var p = Statistics.Pollutants;
        static decimal? Of(double value, decimal? reported) =>
            reported is null || !double.IsFinite(value) ? null : GbT8170.Round(value, UnroundedDecimals);
        return key switch
        {
            "PM2.5" => Of(p[Pollutant.PM2_5].Mean, p[Pollutant.PM2_5].ReportedMean),
            "PM10" => Of(p[Pollutant.PM10].Mean, p[Pollutant.PM10].ReportedMean),
            "SO2" => Of(p[Pollutant.SO2].Mean, p[Pollutant.SO2].ReportedMean),
            "NO2" => Of(p[Pollutant.NO2].Mean, p[Pollutant.NO2].ReportedMean),
            "CO_P95" => Of(p[Pollutant.CO].Percentile, p[Pollutant.CO].ReportedPercentile),
            "O3_8h_P90" => Of(p[Pollutant.O3].Percentile, p[Pollutant.O3].ReportedPercentile),
            "good_ratio" => DayCounts.ValidDays > 0 ? DayCounts.GoodDays * 100m / DayCounts.ValidDays : null,
            _ when IndicatorKeys.Contains(key) => Indicators[key],
            _ => throw new ArgumentException($"没有指标“{key}”；可用：{string.Join("、", IndicatorKeys)}", nameof(key)),
        };
    }

    /// <summary>
    /// The headline indicators at reported precision (null = not available): PM2.5, PM10, SO2, NO2 period means;
    /// CO_P95 (mg/m³, 1 decimal); O3_8h_P90; composite_index (2 decimals); valid_days; good_days; good_ratio (%,
    /// 1 decimal); heavy_days.
    /// </summary>
    public IReadOnlyDictionary<string, decimal?> Indicators
    {
        get
        {
            var p = Statistics.Pollutants;
            return new Dictionary<string, decimal?>
            {
                ["PM2.5"] = p[Pollutant.PM2_5].ReportedMean,
                ["PM10"] = p[Pollutant.PM10].ReportedMean,
                ["SO2"] = p[Pollutant.SO2].ReportedMean,
                ["NO2"] = p[Pollutant.NO2].ReportedMean,
                ["CO_P95"] = p[Pollutant.CO].ReportedPercentile,
                ["O3_8h_P90"] = p[Pollutant.O3].ReportedPercentile,
                ["composite_index"] = Composite?.Total,
                ["valid_days"] = DayCounts.ValidDays,
                ["good_days"] = DayCounts.GoodDays,
                ["good_ratio"] = DayCounts.GoodRatioPercent,
                ["heavy_days"] = DayCounts.HeavyDays,
            };
        }
    }
}
