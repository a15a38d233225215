using System.IO.Compression;
using ClosedXML.Excel;
using Workbench.Air;
using Workbench.Air.Method;
using Workbench.Briefings;
using Workbench.Periods;
using Workbench.Sample.National;
using Workbench.Scale;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Briefings;

/// <summary>
/// The all-city table as a workbook (`air assess --all-cities --out x.xlsx`): Chinese headers with units, the very values
/// of the table at reported precision, blanks where the table has none, and headers printed on every page. Generated
/// national data, 150 real stations, January 2019.
/// </summary>
// Slow lane (README "Tests"): all-city workbooks of generated national data.
[Trait("Category", "Slow")]
public sealed class NetworkWorkbookTests(ITestOutputHelper output) : IDisposable
{
    private const string StationList = "stations/cnemc_station_list_2020-01-01.csv";
    private readonly string _temp = Directory.CreateTempSubdirectory("wb-network-xlsx-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private (NetworkAssessmentResult Result, string Path) Build()
    {
        var sample = NationalSampleGenerator.Generate(new NationalSampleOptions(SharedData.PathOf(StationList),
            new DateOnly(2019, 1, 1), new DateOnly(2019, 1, 31), Path.Combine(_temp, "feed"), StationLimit: 150));
        var result = NetworkAssessment.Assess(AirDataSet.Load([sample.Folder], sample.StationsPath), Period.Month(2019, 1), AirSettings.Default);
        var path = Path.Combine(_temp, "全国城市评价.xlsx");
        NetworkWorkbook.Save(result, path);
        return (result, path);
    }

    [SharedDataFact(StationList)]
    public void Every_value_of_the_table_is_in_the_workbook_under_a_chinese_header()
    {
        var (result, path) = Build();
        using var wb = new XLWorkbook(path);
        Assert.Equal(["城市", "城市组", "站点", "说明"], wb.Worksheets.Select(w => w.Name));

        var cities = result.Rows.Where(r => r.Level == NetworkLevel.City).ToArray();
        var stations = result.Rows.Where(r => r.Level == NetworkLevel.Station).ToArray();
        Assert.True(cities.Length >= 20 && stations.Length >= 140, $"{cities.Length} 城市、{stations.Length} 站点");
        var expectedHeaders = new[] { "PM2.5浓度(微克/立方米)", "PM10浓度(微克/立方米)", "SO₂浓度(微克/立方米)", "NO₂浓度(微克/立方米)",
            "CO第95百分位数浓度(毫克/立方米)", "O₃-8h第90百分位数浓度(微克/立方米)", "综合指数", "有效天数(天)", "优良天数(天)",
            "优良天数比例(%)", "重污染天数(天)" };
        var filled = 0;
        foreach (var (sheet, rows, leading) in new[] { ("城市", cities, new[] { "城市", "站点数" }), ("站点", stations, new[] { "站点编码", "所属城市" }) })
        {
            var ws = wb.Worksheet(sheet);
            Assert.Equal(leading.Concat(expectedHeaders), Enumerable.Range(1, 13).Select(c => ws.Cell(2, c).GetString()));
            for (var i = 0; i < rows.Length; i++)
            {
                var row = ws.Row(3 + i);
                Assert.Equal(rows[i].Name, row.Cell(1).GetString());
                if (sheet == "城市") Assert.Equal(rows[i].Assessment.Stations.Count, row.Cell(2).GetValue<int>());
                else Assert.Equal(rows[i].City, row.Cell(2).GetString());
                var indicators = rows[i].Assessment.Indicators;
                for (var k = 0; k < NetworkWorkbook.ColumnsFor(AirSettings.Default).Count; k++)
                {
                    var cell = row.Cell(3 + k);
                    var (key, _, decimals) = NetworkWorkbook.ColumnsFor(AirSettings.Default)[k];
                    Assert.Equal(decimals == 0 ? "0" : "0." + new string('0', decimals), cell.Style.NumberFormat.Format);
                    if (indicators[key] is { } v) { Assert.Equal(v, cell.GetValue<decimal>()); filled++; }
                    else Assert.True(cell.IsEmpty(), $"{sheet} {rows[i].Name} {key} 应为空");
                }
            }
            Assert.True(ws.Row(3 + rows.Length).IsEmpty());
        }
        Assert.True(filled > 1000, $"只有 {filled} 个数值");
        // The decimals are those of the report: CO one, the composite index two, the good-day ratio one.
        Assert.Equal([1, 2, 1], new[] { "CO_P95", "composite_index", "good_ratio" }.Select(k => NetworkWorkbook.ColumnsFor(AirSettings.Default).Single(c => c.Key == k).Decimals));

        var method = wb.Worksheet("说明");
        var text = string.Join("\n", method.RangeUsed()!.Rows().Select(r => r.Cell(1).GetString() + "：" + r.Cell(2).GetString()));
        output.WriteLine(text);
        Assert.Contains("GB 3095-2012 二级标准；日AQI按 HJ 633-2012", text, StringComparison.Ordinal);
        Assert.Contains($"{cities.Length} 个城市、{stations.Length} 个站点", text, StringComparison.Ordinal);
        Assert.Contains("各站小时值先平均为城市小时值，再求日均值、MDA8 等，不含对照点", text, StringComparison.Ordinal);
        Assert.Contains("2019年1月", text, StringComparison.Ordinal);
    }

    [SofficeFact]
    public void Printed_pages_each_carry_the_header_row()
    {
        var (_, path) = Build();
        using (var zip = ZipFile.OpenRead(path))
        using (var reader = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open()))
        {
            var workbook = reader.ReadToEnd();
            Assert.Contains("城市!$1:$2<", workbook, StringComparison.Ordinal);   // with 城市!$A:$A before it when the sheet prints over several pages across
            Assert.Contains("站点!$1:$2<", workbook, StringComparison.Ordinal);
        }
        var pdf = LibreOffice.ToPdf(path, _temp, output);
        if (LibreOffice.PdfPages(pdf) is not { } pages) { output.WriteLine("未安装 pdftotext，跳过逐页检查"); return; }
        // Station pages: the rows are station codes ("1001A"); each such page starts with the headers. City pages (header
        // 未计入站点) and the 说明 page (未计入城市均值的站点) name control stations too.
        var stationPages = pages.Where(p => System.Text.RegularExpressions.Regex.IsMatch(p, @"\b\d{4}A\b")
                                            && !p.Contains("未计入", StringComparison.Ordinal)).ToArray();
        output.WriteLine($"PDF {pages.Length} 页，站点表 {stationPages.Length} 页");
        Assert.True(stationPages.Length >= 2, $"站点表只有 {stationPages.Length} 页：测试需要跨页");
        Assert.All(stationPages, p => Assert.Contains("站点编码", p, StringComparison.Ordinal));
        Assert.DoesNotContain(pages, p => p.Contains("###", StringComparison.Ordinal));
    }
}
