using Workbench.Periods;
using Workbench.Standards.Air;

namespace Workbench.Air.Method;

/// <summary>
/// How a city's daily value is formed from its stations (REFERENCE A3.7 ⚠: the order of averaging is CNEMC practice,
/// not read in HJ 663; docs/validation-2019.md compares both orders with the published 2019 figures).
/// </summary>
public enum CityAggregation
{
    /// <summary>Each station's daily value first (24-h mean, O3 1-h max, MDA8), then the mean of the valid stations.</summary>
    MeanOfStationDaily,
    /// <summary>The mean of the valid stations per hour first (the city's hourly series), then the daily statistics of
    /// that series (default: CNEMC practice, and closer to the published city figures where the orders differ).</summary>
    DailyOfCityHourly,
}

/// <summary>How strictly a pollutant's attainment is judged over a period (REFERENCE A3.5 ⚠).</summary>
public enum AttainmentStrictness
{
    /// <summary>SO2, NO2, PM10, PM2.5 attain when the period mean ≤ the annual limit AND the P98/P95 ≤ the 24-hour limit (HJ 663 as recalled).</summary>
    MeanAndPercentile,
    /// <summary>SO2, NO2, PM10, PM2.5 judged on the period mean only (what many bulletins do).</summary>
    MeanOnly,
}

/// <summary>Which results leave out the official sand-dust city-days (扣沙; REFERENCE A3.6, A5).</summary>
/// <param name="ExcludeFromPmStatistics">PM10 and PM2.5 means and percentiles leave out the dust days (CNEMC 2021: yes).</param>
/// <param name="ExcludeFromCompositeIndex">The composite index uses the dust-excluded PM statistics (CNEMC 2021: yes).</param>
/// <param name="ExcludeFromDayCounts">Good-day ratio and heavy days use the daily AQI recomputed without PM on dust days (CNEMC 2021: no, they keep the dust days).</param>
public sealed record DustPolicy(bool ExcludeFromPmStatistics = true, bool ExcludeFromCompositeIndex = true, bool ExcludeFromDayCounts = false)
{
    /// <summary>CNEMC practice of the 2021 monthly reports.</summary>
    public static DustPolicy Cnemc2021 { get; } = new();
}

/// <summary>
/// Minimum valid days for a period statistic other than a year or a calendar month (GB 3095 Table 4 names only
/// those two; this is our rule, stated as a setting).
/// </summary>
public enum SpanValidityRule
{
    /// <summary>Every calendar month the span touches needs its monthly minimum (27, 25 in February), scaled to the
    /// days of that month inside the span and rounded up. A full month needs 27/25; a year also needs 324.</summary>
    MonthlyMinimumPerMonth,
    /// <summary>No minimum for spans that are not a year or a whole month (valid days are still reported).</summary>
    None,
}

/// <summary>
/// Every choice the air computations make that a standard leaves open. Each result carries the settings it used.
/// </summary>
public sealed record AirSettings
{
    /// <summary>The defaults: feed-date day boundary, GB 3095 Table 4 validity, CNEMC practice elsewhere.</summary>
    public static AirSettings Default { get; } = new();

    /// <summary>
    /// Which hour labels make day D (REFERENCE F3). Default <see cref="DayBoundary.FeedDateHours0To23"/>: it
    /// reproduces published city-daily values (邯郸 2019, pinned by a real-data test); the standard's text reads
    /// hours 01…24 (<see cref="DayBoundary.StandardHours1To24"/>).
    /// </summary>
    public DayBoundary DayBoundary { get; init; } = DayBoundary.FeedDateHours0To23;

    /// <summary>GB 3095 Table 4 data validity (20 h/day, 6 of 8 h, 14 of 17 windows, 324 d/year, 27 d/month, 25 in February).</summary>
    public ValidityRules Validity { get; init; } = ValidityRules.Gb3095;

    /// <summary>Minimum valid hours for the O3 daily 1-hour maximum. GB 3095 gives none; we ask the same 20 hours as a 24-hour mean.</summary>
    public int MinHoursForO3Daily1hMax { get; init; } = 20;

    /// <summary>Minimum valid hours of a 24-hour moving mean in the HJ 633-2012 real-time method (the daily minimum, 20 of 24).</summary>
    public int MinHoursFor24hMovingMean { get; init; } = 20;

    /// <summary>AQI cap above the table and the HJ 633-2026 §5.3 NA rule (⚠: when on, a day whose AQI was computed from
    /// incomplete pollutants and is ≤ 100 has no AQI, so it is not a valid day for the day counts).</summary>
    public AqiSettings Aqi { get; init; } = AqiSettings.Default;

    /// <summary>Composite index rounding (each I_i to 2 decimals, then summed, by default).</summary>
    public CompositeIndexSettings Composite { get; init; } = CompositeIndexSettings.Default;

    /// <summary>Leave control stations (对照点) out of city values.</summary>
    public bool ExcludeControlStations { get; init; } = true;

    /// <summary>Order of averaging for city values (A3.7 ⚠; default the city's hourly series first, see docs/validation-2019.md).</summary>
    public CityAggregation CityAggregation { get; init; } = CityAggregation.DailyOfCityHourly;

    /// <summary>Minimum number of valid stations for a city value (per hour under the city-hourly order, per day under
    /// the station-daily order; A3.7 gives none; 1 = any valid station).</summary>
    public int MinStationsPerCityValue { get; init; } = 1;

    /// <summary>Which indicators leave out official sand-dust days.</summary>
    public DustPolicy Dust { get; init; } = DustPolicy.Cnemc2021;

    /// <summary>Attainment strictness (A3.5).</summary>
    public AttainmentStrictness Attainment { get; init; } = AttainmentStrictness.MeanAndPercentile;

    /// <summary>Validity of spans other than a year or a month.</summary>
    public SpanValidityRule SpanValidity { get; init; } = SpanValidityRule.MonthlyMinimumPerMonth;

    /// <summary>The points HJ 663-2026 reportedly changes, unconfirmed (defaults: HJ 663-2013 practice; others refused).</summary>
    public Hj663Revision2026 Hj663_2026 { get; init; } = Hj663Revision2026.Unconfirmed;

    /// <summary>
    /// A period statistic whose validity minimum is not met is still reported (flagged invalid) when true;
    /// when false it is reported as missing. Bulletins usually report and annotate.
    /// </summary>
    public bool ReportInvalidStatistics { get; init; } = true;
}
