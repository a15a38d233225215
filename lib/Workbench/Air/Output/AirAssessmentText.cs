using System.Globalization;
using System.Text;
using Workbench.Air.Method;
using Workbench.Air.Results;
using Workbench.Standards;
using Workbench.Standards.Air;
using Workbench.Text;

namespace Workbench.Air.Output;

/// <summary>The Chinese text form of an assessment, as `workbench air assess` prints it.</summary>
public static class AirAssessmentText
{
    /// <summary>Renders the assessment: what was assessed under which rules, then one aligned table.</summary>
    public static string Render(AirAssessmentResult r)
    {
        var sb = new StringBuilder();
        sb.Append($"{r.City} {r.Period.Label} 环境空气质量评价（{r.Period.Start:yyyy-MM-dd} 至 {r.Period.End:yyyy-MM-dd}）\n");
        if (r.PartialCoverage is { } part)
            sb.Append($"数据只覆盖 {part.Text}：时段内其余日期无数据\n");
        sb.Append($"标准：{r.Standard.ChineseTitle()}；日AQI：{r.AqiStandard.Title()}；数据状态：{r.StatusText}\n");
        if (r.Stations.Count > 0)
            sb.Append($"站点（{r.Stations.Count} 个{(r.Settings.ExcludeControlStations ? "，不含对照点" : "，含对照点")}）：{string.Join(" ", r.Stations)}\n");
        sb.Append($"城市均值：{CityMethod(r.Settings.CityAggregation)}\n");
        foreach (var e in r.ExcludedStations)
            sb.Append($"未计入：{e.Code} {e.Name}（{e.From:yyyy-MM-dd} 至 {e.To:yyyy-MM-dd}）：{e.Reason}\n");
        sb.Append(!r.DustApplied ? "扣沙：未扣沙（未提供沙尘日清单，扣除 0 天）\n"
            : r.DustDays.Count == 0 ? "扣沙：已提供沙尘日清单，本时段无沙尘日，扣除 0 天\n"
            : $"扣沙：扣除沙尘日 {r.DustDays.Count} 天（{string.Join("、", r.DustDays.Select(d => d.ToString("M月d日", CultureInfo.InvariantCulture)))}），{DustScope(r.Settings.Dust)}\n");
        sb.Append('\n');

        var rows = new List<IReadOnlyList<string>>();
        foreach (var pollutant in PollutantInfo.All)
        {
            var p = r.Statistics.Pollutants[pollutant];
            var (label, value) = pollutant switch
            {
                Pollutant.CO => ($"CO 第95百分位数", p.ReportedPercentile),
                Pollutant.O3 => ($"O3 日最大8小时第90百分位数", p.ReportedPercentile),
                _ => ($"{pollutant.Code()} 平均浓度", p.ReportedMean),
            };
            var limit = pollutant is Pollutant.CO or Pollutant.O3 ? p.ShortTermLimit : p.AnnualLimit;
            rows.Add([label, Format(value, pollutant.ReportedDecimals()), pollutant.ChineseUnit(),
                p.ValidDays.ToString(CultureInfo.InvariantCulture), p.Validity.IsValid ? "有效" : "不足",
                double.IsNaN(limit) ? "" : limit.ToString(CultureInfo.InvariantCulture),
                p.Attains switch { true => "达标", false => "超标", null => "" }]);
        }
        var c = r.Composite;
        rows.Add(["综合指数", c is null ? "" : c.Total.ToString("F2", CultureInfo.InvariantCulture), "",
            "", "", "", c is null ? "" : $"首要 {c.Primary.Code()}"]);
        var d = r.DayCounts;
        rows.Add(["有效天数", d.ValidDays.ToString(CultureInfo.InvariantCulture), "天", "", "", "", $"共 {d.CalendarDays} 天"]);
        rows.Add(["优良天数", d.GoodDays.ToString(CultureInfo.InvariantCulture), "天", "", "", "", ""]);
        rows.Add(["优良天数比例", Format(d.GoodRatioPercent, 1), "%", "", "", "", ""]);
        rows.Add(["重污染天数", d.HeavyDays.ToString(CultureInfo.InvariantCulture), "天", "", "", "", ""]);
        sb.Append(TextTable.Render(["指标", "数值", "单位", "有效天数", "有效性", "标准限值", "评价"], rows));

        var levels = string.Join("，", d.DaysPerLevel.OrderBy(kv => kv.Key)
            .Select(kv => $"{AqiLevels.All[kv.Key - 1].Category} {kv.Value} 天"));
        if (levels.Length > 0) sb.Append($"\n各级别天数：{levels}\n");
        var primary = string.Join("，", d.DaysPerPrimary.Where(kv => kv.Value > 0).OrderByDescending(kv => kv.Value)
            .Select(kv => $"{kv.Key.Code()} {kv.Value} 天"));
        if (primary.Length > 0) sb.Append($"首要污染物天数：{primary}\n");
        if (MissingDaysLine(r) is { } missing) sb.Append(missing + "\n");
        var invalid = r.Statistics.Pollutants.Values.Where(p => !p.Validity.IsValid).ToArray();
        foreach (var p in invalid)
            sb.Append($"注意：{p.Pollutant.Code()} 有效数据不足（{p.Validity.Rule}：{string.Join("；", p.Validity.Shortfalls)}）\n");
        return sb.ToString();
    }

    /// <summary>How the city values were formed, in words.</summary>
    public static string CityMethod(CityAggregation a) => a == CityAggregation.MeanOfStationDaily
        ? "先求各站日均值、MDA8，再求站点算术平均（station-daily）"
        : "先求各站小时值的算术平均（城市小时值），再求日均值、MDA8（city-hourly，默认）";

    /// <summary>
    /// The days without a valid daily value split by cause, e.g. "无有效日值 5 天：数据源缺小时 3 天（4月8日 0 个时次、…），
    /// 站点自身缺测 2 天"; null when the input's hours are unknown or every day is valid.
    /// </summary>
    public static string? MissingDaysLine(AirAssessmentResult r)
    {
        if (r.MissingDays is not { DaysWithoutValidValue: > 0 } m) return null;
        var feed = m.FeedGaps.Count == 0 ? "数据源缺小时 0 天"
            : $"数据源缺小时 {m.FeedGaps.Count} 天（{string.Join("、", m.FeedGaps.Select(g => $"{g.Day.ToString("M月d日", CultureInfo.InvariantCulture)} {g.HoursInFeed} 个时次"))}）";
        return $"无有效日值 {m.DaysWithoutValidValue} 天：{feed}，站点自身缺测 {m.StationGapDays} 天";
    }

    private static string DustScope(DustPolicy p)
    {
        var excluded = new List<string>();
        if (p.ExcludeFromPmStatistics) excluded.Add("PM10、PM2.5 浓度");
        if (p.ExcludeFromCompositeIndex) excluded.Add("综合指数");
        if (p.ExcludeFromDayCounts) excluded.Add("优良天数及重污染天数");
        var kept = p.ExcludeFromDayCounts ? "" : "；优良天数、重污染天数保留沙尘日";
        return excluded.Count == 0 ? "不影响任何指标" : $"影响{string.Join("、", excluded)}{kept}";
    }

    private static string Format(decimal? value, int decimals) =>
        value is decimal v ? v.ToString("F" + decimals, CultureInfo.InvariantCulture) : "—";
}
