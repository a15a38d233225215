using System.Globalization;
using Workbench.Air.Compute;
using Workbench.Air.Results;
using Workbench.Standards;
using Workbench.Standards.Air;
using static Workbench.Charts.FigureBuilder;

namespace Workbench.Charts;

public static partial class Figures
{
    private static readonly string[] WeekdayLabels = ["一", "二", "三", "四", "五", "六", "日"];

    /// <summary>
    /// Calendar heat map of the daily AQI level for one year: one panel per month (weeks start on Monday), HJ 633
    /// level colours, days without a valid AQI grey.
    /// </summary>
    /// <param name="city">City daily series.</param>
    /// <param name="year">Year.</param>
    /// <param name="annual">The year's assessment (for the source line).</param>
    /// <param name="dataSource">Data source named on the source line.</param>
    public static Figure AqiCalendar(CityDailyResult city, int year, AirAssessmentResult annual, string dataSource) =>
        AqiCalendar(city, Periods.Period.Year(year), annual, dataSource);

    /// <summary>The calendar of any period of whole months up to a year (a 秋冬季: October to March), six months a row.</summary>
    public static Figure AqiCalendar(CityDailyResult city, Periods.Period period, AirAssessmentResult assessment, string dataSource)
    {
        var data = MoreFigureData.Calendar(city, period);
        var annual = assessment;
        var monthsShown = Periods.PeriodSeries.Months(period);
        var b = new FigureBuilder { TopMargin = 150, BottomMargin = 80, LeftMargin = 40, RightMargin = 40 };
        const int columns = 6;
        var rows = (monthsShown.Count + columns - 1) / columns;
        const double gapX = 0.03, gapY = 0.10;
        var w = (1 - gapX * (columns - 1)) / columns;
        var h = (1 - gapY * (rows - 1)) / rows;
        for (var k = 1; k <= monthsShown.Count; k++)
        {
            var month = monthsShown[k - 1].Start;
            var m = month.Month;
            var axis = k == 1 ? "" : k.ToString(CultureInfo.InvariantCulture);
            var col = (k - 1) % columns;
            var row = (k - 1) / columns;
            var x0 = col * (w + gapX);
            var y1 = 1 - row * (h + gapY);
            var days = data.Days.Where(d => d.Day.Year == month.Year && d.Day.Month == m).ToArray();
            b.Trace("scatter", Map(("x", days.Select(d => d.Weekday).ToArray()), ("y", days.Select(d => d.Week).ToArray()),
                ("xaxis", "x" + axis), ("yaxis", "y" + axis), ("mode", "markers+text"), ("showlegend", false),
                ("marker", Map(("symbol", "square"), ("size", 24), ("color", days.Select(d => d.Colour).ToArray()),
                    ("line", Map(("color", "#FFFFFF"), ("width", 1))))),
                ("text", days.Select(d => d.Day.Day.ToString(CultureInfo.InvariantCulture)).ToArray()),
                ("textfont", Map(("size", 11), ("color", days.Select(d => d.Level >= 4 ? "#FFFFFF" : "#333333").ToArray()))),
                ("hovertext", days.Select(d => $"{d.Day:yyyy年M月d日}：{(d.Aqi is { } a ? $"AQI {a}，{AqiLevels.All[d.Level!.Value - 1].Category}" : "无有效数据")}").ToArray()),
                ("hoverinfo", "text")));
            b.Layout("xaxis" + axis, Map(("domain", new[] { x0, x0 + w }), ("anchor", "y" + axis), ("range", new[] { -0.6, 6.6 }),
                ("tickvals", Enumerable.Range(0, 7).ToArray()), ("ticktext", WeekdayLabels), ("side", "top"), ("showline", false),
                ("ticks", ""), ("tickfont", Map(("size", 11), ("color", "#777777"))), ("fixedrange", true)));
            b.Layout("yaxis" + axis, Map(("domain", new[] { y1 - h, y1 }), ("anchor", "x" + axis), ("range", new[] { 5.6, -0.6 }),
                ("showticklabels", false), ("showgrid", false), ("showline", false), ("ticks", ""), ("fixedrange", true)));
            b.Annotation(Map(("xref", $"x{axis} domain"), ("yref", $"y{axis} domain"), ("x", 0.5), ("y", 1), ("yanchor", "bottom"), ("yshift", 22),
                ("showarrow", false), ("text", $"<b>{HouseStyle.MonthLabel(m)}</b>"), ("font", Map(("size", 17)))));
        }
        // Legend entries: one per level with its day count, and the missing days.
        var counts = data.Counts;
        foreach (var level in AqiLevels.All)
            b.Trace("scatter", Map(("x", new object?[] { null }), ("y", new object?[] { null }), ("mode", "markers"),
                ("name", $"{level.Category} {counts.GetValueOrDefault(level.Number)}天"),
                ("marker", Map(("symbol", "square"), ("size", 16), ("color", level.ColourHex)))));
        b.Trace("scatter", Map(("x", new object?[] { null }), ("y", new object?[] { null }), ("mode", "markers"),
            ("name", $"无有效数据 {counts.GetValueOrDefault(0)}天"), ("marker", Map(("symbol", "square"), ("size", 16), ("color", HouseStyle.MissingColour)))));
        // Above the month headings and weekday letters of the first row.
        b.Layout("legend", Map(("orientation", "h"), ("x", 0.5), ("xanchor", "center"), ("y", 1.12), ("yanchor", "bottom"),
            ("font", Map(("size", 15)))));
        return b.Build("aqi-calendar", $"{data.City}{period.Label}空气质量日历（{data.AqiStandard.Title()}级别）",
            SourceLines.Air([annual], dataSource));
    }

