using System.Globalization;
using System.Text;
using Workbench.Air.Compute;
using Workbench.IO;

namespace Workbench.Air.Output;

/// <summary>
/// The sand-dust candidates as `workbench air dust suggest` writes and prints them. The CSV's first two columns are
/// the dust-list format (城市,日期) <see cref="DustDays.Load"/> reads, which ignores the evidence columns after them,
/// so the confirmed rows can be passed back as <c>--dust</c>.
/// </summary>
public static class DustCandidatesOutput
{
    /// <summary>Header of the candidate CSV.</summary>
    public static readonly string[] Header = ["城市", "日期", "PM10", "PM2.5", "PM2.5/PM10", "同日邻近城市数", "邻近城市", "依据"];

    /// <summary>Writes the candidates as UTF-8 CSV with BOM (for Excel), atomically.</summary>
    public static void WriteCsv(DustCandidateSet set, string path)
    {
        ArgumentNullException.ThrowIfNull(set);
        AtomicFile.WriteText(path, w =>
        {
            w.WriteLine(string.Join(',', Header));
            foreach (var c in set.Candidates)
                w.WriteLine(string.Join(',', new[]
                {
                    c.City, c.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Number(c.Pm10, 1), Number(c.Pm25, 1),
                    Number(c.Ratio, 3), c.Neighbours.Count.ToString(CultureInfo.InvariantCulture), Neighbours(c), Evidence(c, set.Rules),
                }.Select(Csv.Escape)));
        }, withBom: true);
    }

    /// <summary>The other cities of the day, nearest first: 北州（128 km）、中州（52 km）.</summary>
    public static string Neighbours(DustCandidate c) =>
        string.Join("、", c.Neighbours.Select(n => $"{n.City}（{Number(n.DistanceKm, 0)} km）"));

    /// <summary>Why the city-day is a candidate, with the thresholds it met (Chinese).</summary>
    public static string Evidence(DustCandidate c, DustCandidateRules rules) =>
        $"PM10 {Number(c.Pm10, 1)} ≥ {Threshold(rules.MinPm10)}；PM2.5/PM10 {Number(c.Ratio, 3)} ≤ {Threshold(rules.MaxRatio)}；"
        + $"同日 {Threshold(rules.RadiusKm)} km 内符合前两项的城市 {1 + c.Neighbours.Count} 个（含本市），要求至少 {rules.MinCities} 个";

    /// <summary>The thresholds in one Chinese line.</summary>
    public static string RulesLine(DustCandidateRules rules) =>
        $"城市日均 PM10 ≥ {Threshold(rules.MinPm10)} 微克/立方米；PM2.5/PM10 ≤ {Threshold(rules.MaxRatio)}；"
        + $"同日 {Threshold(rules.RadiusKm)} km 内至少 {rules.MinCities} 个城市（含本市）符合前两项"
        + "（城市中心 = 当日该市参与城市均值的站点经纬度平均，大圆距离）";

    /// <summary>The summary printed after writing: counts, thresholds, cities without coordinates, and the reminder.</summary>
    public static string Summary(DustCandidateSet set, string path)
    {
        ArgumentNullException.ThrowIfNull(set);
        var sb = new StringBuilder();
        var cities = set.Cities;
        sb.Append($"已写入 {path}：{set.Period.Label}（{set.Period.Start:yyyy-MM-dd} 至 {set.Period.End:yyyy-MM-dd}）沙尘候选城市日 {set.Candidates.Count} 个，"
                  + $"涉及 {cities.Count} 个城市{(cities.Count > 0 ? "（" + string.Join("、", cities) + "）" : "")}；参与判定的城市 {set.CitiesExamined} 个\n");
        sb.Append($"判定条件：{RulesLine(set.Rules)}\n");
        if (set.WithoutCentre.Count > 0)
            sb.Append($"注意：{set.WithoutCentre.Count} 个城市日浓度符合条件，但该市当日站点无经纬度，无法判断邻近城市，未列为候选："
                      + string.Join("、", set.WithoutCentre.Take(10).Select(d => $"{d.City} {d.Day:yyyy-MM-dd}"))
                      + (set.WithoutCentre.Count > 10 ? "……" : "") + "\n");
        sb.Append("提醒：以上只是候选，沙尘日以中国环境监测总站审核认定为准（环办监测〔2016〕120号）。本命令不扣除任何数据；"
                  + "核实后把确认的城市日（文件前两列 城市,日期）用 --dust 传给 workbench air assess，才会扣沙。\n");
        return sb.ToString();
    }

    private static string Number(double value, int decimals) =>
        ReportedValue.Round(value, decimals).ToString(CultureInfo.InvariantCulture);

    private static string Threshold(double value) => value.ToString(CultureInfo.InvariantCulture);
}
