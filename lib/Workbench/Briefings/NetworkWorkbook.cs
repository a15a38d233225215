using System.Globalization;
using ClosedXML.Excel;
using Workbench.Air.Compute;
using Workbench.Air.Results;
using Workbench.Air.Tables;
using Workbench.Charts;
using Workbench.IO;
using Workbench.Scale;
using Workbench.Standards;

namespace Workbench.Briefings;

/// <summary>
/// The all-city table (<see cref="NetworkAssessmentResult"/>) as a workbook an analyst reads: sheets 城市, 站点 and 说明,
/// Chinese headers with units, values at reported precision (the same numbers as the CSV/Parquet table, whose column
/// keys are the air-core contract's). An empty cell is a value the data do not support (too few valid days).
/// </summary>
public static class NetworkWorkbook
{
    /// <summary>Sheet of the cities.</summary>
    public const string CitySheet = "城市";

    /// <summary>Sheet of the stations.</summary>
    public const string StationSheet = "站点";

    /// <summary>Sheet of the method.</summary>
    public const string MethodSheet = "说明";

    /// <summary>The indicators, in table order, with their Chinese headers (name and unit) and reported decimals.</summary>
    public static IReadOnlyList<(string Key, string Header, int Decimals)> ColumnsFor(AirSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return AirAssessmentResult.IndicatorKeys.Select(k => (k, HeaderOf(k), AirAssessmentResult.ReportedDecimals(k, settings.Composite))).ToArray();
    }

    /// <summary>Writes the workbook atomically.</summary>
    public static void Save(NetworkAssessmentResult result, string path)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var ms = new MemoryStream();
        using (var wb = new XLWorkbook())
        {
            wb.Style.Font.FontName = SheetStyle.FontName;
            var cities = result.Rows.Where(r => r.Level == NetworkLevel.City).ToArray();
            var columns = ColumnsFor(result.Rows.FirstOrDefault()?.Assessment.Settings ?? AirSettings.Default);
            var stations = result.Rows.Where(r => r.Level == NetworkLevel.Station).ToArray();
            WriteRows(wb.Worksheets.Add(CitySheet), $"{result.Period.Label}各城市环境空气质量（{cities.Length} 个城市）",
                ["城市", "站点数"], columns, cities, r => [r.Name, r.Assessment.Stations.Count]);
            if (stations.Length > 0)
                WriteRows(wb.Worksheets.Add(StationSheet), $"{result.Period.Label}各站点环境空气质量（{stations.Length} 个站点）",
                    ["站点编码", "所属城市"], columns, stations, r => [r.Name, r.City]);
            WriteMethod(wb.Worksheets.Add(MethodSheet), result, cities.Length, stations.Length);
            wb.Worksheet(CitySheet).SetTabActive();
            wb.SaveAs(ms);
        }
        ms.Position = 0;
        PrintTitles.MakeAbsolute(ms);
        var bytes = ms.ToArray();
        AtomicFile.Write(path, s => s.Write(bytes));
    }

    private static void WriteRows(IXLWorksheet ws, string title, string[] leading,
        IReadOnlyList<(string Key, string Header, int Decimals)> indicators, IReadOnlyList<NetworkRow> rows,
        Func<NetworkRow, object[]> leadingValues)
    {
        var columns = leading.Length + indicators.Count;
        SheetStyle.Title(ws, title, columns);
        var headers = leading.Concat(indicators.Select(c => c.Header)).ToArray();
        // Widths from the text written (ColumnWidths.Fit reads every cell back through ClosedXML: 3 s for 2,000 rows).
        // Headers wrap, so they ask for two lines' width at most.
        var widths = headers.Select(h => Math.Min(16, ColumnWidths.Of(h))).ToArray();
        for (var c = 0; c < columns; c++) SheetStyle.HeaderCell(ws, 2, c + 1, headers[c]);
        ws.Row(2).Height = 32; // two lines of the wrapped headers
        var row = 3;
        foreach (var r in rows)
        {
            var lead = leadingValues(r);
            for (var c = 0; c < lead.Length; c++)
            {
                var cell = ws.Cell(row, c + 1);
                if (lead[c] is int count) cell.SetValue(count);
                else SafeText.Set(cell, lead[c] as string);
                widths[c] = Math.Max(widths[c], ColumnWidths.Of(Convert.ToString(lead[c], CultureInfo.InvariantCulture) ?? ""));
            }
            var values = r.Assessment.Indicators;
            for (var c = 0; c < indicators.Count; c++)
                if (values[indicators[c].Key] is { } v)
                {
                    ws.Cell(row, leading.Length + c + 1).SetValue(v);
                    var shown = v.ToString(SheetStyle.NumberFormat(indicators[c].Decimals), CultureInfo.InvariantCulture);
                    widths[leading.Length + c] = Math.Max(widths[leading.Length + c], ColumnWidths.Of(shown));
                }
            row++;
        }
        // Formats by column, not by cell: ClosedXML keeps a style per cell it is asked to style.
        var last = Math.Max(3, row - 1);
        for (var c = 0; c < indicators.Count; c++)
        {
            var column = ws.Range(3, leading.Length + c + 1, last, leading.Length + c + 1);
            column.Style.NumberFormat.Format = SheetStyle.NumberFormat(indicators[c].Decimals);
            column.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        }
        if (rows.Count > 0) SheetStyle.Borders(ws.Range(3, 1, last, columns));
        ws.Range(2, 1, last, columns).SetAutoFilter();
        for (var c = 0; c < columns; c++) ws.Column(c + 1).Width = Math.Max(6, widths[c]);
        SheetStyle.Page(ws, headerRows: 2, frozenColumns: 1);
    }

    private static void WriteMethod(IXLWorksheet ws, NetworkAssessmentResult result, int cities, int stations)
    {
        var first = result.Rows.FirstOrDefault()?.Assessment;
        var lines = new List<(string, string)>
        {
            ("时段", $"{result.Period.Label}（{result.Period.Start:yyyy-MM-dd} 至 {result.Period.End:yyyy-MM-dd}）"),
            ("评价标准", MethodsSheet.StandardLine(result.Standard, first?.AqiStandard ?? StandardVersions.AqiFor(result.Standard),
                (first?.Settings ?? AirSettings.Default).Composite)),
            ("数据状态", first is null ? "—" : first.Status.ChineseName()),
            ("范围", $"{cities} 个城市、{stations} 个站点（站点的所属城市按站点登记表在时段末日的归属）"),
        };
        if (first is not null) lines.AddRange(MethodsSheet.SettingsItems(first.Settings));
        lines.Add(("扣除沙尘日", result.Rows.Any(r => r.Assessment.DustApplied) ? "按沙尘日清单扣除（PM10、PM2.5 浓度及综合指数扣除；优良天数保留）" : "未提供沙尘日清单，未扣除"));
        lines.Add(("空白单元格", $"有效天数不足，按 {StandardVersions.StatisticsTitle} 不能给出该项统计值"));
        MethodsSheet.WriteItems(ws, "说明", lines);
    }

    private static string HeaderOf(string key) => key switch
    {
        "composite_index" => "综合指数",
        "good_ratio" => "优良天数比例(%)",
        "valid_days" or "good_days" or "heavy_days" => Figures.IndicatorName(key) + "(天)",
        _ => AirFigureData.PollutantOf(key) is { } p ? $"{HouseStyle.StatisticName(p)}({p.ChineseUnit()})" : key,
    };
}
