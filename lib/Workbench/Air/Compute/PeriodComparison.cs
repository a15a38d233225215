using System.Globalization;
using Workbench.Air.Method;
using Workbench.Air.Results;
using Workbench.Standards;

namespace Workbench.Air.Compute;

/// <summary>
/// Year-on-year (同比) and base-year (e.g. five-year-plan) comparisons of two assessments (REFERENCE A4): relative
/// change in % of the REPORTED values for concentrations and the composite index (<see cref="ChangeRate.Percent"/>),
/// percentage points for the good-day ratio, differences for day counts. Both sides must use one standard version.
/// </summary>
public static class PeriodComparison
{
    /// <summary>Compares with the same period of the previous year.</summary>
    /// <exception cref="ArgumentException">Different standards, cities, or a baseline that is not the same period last year.</exception>
    public static ComparisonResult YearOnYear(AirAssessmentResult current, AirAssessmentResult baseline)
    {
        Check(current, baseline);
        var expected = current.Period.SamePeriodLastYear();
        if (expected.Start != baseline.Period.Start || expected.End != baseline.Period.End)
            throw new ArgumentException($"同比基准应为上年同期（{expected.Label}），实际为 {baseline.Period.Label}", nameof(baseline));
        return Compare(current, baseline, ComparisonKind.YearOnYear, "同比");
    }

    /// <summary>Compares with a base year (both assessed under one standard, e.g. 2015 → 2020 under GB 3095-2012).</summary>
    public static ComparisonResult AgainstBaseYear(AirAssessmentResult current, AirAssessmentResult baseYear)
    {
        Check(current, baseYear);
        return Compare(current, baseYear, ComparisonKind.BaseYear, $"与{baseYear.Period.Label}相比");
    }

    /// <summary>
    /// Year-on-year of a city series over <paramref name="period"/>: both periods assessed under ONE standard
    /// (default: the version in force at the end of the current period).
    /// </summary>
    public static ComparisonResult YearOnYear(CityDailyResult city, Periods.Period period, AirSettings settings,
        AirQualityStandard? standard = null, DustDays? dust = null)
    {
        var s = standard ?? StandardVersions.AirQualityInForce(period.End);
        return YearOnYear(AirAssessment.Assess(city, period, settings, s, dust),
            AirAssessment.Assess(city, period.SamePeriodLastYear(), settings, s, dust));
    }

    /// <summary>
    /// Base-year comparison of a city series (e.g. five-year plan: 2015 → 2020), both years assessed under ONE
    /// explicitly chosen standard.
    /// </summary>
    public static ComparisonResult BaseYear(CityDailyResult city, int baseYear, int currentYear, AirQualityStandard standard,
        AirSettings settings, DustDays? dust = null) =>
        AgainstBaseYear(AirAssessment.Assess(city, Periods.Period.Year(currentYear), settings, standard, dust),
            AirAssessment.Assess(city, Periods.Period.Year(baseYear), settings, standard, dust));

    /// <summary>How each indicator's change is expressed.</summary>
    public static ChangeKind KindOf(string indicator) => indicator switch
    {
        "good_ratio" => ChangeKind.PercentagePoints,
        "valid_days" or "good_days" or "heavy_days" => ChangeKind.Difference,
        _ => ChangeKind.Percent,
    };

    /// <summary>The change of one indicator with its Chinese phrase (prefix "同比" or "与2015年相比").</summary>
    public static IndicatorChange Change(string indicator, decimal? current, decimal? baseline, string prefix)
    {
        var kind = KindOf(indicator);
        decimal? change = current is null || baseline is null ? null : kind switch
        {
            ChangeKind.Percent => baseline == 0 ? null : ChangeRate.Percent(current.Value, baseline.Value, 1),
            ChangeKind.PercentagePoints => ChangeRate.PercentagePoints(current.Value, baseline.Value),
            _ => current.Value - baseline.Value,
        };
        return new IndicatorChange(indicator, current, baseline, change, kind, Phrase(change, kind, prefix));
    }

    private static string Phrase(decimal? change, ChangeKind kind, string prefix)
    {
        if (change is null) return $"{prefix}无法比较";
        if (change == 0) return $"{prefix}持平";
        var abs = Math.Abs(change.Value).ToString(CultureInfo.InvariantCulture);
        return kind switch
        {
            ChangeKind.Percent => $"{prefix}{(change > 0 ? "上升" : "下降")}{abs}%",
            ChangeKind.PercentagePoints => $"{prefix}{(change > 0 ? "上升" : "下降")}{abs}个百分点",
            _ => $"{prefix}{(change > 0 ? "增加" : "减少")}{abs}天",
        };
    }

    private static ComparisonResult Compare(AirAssessmentResult current, AirAssessmentResult baseline, ComparisonKind kind, string prefix)
    {
        var c = current.Indicators;
        var b = baseline.Indicators;
        // A baseline with no valid day (no data that year) has no day counts to compare: "同比增加177天" against an
        // empty year would be read as a real change. Concentrations are already null there.
        var emptyBaseline = baseline.DayCounts.ValidDays == 0;
        var changes = AirAssessmentResult.IndicatorKeys.Select(k =>
            emptyBaseline && KindOf(k) != ChangeKind.Percent
                ? new IndicatorChange(k, c[k], null, null, KindOf(k), $"{prefix}无法比较（{baseline.Period.Label}无有效数据）")
                : Change(k, c[k], b[k], prefix)).ToArray();
        return new ComparisonResult(current.City, current.Period, baseline.Period, current.Standard, kind, changes);
    }

    private static void Check(AirAssessmentResult current, AirAssessmentResult baseline)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(baseline);
        if (current.Standard != baseline.Standard)
            throw new ArgumentException(
                $"对比的两期须使用同一标准版本：当前 {current.Standard.ChineseTitle()}，基准 {baseline.Standard.ChineseTitle()}", nameof(baseline));
        if (DustDays.NormaliseCity(current.City) != DustDays.NormaliseCity(baseline.City))
            throw new ArgumentException($"对比的两期不是同一城市：{current.City} 与 {baseline.City}", nameof(baseline));
    }
}
