using ClosedXML.Excel;
using Workbench.Air.Compute;
using Workbench.Standards;
using Workbench.Text;

namespace Workbench.Briefings;

/// <summary>城市排名: composite index (ascending) and its change rate against the same period last year, own city
/// highlighted; within the city's province group (全省排名) when its province is known.</summary>
public static class RankingSheet
{
    /// <summary>Sheet name.</summary>
    public const string Name = "城市排名";

    /// <summary>Writes the sheet.</summary>
    public static void Write(XLWorkbook wb, Briefing b)
    {
        var ws = wb.Worksheets.Add(Name);
        ws.Style.Font.FontName = SheetStyle.FontName;
        const int columns = 8;
        // The group ranked is said in the title: "2024年示例省城市环境空气质量排名（全省）".
        SheetStyle.Title(ws, b.Ranking.Group is { } g
            ? $"{b.Period.Label}{g}城市环境空气质量排名（{b.Ranking.GroupTitle}）"
            : $"{b.Period.Label}城市环境空气质量排名", columns);
        SheetStyle.HeaderCell(ws, 2, 1, "综合指数", cols: 3);
        SheetStyle.HeaderCell(ws, 3, 1, "排名");
        SheetStyle.HeaderCell(ws, 3, 2, "城市");
        SheetStyle.HeaderCell(ws, 3, 3, "综合指数");
        SheetStyle.HeaderCell(ws, 2, 4, "同比变化", cols: 3);
        SheetStyle.HeaderCell(ws, 3, 4, "去年同期");
        SheetStyle.HeaderCell(ws, 3, 5, "变化率");
        SheetStyle.HeaderCell(ws, 3, 6, "改善排名");
        SheetStyle.HeaderCell(ws, 2, 7, "主要指标", cols: 2);
        SheetStyle.HeaderCell(ws, 3, 7, "PM2.5(微克/立方米)");
        SheetStyle.HeaderCell(ws, 3, 8, "优良天数比例(%)");

        var row = 4;
        var byCity = b.Ranking.Assessments.ToDictionary(a => a.City);
        var rates = b.Ranking.Change.Improvement.ToDictionary(e => e.Name);
        foreach (var entry in b.Ranking.Composite.Concat(b.Ranking.Unranked.Select(c => new RankedEntry(0, c, 0))))
        {
            var a = byCity[entry.Name];
            if (entry.Rank > 0) SheetStyle.Number(ws.Cell(row, 1), entry.Rank, 0);
            SafeText.Set(ws.Cell(row, 2), entry.Name);
            if (entry.Rank > 0) SheetStyle.Number(ws.Cell(row, 3), entry.Value, 2);
            SheetStyle.Number(ws.Cell(row, 4), b.Ranking.Baselines.GetValueOrDefault(entry.Name), 2);
            if (rates.TryGetValue(entry.Name, out var rate))
            {
                SheetStyle.Change(ws.Cell(row, 5), rate.Value, 1, "%");
                SheetStyle.Number(ws.Cell(row, 6), rate.Rank, 0);
            }
            SheetStyle.Number(ws.Cell(row, 7), a.Indicators["PM2.5"], 0);
            SheetStyle.Number(ws.Cell(row, 8), a.Indicators["good_ratio"], 1);
            if (entry.Name == b.City)
            {
                var range = ws.Range(row, 1, row, columns);
                range.Style.Font.Bold = true;
                foreach (var c in range.Cells().Where(c => c.Address.ColumnNumber != 5)) c.Style.Fill.BackgroundColor = SheetStyle.OwnCityFill;
            }
            row++;
        }
        SheetStyle.Borders(ws.Range(4, 1, Math.Max(4, row - 1), columns));
        ws.Range(4, 1, row, 2).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        SheetStyle.Note(ws, row + 1, columns,
            $"注：综合指数按{b.Current.Standard.ChineseTitle()}计算，数值越小空气质量越好；变化率=(本期−去年同期)/去年同期×100%，改善排名第1为改善幅度最大；"
            + (b.Ranking.Group is { } group
                ? $"排名范围为{group}（{b.Ranking.GroupTitle}）在数据中的 {b.Ranking.Assessments.Count} 个城市。"
                : $"排名范围为数据中的 {b.Ranking.Assessments.Count} 个城市。")
            + (b.Ranking.Change.ExcludedFromDeterioration.Count > 0 ? $"六项污染物均达标、不参与恶化排名的城市：{string.Join("、", b.Ranking.Change.ExcludedFromDeterioration)}。" : ""));
        ColumnWidths.Fit(ws, fromRow: 2);
        ColumnWidths.FitWrappedRows(ws);
        SheetStyle.Page(ws, headerRows: 3, frozenColumns: 2);
    }
}
