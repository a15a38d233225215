using Workbench.Air.Compute;
using Workbench.Air.Results;
using Workbench.Standards;
using static Workbench.Charts.FigureBuilder;

namespace Workbench.Charts;

/// <summary>
/// The press-figure catalogue. Each function takes library results (never raw files), builds its data with a pure
/// function of <see cref="AirFigureData"/> / <see cref="MoreFigureData"/> / <see cref="WaterFigureData"/>, and returns a
/// <see cref="Figure"/> in the house style.
/// </summary>
public static partial class Figures
{
    /// <summary>Monthly concentration trend, several years overlaid, with the limit line and an optional target line.</summary>
    /// <param name="monthly">Monthly assessments of one city (several years).</param>
    /// <param name="pollutant">Pollutant.</param>
    /// <param name="dataSource">Data source named on the source line.</param>
    /// <param name="target">Target of the pollutant's indicator, when the analyst has one.</param>
    public static Figure MonthlyTrend(IReadOnlyCollection<AirAssessmentResult> monthly, Pollutant pollutant, string dataSource, AirTarget? target = null) =>
        MonthlyTrend(AirFigureData.MonthlyTrend(monthly, pollutant, target), monthly, dataSource);

    /// <summary>Monthly trend of the same period in several years (e.g. three 秋冬季), one line per period, months in the period's order.</summary>
    public static Figure MonthlyTrend(IReadOnlyCollection<AirAssessmentResult> monthly, Pollutant pollutant, IReadOnlyList<Periods.Period> periods,
        string dataSource, AirTarget? target = null) =>
        MonthlyTrend(AirFigureData.MonthlyTrend(monthly, pollutant, periods, target), monthly, dataSource);

    private static Figure MonthlyTrend(MonthlyTrendData data, IReadOnlyCollection<AirAssessmentResult> monthly, string dataSource)
    {
        var pollutant = data.Pollutant;
        var b = new FigureBuilder();
        var months = data.MonthLabels.ToArray();
        for (var i = 0; i < data.Years.Count; i++)
        {
            var s = data.Years[i];
            var newest = i == data.Years.Count - 1;
            // The newest year gets the strongest colour and a thick line; older years fade.
            var colour = HouseStyle.YearColours[HouseStyle.YearColours.Count - data.Years.Count + i < 0 ? i % HouseStyle.YearColours.Count
                : HouseStyle.YearColours.Count - data.Years.Count + i];
            b.Trace("scatter", Map(("x", months), ("y", s.Values.Select(v => (object?)v).ToArray()), ("name", s.Label),
                ("mode", newest ? "lines+markers+text" : "lines+markers"),
                ("text", newest ? s.Values.Select(v => v?.ToString("0.###") ?? "").ToArray() : null),
                ("textposition", "top center"), ("textfont", Map(("color", colour), ("size", 14))),
                ("line", Map(("color", colour), ("width", newest ? 4 : 2))), ("marker", Map(("color", colour), ("size", newest ? 9 : 6))),
                ("connectgaps", false), ("cliponaxis", false)));
        }
        b.Layout("xaxis", Map(("title", "月份"), ("type", "category")));
        var max = data.Years.SelectMany(s => s.Values).Where(v => v is not null).Select(v => (double)v!.Value)
            .Append(data.Limit.Value).Append(data.Target?.Value ?? 0).Max();
        b.Layout("yaxis", Map(("title", HouseStyle.ConcentrationAxis(pollutant)), ("rangemode", "tozero"), ("range", new[] { 0, max * 1.15 })));
        b.Reference(data.Limit);
        if (data.Target is not null) b.Reference(data.Target);
        return b.Build($"monthly-trend-{Slug(pollutant)}", $"{data.City}{data.Span}{HouseStyle.MonthlyStatisticName(pollutant)}逐月变化",
            SourceLines.Air(monthly, dataSource));
    }

