using ClosedXML.Excel;
using Workbench.Air.Results;
using Workbench.Standards;
using Workbench.Standards.Air;
using Workbench.Text;

namespace Workbench.Briefings;

/// <summary>六项污染物 and 优良天数: the months of the period, with the same months last year.</summary>
public static class MonthlySheets
{
    /// <summary>Name of the pollutant sheet.</summary>
    public const string PollutantsName = "六项污染物";

    /// <summary>Name of the good-days sheet.</summary>
    public const string GoodDaysName = "优良天数";

    private static readonly Pollutant[] Order = [Pollutant.PM2_5, Pollutant.PM10, Pollutant.SO2, Pollutant.NO2, Pollutant.CO, Pollutant.O3];

    /// <summary>Writes the pollutant sheet: per month, each pollutant's value, last year's and the change.</summary>
    public static void WritePollutants(XLWorkbook wb, Briefing b)
    {
        var ws = wb.Worksheets.Add(PollutantsName);
        ws.Style.Font.FontName = SheetStyle.FontName;
        var columns = 1 + 3 * (Order.Length + 1);
        SheetStyle.Title(ws, $"{b.City}{b.Period.Label}六项污染物浓度（逐月）", columns);
        SheetStyle.HeaderCell(ws, 2, 1, "月份", rows: 2);
        var col = 2;
        foreach (var p in Order)
        {
            SheetStyle.HeaderCell(ws, 2, col, $"{Label(p)}（{p.ChineseUnit()}）", cols: 3);
            SheetStyle.HeaderCell(ws, 3, col, "本期");
            SheetStyle.HeaderCell(ws, 3, col + 1, "去年同期");
            SheetStyle.HeaderCell(ws, 3, col + 2, "同比");
            col += 3;
        }
        SheetStyle.HeaderCell(ws, 2, col, "综合指数", cols: 3);
        SheetStyle.HeaderCell(ws, 3, col, "本期");
        SheetStyle.HeaderCell(ws, 3, col + 1, "去年同期");
        SheetStyle.HeaderCell(ws, 3, col + 2, "同比");

        var row = 4;
        foreach (var m in RowsOf(b))
        {
            SafeText.Set(ws.Cell(row, 1), m.Label);
            col = 2;
            foreach (var key in Order.Select(Headlines.IndicatorKey).Append("composite_index"))
            {
                var change = Air.Compute.PeriodComparison.Change(key, m.Current.Indicators[key], m.LastYear.Indicators[key], "同比");
                var decimals = AirAssessmentResult.ReportedDecimals(key);
                SheetStyle.Number(ws.Cell(row, col), change.Current, decimals);
                SheetStyle.Number(ws.Cell(row, col + 1), change.Baseline, decimals);
                SheetStyle.Change(ws.Cell(row, col + 2), change.Change, 1, "%");
                col += 3;
            }
            row++;
        }
        FinishMonthlyTable(ws, row, columns, "注：CO 为日均值第95百分位数，O3 为日最大8小时平均第90百分位数，其余为平均浓度；同比为相对变化率（%），按修约后的数值计算。");
    }

    /// <summary>Writes the good-days sheet: per month, valid and good days, ratio and change, days per level and per primary pollutant.</summary>
    public static void WriteGoodDays(XLWorkbook wb, Briefing b)
    {
        var ws = wb.Worksheets.Add(GoodDaysName);
        ws.Style.Font.FontName = SheetStyle.FontName;
        var columns = 1 + 6 + 6 + 6;
        SheetStyle.Title(ws, $"{b.City}{b.Period.Label}优良天数及污染天数（逐月）", columns);
        SheetStyle.HeaderCell(ws, 2, 1, "月份", rows: 2);
        SheetStyle.HeaderCell(ws, 2, 2, "优良天数", cols: 6);
        string[] heads = ["有效天数", "优良天数", "优良比例(%)", "去年同期(%)", "同比", "重污染天数"];
        for (var i = 0; i < heads.Length; i++) SheetStyle.HeaderCell(ws, 3, 2 + i, heads[i]);
        SheetStyle.HeaderCell(ws, 2, 8, "各级别天数", cols: 6);
        foreach (var level in AqiLevels.All)
        {
            SheetStyle.HeaderCell(ws, 3, 7 + level.Number, level.Category);
            SheetStyle.AqiLevelFill(ws.Cell(3, 7 + level.Number), level.Number);
        }
        SheetStyle.HeaderCell(ws, 2, 14, "首要污染物天数", cols: 6);
        for (var i = 0; i < Order.Length; i++) SheetStyle.HeaderCell(ws, 3, 14 + i, Order[i].Code());

        var row = 4;
        foreach (var m in RowsOf(b))
        {
            var d = m.Current.DayCounts;
            SafeText.Set(ws.Cell(row, 1), m.Label);
            SheetStyle.Number(ws.Cell(row, 2), d.ValidDays, 0);
            SheetStyle.Number(ws.Cell(row, 3), d.GoodDays, 0);
            SheetStyle.Number(ws.Cell(row, 4), d.GoodRatioPercent, 1);
            SheetStyle.Number(ws.Cell(row, 5), m.LastYear.DayCounts.GoodRatioPercent, 1);
            var change = Air.Compute.PeriodComparison.Change("good_ratio", d.GoodRatioPercent, m.LastYear.DayCounts.GoodRatioPercent, "同比");
            SheetStyle.Change(ws.Cell(row, 6), change.Change, 1, "个百分点", higherIsBetter: true);
            SheetStyle.Number(ws.Cell(row, 7), d.HeavyDays, 0);
            foreach (var level in AqiLevels.All)
                SheetStyle.Number(ws.Cell(row, 7 + level.Number), d.DaysPerLevel.GetValueOrDefault(level.Number), 0);
            for (var i = 0; i < Order.Length; i++)
                SheetStyle.Number(ws.Cell(row, 14 + i), d.DaysPerPrimary.GetValueOrDefault(Order[i]), 0);
            row++;
        }
        FinishMonthlyTable(ws, row, columns, "注：优良天数为日AQI≤100的天数，重污染天数为日AQI>200的天数；比例以有效监测天数为分母；首要污染物天数中一天可有多个首要污染物。");
    }

    /// <summary>The rows of the monthly tables: each month, then the whole period.</summary>
    private static IEnumerable<(string Label, AirAssessmentResult Current, AirAssessmentResult LastYear)> RowsOf(Briefing b)
    {
        foreach (var m in b.Months) yield return (m.Month.Label, m.Current, m.LastYear);
        yield return ($"{b.Period.Label}合计", b.Current, b.LastYear);
    }

    internal static string Label(Pollutant p) => p switch
    {
        Pollutant.CO => "CO-95per",
        Pollutant.O3 => "O3-8h-90per",
        _ => p.Code(),
    };

    // Both monthly sheets end alike: the cumulative last row in bold, borders from the first data row, the note, widths, page.
    private static void FinishMonthlyTable(IXLWorksheet ws, int nextRow, int columns, string note)
    {
        ws.Range(nextRow - 1, 1, nextRow - 1, columns).Style.Font.Bold = true;
        SheetStyle.Borders(ws.Range(4, 1, nextRow - 1, columns));
        SheetStyle.Note(ws, nextRow + 1, columns, note);
        ColumnWidths.Fit(ws, fromRow: 2);
        ColumnWidths.FitWrappedRows(ws);
        SheetStyle.Page(ws, headerRows: 3);
    }
}
