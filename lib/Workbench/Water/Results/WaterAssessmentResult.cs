using Workbench.Periods;
using Workbench.Standards.Water;
using Workbench.Water.Registry;

namespace Workbench.Water.Results;

/// <summary>One section in a period.</summary>
/// <param name="Section">Registry entry (or a stand-in built from the samples when the section is not registered).</param>
/// <param name="InRegistry">False when the section is not in the registry (river limits, no target).</param>
/// <param name="Period">The period.</param>
/// <param name="SampleCount">Samples in the period.</param>
/// <param name="MonthCount">Months with at least one sample.</param>
/// <param name="Means">Period means per item (mean of monthly means; non-detects per policy).</param>
/// <param name="Evaluation">Class, status and main pollutants (2011 method) of the period means.</param>
/// <param name="Attainment">Against the registry's target class; null without a target or a class.</param>
/// <param name="Cwqi">CWQI of the period means; null when no CWQI item is present.</param>
/// <param name="CwqiLastYear">CWQI of the same period a year earlier; null without data.</param>
/// <param name="CwqiChangePercent">ΔCWQI in percent, full precision (negative = improved); null without a base.</param>
public sealed record SectionAssessment(
    SectionInfo Section,
    bool InRegistry,
    Period Period,
    int SampleCount,
    int MonthCount,
    IReadOnlyDictionary<WaterItem, MeasuredValue> Means,
    SectionEvaluation Evaluation,
    AttainmentResult? Attainment,
    CwqiResult? Cwqi,
    CwqiResult? CwqiLastYear,
    decimal? CwqiChangePercent);

/// <summary>What an area is.</summary>
public enum AreaKind
{
    /// <summary>A city (所在地市).</summary>
    City,
    /// <summary>A river (所属河流).</summary>
    River,
    /// <summary>A lake or reservoir (所属湖库): a water body whose every section is a lake or reservoir point.</summary>
    LakeReservoir,
    /// <summary>A basin (流域).</summary>
    Basin,
}

/// <summary>A city, river, lake or reservoir, or basin in a period.</summary>
/// <param name="Kind">City, river, lake or reservoir, basin.</param>
/// <param name="Name">Its name.</param>
/// <param name="Evaluation">Class shares, status (averaging below 5 sections, shares from 5), main pollutants.</param>
/// <param name="TargetCount">Sections with a target and a class.</param>
/// <param name="AttainedCount">Of those, sections meeting their target.</param>
/// <param name="Cwqi">Mean section CWQI (with item counts); null without data.</param>
/// <param name="CwqiLastYear">Mean CWQI a year earlier of the sections that have an index in both periods.</param>
/// <param name="CwqiChangePercent">ΔCWQI in percent over those paired sections, full precision; null without a base.</param>
/// <param name="Sections">Names of the sections counted.</param>
public sealed record AreaAssessment(
    AreaKind Kind,
    string Name,
    AreaEvaluation Evaluation,
    int TargetCount,
    int AttainedCount,
    CwqiMean? Cwqi,
    CwqiMean? CwqiLastYear,
    decimal? CwqiChangePercent,
    IReadOnlyList<string> Sections);

/// <summary>A water assessment of a period.</summary>
/// <param name="Period">The period.</param>
/// <param name="LastYear">The same period a year earlier (CWQI change base).</param>
/// <param name="Methods">Standards and methods, in Chinese, for the methods sheet.</param>
/// <param name="Settings">Settings used.</param>
/// <param name="Sections">Per section, in registry order (unregistered sections last).</param>
/// <param name="Cities">Per city.</param>
/// <param name="Rivers">Per river (the sections' 所属河流 when it names a river).</param>
/// <param name="LakesReservoirs">Per lake or reservoir (a 所属河流 whose every section is a lake or reservoir point).</param>
/// <param name="Basins">Per basin (when the registry gives basins).</param>
/// <param name="DrinkingWater">Drinking-water source attainment; null when no source has data.</param>
public sealed record WaterAssessmentResult(
    Period Period,
    Period LastYear,
    string Methods,
    WaterEvaluationSettings Settings,
    IReadOnlyList<SectionAssessment> Sections,
    IReadOnlyList<AreaAssessment> Cities,
    IReadOnlyList<AreaAssessment> Rivers,
    IReadOnlyList<AreaAssessment> LakesReservoirs,
    IReadOnlyList<AreaAssessment> Basins,
    DrinkingWaterAttainmentResult? DrinkingWater);
