using ClosedXML.Excel;
using Workbench.Standards;
using Workbench.Standards.Air;
using Workbench.Text;

namespace Workbench.Briefings;

/// <summary>
/// The 空气质量日历 sheet: the AQI calendar drawn in cells (one row per month, one column per day number, the day's
/// AQI on its HJ 633 level colour, a legend row). Always written: it is native, searchable and printable without a
/// browser; the press calendar picture (when a browser renders it) goes on the 图表 sheet beside the other figures.
/// </summary>
public static class CalendarSheet
{
    /// <summary>Sheet name.</summary>
    public const string Name = "空气质量日历";

    /// <summary>Row of the day-number header; months start on the next row.</summary>
    public const int HeaderRow = 2;

    /// <summary>Columns: the month's name, then days 1–31.</summary>
    public const int Columns = 32;

    /// <summary>
    /// Width of a day column (Excel units): a three-digit AQI at 10 pt; the month and 31 days (about 120 units) print on
    /// one A4 landscape page at about 80 %, where 10 pt digits print above 8 pt (LibreOffice, measured on the PDF).
    /// </summary>
    private const double DayWidth = 3.5;

    /// <summary>Font size of the day cells (≥ 8 pt printed at the page's scale); months, legend and note keep the sheets' 11 pt.</summary>
    private const double FontSize = 10;

    /// <summary>Writes the sheet of <paramref name="b"/>'s daily AQI.</summary>
    public static void Write(XLWorkbook wb, Briefing b)
    {
        ArgumentNullException.ThrowIfNull(b);
        Write(wb, $"{b.City}{b.Period.Label}空气质量日历（日AQI，{b.Current.AqiStandard.Title()}级别）",
            AqiCalendarCells.Layout(b.Period.Start, b.DailyAqi), b.Current.AqiStandard.Title());
    }

    /// <summary>Writes the sheet of the months <paramref name="months"/> under <paramref name="title"/>.</summary>
    /// <param name="wb">The workbook.</param>
    /// <param name="title">The sheet's title (names the city and period).</param>
    /// <param name="months">The calendar's months (<see cref="AqiCalendarCells.Layout"/>).</param>
    /// <param name="aqiStandard">The HJ 633 version the levels follow, for the note ("HJ 633-2012").</param>
    public static void Write(XLWorkbook wb, string title, IReadOnlyList<AqiCalendarMonth> months, string aqiStandard)
    {
        ArgumentNullException.ThrowIfNull(wb);
        ArgumentNullException.ThrowIfNull(months);
        var ws = wb.Worksheets.Add(Name);
        ws.Style.Font.FontName = SheetStyle.FontName;
        SheetStyle.Title(ws, title, Columns);
        SheetStyle.HeaderCell(ws, HeaderRow, 1, "月份");
        for (var d = 1; d <= 31; d++) SheetStyle.HeaderCell(ws, HeaderRow, 1 + d, $"{d}");

        var row = HeaderRow + 1;
        foreach (var m in months)
        {
            SafeText.Set(ws.Cell(row, 1), m.Label);
            for (var d = 1; d <= 31; d++)
            {
                if (m.Days[d - 1] is not { } day) continue;
                var cell = ws.Cell(row, 1 + d);
                if (day.Aqi is { } aqi) cell.SetValue(aqi);
                else SafeText.Set(cell, day.Text);
                cell.Style.Fill.BackgroundColor = XLColor.FromHtml(day.FillHex);
                cell.Style.Font.FontColor = day.WhiteText ? XLColor.White : XLColor.Black;
            }
            row++;
        }
        if (months.Count > 0)
        {
            SheetStyle.Borders(ws.Range(HeaderRow + 1, 1, row - 1, Columns));
            var days = ws.Range(HeaderRow + 1, 2, row - 1, Columns);
            days.Style.Font.FontSize = FontSize;
            days.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            for (var r = HeaderRow + 1; r < row; r++) ws.Row(r).Height = 18;
        }

        var legendRow = row + 1;
        WriteLegend(ws, legendRow);
        SheetStyle.Note(ws, legendRow + 1, Columns,
            $"注：数字为当日空气质量指数（AQI），底色为其级别（{aqiStandard}表2，颜色按附录A）；“{AqiCalendarCells.MissingText}”（灰色）为无有效数据的日子；空白为不在本时段内的日子。");
        // The page prints at about 80 %: the note keeps 11 pt, as the legend and the months do, to stay above 8 pt.
        ws.Cell(legendRow + 1, 1).Style.Font.FontSize = 11;

        ws.Column(1).Width = Math.Max(8, months.Select(m => ColumnWidths.Of(m.Label)).DefaultIfEmpty(0).Max());
        for (var c = 2; c <= Columns; c++) ws.Column(c).Width = DayWidth;
        ColumnWidths.FitWrappedRows(ws);
        SheetStyle.Page(ws, headerRows: HeaderRow);
    }

    /// <summary>The legend: each level's Chinese name on its colour (four day columns each), then the grey of missing days.</summary>
    private static void WriteLegend(IXLWorksheet ws, int row)
    {
        SafeText.Set(ws.Cell(row, 1), "图例").Style.Font.Bold = true;
        foreach (var level in AqiLevels.All)
        {
            var first = 2 + (level.Number - 1) * 4;
            var range = ws.Range(row, first, row, first + 3).Merge();
            SafeText.Set(range.FirstCell(), level.Category);
            foreach (var cell in range.Cells()) SheetStyle.AqiLevelFill(cell, level.Number);
        }
        var missing = ws.Range(row, 2 + 6 * 4, row, Columns).Merge();
        SafeText.Set(missing.FirstCell(), $"无有效数据（{AqiCalendarCells.MissingText}）");
        missing.Style.Fill.BackgroundColor = XLColor.FromHtml(AqiCalendarCells.MissingFillHex);
        var legend = ws.Range(row, 1, row, Columns);
        legend.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        legend.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        SheetStyle.Borders(legend);
        ws.Row(row).Height = 20;
    }
}
