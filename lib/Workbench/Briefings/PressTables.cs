using Workbench.Air.Results;

namespace Workbench.Briefings;

/// <summary>
/// The two tables of a press release, from the briefing's values (the numbers of its 概况 sheet, at the same
/// precision): 六项污染物 (value, same period last year, change) and 优良天数 (valid, good, ratio, heavy days).
/// </summary>
public static class PressTables
{
    // Labels as a press release words them; unit and reported precision are the 概况 sheet's (OverviewSheet.Rows).
    private static readonly (string Key, string Label)[] PollutantRows =
    [
        ("PM2.5", "PM2.5"), ("PM10", "PM10"), ("SO2", "二氧化硫"), ("NO2", "二氧化氮"), ("CO_P95", "一氧化碳"),
        ("O3_8h_P90", "臭氧"), ("composite_index", "综合指数"),
    ];

    private static readonly (string Key, string Label)[] DayRows =
        [("valid_days", "有效监测天数"), ("good_days", "优良天数"), ("good_ratio", "优良天数比例"), ("heavy_days", "重污染天数")];

    /// <summary>六项污染物浓度及综合指数: the period, the same period last year and the change.</summary>
    public static PressTable Pollutants(Briefing b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return Table(b, "六项污染物浓度及综合指数", PollutantRows)
            with { Note = "注：一氧化碳为日均值第95百分位数，臭氧为日最大8小时平均第90百分位数；“—”表示无数据。" };
    }

    /// <summary>优良天数与重污染天数: the period, the same period last year and the change.</summary>
    public static PressTable Days(Briefing b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return Table(b, "优良天数与重污染天数", DayRows);
    }

    private static PressTable Table(Briefing b, string caption, (string Key, string Label)[] rows)
    {
        var header = new[] { "指标", "单位", b.Period.Label, b.LastYear.Period.Label, "同比变化" };
        var body = rows.Select(r =>
        {
            var c = b.YearOnYear[r.Key];
            var (unit, decimals) = OverviewSheet.Rows.Where(o => o.Key == r.Key).Select(o => (o.Unit, o.Decimals)).Single();
            return (IReadOnlyList<string>)[r.Label, unit, Value(c.Current, decimals), Value(c.Baseline, decimals), Change(c)];
        }).ToArray();
        return new PressTable($"{b.City}{b.Period.Label}{caption}", header, body);
    }

    private static string Value(decimal? v, int decimals) => v is { } x ? Headlines.Number(x, decimals) : "—";

    private static string Change(IndicatorChange c) => c.Change is not { } change ? "—" : c.Kind switch
    {
        ChangeKind.Percent => Headlines.PercentChange(change),
        ChangeKind.PercentagePoints => Headlines.PointsChange(change),
        _ => Headlines.DaysChange(change),
    };
}