    /// <summary>Annual values with year-on-year change labels above each bar.</summary>
    /// <param name="annual">Annual assessments of one city.</param>
    /// <param name="indicator">Indicator key, e.g. "PM2.5", "O3_8h_P90", "good_ratio".</param>
    /// <param name="dataSource">Data source named on the source line.</param>
    /// <param name="target">Target line, when given.</param>
    public static Figure AnnualValues(IReadOnlyCollection<AirAssessmentResult> annual, string indicator, string dataSource, AirTarget? target = null)
    {
        var data = AirFigureData.AnnualValues(annual, indicator, target);
        var b = new FigureBuilder();
        var pollutant = AirFigureData.PollutantOf(indicator);
        var x = data.Bars.Select(v => v.Label).ToArray();
        b.Trace("bar", Map(("x", x), ("y", data.Bars.Select(v => (object?)v.Value).ToArray()), ("name", IndicatorName(indicator)),
            ("marker", Map(("color", data.Bars.Select((_, i) => i == data.Bars.Count - 1 ? HouseStyle.CurrentColour : HouseStyle.BaselineColour).ToArray()))),
            ("text", data.Bars.Select(v => v.Value?.ToString("0.###") ?? "无").ToArray()), ("textposition", "inside"),
            ("insidetextanchor", "middle"), ("textfont", Map(("color", "#FFFFFF"), ("size", 18)))));
        var max = data.Bars.Where(v => v.Value is not null).Select(v => (double)v.Value!.Value).DefaultIfEmpty(1)
            .Append(data.Limit?.Value ?? 0).Append(data.Target?.Value ?? 0).Max();
        // Change labels in a row above the plot, one over each bar: reference lines can never cross them.
        foreach (var bar in data.Bars.Where(v => v.ChangeText is not null))
            b.Annotation(Map(("x", bar.Label), ("xref", "x"), ("yref", "paper"), ("y", 1.0), ("yanchor", "bottom"), ("yshift", 6), ("showarrow", false),
                ("text", bar.ChangeText!.Replace("同比", "同比<br>")), ("font", Map(("size", 15), ("color", ChangeColour(indicator, bar.Change))))));
        b.Layout("xaxis", Map(("type", "category")));
        b.Layout("yaxis", Map(("title", pollutant is { } p ? HouseStyle.ConcentrationAxis(p) : IndicatorAxis(indicator)), ("range", new[] { 0, max * 1.08 })));
        if (data.Limit is not null) b.Reference(data.Limit);
        if (data.Target is not null) b.Reference(data.Target);
        var first = annual.MinBy(r => r.Period.Start)!.Period;
        var last = annual.MaxBy(r => r.Period.Start)!.Period;
        var span = first.Kind == Periods.PeriodKind.Year ? $"{data.Bars[0].Label}—{data.Bars[^1].Label}" : Periods.PeriodSeries.SpanLabel(first, last);
        return b.Build($"annual-{Slug(indicator)}", $"{data.City}{span}{IndicatorName(indicator)}{(first.Kind == Periods.PeriodKind.Year ? "年度" : "")}变化",
            SourceLines.Air(annual, dataSource), showLegend: false);
    }

