using Workbench.Periods;
using Workbench.Standards;

namespace Workbench.Air.Results;

/// <summary>How an indicator's change is expressed.</summary>
public enum ChangeKind
{
    /// <summary>Relative change in % of the baseline (concentrations, composite index), GB/T 8170 to 1 decimal.</summary>
    Percent,
    /// <summary>Difference of two percentages, in percentage points (good-day ratio).</summary>
    PercentagePoints,
    /// <summary>Plain difference (day counts).</summary>
    Difference,
}

/// <summary>Which comparison was made.</summary>
public enum ComparisonKind
{
    /// <summary>同比: the same period of the previous year.</summary>
    YearOnYear,
    /// <summary>Against a base year (e.g. 2015 for the 13th five-year plan), both under one standard.</summary>
    BaseYear,
}

/// <summary>The change of one indicator between two assessments.</summary>
/// <param name="Indicator">Indicator key (as in <see cref="AirAssessmentResult.Indicators"/>).</param>
/// <param name="Current">Reported value of the current period.</param>
/// <param name="Baseline">Reported value of the baseline period.</param>
/// <param name="Change">The change (null when either side is missing or the baseline is 0 for a rate).</param>
/// <param name="Kind">How the change is expressed.</param>
/// <param name="Text">Chinese phrase, e.g. "同比下降11.1%", "与2015年相比下降35.6%", "同比增加46天".</param>
public sealed record IndicatorChange(string Indicator, decimal? Current, decimal? Baseline, decimal? Change, ChangeKind Kind, string Text);

/// <summary>A comparison of two assessments of one city under one standard version.</summary>
/// <param name="City">City.</param>
/// <param name="Current">Current period.</param>
/// <param name="Baseline">Baseline period.</param>
/// <param name="Standard">The one GB 3095 version both assessments used.</param>
/// <param name="Kind">Year-on-year or base year.</param>
/// <param name="Changes">One entry per indicator, in <see cref="AirAssessmentResult.IndicatorKeys"/> order.</param>
public sealed record ComparisonResult(string City, Period Current, Period Baseline, AirQualityStandard Standard,
    ComparisonKind Kind, IReadOnlyList<IndicatorChange> Changes)
{
    /// <summary>The change of one indicator.</summary>
    public IndicatorChange this[string indicator] =>
        Changes.FirstOrDefault(c => c.Indicator == indicator) ?? throw new KeyNotFoundException($"没有指标“{indicator}”");
}
