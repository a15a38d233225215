using ClosedXML.Excel;
using Workbench.Standards.Water;
using Workbench.Text;
using Workbench.Water.Registry;

namespace Workbench.Briefings;

/// <summary>水质断面: each section's class, target, attainment, main pollutants, CWQI and its change; the Ⅰ–Ⅲ and 劣Ⅴ shares.</summary>
public static class WaterSheet
{
    /// <summary>Sheet name.</summary>
    public const string Name = "水质断面";

    /// <summary>Writes the sheet (a note when the briefing has no water data).</summary>
    public static void Write(XLWorkbook wb, Briefing b)
    {
        var ws = wb.Worksheets.Add(Name);
        ws.Style.Font.FontName = SheetStyle.FontName;
        const int columns = 10;
        SheetStyle.Title(ws, $"{b.Request.WaterCity ?? ""}{b.Period.Label}地表水断面水质", columns);
        var summary = BriefingWater.Summary(b);
        if (summary is null)
        {
            SheetStyle.Note(ws, 3, columns, "本简报未提供地表水监测数据（或本时段该城市无断面数据）。");
            ws.Column(1).Width = 20;
            SheetStyle.Page(ws, headerRows: 0);
            return;
        }
        string[] heads = ["断面名称", "河流", "考核级别", "水质类别", "目标类别", "是否达标", "主要污染指标(超标倍数)", "CWQI", "去年同期CWQI", "CWQI同比"];
        for (var i = 0; i < heads.Length; i++) SheetStyle.HeaderCell(ws, 2, 1 + i, heads[i]);
        var row = 3;
        foreach (var s in summary.Sections)
        {
            SafeText.Set(ws.Cell(row, 1), s.Section.Name);
            SafeText.Set(ws.Cell(row, 2), s.Section.River);
            SafeText.Set(ws.Cell(row, 3), s.Section.Level?.ToChinese() ?? "");
            if (s.Evaluation.Class is { } c)
            {
                SafeText.Set(ws.Cell(row, 4), c.ToLabel());
                SheetStyle.WaterClassFill(ws.Cell(row, 4), c);
            }
            SafeText.Set(ws.Cell(row, 5), s.Section.Target?.ToLabel() ?? "");
            if (s.Attainment is { } a)
            {
                var cell = SafeText.Set(ws.Cell(row, 6), a.Attains ? "达标" : "未达标");
                var (font, fill) = a.Attains ? SheetStyle.Better : SheetStyle.Worse;
                cell.Style.Font.FontColor = font;
                cell.Style.Fill.BackgroundColor = fill;
            }
            SafeText.Set(ws.Cell(row, 7), s.Evaluation.MainPollutantLabel.Length > 0 ? s.Evaluation.MainPollutantLabel : "—");
            SheetStyle.Number(ws.Cell(row, 8), s.Cwqi is { } q ? Standards.Rounding.GbT8170.Round(q.Value, 2) : null, 2);
            SheetStyle.Number(ws.Cell(row, 9), s.CwqiLastYear is { } l ? Standards.Rounding.GbT8170.Round(l.Value, 2) : null, 2);
            SheetStyle.Change(ws.Cell(row, 10), Headlines.CwqiChangeShown(s.CwqiChangePercent), 2, "%");
            row++;
        }
        SheetStyle.Borders(ws.Range(3, 1, row - 1, columns));
        ws.Range(3, 3, row - 1, 6).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        row++;
        (string Label, decimal? Value, int Decimals, string Format)[] totals =
        [
            ("考核断面达标数", summary.Attained, 0, $"0\"/{summary.TargetCount}个\""),
            ("Ⅰ～Ⅲ类断面比例(%)", summary.ShareItoIII, 1, "0.0"),
            ("劣Ⅴ类断面比例(%)", summary.ShareWorseThanV, 1, "0.0"),
            ("平均CWQI", summary.Cwqi, 2, "0.00"),
        ];
        foreach (var t in totals)
        {
            SafeText.Set(ws.Cell(row, 1), t.Label).Style.Font.Bold = true;
            SheetStyle.Number(ws.Cell(row, 2), t.Value, t.Decimals).Style.NumberFormat.Format = t.Format;
            row++;
        }
        SafeText.Set(ws.Cell(row, 1), "CWQI同比").Style.Font.Bold = true;
        SheetStyle.Change(ws.Cell(row, 2), summary.CwqiChangeShown, 2, "%");
        SheetStyle.Borders(ws.Range(row - totals.Length, 1, row, 2));
        SheetStyle.Note(ws, row + 2, columns, "注：" + b.Water!.Methods + "；CWQI同比为负表示水质改善。");
        ColumnWidths.Fit(ws, fromRow: 2);
        ColumnWidths.FitWrappedRows(ws);
        SheetStyle.Page(ws, headerRows: 2);
    }
}
