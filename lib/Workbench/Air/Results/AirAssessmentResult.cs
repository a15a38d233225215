using Workbench.Air.Compute;
using Workbench.Air.Tables;
using Workbench.Periods;
using Workbench.Standards;
using Workbench.Standards.Air;

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
