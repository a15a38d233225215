using Workbench.Standards;

namespace Workbench.Air.Results;

/// <summary>
/// Day counts of a period (REFERENCE A3.6): a valid day is a day with a valid daily AQI; days without one leave
/// both numerator and denominator.
/// </summary>
/// <param name="CalendarDays">Days in the period.</param>
/// <param name="ValidDays">Days with a daily AQI (有效监测天数).</param>
/// <param name="GoodDays">Days with AQI ≤ 100 (优良天数).</param>
/// <param name="GoodRatioPercent">GoodDays / ValidDays × 100, GB/T 8170 to 1 decimal (优良天数比例); null without valid days.</param>
/// <param name="HeavyDays">Days with AQI &gt; 200 (重污染天数: levels 5 and 6).</param>
/// <param name="HeavyRatioPercent">HeavyDays / ValidDays × 100, 1 decimal; null without valid days.</param>
/// <param name="PollutedDays">Days with AQI &gt; 100.</param>
/// <param name="DaysPerLevel">Days per AQI level 1–6 (every level present, zeros included).</param>
/// <param name="DaysPerPrimary">Days on which each pollutant was (one of) the primary pollutant(s); O3 1-h and O3 8-h count once as O3.</param>
public sealed record DayCountsResult(
    int CalendarDays, int ValidDays, int GoodDays, decimal? GoodRatioPercent, int HeavyDays, decimal? HeavyRatioPercent,
    int PollutedDays, IReadOnlyDictionary<int, int> DaysPerLevel, IReadOnlyDictionary<Pollutant, int> DaysPerPrimary);
