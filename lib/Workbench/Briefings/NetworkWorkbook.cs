using System.Globalization;
using ClosedXML.Excel;
using Workbench.Air.Method;
using Workbench.Air.Results;
using Workbench.Air.Tables;
using Workbench.Charts;
using Workbench.IO;
using Workbench.Scale;
using Workbench.Standards;
using Workbench.Text;

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

    /// <summary>Sheet of the groups (provinces and sets of cities: 337, 168, 汾渭平原…), when there are any.</summary>
    public const string GroupSheet = "城市组";

    /// <summary>One column of a sheet: its Chinese header, the table column it shows (<see cref="NetworkTable.Columns"/>)
    /// and its number format (decimals; null = text).</summary>
    /// <param name="Header">Chinese header (with unit).</param>
    /// <param name="Key">Column key of the CSV/Parquet table whose value the cell holds.</param>
    /// <param name="Decimals">Decimals of the number format, or null for text.</param>
    /// <param name="Shown">How the value is shown, when not as in the table (group keys as Chinese names, the base
    /// period as its label).</param>
    public sealed record SheetColumn(string Header, string Key, int? Decimals, Func<NetworkTableRow, object?>? Shown = null)
    {
        /// <summary>The cell's value for <paramref name="row"/>.</summary>
        public object? ValueOf(NetworkTableRow row) => Shown is { } f ? f(row) : row.Values.GetValueOrDefault(Key);
    }

    /// <summary>The columns of the 城市 sheet: city, stations, the indicators, then province, groups, the ranks in each
    /// group and (with a base period) the base values, change rates and their ranks: the same values as the table's
    /// columns of the same keys.</summary>
    public static IReadOnlyList<SheetColumn> CityColumns(NetworkAssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var list = new List<SheetColumn> { new("城市", "name", null), new("站点数", "station_count", 0) };
        list.AddRange(IndicatorColumns(result));
        list.Add(new SheetColumn("省份", "province", null));
        list.Add(new SheetColumn("所属城市组", "groups", null, r => r.Row is { } row ? GroupNames(result, row.Name) : null));
        list.Add(new SheetColumn("扣沙天数", "dust_days", 0));
        list.Add(new SheetColumn("数据源缺小时天数", "feed_gap_days", 0));
        list.Add(new SheetColumn("未计入站点", "excluded_stations", null));
        foreach (var (key, title) in result.GroupColumns)
        {
            list.Add(new SheetColumn($"{RankTitle(key, title)}排名(综合指数)", NetworkTable.RankColumn(key, "composite"), 0));
            list.Add(new SheetColumn($"{RankTitle(key, title)}排名(PM2.5)", NetworkTable.RankColumn(key, "pm25"), 0));
        }
        if (result.Base is not null)
        {
            list.AddRange(BaseColumns(result));
            foreach (var (key, title) in result.GroupColumns)
            {
                list.Add(new SheetColumn($"{RankTitle(key, title)}排名(综合指数改善)", NetworkTable.RankColumn(key, "composite_change"), 0));
                list.Add(new SheetColumn($"{RankTitle(key, title)}排名(PM2.5改善)", NetworkTable.RankColumn(key, "pm25_change"), 0));
            }
        }
        return list;
    }

    /// <summary>The columns of the 城市组 sheet: group, kind, cities with data, the group values (每项为成员城市未修约值的
    /// 算术平均再修约) and with a base period its base values and change rates.</summary>
    public static IReadOnlyList<SheetColumn> GroupColumns(NetworkAssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var list = new List<SheetColumn>
        {
            new("城市组", "name", null),
            new("类别", "groups", null, r => r.Group is { IsProvince: true } ? "省份" : r.Group?.Title),
            new("城市数", "city_count", 0),
        };
        list.AddRange(IndicatorColumns(result).Where(c => c.Key is not ("valid_days" or "good_days" or "heavy_days")));
        if (result.Base is not null) list.AddRange(BaseColumns(result));
        return list;
    }

    private static IEnumerable<SheetColumn> IndicatorColumns(NetworkAssessmentResult result) =>
        ColumnsFor(result.Rows.FirstOrDefault()?.Assessment.Settings ?? AirSettings.Default).Select(c => new SheetColumn(c.Header, c.Key, c.Decimals));

    private static IEnumerable<SheetColumn> BaseColumns(NetworkAssessmentResult result)
    {
        var composite = (result.Rows.FirstOrDefault()?.Assessment.Settings ?? AirSettings.Default).Composite;
        yield return new SheetColumn("对比时段", "base_period", null, _ => result.Base?.Label);
        yield return new SheetColumn("对比时段综合指数", "composite_index_base", AirAssessmentResult.ReportedDecimals("composite_index", composite));
        yield return new SheetColumn($"对比时段{HeaderOf("PM2.5")}", "PM2.5_base", 0);
        yield return new SheetColumn("综合指数变化率(%)", "composite_index_change", 1);
        yield return new SheetColumn("PM2.5变化率(%)", "PM2.5_change", 1);
    }

    /// <summary>How a rank header names the group: 省内 for the province, else the set's title.</summary>
    private static string RankTitle(string key, string title) => key == Registries.RankingSets.ProvinceKey ? "省内" : title;

    /// <summary>The groups of a city as an analyst reads them: its province, then the sets' titles.</summary>
    private static string? GroupNames(NetworkAssessmentResult result, string city)
    {
        var names = result.GroupColumns.Where(c => result.RankOf(city, c.Key) is not null)
            .Select(c => c.Key == Registries.RankingSets.ProvinceKey ? result.ProvinceOf(city)!.Name : c.Title).ToArray();
        return names.Length == 0 ? null : string.Join("、", names);
    }

    /// <summary>Writes the workbook atomically.</summary>
    public static void Save(NetworkAssessmentResult result, string path)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var ms = new MemoryStream();
        using (var wb = new XLWorkbook())
        {
            wb.Style.Font.FontName = SheetStyle.FontName;
            var rows = NetworkTable.Rows(result);
            var cities = rows.Where(r => r.Level == "city").ToArray();
            var groups = rows.Where(r => r.Level == "group").ToArray();
            var stations = rows.Where(r => r.Level == "station").ToArray();
            var columns = ColumnsFor(result.Rows.FirstOrDefault()?.Assessment.Settings ?? AirSettings.Default)
                .Select(c => new SheetColumn(c.Header, c.Key, c.Decimals)).ToArray();
            var scope = result.Scope is { } s ? $"（{(s.IsProvince ? s.Name : s.Title)}）" : "";
            // The CSV keeps every rank column whatever the data; the sheet drops ranks of groups no city here belongs to
            // (2+36 in 2019, 珠三角 in a 河南 table), so what prints is what can be read.
            var cityColumns = CityColumns(result).Where(c => !c.Key.StartsWith("rank_", StringComparison.Ordinal)
                || cities.Any(r => r.Values.GetValueOrDefault(c.Key) is not null)).ToArray();
            WriteRows(wb.Worksheets.Add(CitySheet), $"{result.Period.Label}各城市环境空气质量{scope}（{cities.Length} 个城市）",
                cityColumns, cities);
            if (groups.Length > 0)
                WriteRows(wb.Worksheets.Add(GroupSheet), $"{result.Period.Label}城市组环境空气质量（{groups.Length} 个城市组）",
                    GroupColumns(result), groups);
            if (stations.Length > 0)
                WriteRows(wb.Worksheets.Add(StationSheet), $"{result.Period.Label}各站点环境空气质量（{stations.Length} 个站点）",
                    [new SheetColumn("站点编码", "name", null), new SheetColumn("所属城市", "city", null), .. columns], stations);
            WriteMethod(wb.Worksheets.Add(MethodSheet), result, cities.Length, stations.Length);
            wb.Worksheet(CitySheet).SetTabActive();
            wb.SaveAs(ms);
        }
        ms.Position = 0;
        PrintTitles.MakeAbsolute(ms);
        var bytes = ms.ToArray();
        AtomicFile.Write(path, s => s.Write(bytes));
    }

    private static void WriteRows(IXLWorksheet ws, string title, IReadOnlyList<SheetColumn> columns, IReadOnlyList<NetworkTableRow> rows)
    {
        SheetStyle.Title(ws, title, columns.Count);
        // Widths from the text written (ColumnWidths.Fit reads every cell back through ClosedXML: 3 s for 2,000 rows).
        // Headers wrap, so they ask for two lines' width at most.
        var widths = columns.Select(c => Math.Min(16, ColumnWidths.Of(c.Header))).ToArray();
        for (var c = 0; c < columns.Count; c++) SheetStyle.HeaderCell(ws, 2, c + 1, columns[c].Header);
        ws.Row(2).Height = 32; // two lines of the wrapped headers
        var row = 3;
        foreach (var r in rows)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var value = columns[c].ValueOf(r);
                if (value is null) continue;
                var cell = ws.Cell(row, c + 1);
                string shown;
                switch (value)
                {
                    case int i:
                        cell.SetValue(i);
                        shown = i.ToString(CultureInfo.InvariantCulture);
                        break;
                    case decimal d:
                        cell.SetValue(d);
                        shown = d.ToString(SheetStyle.NumberFormat(columns[c].Decimals ?? 0), CultureInfo.InvariantCulture);
                        break;
                    default:
                        shown = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                        SafeText.Set(cell, shown);
                        break;
                }
                widths[c] = Math.Max(widths[c], ColumnWidths.Of(shown));
            }
            row++;
        }
        // Formats by column, not by cell: ClosedXML keeps a style per cell it is asked to style.
        var last = Math.Max(3, row - 1);
        for (var c = 0; c < columns.Count; c++)
            if (columns[c].Decimals is { } decimals && columns[c].Key != "station_count")
            {
                var column = ws.Range(3, c + 1, last, c + 1);
                column.Style.NumberFormat.Format = SheetStyle.NumberFormat(decimals);
                column.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            }
        if (rows.Count > 0) SheetStyle.Borders(ws.Range(3, 1, last, columns.Count));
        ws.Range(2, 1, last, columns.Count).SetAutoFilter();
        for (var c = 0; c < columns.Count; c++) ws.Column(c + 1).Width = Math.Max(6, widths[c]);
        SheetStyle.Page(ws, headerRows: 2, frozenColumns: 1);
        // A wide table prints over several pages across, the name column repeated on each, rather than shrunk onto one:
        // about 170 character widths fit an A4 landscape page at a readable size.
        var pagesWide = (int)Math.Ceiling(widths.Sum(w => Math.Max(6, w)) / 170.0);
        if (pagesWide > 1)
        {
            ws.PageSetup.FitToPages(pagesWide, 0);
            ws.PageSetup.SetColumnsToRepeatAtLeft(1, 1);
            ws.Cell(1, 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;   // the title on the first page
        }
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
        lines.Add(("扣除沙尘日", result.Rows.Any(r => r.Assessment.DustApplied) ? "按沙尘日清单扣除（PM10、PM2.5 浓度及综合指数扣除；优良天数保留），各城市扣除天数见“扣沙天数”列" : "未扣沙：未提供沙尘日清单，扣除 0 天"));
        var excluded = result.Rows.Where(r => r.Level == NetworkLevel.City)
            .SelectMany(r => r.Assessment.ExcludedStations.Select(e => $"{e.Code} {e.Name}（{r.Name}）：{e.Reason}"))
            .Distinct(StringComparer.Ordinal).ToArray();
        if (excluded.Length > 0) lines.Add(("未计入城市均值的站点", string.Join("\n", excluded)));
        lines.Add(("数据源缺小时", "“数据源缺小时天数”为时段内无有效日值、且输入数据本身当日不足 20 个时次（缺文件或文件不完整）的天数，与城市站点自身缺测分开统计"));
        if (result.Groups.Count > 0)
            lines.Add(("城市组", $"各城市所属省份，及地级及以上城市（337）、168个重点城市、“2+26”/“2+36”、汾渭平原、长三角地区、珠三角地区等城市组"
                + $"（按 {result.Period.Start.Year} 年成员名单，名单及出处见 ranking_sets.csv）；城市组的各项浓度为成员城市未修约统计值的算术平均，"
                + "再按城市数值的规则修约（GB/T 8170）；优良天数比例为成员城市优良天数比例的平均；综合指数由城市组修约后的浓度计算；"
                + "排名在数据中的成员城市间进行，数值越小排名越前，数值相同者并列"
                + (result.Scope is { } scope ? $"；本表仅列出“{(scope.IsProvince ? scope.Name : scope.Title)}”的城市及站点，排名与其他城市组仍按全部城市计算" : "")));
        if (result.Base is { } b)
            lines.Add(("对比时段", $"{b.Label}（{b.Start:yyyy-MM-dd} 至 {b.End:yyyy-MM-dd}），同一标准版本；变化率=(本期−对比时段)/对比时段×100%，"
                + "按修约后的数值计算，保留1位小数，负值为改善；改善排名第1为改善幅度最大"));
        lines.Add(("空白单元格", $"有效天数不足，按 {StandardVersions.StatisticsTitle} 不能给出该项统计值；排名为空表示不属于该城市组或无数值"));
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
