using Microsoft.Data.Analysis;
using Workbench.Air.Compute;
using Workbench.Air.Results;
using Workbench.Charts;
using Workbench.Standards;
using Workbench.Standards.Air;
using Workbench.Standards.Rounding;

namespace Workbench.Frames;

public static partial class AirFrames
{
    /// <summary>The changes of a comparison (year-on-year or against a base year): indicator, current, baseline, change, wording.</summary>
    public static DataFrame Changes(ComparisonResult comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var list = comparison.Changes;
        return new DataFrame(
            new StringDataFrameColumn("指标", list.Select(c => Figures.IndicatorName(c.Indicator))),
            new DecimalDataFrameColumn(comparison.Current.Label, list.Select(c => c.Current)),
            new DecimalDataFrameColumn(comparison.Baseline.Label, list.Select(c => c.Baseline)),
            new DecimalDataFrameColumn("变化", list.Select(c => c.Change)),
            new StringDataFrameColumn("变化单位", list.Select(c => c.Kind switch
            {
                ChangeKind.Percent => "%",
                ChangeKind.PercentagePoints => "百分点",
                _ => "差值",
            })),
            new StringDataFrameColumn("表述", list.Select(c => c.Text)));
    }

    /// <summary>Targets against the actual values: indicator, period, target, actual, gap, met, wording.</summary>
    public static DataFrame TargetGaps(IEnumerable<TargetGap> gaps)
    {
        var list = gaps.ToList();
        return new DataFrame(
            new StringDataFrameColumn("指标", list.Select(g => Figures.IndicatorName(g.Target.Indicator))),
            new StringDataFrameColumn("时段", list.Select(g => g.Target.Period.Label)),
            new DecimalDataFrameColumn("目标", list.Select(g => (decimal?)g.Target.Value)),
            new DecimalDataFrameColumn("实际", list.Select(g => g.Actual)),
            new DecimalDataFrameColumn("差距", list.Select(g => g.Gap)),
            new StringDataFrameColumn("是否完成", list.Select(g => g.Met switch { true => "完成", false => "未完成", null => "无法判断" })),
            new StringDataFrameColumn("表述", list.Select(g => g.Text)));
    }

    /// <summary>Days per AQI category (HJ 633 levels) and per primary pollutant of one assessment.</summary>
    public static DataFrame DaysPerLevel(AirAssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var levels = AqiLevels.All;
        var counts = result.DayCounts;
        return new DataFrame(
            new StringDataFrameColumn("级别", levels.Select(l => l.LevelName)),
            new StringDataFrameColumn("类别", levels.Select(l => l.Category)),
            new Int32DataFrameColumn("天数", levels.Select(l => (int?)counts.DaysPerLevel.GetValueOrDefault(l.Number))),
            new DecimalDataFrameColumn("占有效天数%", levels.Select(l => counts.ValidDays == 0 ? null
                : (decimal?)GbT8170.Round(100m * counts.DaysPerLevel.GetValueOrDefault(l.Number) / counts.ValidDays, 1))));
    }

    /// <summary>
    /// The same data assessed under several GB 3095 versions (one result per version, same city and period): per
    /// pollutant the headline concentration, and under each version its limit and whether it attains; then the
    /// composite index under each version. What changes is the limits (the concentrations are the same data).
    /// </summary>
    public static DataFrame StandardChanges(IReadOnlyList<AirAssessmentResult> sameDataUnderVersions)
    {
        ArgumentNullException.ThrowIfNull(sameDataUnderVersions);
        if (sameDataUnderVersions.Count == 0) throw new ArgumentException("至少需要一个评价结果", nameof(sameDataUnderVersions));
        var first = sameDataUnderVersions[0];
        if (sameDataUnderVersions.Any(r => r.City != first.City || r.Period != first.Period))
            throw new ArgumentException("各标准版本的评价结果必须是同一城市、同一时段");
        var pollutants = PollutantInfo.All.ToList();
        var rowNames = pollutants.Select(p => Figures.IndicatorName(IndicatorOf(p))).Append("综合指数").ToList();
        var frame = new DataFrame(
            new StringDataFrameColumn("指标", rowNames),
            new DecimalDataFrameColumn("浓度", pollutants.Select(p => first.Statistics.Pollutants[p].Headline).Append(null)));
        foreach (var r in sameDataUnderVersions)
        {
            var label = r.Standard.Label();
            frame.Columns.Add(new DecimalDataFrameColumn("限值（" + label + "）", pollutants.Select(p => LimitOf(r.Statistics.Pollutants[p])).Append(null)));
            frame.Columns.Add(new StringDataFrameColumn("评价（" + label + "）", pollutants
                .Select(p => r.Statistics.Pollutants[p].Attains switch { true => "达标", false => "超标", null => "" })
                .Append(r.Composite is { } c ? c.Total.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")));
        }
        return frame;
    }

    /// <summary>Theil–Sen slopes with Mann–Kendall significance, one row per indicator.</summary>
    /// <param name="trends">Indicator keys with their trend.</param>
    /// <param name="step">The step of the series in the column names: 年 for annual values, 月 for monthly.</param>
    public static DataFrame Trends(IEnumerable<(string Indicator, TrendResult Trend)> trends, string step = "年")
    {
        var list = trends.ToList();
        return new DataFrame(
            new StringDataFrameColumn("指标", list.Select(t => Figures.IndicatorName(t.Indicator))),
            new Int32DataFrameColumn("点数", list.Select(t => (int?)t.Trend.N)),
            new DecimalDataFrameColumn($"Theil–Sen斜率（每{step}）", list.Select(t => Rounded(t.Trend.Slope, 2))),
            new DecimalDataFrameColumn($"相对均值%（每{step}）", list.Select(t => Rounded(t.Trend.PercentPerStepOfMean, 1))),
            new DecimalDataFrameColumn("Mann–Kendall Z", list.Select(t => Rounded(t.Trend.Z, 2))),
            new DecimalDataFrameColumn("p值", list.Select(t => Rounded(t.Trend.PValue, 3))),
            new StringDataFrameColumn("结论", list.Select(t => t.Trend.Text)));
    }

    private static decimal? Rounded(double value, int decimals) =>
        double.IsFinite(value) ? GbT8170.Round((decimal)value, decimals) : null;

    private static decimal? LimitOf(PollutantStatistics p)
    {
        var limit = p.Pollutant is Pollutant.CO or Pollutant.O3 ? p.ShortTermLimit : p.AnnualLimit;
        return double.IsNaN(limit) ? null : (decimal)limit;
    }

    private static string IndicatorOf(Pollutant p) => p switch
    {
        Pollutant.CO => "CO_P95",
        Pollutant.O3 => "O3_8h_P90",
        Pollutant.PM2_5 => "PM2.5",
        _ => p.Code(),
    };
}
