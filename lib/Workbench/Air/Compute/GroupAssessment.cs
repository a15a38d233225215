using Workbench.Air.Results;
using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Air.Compute;

/// <summary>
/// The values of a group of cities (a province, 汾渭平原, the 168 key cities…) over one period, as MEE reports a region:
/// each concentration the arithmetic mean of the member cities' UNROUNDED period values
/// (<see cref="AirAssessmentResult.Unrounded"/>), then rounded as a city value is (GB/T 8170,
/// <see cref="AirAssessmentResult.ReportedDecimals"/>); the good-day ratio the mean of the member cities' ratios; the
/// composite index computed from the group's reported concentrations exactly as a city's is from its own.
/// </summary>
/// <param name="Group">Group name (河南, 汾渭平原, 168…).</param>
/// <param name="Cities">Member cities with data (a concentration or a good-day ratio), in the order given.</param>
/// <param name="Indicators">Keys of <see cref="AirAssessmentResult.IndicatorKeys"/> at reported precision; null where no
/// member city has the value, and always null for the day counts (valid_days, good_days, heavy_days), which are a
/// city's own and have no group mean in the bulletins.</param>
/// <param name="CityCounts">For each indicator with a group value: how many member cities it averages.</param>
/// <param name="Composite">The composite index with its parts, or null when a concentration is missing.</param>
public sealed record GroupValues(string Group, IReadOnlyList<string> Cities, IReadOnlyDictionary<string, decimal?> Indicators,
    IReadOnlyDictionary<string, int> CityCounts, CompositeIndexResult? Composite)
{
    /// <summary>Number of member cities with data.</summary>
    public int CityCount => Cities.Count;
}

/// <summary>
/// Group values (区域/城市组均值) from the assessments of the member cities: the one place this rule lives.
/// </summary>
public static class GroupAssessment
{
    /// <summary>The indicators a group averages over its member cities (the concentrations and the good-day ratio).</summary>
    public static IReadOnlyList<string> MeanIndicators { get; } = ["PM2.5", "PM10", "SO2", "NO2", "CO_P95", "O3_8h_P90", "good_ratio"];

    /// <summary>
    /// The values of <paramref name="group"/> from its member cities' assessments (one period, one standard, one set of
    /// settings: otherwise <see cref="ArgumentException"/>). A member without any concentration or good-day ratio (no valid
    /// day) does not count;
    /// each indicator averages the members that have it.
    /// </summary>
    public static GroupValues Compute(string group, IReadOnlyList<AirAssessmentResult> members)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(members);
        var first = members.FirstOrDefault();
        foreach (var m in members)
        {
            if (m.Standard != first!.Standard || m.Period != first.Period)
                throw new ArgumentException($"{group}：{m.City} 与 {first.City} 的时段或标准版本不同，不能求区域均值");
            if (m.Settings.Composite != first.Settings.Composite)
                throw new ArgumentException($"{group}：{m.City} 与 {first.City} 的综合指数设置不同，不能求区域均值");
        }
        var withData = members.Where(m => MeanIndicators.Any(k => m.Unrounded(k) is not null)).ToArray();
        var composite = first?.Settings.Composite ?? CompositeIndexSettings.Default;
        var indicators = AirAssessmentResult.IndicatorKeys.ToDictionary(k => k, _ => (decimal?)null);
        var counts = new Dictionary<string, int>();
        foreach (var key in MeanIndicators)
        {
            var values = withData.Select(m => m.Unrounded(key)).Where(v => v is not null).Select(v => v!.Value).ToArray();
            if (values.Length == 0) continue;
            indicators[key] = Mean(values, AirAssessmentResult.ReportedDecimals(key, composite));
            counts[key] = values.Length;
        }
        CompositeIndexResult? index = null;
        if (first is not null && new[] { "SO2", "NO2", "PM10", "PM2.5", "CO_P95", "O3_8h_P90" }.All(k => indicators[k] is not null))
        {
            index = CompositeIndex.Compute(first.Standard, (double)indicators["SO2"]!.Value, (double)indicators["NO2"]!.Value,
                (double)indicators["PM10"]!.Value, (double)indicators["PM2.5"]!.Value, (double)indicators["CO_P95"]!.Value,
                (double)indicators["O3_8h_P90"]!.Value, composite);
            indicators["composite_index"] = index.Total; // as a city's Indicators give it
            counts["composite_index"] = new[] { "SO2", "NO2", "PM10", "PM2.5", "CO_P95", "O3_8h_P90" }.Min(k => counts[k]);
        }
        return new GroupValues(group, withData.Select(m => m.City).ToArray(), indicators, counts, index);
    }

    /// <summary>The arithmetic mean of unrounded values, in decimal, rounded per GB/T 8170 to <paramref name="decimals"/>.</summary>
    public static decimal Mean(IReadOnlyCollection<decimal> unrounded, int decimals)
    {
        ArgumentNullException.ThrowIfNull(unrounded);
        if (unrounded.Count == 0) throw new ArgumentException("没有数值，不能求均值", nameof(unrounded));
        return ReportedValue.Round(unrounded.Sum() / unrounded.Count, decimals);
    }
}
