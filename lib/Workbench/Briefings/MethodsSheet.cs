using System.Globalization;
using ClosedXML.Excel;
using Workbench.Air.Compute;
using Workbench.Air.Method;
using Workbench.Standards;
using Workbench.Standards.Air;
using Workbench.Text;

namespace Workbench.Briefings;

/// <summary>方法说明: standard versions, validity rules, stations used, exclusions, data sources with quality counts, time.</summary>
public static class MethodsSheet
{
    /// <summary>Sheet name.</summary>
    public const string Name = "方法说明";

    /// <summary>The items of the sheet, in order (item, text), from the briefing.</summary>
    public static IReadOnlyList<(string Item, string Text)> Items(Briefing b)
    {
        var m = b.Methods;
        var list = new List<(string, string)>
        {
            ("评价标准", StandardLine(m.Standard, b.Current.AqiStandard, b.Current.Settings.Composite)),
            ("同比与五年对比", $"同比：{b.LastYear.Period.Label}，与本期同一标准版本；五年对比：{b.FiveYear.Years[0].Period.Label}至{b.FiveYear.Years[^1].Period.Label}均按{b.FiveYear.Standard.ChineseTitle()}"),
        };
        list.AddRange(SettingsItems(b.Current.Settings));
        list.AddRange(new List<(string, string)>
        {
            ("参与评价站点", m.StationsUsed.Count == 0 ? "（城市日数据，无站点信息）" : $"{m.StationsUsed.Count} 个：" + string.Join("、", m.StationsUsed.Select(x => x.Name.Length > 0 ? $"{x.Code} {x.Name}" : x.Code))),
            ("未计入的站点", m.StationsExcluded.Count == 0 ? "无" : string.Join("\n", m.StationsExcluded.Select(x =>
                $"{x.Code} {x.Name}（{x.From:yyyy-MM-dd} 至 {x.To:yyyy-MM-dd}）：{x.Reason}"))),
            ("扣除沙尘日", !m.DustListGiven ? "未提供沙尘日清单，未扣除" : m.DustDaysExcluded.Count == 0 ? "已提供沙尘日清单，本时段无沙尘日"
                : $"{m.DustDaysExcluded.Count} 天：{string.Join("、", m.DustDaysExcluded.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}（PM10、PM2.5 浓度及综合指数扣除；优良天数保留）"),
            ("有效监测天数", $"{b.Current.DayCounts.ValidDays} 天（共 {b.Current.DayCounts.CalendarDays} 天）"
                + (Air.Output.AirAssessmentText.MissingDaysLine(b.Current) is { } missing ? "；" + missing : "")),
        });
        foreach (var src in m.Sources)
            list.Add(($"数据来源：{src.Name}", $"{src.Location}；{src.Summary}"));
        if (b.Water is { } w) list.Add(("地表水评价方法", w.Methods));
        list.Add(("生成时间", $"{m.GeneratedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}（北京时间）"));
        return list;
    }

    /// <summary>The standards line: GB 3095 version, HJ 633 version, HJ 663, composite index rule.</summary>
    public static string StandardLine(AirQualityStandard standard, AqiStandard aqi, CompositeIndexSettings composite) =>
        $"{standard.ChineseTitle()}；日AQI按 {aqi.Title()}；统计按 {StandardVersions.StatisticsTitle}；综合指数按《城市环境空气质量排名技术规定》（环办监测〔2018〕19号），"
        + (composite.Rounding == CompositeRounding.RoundEachIndexThenSum
            ? $"各分指数修约到{composite.Decimals}位小数后求和" : $"各分指数求和后修约到{composite.Decimals}位小数");

    /// <summary>What the air settings decide, one line each: rounding, validity, the day's hours, the city mean.</summary>
    public static IReadOnlyList<(string Item, string Text)> SettingsItems(AirSettings s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var v = s.Validity;
        return
        [
            ("数值修约", "浓度按 GB/T 8170 四舍六入五成双修约到发布精度（CO 1位小数，其余取整），变化率1位小数，比例1位小数；AQI 向上取整；句中数字与表中数字为同一修约值"),
            ("数据有效性", $"GB 3095 表4：日均值每日至少 {v.MinHoursPerDay} 小时；8小时均值至少 {v.MinHoursPer8hWindow} 小时；日最大8小时至少 {v.MinWindowsPerDay} 个有效窗口；年均值至少 {v.MinDaysPerYear} 天且每月至少 {v.MinDaysPerMonth} 天（2月 {v.MinDaysInFebruary} 天）"),
            ("日的划分", s.DayBoundary == Periods.DayBoundary.FeedDateHours0To23 ? "按文件日期 0—23 时（小时以结束时刻标记，与发布的城市日值一致）" : "按标准文本 1—24 时"),
            ("城市均值", (s.CityAggregation == CityAggregation.MeanOfStationDaily ? "各站日均值的算术平均" : "各站小时值先平均为城市小时值，再求日均值、MDA8 等")
                + (s.ExcludeControlStations ? "，不含对照点（名称标注或站点角色登记表所列）" : "，含对照点")),
            ("HJ 663-2026", s.Hj663_2026.Description),
        ];
    }

    /// <summary>Writes the sheet.</summary>
    public static void Write(XLWorkbook wb, Briefing b) => WriteItems(wb.Worksheets.Add(Name), "方法说明", Items(b));

    /// <summary>A two-column sheet of items and their wrapped explanations, each row as tall as its text.</summary>
    public static void WriteItems(IXLWorksheet ws, string title, IReadOnlyList<(string Item, string Text)> items)
    {
        ArgumentNullException.ThrowIfNull(ws);
        ArgumentNullException.ThrowIfNull(items);
        ws.Style.Font.FontName = SheetStyle.FontName;
        SheetStyle.Title(ws, title, 2);
        SheetStyle.HeaderCell(ws, 2, 1, "项目");
        SheetStyle.HeaderCell(ws, 2, 2, "说明");
        var row = 3;
        foreach (var (item, text) in items)
        {
            var head = SafeText.Set(ws.Cell(row, 1), item);
            head.Style.Font.Bold = true;
            head.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            var cell = SafeText.Set(ws.Cell(row, 2), text);
            cell.Style.Alignment.WrapText = true;
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            row++;
        }
        SheetStyle.Borders(ws.Range(2, 1, row - 1, 2));
        // Item names wrap within 30 units; each row is as tall as the taller of its two wrapped cells.
        ws.Column(1).Width = Math.Min(30, items.Select(i => ColumnWidths.Of(i.Item)).DefaultIfEmpty(6).Max());
        ws.Column(2).Width = 100;
        for (var r = 3; r < row; r++)
        {
            ws.Cell(r, 1).Style.Alignment.WrapText = true;
            int Lines(int col) => Math.Max(1, (int)Math.Ceiling(Text.EastAsianWidth.Of(ws.Cell(r, col).GetString()) / (ws.Column(col).Width - 1)));
            ws.Row(r).Height = Math.Max(Lines(1), Lines(2)) * 15 + 3;
        }
        SheetStyle.Page(ws, headerRows: 2);
    }
}
