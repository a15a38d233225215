using Workbench.Periods;

namespace Workbench.Briefings.Statements;

/// <summary>What the rest of a target period must hold for a target to be met (年末冲刺; docs/statements.md).</summary>
/// <param name="Indicator">PM2.5 or PM10 (allowed mean), good_ratio or good_days (good days needed), heavy_days (heavy days allowed).</param>
/// <param name="Target">The target value.</param>
/// <param name="TargetDays">Days of the target period.</param>
/// <param name="RemainingDays">Days of the target period after the period assessed.</param>
/// <param name="Required">The requirement: the allowed mean (µg/m³, rounded down), good days still needed, or heavy days
/// still allowed; can be negative or exceed the remaining days.</param>
/// <param name="Possible">False when the target can no longer be met.</param>
/// <param name="SoFar">What the period assessed holds: the sum of the valid daily values, good days or heavy days so far.</param>
public sealed record RaceResult(string Indicator, decimal Target, int TargetDays, int RemainingDays, decimal Required, bool Possible, decimal SoFar);

/// <summary>
/// The year-end race (issue 17): for a period that has not ended (2025-01..2025-11 against a 2025 target), what the
/// remaining days must hold. Pure arithmetic on what the assessment of the elapsed part reports.
/// </summary>
public static class YearEndRace
{
    /// <summary>
    /// PM2.5 (PM10) mean allowed over the remaining days = (target × days of the target period − sum of the valid daily
    /// values so far) ÷ remaining days, rounded down to an integer. Impossible when it is below zero.
    /// </summary>
    public static RaceResult AllowedMean(string indicator, decimal target, int targetDays, decimal sumSoFar, int remainingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(remainingDays);
        var allowed = Math.Floor((target * targetDays - sumSoFar) / remainingDays);
        return new RaceResult(indicator, target, targetDays, remainingDays, allowed, allowed >= 0, sumSoFar);
    }

    /// <summary>
    /// Good days still needed = ⌈target ratio × days of the target period / 100⌉ − good days so far (for a good-day
    /// target in days: target − good days so far). Impossible when more than the remaining days.
    /// </summary>
    public static RaceResult GoodDaysNeeded(string indicator, decimal target, int targetDays, int goodSoFar, int remainingDays)
    {
        var total = indicator == "good_ratio" ? Math.Ceiling(target * targetDays / 100m) : target;
        var needed = total - goodSoFar;
        return new RaceResult(indicator, target, targetDays, remainingDays, needed, needed <= remainingDays, goodSoFar);
    }

    /// <summary>Heavy days still allowed = target − heavy days so far. Impossible when below zero.</summary>
    public static RaceResult HeavyDaysAllowed(decimal target, int targetDays, int heavySoFar, int remainingDays)
    {
        var allowed = target - heavySoFar;
        return new RaceResult("heavy_days", target, targetDays, remainingDays, allowed, allowed >= 0, heavySoFar);
    }

    /// <summary>
    /// "12月" / "11—12月" / "2025年12月1日至2025年12月31日": how the remaining days of a target period are named (whole
    /// months of one year by their months).
    /// </summary>
    public static string RemainingLabel(DateOnly first, DateOnly last)
    {
        var wholeMonths = first.Day == 1 && last.Day == DateTime.DaysInMonth(last.Year, last.Month);
        if (!wholeMonths || first.Year != last.Year) return Period.Range(first, last).Label;
        return first.Month == last.Month ? $"{first.Month}月" : $"{first.Month}—{last.Month}月";
    }
}