    /// <summary>Days per AQI level in each month, stacked in level order with HJ 633 colours; missing days grey on top.</summary>
    /// <param name="monthly">Monthly assessments of one city.</param>
    /// <param name="dataSource">Data source named on the source line.</param>
    /// <param name="periodLabel">The period the months make up, for the title (default: the year of the first month).</param>
    public static Figure DaysPerLevel(IReadOnlyCollection<AirAssessmentResult> monthly, string dataSource, string? periodLabel = null)
    {
        var data = MoreFigureData.DaysPerLevel(monthly);
        var city = AirFigureData.SingleCity(monthly);
        var label = periodLabel ?? $"{monthly.Min(r => r.Period.Start.Year)}年";
        var b = new FigureBuilder();
        var x = data.Select(d => d.Label).ToArray();
        for (var level = 1; level <= 6; level++)
        {
            var l = AqiLevels.All[level - 1];
            var values = data.Select(d => d.DaysPerLevel[level - 1]).ToArray();
            b.Trace("bar", Map(("x", x), ("y", values), ("name", l.Category), ("marker", Map(("color", l.ColourHex), ("line", Map(("color", "#FFFFFF"), ("width", 0.5))))),
                ("text", values.Select(v => v >= 2 ? v.ToString(CultureInfo.InvariantCulture) : "").ToArray()), ("textposition", "inside"),
                ("insidetextanchor", "middle"), ("textfont", Map(("size", 13), ("color", level >= 4 ? "#FFFFFF" : "#333333")))));
        }
        var missing = data.Select(d => d.MissingDays).ToArray();
        if (missing.Any(m => m > 0))
            b.Trace("bar", Map(("x", x), ("y", missing), ("name", "无有效数据"), ("marker", Map(("color", HouseStyle.MissingColour)))));
        b.Layout("barmode", "stack");
        b.Layout("bargap", 0.25);
        b.Layout("legend", LegendInTraceOrder());
        b.Layout("xaxis", Map(("type", "category")));
        b.Layout("yaxis", Map(("title", "天数（天）"), ("range", new[] { 0, 31.5 }), ("dtick", 5)));
        return b.Build("days-per-level", $"{city}{label}各月空气质量级别天数", SourceLines.Air(monthly, dataSource));
    }

