using ClosedXML.Excel;
using Workbench.Briefings;

namespace Workbench.Tests.Briefings;

/// <summary>
/// The AQI calendar drawn in cells (空气质量日历): a hand-made series of four days over a month's end, one without a valid
/// AQI, gives these cell texts and HJ 633 Appendix A fills (优 #00E400, 轻度 #FF7E00, 重度 #99004C, grey #C8C8C8).
/// </summary>
public class CalendarSheetTests
{
    private static readonly DateOnly Start = new(2025, 1, 30);

    // 30 Jan AQI 45 (优), 31 Jan 120 (轻度污染), 1 Feb no valid AQI, 2 Feb 260 (重度污染).
    private static readonly int?[] Aqi = [45, 120, null, 260];

    [Fact(DisplayName = "Layout: one row per month named 2025年1月/2025年2月, each day's AQI on its level colour, grey “—” without AQI, other days empty")]
    public void Layout()
    {
        var months = AqiCalendarCells.Layout(Start, Aqi);
        Assert.Equal(["2025年1月", "2025年2月"], months.Select(m => m.Label));
        Assert.All(months, m => Assert.Equal(31, m.Days.Count));
        Assert.Equal([29, 30], Enumerable.Range(0, 31).Where(i => months[0].Days[i] is not null));
        Assert.Equal([0, 1], Enumerable.Range(0, 31).Where(i => months[1].Days[i] is not null));
        Assert.Equal(new AqiCalendarDay(new DateOnly(2025, 1, 30), 45, "45", "#00E400", false), months[0].Days[29]);
        Assert.Equal(new AqiCalendarDay(new DateOnly(2025, 1, 31), 120, "120", "#FF7E00", false), months[0].Days[30]);
        Assert.Equal(new AqiCalendarDay(new DateOnly(2025, 2, 1), null, "—", "#C8C8C8", false), months[1].Days[0]);
        Assert.Equal(new AqiCalendarDay(new DateOnly(2025, 2, 2), 260, "260", "#99004C", true), months[1].Days[1]);
    }

    [Fact(DisplayName = "Layout: level limits of HJ 633 Table 2 (50 优, 51 良, 200 中度, 201 重度, 301 严重) and an empty series")]
    public void LevelLimits()
    {
        var days = AqiCalendarCells.Layout(new DateOnly(2024, 2, 1), [50, 51, 200, 201, 301]).Single().Days;
        Assert.Equal(["#00E400", "#FFFF00", "#FF0000", "#99004C", "#7E0023"], days.Take(5).Select(d => d!.FillHex));
        Assert.Equal([false, false, true, true, true], days.Take(5).Select(d => d!.WhiteText));
        Assert.Empty(AqiCalendarCells.Layout(new DateOnly(2024, 2, 1), []));
    }

    [Fact(DisplayName = "Sheet: title, 月份 and day numbers 1–31, the days' AQI and fills, the legend row of six levels and the grey, one A4 landscape page wide")]
    public void Sheet()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("wb-cal-").FullName, "cal.xlsx");
        try
        {
            using (var wb = new XLWorkbook())
            {
                CalendarSheet.Write(wb, "测试市2025年空气质量日历", AqiCalendarCells.Layout(Start, Aqi), "HJ 633-2012");
                var page = wb.Worksheet(CalendarSheet.Name).PageSetup;
                Assert.Equal((XLPageOrientation.Landscape, XLPaperSize.A4Paper, 1), (page.PageOrientation, page.PaperSize, page.PagesWide));
                wb.SaveAs(path);
            }
            var ws = SheetReader.Open(path, CalendarSheet.Name);
            Assert.Equal("测试市2025年空气质量日历", ws.Text(1, 1));
            Assert.Equal(["月份", .. Enumerable.Range(1, 31).Select(d => $"{d}")], Enumerable.Range(1, 32).Select(c => ws.Text(2, c)));
            // Row 3 is January (day d in column d + 1), row 4 February.
            Assert.Equal(("2025年1月", "45", "FF00E400", "120", "FFFF7E00"), (ws.Text(3, 1), ws.Text(3, 31), ws.FillRgb(3, 31), ws.Text(3, 32), ws.FillRgb(3, 32)));
            Assert.Equal(("2025年2月", "—", "FFC8C8C8", "260", "FF99004C"), (ws.Text(4, 1), ws.Text(4, 2), ws.FillRgb(4, 2), ws.Text(4, 3), ws.FillRgb(4, 3)));
            Assert.Equal(45m, ws.Number(3, 31));
            Assert.Equal(("", null, ""), (ws.Text(3, 2), ws.FillRgb(3, 2), ws.Text(4, 4)));
            // Legend on row 6 (a blank row after the months): 图例, each level over four day columns, then the grey.
            Assert.Equal(["图例", "优", "良", "轻度污染", "中度污染", "重度污染", "严重污染", "无有效数据（—）"],
                new[] { 1, 2, 6, 10, 14, 18, 22, 26 }.Select(c => ws.Text(6, c)));
            Assert.Equal(["FF00E400", "FFFFFF00", "FFFF7E00", "FFFF0000", "FF99004C", "FF7E0023", "FFC8C8C8"],
                new[] { 2, 6, 10, 14, 18, 22, 26 }.Select(c => ws.FillRgb(6, c)));
            Assert.StartsWith("注：数字为当日空气质量指数（AQI）", ws.Text(7, 1));
        }
        finally { Directory.Delete(Path.GetDirectoryName(path)!, true); }
    }
}
