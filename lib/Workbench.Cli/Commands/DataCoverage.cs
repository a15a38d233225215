using Workbench.Air;
using Workbench.Air.Results;
using Workbench.IO;
using Workbench.Periods;

namespace Workbench.Cli.Commands;

/// <summary>
/// Nothing empty is written (issue 14, "never silently wrong"): the checks every single-city command (`brief`,
/// `figures`, `air assess --city`) makes before it writes. A period the input does not reach is refused, one it
/// reaches in part is said, and a city without one valid day in a period the input reaches is refused.
/// </summary>
internal static class DataCoverage
{
    /// <summary>
    /// Refuses a period the data do not reach (exit 2, with the data's date range); warns on stderr when they reach
    /// it in part.
    /// </summary>
    internal static void CheckPeriod(AirDataSet data, Period period, string? what = null)
    {
        var span = data.Span ?? throw new WorkbenchUserException("输入中没有任何数据（没有一个小时或一天）");
        span.EnsureOverlaps(period, what);
        if (span.PartialWarning(period) is { } warning) Console.Error.WriteLine(warning);
    }

    /// <summary>
    /// Refuses a city's result with no valid day (no valid daily AQI, HJ 633 / REFERENCE A3.6) in a period the input
    /// reaches: its stations silent, or none of them in the data or the station list then. A briefing, figure set or
    /// assessment of zeros ("优良天数0天") would be read out as a finding. A city with some valid days is computed as
    /// usual (a partly covered period is said by <see cref="CheckPeriod"/>). <paramref name="output"/> names what is
    /// not written (简报, 图表, 评价).
    /// </summary>
    /// <exception cref="WorkbenchUserException">The city has no valid day in the period.</exception>
    internal static void EnsureValidDays(AirDataSet data, IReadOnlyList<string> inputs, AirAssessmentResult result, string output)
    {
        if (result.DayCounts.ValidDays > 0) return;
        var p = result.Period;
        throw new WorkbenchUserException(
            $"{result.City}在{p.Label}（{p.Start:yyyy-MM-dd} 至 {p.End:yyyy-MM-dd}）没有一个有效监测日，不生成{output}。" +
            $"输入数据 {string.Join("、", inputs)}{(data.Span is { } s ? $" 的日期范围是 {s.Text}" : "")}；{Why(data, result)}");
    }

    /// <summary>What the data hold of the city in the period: no station in the list, none in the data, or all silent.</summary>
    private static string Why(AirDataSet data, AirAssessmentResult result)
    {
        var city = result.City;
        if (data.Stations is not { } registry || data.StationCodes is not { } inData) return $"城市日数据中{city}在此期间没有有效日值";
        var p = result.Period;
        var listed = registry.StationsOfCityByDay(city, p.Start, p.DayCount, includeControl: !result.Settings.ExcludeControlStations)
            .SelectMany(d => d).Select(st => st.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (listed.Length == 0) return $"站点列表 {data.StationsSource} 中{city}在此期间没有站点";
        var present = inData.ToHashSet(StringComparer.Ordinal);
        var found = listed.Where(present.Contains).ToArray();
        return found.Length == 0
            ? $"站点列表 {data.StationsSource} 中{city}在此期间的站点（{Codes(listed)}）都不在输入数据中"
            : $"{city}在此期间的 {found.Length} 个站点（{Codes(found)}）都没有有效日值";
    }

    private static string Codes(IReadOnlyList<string> codes) =>
        string.Join("、", codes.Take(10)) + (codes.Count > 10 ? $" 等 {codes.Count} 个" : "");
}