    /// <summary>秋冬季 comparison: PM2.5 and heavy-pollution days, this season against the previous one.</summary>
    public static Figure AutumnWinter(AirAssessmentResult current, AirAssessmentResult previous, string dataSource)
    {
        var data = MoreFigureData.AutumnWinter(current, previous);
        var b = new FigureBuilder { TopMargin = 130 };
        var pairs = new[] { (data.Pm25, "PM2.5"), (data.HeavyDays, "heavy_days") };
        for (var i = 0; i < 2; i++)
        {
            var (pair, indicator) = pairs[i];
            var axis = i == 0 ? "" : "2";
            var x0 = i == 0 ? 0 : 0.56;
            var values = new object?[] { pair.Previous, pair.Current };
            b.Trace("bar", Map(("x", new[] { data.PreviousLabel, data.CurrentLabel }), ("y", values), ("xaxis", "x" + axis), ("yaxis", "y" + axis),
                ("showlegend", false), ("marker", Map(("color", new[] { HouseStyle.BaselineColour, HouseStyle.CurrentColour }))),
                ("text", values.Select(v => v is decimal d ? d.ToString("0.###", CultureInfo.InvariantCulture) : "无").ToArray()),
                ("textposition", "outside"), ("cliponaxis", false), ("textfont", Map(("size", 18))), ("width", 0.5)));
            var max = new[] { pair.Previous, pair.Current }.Where(v => v is not null).Select(v => (double)v!.Value).DefaultIfEmpty(1).Max();
            b.Layout("xaxis" + axis, Map(("domain", new[] { x0, x0 + 0.44 }), ("anchor", "y" + axis), ("type", "category")));
            // Days are whole numbers: integer ticks only.
            b.Layout("yaxis" + axis, Map(("anchor", "x" + axis), ("title", $"{pair.Name}（{pair.Unit}）"), ("range", new[] { 0, Math.Max(max, 4) * 1.25 }),
                ("dtick", pair.Unit == "天" ? (object)Math.Max(1, Math.Ceiling(Math.Max(max, 4) / 5)) : null)));
            b.Annotation(Map(("xref", $"x{axis} domain"), ("yref", "paper"), ("x", 0.5), ("y", 1.0), ("yanchor", "bottom"), ("yshift", 8),
                ("showarrow", false), ("text", $"<b>{pair.Name}　{pair.Text}</b>"), ("font", Map(("size", 18), ("color", ChangeColour(indicator, pair.Change))))));
        }
        return b.Build("autumn-winter", $"{data.City}{data.CurrentLabel}与上一秋冬季对比", SourceLines.Air([current, previous], dataSource), showLegend: false);
    }

    /// <summary>City ranking by composite index (rank 1 = best = smallest index at the top), the analyst's city highlighted.</summary>
    public static Figure CompositeRanking(IReadOnlyList<RankedEntry> ranking, IReadOnlyCollection<AirAssessmentResult> results, string? highlight, string dataSource)
    {
        var bars = MoreFigureData.Ranking(ranking, highlight);
        var period = results.First().Period.Label;
        return RankingFigure(bars, "composite-ranking", $"{period}各城市环境空气质量综合指数排名", "综合指数", "0.00",
            SourceLines.Air(results, dataSource) + "｜综合指数按环办监测〔2018〕19号，排名越靠前空气质量越好");
    }

    /// <summary>City ranking by change rate of the composite index (largest improvement first), the analyst's city highlighted.</summary>
    public static Figure ChangeRateRanking(ChangeRanking ranking, IReadOnlyCollection<AirAssessmentResult> results, string? highlight, string baselineLabel, string dataSource)
    {
        var bars = MoreFigureData.Ranking(ranking.Improvement, highlight);
        var period = results.First().Period.Label;
        return RankingFigure(bars, "change-rate-ranking", $"{period}各城市综合指数变化率排名（与{baselineLabel}相比）", "综合指数变化率（%）", "+0.0;-0.0;0.0",
            SourceLines.Air(results, dataSource) + "｜变化率为负表示改善，按改善幅度从大到小排名");
    }

