using Workbench.Air.Compute;
using Workbench.Air.Method;
using Workbench.Periods;
using Workbench.Standards;
using Workbench.Water.Results;

namespace Workbench.Briefings;

/// <summary>A data source named on the methods sheet, with the counts of its data-quality report.</summary>
/// <param name="Name">What it is (e.g. "空气小时数据（china_sites）").</param>
/// <param name="Location">File or folder name (never a full machine path).</param>
/// <param name="FilesRead">Files read.</param>
/// <param name="ValuesAccepted">Values accepted.</param>
/// <param name="IssueCount">Issues listed in the quality report (rejected, corrected, flagged, missing).</param>
/// <param name="Summary">The report's one-line Chinese summary.</param>
public sealed record BriefingSource(string Name, string Location, int FilesRead, long ValuesAccepted, long IssueCount, string Summary);

/// <summary>A press figure to embed: PNG bytes placed on a sheet at a cell, at a size in pixels.</summary>
/// <param name="Title">Caption written above the picture.</param>
/// <param name="Png">The PNG file's bytes.</param>
/// <param name="WidthPx">Displayed width in pixels.</param>
/// <param name="HeightPx">Displayed height in pixels.</param>
public sealed record BriefingFigure(string Title, byte[] Png, int WidthPx, int HeightPx)
{
    /// <summary>A stable name (the figure catalogue's, e.g. <c>monthly-trend-pm25</c>; <c>aqi-calendar</c>; a given PNG's file
    /// name), for file names and the JSON output; null when none.</summary>
    public string? Name { get; init; }

    /// <summary>The same figure as SVG (press figures rendered through the browser), or null.</summary>
    public string? Svg { get; init; }
}

/// <summary>
/// What a briefing is about and the choices it makes. The numbers themselves come from the library's computations
/// (<see cref="BriefingCompute"/>); this record only names the city, period, standard and inputs.
/// </summary>
/// <param name="City">The city the briefing is about (highlighted in rankings).</param>
/// <param name="Period">The period (month, quarter, 秋冬季, 1–N月累计, year …).</param>
public sealed record BriefingRequest(string City, Periods.Period Period)
{
    /// <summary>Air settings (validity, dust policy, control stations …).</summary>
    public AirSettings Settings { get; init; } = AirSettings.Default;

    /// <summary>GB 3095 version for the period and its year-on-year base; null = the version in force at the period's end.</summary>
    public AirQualityStandard? Standard { get; init; }

    /// <summary>Base year of the five-year comparison; null = <see cref="DefaultBaseYear"/>.</summary>
    public int? BaseYear { get; init; }

    /// <summary>GB 3095 version for the five-year comparison (both years under it); null = the version in force at the end of the base-year period.</summary>
    public AirQualityStandard? FiveYearStandard { get; init; }

    /// <summary>Provincial targets (城市,指标,时段,目标值).</summary>
    public IReadOnlyList<AirTarget> Targets { get; init; } = [];

    /// <summary>Water assessment of the same period, when water data was given.</summary>
    public WaterAssessmentResult? Water { get; init; }

    /// <summary>City whose water sections are shown (null = every section of the assessment).</summary>
    public string? WaterCity { get; init; }

    /// <summary>Data sources with their quality-report counts, for the methods sheet.</summary>
    public IReadOnlyList<BriefingSource> Sources { get; init; } = [];

    /// <summary>When the briefing is generated (Beijing time is shown on the methods sheet).</summary>
    public DateTimeOffset GeneratedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>
    /// The five-year-plan base: 2015 for years up to 2020 (13th plan), 2020 for 2021–2025 (14th plan), 2025 after (five years back up to 2015).
    /// </summary>
    public static int DefaultBaseYear(int year) => year <= 2015 ? year - 5 : year <= 2020 ? 2015 : year <= 2025 ? 2020 : 2025;
}
