using Workbench.Air.Results;
using Workbench.Air.Tables;
using Workbench.Standards;
using Workbench.Standards.Air;
using Workbench.Standards.Water;
using Workbench.Water.Results;

namespace Workbench.Charts;

/// <summary>The source and method line printed under every figure: data source, standard versions, validity, dust.</summary>
public static class SourceLines
{
    /// <summary>
    /// The line for figures built from air assessments: "数据来源：…（实时数据）｜评价标准：GB 3095-2012 二级标准，HJ 633-2012｜
    /// 统计：HJ 663-2013，有效天数 1,820/1,826｜沙尘：已扣除沙尘天 3 天（PM10、PM2.5）".
    /// </summary>
    public static string Air(IReadOnlyCollection<AirAssessmentResult> results, string dataSource)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0) throw new ArgumentException("没有评价结果", nameof(results));
        var standards = results.Select(r => r.Standard).Distinct().Order().Select(s => s.ChineseTitle());
        var aqi = results.Select(r => r.AqiStandard).Distinct().Order().Select(StandardVersions.Title);
        var status = results.Select(r => r.Status).Distinct().Select(s => s.ChineseName());
        var valid = results.Sum(r => r.DayCounts.ValidDays);
        var calendar = results.Sum(r => r.DayCounts.CalendarDays);
        var dustDays = results.SelectMany(r => r.DustDays).Distinct().Count();
        var dust = !results.Any(r => r.DustApplied) ? "沙尘：未扣除沙尘天"
            : dustDays == 0 ? "沙尘：期间无沙尘天" : $"沙尘：已扣除沙尘天{dustDays}天（PM10、PM2.5）";
        return $"数据来源：{dataSource}（{string.Join("、", status)}数据）｜评价标准：{string.Join("、", standards)}，{string.Join("、", aqi)}" +
               $"｜统计：{StandardVersions.StatisticsTitle}，有效天数{valid}/{calendar}天｜{dust}";
    }

    /// <summary>The line for figures built from water assessments: source, GB 3838-2002 and the 2011 method, CWQI method.</summary>
    public static string Water(IReadOnlyCollection<WaterAssessmentResult> results, string dataSource, bool cwqi = false)
    {
        ArgumentNullException.ThrowIfNull(results);
        var sections = results.SelectMany(r => r.Sections).Select(s => s.Section.Name).Distinct().Count();
        var method = WaterEvaluation2011.MethodName + (cwqi ? "；" + Cwqi2017.MethodName : "");
        return $"数据来源：{dataSource}｜评价方法：{method}｜断面{sections}个，年均值评价（每年各月监测值的算术平均）";
    }
}
