using ClosedXML.Excel;
using Workbench.Standards;
using Workbench.Text;

namespace Workbench.Briefings;

/// <summary>月度趋势 and 五年对比: the tables behind the two native charts.</summary>
public static class TrendSheets
{
    /// <summary>Name of the monthly-trend sheet.</summary>
    public const string MonthlyName = "月度趋势";

    /// <summary>Name of the five-year sheet.</summary>
    public const string FiveYearName = "五年对比";

    /// <summary>Writes the monthly trend (PM2.5, O3, good-day ratio, composite index this year and last) and returns its chart.</summary>
    public static ChartSpec WriteMonthly(XLWorkbook wb, Briefing b)
    {
        var ws = wb.Worksheets.Add(MonthlyName);
        ws.Style.Font.FontName = SheetStyle.FontName;
        const int columns = 9;
        SheetStyle.Title(ws, $"{b.City}{b.Period.Label}逐月变化趋势", columns);
        SheetStyle.HeaderCell(ws, 2, 1, "月份", rows: 2);
        (string Head, string Key, int Decimals)[] groups =
        [
            // The unit on its own line: wrapped by width, "O3-8h-90per（微克/立方米）" broke inside the unit.
            ("PM2.5\n（微克/立方米）", "PM2.5", 0), ("O3-8h-90per\n（微克/立方米）", "O3_8h_P90", 0),
            ("优良天数比例\n（%）", "good_ratio", 1), ("综合指数", "composite_index", 2),
        ];
        for (var g = 0; g < groups.Length; g++)
        {
            SheetStyle.HeaderCell(ws, 2, 2 + 2 * g, groups[g].Head, cols: 2);
            // The period and its same period last year by their own labels (2020—2021年秋冬季 / 2019—2020年秋冬季), so the
            // January–March rows of a 秋冬季 are not read as calendar years.
            SheetStyle.HeaderCell(ws, 3, 2 + 2 * g, b.Period.Label);
            SheetStyle.HeaderCell(ws, 3, 3 + 2 * g, b.LastYear.Period.Label);
        }
        var row = 4;
        foreach (var m in b.Months)
        {
            SafeText.Set(ws.Cell(row, 1), $"{m.Month.Start.Month}月");
            for (var g = 0; g < groups.Length; g++)
            {
                SheetStyle.Number(ws.Cell(row, 2 + 2 * g), m.Current.Indicators[groups[g].Key], groups[g].Decimals);
                SheetStyle.Number(ws.Cell(row, 3 + 2 * g), m.LastYear.Indicators[groups[g].Key], groups[g].Decimals);
            }
            row++;
        }
        var last = row - 1;
        SheetStyle.Borders(ws.Range(4, 1, Math.Max(4, last), columns));
        ColumnWidths.Fit(ws, fromRow: 2);
        ColumnWidths.FitWrappedRows(ws);
        ws.Row(2).Height = 30;   // two lines: name, then unit
        SheetStyle.Page(ws, headerRows: 3);
        ws.PageSetup.FitToPages(1, 1);   // table and chart on one page

        return new ChartSpec(MonthlyName, ChartKind.Line, $"{b.City}{b.Period.Label}PM2.5月均浓度同比", "微克/立方米",
            A1.Range(MonthlyName, 1, 4, last), b.Months.Select(m => $"{m.Month.Start.Month}月").ToArray(),
            [
                new ChartSeries(b.Period.Label, A1.Range(MonthlyName, 2, 4, last), b.Months.Select(m => D(m.Current.Indicators["PM2.5"])).ToArray()),
                new ChartSeries(b.LastYear.Period.Label, A1.Range(MonthlyName, 3, 4, last), b.Months.Select(m => D(m.LastYear.Indicators["PM2.5"])).ToArray()),
            ],
            FromColumn: 0, FromRow: last + 1, ToColumn: columns, ToRow: last + 22);
    }

