using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Workbench.Standards.Rounding;
using Workbench.Standards.Water;
using Workbench.Text;

namespace Workbench.Water.Results;

/// <summary>Text and JSON renderings of a <see cref="WaterAssessmentResult"/> (display rounding only here).</summary>
public static class WaterAssessmentReport
{
    private static string D(decimal? v, int decimals) =>
        v is { } x ? GbT8170.Round(x, decimals).ToString("F" + decimals, CultureInfo.InvariantCulture) : "—";

    /// <summary>A Chinese plain-text report: sections, then cities and rivers, then drinking-water sources.</summary>
    public static string ToText(WaterAssessmentResult r)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"地表水水质评价：{r.Period.Label}（同比基期：{r.LastYear.Label}）");
        sb.AppendLine($"方法：{r.Methods}");
        sb.AppendLine();
        // Columns aligned by display width (Chinese counts double) so the table reads in a terminal.
        sb.Append(TextTable.Render(
            ["断面", "城市", "河流", "类型", "样品数", "类别", "状况", "目标", "达标", "超标项目(倍数)", "主要污染指标", "CWQI(项目数)", "去年同期", "变化率%"],
            r.Sections.Select(s => (IReadOnlyList<string>)Cells(
                s.Section.Name, s.Section.City, s.Section.River, s.Section.EffectiveBodyType.ToChinese(), s.SampleCount,
                s.Evaluation.Class?.ToRoman() ?? "—", s.Evaluation.Status?.ToChinese() ?? "—",
                s.Section.Target?.ToRoman() ?? "—", s.Attainment is null ? "—" : s.Attainment.Attains ? "达标" : "不达标",
                string.Join("、", s.Attainment?.Exceedances.Select(e => e.Label) ?? []) is { Length: > 0 } ex ? ex : "—",
                s.Evaluation.MainPollutantLabel is { Length: > 0 } mp ? mp : "—",
                s.Cwqi is null ? "—" : $"{D(s.Cwqi.Value, 4)}({s.Cwqi.ItemCount})",
                D(s.CwqiLastYear?.Value, 4), D(s.CwqiChangePercent, 2)))));
        foreach (var (title, areas) in new[] { ("城市", r.Cities), ("河流", r.Rivers), ("湖库", r.LakesReservoirs), ("流域", r.Basins) })
        {
            if (areas.Count == 0) continue;
            sb.AppendLine();
            sb.Append(TextTable.Render(
                [title, "断面数", "方法", "Ⅰ～Ⅲ类%", "劣Ⅴ类%", "状况", "主要污染指标", "达标断面", "平均CWQI", "变化率%"],
                areas.Select(a => (IReadOnlyList<string>)Cells(a.Name, a.Evaluation.SectionCount,
                    a.Evaluation.Method == AreaMethod.ClassShares ? "类别比例法" : "断面均值法",
                    D(a.Evaluation.ShareItoIIIPercent, 1), D(a.Evaluation.ShareWorseThanVPercent, 1),
                    a.Evaluation.Status?.ToChinese() ?? "未定级",
                    string.Join("、", a.Evaluation.MainPollutants.Select(p => p.Label)) is { Length: > 0 } m ? m : "—",
                    a.TargetCount == 0 ? "—" : $"{a.AttainedCount}/{a.TargetCount}",
                    a.Cwqi is null ? "—" : $"{D(a.Cwqi.Value, 4)}({a.Cwqi.MinItemCount}–{a.Cwqi.MaxItemCount}项)",
                    D(a.CwqiChangePercent, 2)))));
        }
        if (r.DrinkingWater is { } dw)
        {
            sb.AppendLine();
            sb.AppendLine($"集中式饮用水水源地：{dw.SourceCount} 个，达标 {dw.AttainedCount} 个，按个数达标率 {D(dw.CountRatePercent, 1)}%"
                + (dw.VolumeRatePercent is { } v ? $"，按水量达标率 {D(v, 1)}%" : $"，缺少取水量（{string.Join("、", dw.SourcesWithoutVolume)}），未计算水量达标率"));
        }
        return sb.ToString();
    }

    private static string[] Cells(params object?[] values) =>
        values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray();

    /// <summary>JSON (UTF-8 Chinese kept readable): the same content with full-precision numbers.</summary>
    public static string ToJson(WaterAssessmentResult r)
    {
        var dto = new
        {
            period = r.Period.Code,
            periodLabel = r.Period.Label,
            lastYear = r.LastYear.Code,
            methods = r.Methods,
            sections = r.Sections.Select(s => new
            {
                name = s.Section.Name, province = s.Section.Province, city = s.Section.City, river = s.Section.River,
                bodyType = s.Section.EffectiveBodyType.ToChinese(), inRegistry = s.InRegistry,
                samples = s.SampleCount, months = s.MonthCount,
                @class = s.Evaluation.Class?.ToRoman(), status = s.Evaluation.Status?.ToChinese(),
                evaluatedItems = s.Evaluation.EvaluatedItemCount,
                target = s.Section.Target?.ToRoman(), attains = s.Attainment?.Attains,
                exceedances = s.Attainment?.Exceedances.Select(e => new { item = e.Item.ChineseName(), @class = e.Class.ToRoman(), multiple = e.MultipleOverTarget }),
                mainPollutants = s.Evaluation.MainPollutants.Select(p => new { item = p.Item.ChineseName(), @class = p.Class?.ToRoman(), multiple = p.ExceedanceMultiple }),
                // Means to two decimals more than the item is reported with; non-detect means keep their "L".
                means = s.Means.OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key.ChineseName(), kv => kv.Value.BelowDetectionLimit
                    ? kv.Value.ToString()
                    : GbT8170.Round(kv.Value.Value, kv.Key.Info().ReportedDecimals + 2).ToString(CultureInfo.InvariantCulture)),
                cwqi = s.Cwqi?.Value, cwqiItems = s.Cwqi?.ItemCount, cwqiLastYear = s.CwqiLastYear?.Value, cwqiChangePercent = s.CwqiChangePercent,
            }),
            cities = r.Cities.Select(Area),
            rivers = r.Rivers.Select(Area),
            lakesReservoirs = r.LakesReservoirs.Select(Area),
            basins = r.Basins.Select(Area),
            drinkingWater = r.DrinkingWater,
        };
        return JsonSerializer.Serialize(dto, new JsonSerializerOptions
        {
            WriteIndented = true,
            // Analysts read the JSON: keep Chinese and "<" readable (the output is not embedded in HTML).
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

        static object Area(AreaAssessment a) => new
        {
            name = a.Name, sections = a.Evaluation.SectionCount,
            method = a.Evaluation.Method == AreaMethod.ClassShares ? "类别比例法" : "断面均值法",
            @class = a.Evaluation.Class?.ToRoman(),
            shareItoIIIPercent = a.Evaluation.ShareItoIIIPercent, shareWorseThanVPercent = a.Evaluation.ShareWorseThanVPercent,
            status = a.Evaluation.Status?.ToChinese(),
            mainPollutants = a.Evaluation.MainPollutants.Select(p => new { item = p.Item.ChineseName(), multiple = p.ExceedanceMultiple, exceedanceRatePercent = p.ExceedanceRatePercent }),
            targets = a.TargetCount, attained = a.AttainedCount,
            cwqi = a.Cwqi?.Value, cwqiMinItems = a.Cwqi?.MinItemCount, cwqiMaxItems = a.Cwqi?.MaxItemCount,
            cwqiLastYear = a.CwqiLastYear?.Value, cwqiChangePercent = a.CwqiChangePercent,
        };
    }
}
