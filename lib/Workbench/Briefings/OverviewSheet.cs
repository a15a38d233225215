using ClosedXML.Excel;
using Workbench.Air.Compute;
using Workbench.Air.Tables;
using Workbench.Standards;
using Workbench.Text;

namespace Workbench.Briefings;

/// <summary>概况: the headline figures (value, same period last year, change, target and gap, limit, attainment) and the sentences.</summary>
public static class OverviewSheet
{
    /// <summary>Sheet name.</summary>
    public const string Name = "概况";

    /// <summary>First row of the figures table (below the two header rows).</summary>
    public const int FirstDataRow = 5;

    /// <summary>Row labels of the figures table, in order (tests read the sheet back by these).</summary>
    public static IReadOnlyList<(string Key, string Label, string Unit, int Decimals)> Rows { get; } =
    [
        ("PM2.5", "PM2.5 平均浓度", "微克/立方米", 0),
        ("PM10", "PM10 平均浓度", "微克/立方米", 0),
        ("SO2", "SO2 平均浓度", "微克/立方米", 0),
        ("NO2", "NO2 平均浓度", "微克/立方米", 0),
        ("CO_P95", "CO 日均值第95百分位数", "毫克/立方米", 1),
        ("O3_8h_P90", "O3 日最大8小时第90百分位数", "微克/立方米", 0),
        ("composite_index", "综合指数", "", 2),
        ("good_days", "优良天数", "天", 0),
        ("good_ratio", "优良天数比例", "%", 1),
        ("heavy_days", "重污染天数", "天", 0),
        ("valid_days", "有效监测天数", "天", 0),
    ];

    private const int Columns = 9;

    /// <summary>Writes the sheet.</summary>
    public static void Write(XLWorkbook wb, Briefing b)
    {
        var ws = wb.Worksheets.Add(Name);
        ws.Style.Font.FontName = SheetStyle.FontName;
        SheetStyle.Title(ws, $"{b.City}{b.Period.Label}环境质量简报", Columns);
        SheetStyle.Note(ws, 2, Columns,
            $"评价标准：{b.Current.Standard.ChineseTitle()}；日AQI：{b.Current.AqiStandard.Title()}；数据状态：{b.Current.StatusText}；"
            + $"时段：{b.Period.Start:yyyy-MM-dd} 至 {b.Period.End:yyyy-MM-dd}");

        SheetStyle.HeaderCell(ws, 3, 1, "指标", rows: 2);
        SheetStyle.HeaderCell(ws, 3, 2, "单位", rows: 2);
        SheetStyle.HeaderCell(ws, 3, 3, "数值", cols: 2);
        SheetStyle.HeaderCell(ws, 4, 3, "本期");
        SheetStyle.HeaderCell(ws, 4, 4, "去年同期");
        SheetStyle.HeaderCell(ws, 3, 5, "同比变化", rows: 2);
        SheetStyle.HeaderCell(ws, 3, 6, "省定目标", cols: 2);
        SheetStyle.HeaderCell(ws, 4, 6, "目标值");
        SheetStyle.HeaderCell(ws, 4, 7, "较目标");
        SheetStyle.HeaderCell(ws, 3, 8, "标准限值", rows: 2);
        SheetStyle.HeaderCell(ws, 3, 9, "达标情况", rows: 2);

        var row = FirstDataRow;
        var stats = b.Current.Statistics.Pollutants;
        foreach (var (key, label, unit, decimals) in Rows)
        {
            var change = b.YearOnYear[key];
            SafeText.Set(ws.Cell(row, 1), label);
            SafeText.Set(ws.Cell(row, 2), unit);
            SheetStyle.Number(ws.Cell(row, 3), change.Current, decimals);
            SheetStyle.Number(ws.Cell(row, 4), change.Baseline, decimals);
            var higherIsBetter = AirTargets.HigherIsBetter(key);
            var (cd, cu) = change.Kind switch
            {
                Air.Results.ChangeKind.Percent => (1, "%"),
                Air.Results.ChangeKind.PercentagePoints => (1, "个百分点"),
                _ => (0, "天"),
            };
            if (key == "valid_days") SheetStyle.Number(ws.Cell(row, 5), change.Change, 0).Style.NumberFormat.Format = SheetStyle.ChangeFormat(0, "天");
            else SheetStyle.Change(ws.Cell(row, 5), change.Change, cd, cu, higherIsBetter);
            if (b.TargetOf(key) is { } gap)
            {
                SheetStyle.Number(ws.Cell(row, 6), gap.Target.Value, decimals);
                SheetStyle.Change(ws.Cell(row, 7), gap.Gap, decimals, "", higherIsBetter);
            }
            if (Pollutants.TryGetValue(key, out var p))
            {
                var s = stats[p];
                var limit = p is Pollutant.CO or Pollutant.O3 ? s.ShortTermLimit : s.AnnualLimit;
                if (!double.IsNaN(limit)) SheetStyle.Number(ws.Cell(row, 8), (decimal)limit, 0);
                if (s.Attains is { } attains)
                {
                    var cell = SafeText.Set(ws.Cell(row, 9), attains ? "达标" : "超标");
                    var (font, fill) = attains ? SheetStyle.Better : SheetStyle.Worse;
                    cell.Style.Font.FontColor = font;
                    cell.Style.Fill.BackgroundColor = fill;
                }
                if (!s.Validity.IsValid) ws.Cell(row, 1).Comment.AddText($"有效数据不足：{string.Join("；", s.Validity.Shortfalls)}");
            }
            if (key == "composite_index" && b.Ranking.RankOf(b.City) is { } rank)
                SafeText.Set(ws.Cell(row, 9), $"{b.Ranking.GroupTitle}第{rank}位（共{b.Ranking.Composite.Count}个城市）");
            row++;
        }
        SheetStyle.Borders(ws.Range(FirstDataRow, 1, row - 1, Columns));
        ws.Range(FirstDataRow, 9, row - 1, 9).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;

        row++;
        SheetStyle.HeaderCell(ws, row, 1, "要点", cols: Columns);
        ws.Range(row, 1, row, Columns).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        row++;
        for (var i = 0; i < b.Headlines.Count; i++, row++)
        {
            SheetStyle.Note(ws, row, Columns, $"{i + 1}. {b.Headlines[i]}");
            ws.Range(row, 1, row, Columns).Style.Font.FontSize = 11;
        }
        ColumnWidths.Fit(ws, fromRow: 3);
        ws.Column(1).Width = Math.Max(ws.Column(1).Width, 24);
        ColumnWidths.FitWrappedRows(ws);
        SheetStyle.Page(ws, headerRows: 4);
    }

    /// <summary>Row of the first headline sentence (the sentences follow one per row, numbered "1. ").</summary>
    public static int FirstHeadlineRow => FirstDataRow + Rows.Count + 2;

    private static readonly Dictionary<string, Pollutant> Pollutants = new()
    {
        ["PM2.5"] = Pollutant.PM2_5, ["PM10"] = Pollutant.PM10, ["SO2"] = Pollutant.SO2, ["NO2"] = Pollutant.NO2,
        ["CO_P95"] = Pollutant.CO, ["O3_8h_P90"] = Pollutant.O3,
    };

}
