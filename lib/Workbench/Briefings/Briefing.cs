using Workbench.Air.Compute;
using Workbench.Air.Results;
using Workbench.Periods;
using Workbench.Standards;
using Workbench.Water.Results;

namespace Workbench.Briefings;

/// <summary>One month of the monthly table: the month this year and the same month last year, under one standard.</summary>
/// <param name="Month">The month.</param>
/// <param name="Current">Assessment of the month.</param>
/// <param name="LastYear">Assessment of the same month a year earlier.</param>
public sealed record BriefingMonth(Period Month, AirAssessmentResult Current, AirAssessmentResult LastYear);

/// <summary>The ranking of the cities of the city's province group in the data for the period (all cities of the data
/// when the city's province is unknown).</summary>
/// <param name="Composite">Composite-index ranking, ascending (1 = best).</param>
/// <param name="Change">Change-rate rankings of the composite index against the same period last year.</param>
/// <param name="Unranked">Cities without a composite index.</param>
/// <param name="Assessments">Every city's assessment of the period (same standard and settings as the briefing).</param>
/// <param name="Baselines">Every city's composite index of the same period last year (null when missing).</param>
public sealed record BriefingRanking(IReadOnlyList<RankedEntry> Composite, ChangeRanking Change,
    IReadOnlyList<string> Unranked, IReadOnlyList<AirAssessmentResult> Assessments, IReadOnlyDictionary<string, decimal?> Baselines)
{
    /// <summary>The group ranked: the province (河南, 示例省), or null when the ranking is over all cities of the data.</summary>
    public string? Group { get; init; }

    /// <summary>How sentences name the group: 全省, 全区 or 全市 (null = all cities of the data).</summary>
    public string? GroupTitle { get; init; }

    /// <summary>The composite-index rank of <paramref name="city"/>, or null.</summary>
    public int? RankOf(string city) => Composite.FirstOrDefault(e => e.Name == city)?.Rank;

    /// <summary>Every city's assessment of the same period last year (same order as <see cref="Assessments"/>).</summary>
    public IReadOnlyList<AirAssessmentResult> LastYear { get; init; } = [];

    /// <summary>The improvement (change-rate) rank of <paramref name="city"/>, or null.</summary>
    public int? ChangeRankOf(string city) => Change.Improvement.FirstOrDefault(e => e.Name == city)?.Rank;
}

/// <summary>A district (区县) of the city: the mean of its stations (the stations' 区县 in the registry).</summary>
/// <param name="Name">District name.</param>
/// <param name="Current">Assessment of the period.</param>
/// <param name="LastYear">Assessment of the same period last year.</param>
public sealed record BriefingDistrict(string Name, AirAssessmentResult Current, AirAssessmentResult LastYear);

/// <summary>The five-year comparison: the same period in the base year and every year up to the current one, under ONE standard.</summary>
/// <param name="BaseYear">Base year (e.g. 2015).</param>
/// <param name="Standard">The one GB 3095 version of every year shown.</param>
/// <param name="Years">Assessments of the period in each year from the base year to the current year.</param>
/// <param name="Comparison">Current against base year.</param>
public sealed record BriefingFiveYear(int BaseYear, AirQualityStandard Standard, IReadOnlyList<AirAssessmentResult> Years,
    ComparisonResult Comparison);

/// <summary>What the methods sheet states: standards, validity, stations, exclusions, sources, time.</summary>
/// <param name="Standard">GB 3095 version of the headline figures.</param>
/// <param name="StationsUsed">Stations that contributed (code and name).</param>
/// <param name="StationsExcluded">The city's stations left out of its values in the period, with the reason
/// (<see cref="Air.Results.AirAssessmentResult.ExcludedStations"/>).</param>
/// <param name="DustDaysExcluded">Sand-dust days of the city in the period (empty when none or no list).</param>
/// <param name="DustListGiven">Whether a dust-day list was given.</param>
/// <param name="Sources">Data sources with their quality counts.</param>
/// <param name="GeneratedAt">Generation time.</param>
public sealed record BriefingMethods(AirQualityStandard Standard, IReadOnlyList<(string Code, string Name)> StationsUsed,
    IReadOnlyList<Air.Results.ExcludedStation> StationsExcluded, IReadOnlyList<DateOnly> DustDaysExcluded, bool DustListGiven,
    IReadOnlyList<BriefingSource> Sources, DateTimeOffset GeneratedAt);

/// <summary>
/// Everything a briefing workbook shows, computed once: the sheets and the headline sentences read the same rounded
/// values from here, so a number in a sentence is the number in the table.
/// </summary>
/// <param name="Request">What was asked.</param>
/// <param name="Current">The city's assessment of the period.</param>
/// <param name="LastYear">The same period a year earlier, under the same standard.</param>
/// <param name="YearOnYear">Year-on-year changes of every indicator.</param>
/// <param name="TargetGaps">Gaps against the provincial targets of the period.</param>
/// <param name="Months">The months of the period with last year's.</param>
/// <param name="Ranking">City rankings.</param>
/// <param name="FiveYear">Five-year comparison.</param>
/// <param name="Water">Water sections of the city (null without water data).</param>
/// <param name="Methods">Methods sheet content.</param>
/// <param name="DailyAqi">The city's daily AQI on each day of the period (null = no valid AQI), for the AQI calendar.</param>
/// <param name="Statements">The statements of the catalogue (<see cref="Statements.BriefingStatements"/>), in reading order.</param>
public sealed record Briefing(BriefingRequest Request, AirAssessmentResult Current, AirAssessmentResult LastYear,
    ComparisonResult YearOnYear, IReadOnlyList<TargetGap> TargetGaps, IReadOnlyList<BriefingMonth> Months,
    BriefingRanking Ranking, BriefingFiveYear FiveYear, WaterAssessmentResult? Water, BriefingMethods Methods,
    IReadOnlyList<int?> DailyAqi, IReadOnlyList<Statement> Statements)
{
    /// <summary>The same period in every year the data reach, oldest first, the current period last, under the
    /// briefing's standard (streaks and records over the years present).</summary>
    public IReadOnlyList<AirAssessmentResult> History { get; init; } = [];

    /// <summary>The city's districts (区县) with stations in the registry; empty when the registry names none or one.</summary>
    public IReadOnlyList<BriefingDistrict> Districts { get; init; } = [];

    /// <summary>The headline sentences as the overview sheet and the console show them: the statements' texts, the
    /// first led by the period and the city ("2025年，东州…").</summary>
    public IReadOnlyList<string> Headlines =>
        Statements.Select((s, i) => i == 0 ? $"{Period.Label}，{City}{s.Text}" : s.Text).ToArray();

    /// <summary>The city as assessed.</summary>
    public string City => Current.City;

    /// <summary>The period.</summary>
    public Period Period => Current.Period;

    /// <summary>The gap against the absolute target (绝对值) of one indicator, or null.</summary>
    public TargetGap? TargetOf(string indicator) =>
        TargetGaps.FirstOrDefault(g => g.Target.Indicator == indicator && g.Target.Kind == TargetKind.Absolute);
}