    /// <summary>
    /// Five-year comparison: base year vs current year for each pollutant, one panel per pollutant (each with its own
    /// unit), the percent change printed over each pair ("与2015年相比下降76.0%").
    /// </summary>
    public static Figure BaseYearComparison(ComparisonResult comparison, AirAssessmentResult current, AirAssessmentResult baseline, string dataSource)
    {
        var data = AirFigureData.BaseYear(comparison);
        var b = new FigureBuilder { TopMargin = 130 };
        var n = data.Pairs.Count;
        const double gap = 0.045;
        var width = (1 - gap * (n - 1)) / n;
        for (var i = 0; i < n; i++)
        {
            var pair = data.Pairs[i];
            var axis = i == 0 ? "" : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var x0 = i * (width + gap);
            var values = new object?[] { pair.Baseline, pair.Current };
            b.Trace("bar", Map(("x", new[] { data.BaselineLabel, data.CurrentLabel }), ("y", values), ("xaxis", "x" + axis), ("yaxis", "y" + axis),
                ("marker", Map(("color", new[] { HouseStyle.BaselineColour, HouseStyle.CurrentColour }))), ("showlegend", false),
                ("text", values.Select(v => v is decimal d ? d.ToString("0.###") : "无").ToArray()), ("textposition", "outside"),
                ("cliponaxis", false), ("textfont", Map(("size", 15)))));
            var max = new[] { pair.Baseline, pair.Current }.Where(v => v is not null).Select(v => (double)v!.Value).DefaultIfEmpty(1).Max();
            b.Layout("xaxis" + axis, Map(("domain", new[] { x0, x0 + width }), ("anchor", "y" + axis), ("type", "category"),
                ("tickfont", Map(("size", 14)))));
            b.Layout("yaxis" + axis, Map(("anchor", "x" + axis), ("range", new[] { 0, max * 1.25 }), ("showgrid", false), ("showticklabels", false),
                ("showline", false), ("ticks", "")));
            // Panel heading: pollutant and unit; the change under it in green (fall) or red (rise).
            b.Annotation(Map(("xref", $"x{axis} domain"), ("yref", "paper"), ("x", 0.5), ("y", 1.0), ("yanchor", "bottom"), ("yshift", 34),
                ("showarrow", false), ("text", $"<b>{HouseStyle.ShortName(pair.Pollutant)}</b><br><span style=\"font-size:13px\">{pair.Pollutant.ChineseUnit()}</span>")));
            var changeText = pair.Change is null ? "无法比较" : pair.Text.Replace($"与{data.BaselineLabel}相比", "");
            b.Annotation(Map(("xref", $"x{axis} domain"), ("yref", "paper"), ("x", 0.5), ("y", 1.0), ("yanchor", "bottom"), ("yshift", 4),
                ("showarrow", false), ("text", $"<b>{changeText}</b>"), ("font", Map(("size", 17), ("color", ChangeColour("PM2.5", pair.Change))))));
        }
        return b.Build("base-year-comparison", $"{data.City}{data.CurrentLabel}与{data.BaselineLabel}主要污染物浓度对比",
            SourceLines.Air([current, baseline], dataSource) + "｜CO为日均值第95百分位数，O₃为日最大8小时平均第90百分位数", showLegend: false);
    }

    /// <summary>Horizontal legend listing traces in the order added (plotly reverses stacked bars by default).</summary>
    private static Dictionary<string, object?> LegendInTraceOrder() =>
        Map(("orientation", "h"), ("x", 0.5), ("xanchor", "center"), ("y", 1.0), ("yanchor", "bottom"), ("traceorder", "normal"),
            ("font", Map(("size", HouseStyle.FontSize))));

    internal static string ChangeColour(string indicator, decimal? change) =>
        change is null or 0 ? HouseStyle.TextColour
        : (change < 0) ^ AirTargets.HigherIsBetter(indicator) ? HouseStyle.ImprovementColour : HouseStyle.DeteriorationColour;

    /// <summary>Chinese name of an indicator key.</summary>
    public static string IndicatorName(string indicator) => indicator switch
    {
        "composite_index" => "环境空气质量综合指数",
        "good_ratio" => "优良天数比例",
        "good_days" => "优良天数",
        "heavy_days" => "重污染天数",
        "valid_days" => "有效天数",
        _ => AirFigureData.PollutantOf(indicator) is { } p ? HouseStyle.StatisticName(p) : indicator,
    };

    private static string IndicatorAxis(string indicator) => indicator switch
    {
        "good_ratio" => "优良天数比例（%）",
        "good_days" or "heavy_days" or "valid_days" => IndicatorName(indicator) + "（天）",
        _ => IndicatorName(indicator),
    };

    private static string Slug(Pollutant p) => p.Code().Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();

    private static string Slug(string indicator) =>
        AirFigureData.PollutantOf(indicator) is { } p ? Slug(p) : indicator.Replace('_', '-');
}