    /// <summary>Writes the five-year comparison (every year from the base year, one standard) and returns its chart.</summary>
    public static ChartSpec WriteFiveYear(XLWorkbook wb, Briefing b)
    {
        var ws = wb.Worksheets.Add(FiveYearName);
        ws.Style.Font.FontName = SheetStyle.FontName;
        var f = b.FiveYear;
        (string Head, string Key, int Decimals)[] cols =
        [
            ("PM2.5", "PM2.5", 0), ("PM10", "PM10", 0), ("SO2", "SO2", 0), ("NO2", "NO2", 0),
            ("CO-95per", "CO_P95", 1), ("O3-8h-90per", "O3_8h_P90", 0), ("综合指数", "composite_index", 2),
            ("优良天数比例(%)", "good_ratio", 1), ("重污染天数", "heavy_days", 0),
        ];
        var columns = 1 + cols.Length;
        SheetStyle.Title(ws, $"{b.City}{f.Years[0].Period.Label}与{f.Years[^1].Period.Label}对比（{f.Standard.ChineseTitle()}）", columns);
        SheetStyle.HeaderCell(ws, 2, 1, "时段", rows: 2);
        SheetStyle.HeaderCell(ws, 2, 2, "浓度（微克/立方米；CO 为毫克/立方米）", cols: 6);
        for (var i = 0; i < cols.Length; i++)
            SheetStyle.HeaderCell(ws, i < 6 ? 3 : 2, 2 + i, cols[i].Head, rows: i < 6 ? 1 : 2);
        var row = 4;
        foreach (var y in f.Years)
        {
            SafeText.Set(ws.Cell(row, 1), y.Period.Label);
            for (var i = 0; i < cols.Length; i++) SheetStyle.Number(ws.Cell(row, 2 + i), y.Indicators[cols[i].Key], cols[i].Decimals);
            row++;
        }
        var lastYearRow = row - 1;
        SafeText.Set(ws.Cell(row, 1), $"与{f.Years[0].Period.Label}相比");
        for (var i = 0; i < cols.Length; i++)
        {
            var c = f.Comparison[cols[i].Key];
            var (d, unit, better) = c.Kind switch
            {
                Air.Results.ChangeKind.Percent => (1, "%", false),
                Air.Results.ChangeKind.PercentagePoints => (1, "个百分点", true),
                _ => (0, "天", false),
            };
            SheetStyle.Change(ws.Cell(row, 2 + i), c.Change, d, unit, better);
        }
        ws.Row(row).Style.Font.Bold = true;
        SheetStyle.Borders(ws.Range(4, 1, row, columns));
        SheetStyle.Note(ws, row + 1, columns, $"注：各年均按{f.Standard.ChineseTitle()}评价，以保证可比；变化率按修约后的数值计算。");
        ColumnWidths.Fit(ws, fromRow: 2);
        ColumnWidths.FitWrappedRows(ws);
        SheetStyle.Page(ws, headerRows: 3);
        ws.PageSetup.FitToPages(1, 1);   // table and chart on one page

        Pollutant[] shown = [Pollutant.PM2_5, Pollutant.PM10, Pollutant.NO2, Pollutant.O3];
        int ColumnOf(Pollutant p) => 2 + Array.FindIndex(cols, c => c.Key == Headlines.IndicatorKey(p));
        return new ChartSpec(FiveYearName, ChartKind.Column, $"{b.City}主要污染物浓度{Periods.PeriodSeries.SpanLabel(f.Years[0].Period, f.Years[^1].Period)}", "微克/立方米",
            A1.Range(FiveYearName, 1, 4, lastYearRow), f.Years.Select(y => y.Period.Label).ToArray(),
            shown.Select(p => new ChartSeries(p == Pollutant.O3 ? "O3-8h-90per" : p.Code(), A1.Range(FiveYearName, ColumnOf(p), 4, lastYearRow),
                f.Years.Select(y => D(y.Indicators[Headlines.IndicatorKey(p)])).ToArray())).ToArray(),
            FromColumn: 0, FromRow: row + 2, ToColumn: columns, ToRow: row + 24);
    }

    private static double? D(decimal? v) => v is { } x ? (double)x : null;
}