    private static Figure RankingFigure(IReadOnlyList<RankingBar> bars, string name, string title, string axisTitle, string format, string source)
    {
        var b = new FigureBuilder { LeftMargin = 150 };
        // Rank 1 at the top: plotly draws the first category at the bottom, so the axis is reversed.
        var labels = bars.Select(x => $"{x.Rank}. {x.Name}").ToArray();
        b.Trace("bar", Map(("orientation", "h"), ("y", labels), ("x", bars.Select(x => x.Value).ToArray()),
            ("marker", Map(("color", bars.Select(x => x.Colour).ToArray()))),
            ("text", bars.Select(x => x.Value.ToString(format, CultureInfo.InvariantCulture) + (format.Contains('+') ? "%" : "")).ToArray()),
            ("textposition", "outside"), ("cliponaxis", false), ("textfont", Map(("size", 15)))));
        b.Layout("yaxis", Map(("type", "category"), ("autorange", "reversed"), ("showgrid", false),
            ("tickfont", Map(("size", bars.Count > 20 ? 11 : 16)))));
        var min = (double)bars.Select(x => x.Value).DefaultIfEmpty(0).Min();
        var max = (double)bars.Select(x => x.Value).DefaultIfEmpty(1).Max();
        var span = Math.Max(max, 0) - Math.Min(min, 0);
        b.Layout("xaxis", Map(("title", axisTitle), ("showgrid", true), ("zeroline", true), ("zerolinecolor", "#888888"),
            ("range", new[] { Math.Min(min, 0) - (min < 0 ? span * 0.15 : 0), Math.Max(max, 0) + (max > 0 ? span * 0.15 : 0) })));
        return b.Build(name, title, source, showLegend: false);
    }

    /// <summary>Each pollutant's share of the composite index (donut), the total in the middle.</summary>
    public static Figure CompositeShares(AirAssessmentResult result, string dataSource)
    {
        var shares = MoreFigureData.Shares(result);
        var b = new FigureBuilder();
        b.Trace("pie", Map(("labels", shares.Select(s => HouseStyle.ShortName(s.Pollutant)).ToArray()),
            ("values", shares.Select(s => s.SharePercent).ToArray()), ("hole", 0.45), ("sort", false), ("direction", "clockwise"),
            ("marker", Map(("colors", shares.Select(s => s.Colour).ToArray()), ("line", Map(("color", "#FFFFFF"), ("width", 2))))),
            ("text", shares.Select(s => $"{HouseStyle.ShortName(s.Pollutant)}<br>{s.SharePercent.ToString("0.0", CultureInfo.InvariantCulture)}%（{s.SubIndex.ToString("0.00", CultureInfo.InvariantCulture)}）").ToArray()),
            ("textinfo", "text"), ("textposition", "outside"), ("textfont", Map(("size", 17))), ("showlegend", false),
            ("domain", Map(("x", new[] { 0.2, 0.8 }), ("y", new[] { 0.02, 0.98 })))));
        b.Annotation(Map(("x", 0.5), ("y", 0.5), ("xref", "paper"), ("yref", "paper"), ("showarrow", false),
            ("text", $"综合指数<br><b>{result.Composite!.Total.ToString("0.00", CultureInfo.InvariantCulture)}</b>"), ("font", Map(("size", 22)))));
        return b.Build("composite-shares", $"{result.City}{result.Period.Label}各污染物对综合指数的贡献",
            SourceLines.Air([result], dataSource) + "｜括号内为单项指数 I=C/S（二级标准限值）", showLegend: false);
    }
}
