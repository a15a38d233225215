using ClosedXML.Excel;
using Workbench.IO;

namespace Workbench.Briefings;

/// <summary>
/// The briefing workbook: ClosedXML writes the sheets (概况, 六项污染物, 优良天数, 空气质量日历, 城市排名, 月度趋势, 五年对比,
/// 水质断面, 方法说明, and 图表 when there are figures), then the Open XML SDK adds the native charts and the pictures.
/// </summary>
public static class BriefingWorkbook
{
    /// <summary>Name of the figures sheet.</summary>
    public const string FiguresName = "图表";

    /// <summary>The sheet names in order (图表 only when figures are given).</summary>
    public static IReadOnlyList<string> SheetNames { get; } =
    [
        OverviewSheet.Name, MonthlySheets.PollutantsName, MonthlySheets.GoodDaysName, CalendarSheet.Name, RankingSheet.Name,
        TrendSheets.MonthlyName, TrendSheets.FiveYearName, WaterSheet.Name, MethodsSheet.Name,
    ];

    /// <summary>Builds the workbook's bytes. <paramref name="figures"/>: press figures (PNG) to embed on the 图表 sheet.</summary>
    public static byte[] Build(Briefing briefing, IReadOnlyList<BriefingFigure>? figures = null)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        figures ??= [];
        var charts = new List<ChartSpec>();
        var pictures = new List<PicturePlacement>();
        using var ms = new MemoryStream();
        using (var wb = new XLWorkbook())
        {
            wb.Style.Font.FontName = SheetStyle.FontName;
            OverviewSheet.Write(wb, briefing);
            MonthlySheets.WritePollutants(wb, briefing);
            MonthlySheets.WriteGoodDays(wb, briefing);
            CalendarSheet.Write(wb, briefing);
            RankingSheet.Write(wb, briefing);
            charts.Add(TrendSheets.WriteMonthly(wb, briefing));
            charts.Add(TrendSheets.WriteFiveYear(wb, briefing));
            WaterSheet.Write(wb, briefing);
            MethodsSheet.Write(wb, briefing);
            if (figures.Count > 0) pictures.AddRange(WriteFigures(wb, briefing, figures));
            wb.Worksheet(OverviewSheet.Name).SetTabActive();
            wb.SaveAs(ms);
        }
        ms.Position = 0;
        OpenXmlDrawings.Add(ms, charts, pictures);
        ms.Position = 0;
        OpenXmlDrawings.MoveChartsToExcelFolder(ms);
        ms.Position = 0;
        PrintTitles.MakeAbsolute(ms);
        return ms.ToArray();
    }

    /// <summary>The sheets of a workbook written with <paramref name="figureCount"/> figures (图表 only with figures).</summary>
    public static IReadOnlyList<string> SheetsWritten(int figureCount) => figureCount > 0 ? [.. SheetNames, FiguresName] : SheetNames;

    /// <summary>Writes the workbook to <paramref name="path"/> atomically (temporary file, then rename).</summary>
    public static void Save(Briefing briefing, string path, IReadOnlyList<BriefingFigure>? figures = null)
    {
        var bytes = Build(briefing, figures);
        AtomicFile.Write(path, s => s.Write(bytes));
    }

    private static IEnumerable<PicturePlacement> WriteFigures(XLWorkbook wb, Briefing b, IReadOnlyList<BriefingFigure> figures)
    {
        var ws = wb.Worksheets.Add(FiguresName);
        ws.Style.Font.FontName = SheetStyle.FontName;
        SheetStyle.Title(ws, $"{b.City}{b.Period.Label}图表", 12);
        var row = 3; // 1-based row of the caption
        var list = new List<PicturePlacement>();
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            // One figure per printed page: a picture cut by a page break is unusable in print.
            if (i > 0) ws.PageSetup.AddHorizontalPageBreak(row - 1);
            SafeText.Set(ws.Cell(row, 1), $"图{i + 1} {f.Title}").Style.Font.Bold = true;
            list.Add(new PicturePlacement(FiguresName, 0, row, f.Png, f.WidthPx, f.HeightPx, f.Title));
            row += (int)Math.Ceiling(f.HeightPx / 20.0) + 3; // default rows are 15 pt = 20 px
        }
        for (var c = 1; c <= 12; c++) ws.Column(c).Width = 10;
        SheetStyle.Page(ws, headerRows: 0);
        return list;
    }
}
