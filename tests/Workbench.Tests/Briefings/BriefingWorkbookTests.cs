using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Workbench.Briefings;
using Workbench.Sample;
using Workbench.Tests.Cli;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Briefings;

/// <summary>Runs `workbench brief --city 东州 --period 2020 --out …` once on the bundled sample.</summary>
public sealed class SampleBriefing : IDisposable
{
    public DirectoryInfo Folder { get; } = Directory.CreateTempSubdirectory("wb-brief-");
    public string Path { get; }
    public CliRunner.Result Run { get; }

    public SampleBriefing()
    {
        Path = System.IO.Path.Combine(Folder.FullName, "东州2020.xlsx");
        Run = CliRunner.Run("brief", "--city", "东州", "--period", "2020", "--out", Path);
    }

    public void Dispose() => Folder.Delete(true);
}

/// <summary>
/// The sample briefing read back: 概况 against values computed independently (the sample's planted facts, its targets
/// file, a plain-arithmetic annual mean of the 2019 CSV files, the composite index by hand from GB 3095-2012 limits),
/// the sentences against the cells, the package (charts, media, validator), and the safety rules.
/// </summary>
[Collection("cli")]
public class BriefingWorkbookTests(SampleBriefing brief, ITestOutputHelper output) : IClassFixture<SampleBriefing>
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private SheetReader Sheet(string name)
    {
        Assert.True(brief.Run.ExitCode == 0, brief.Run.Error + brief.Run.Out);
        return SheetReader.Open(brief.Path, name);
    }

    private static int RowOf(string key) =>
        OverviewSheet.FirstDataRow + OverviewSheet.Rows.ToList().FindIndex(r => r.Key == key);

    private static decimal? Cell(SheetReader ws, int row, int col) => ws.Number(row, col);

    private static IReadOnlyList<string> Sentences(SheetReader ws)
    {
        var list = new List<string>();
        for (var r = OverviewSheet.FirstHeadlineRow; ws.Text(r, 1).Length > 0; r++)
            list.Add(Regex.Replace(ws.Text(r, 1), @"^\d+\. ", ""));
        return list;
    }

    /// <summary>The first sentence containing <paramref name="marker"/> (the catalogue's kinds each have their own wording).</summary>
    private static string Having(IReadOnlyList<string> sentences, string marker) =>
        sentences.FirstOrDefault(x => x.Contains(marker, StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException($"没有含“{marker}”的句子");

    [Fact]
    public void TheWorkbookHasTheSheetsOfTheIssue()
    {
        Assert.True(brief.Run.ExitCode == 0, brief.Run.Error);
        var names = SheetReader.SheetNames(brief.Path);
        output.WriteLine(string.Join(" ", names));
        Assert.Equal([.. BriefingWorkbook.SheetNames, BriefingWorkbook.FiguresName], names);
        Assert.Equal(["概况", "六项污染物", "优良天数", "空气质量日历", "城市排名", "月度趋势", "五年对比", "水质断面", "方法说明"], BriefingWorkbook.SheetNames);
    }

    [Fact(DisplayName = "概况 PM2.5 2020 = planted 48, valid days = planted 364, target 50 from targets.csv → gap −2")]
    public void OverviewMatchesThePlantedFacts()
    {
        var ws = Sheet(OverviewSheet.Name);
        var facts = File.ReadAllLines(System.IO.Path.Combine(SharedData.RepoRoot, "data", "sample", "planted_facts.csv"))
            .Select(l => l.Split(',')).Where(f => f[1] == "东州" && f[2] == "2020").ToDictionary(f => f[0], f => f[4]);
        Assert.Equal(decimal.Parse(facts["a-年均PM2.5"], Inv), Cell(ws, RowOf("PM2.5"), 3));
        Assert.Equal(decimal.Parse(facts["a-有效天数"], Inv), Cell(ws, RowOf("valid_days"), 3));
        // data/sample/targets.csv: 东州,PM2.5,2020,50 and 东州,优良天数比例,2020,70.0.
        Assert.Equal(50m, Cell(ws, RowOf("PM2.5"), 6));
        Assert.Equal(-2m, Cell(ws, RowOf("PM2.5"), 7));
        Assert.Equal(70.0m, Cell(ws, RowOf("good_ratio"), 6));
        Assert.Equal(Cell(ws, RowOf("good_ratio"), 3) - 70.0m, Cell(ws, RowOf("good_ratio"), 7));
        Assert.Contains("PM2.5浓度48微克/立方米，同比下降", Having(Sentences(ws), "二氧化硫浓度"));
        Assert.Contains("较省定目标（50）低2微克/立方米", Having(Sentences(ws), "二氧化硫浓度"));
    }

    [Fact(DisplayName = "概况 PM2.5 去年同期 = the 2019 annual mean of the sample CSV by plain arithmetic; change and sentence follow")]
    public void LastYearPm25IsThePlainArithmeticMeanOfTheFiles()
    {
        var expected2019 = PlainAnnualPm25("东州", 2019);
        var ws = Sheet(OverviewSheet.Name);
        var current = Cell(ws, RowOf("PM2.5"), 3)!.Value;
        var lastYear = Cell(ws, RowOf("PM2.5"), 4)!.Value;
        output.WriteLine($"2019 PM2.5 by plain arithmetic: {expected2019.Raw:F4} → {expected2019.Rounded}; workbook: {lastYear}");
        Assert.Equal(expected2019.Rounded, lastYear);
        var change = Math.Round((current - lastYear) / lastYear * 100m, 1, MidpointRounding.ToEven);
        Assert.Equal(change, Cell(ws, RowOf("PM2.5"), 5));
        var word = change < 0 ? "下降" : change > 0 ? "上升" : "持平";
        var expected = change == 0 ? $"PM2.5浓度{current:F0}微克/立方米，同比持平"
            : $"PM2.5浓度{current:F0}微克/立方米，同比{word}{Math.Abs(change).ToString("F1", Inv)}%";
        Assert.StartsWith(expected, Having(Sentences(ws), "二氧化硫浓度"));
    }

    [Fact(DisplayName = "概况 composite index = Σ round2(C_i/S_i) with GB 3095-2012 limits, from the cells")]
    public void CompositeIndexByHand()
    {
        var ws = Sheet(OverviewSheet.Name);
        (string Key, decimal Limit)[] limits = [("SO2", 60), ("NO2", 40), ("PM10", 70), ("PM2.5", 35), ("CO_P95", 4), ("O3_8h_P90", 160)];
        var sum = limits.Sum(l => Math.Round(Cell(ws, RowOf(l.Key), 3)!.Value / l.Limit, 2, MidpointRounding.ToEven));
        output.WriteLine($"composite by hand {sum}");
        Assert.Equal(sum, Cell(ws, RowOf("composite_index"), 3));
        foreach (var (key, limit) in limits) Assert.Equal(limit, Cell(ws, RowOf(key), 8));
    }

    [Fact(DisplayName = "Every number in the sentences is the number in 概况 and 五年对比")]
    public void SentencesMatchTheCells()
    {
        var ws = Sheet(OverviewSheet.Name);
        var s = Sentences(ws);
        foreach (var l in s) output.WriteLine(l);
        (string Key, string Name, string Unit, string Format)[] pollutants =
        [
            ("PM2.5", "PM2.5", "微克/立方米", "F0"), ("PM10", "PM10", "微克/立方米", "F0"), ("SO2", "二氧化硫", "微克/立方米", "F0"),
            ("NO2", "二氧化氮", "微克/立方米", "F0"), ("CO_P95", "一氧化碳", "毫克/立方米", "F1"), ("O3_8h_P90", "臭氧", "微克/立方米", "F0"),
        ];
        static string Dir(decimal c, string unit) => c == 0 ? "持平" : (c < 0 ? "下降" : "上升") + Math.Abs(c).ToString("F1", Inv) + unit;
        var ups = 0; var downs = 0;
        foreach (var (key, name, unit, format) in pollutants)
        {
            var value = Cell(ws, RowOf(key), 3)!.Value;
            var change = Cell(ws, RowOf(key), 5)!.Value;
            if (change < 0) downs++; else if (change > 0) ups++;
            Assert.Contains($"{name}浓度{value.ToString(format, Inv)}{unit}，同比{Dir(change, "%")}", Having(s, "二氧化硫浓度"));
        }
        var ci = Cell(ws, RowOf("composite_index"), 3)!.Value;
        var cc = Cell(ws, RowOf("composite_index"), 5)!.Value;
        if (cc < 0) downs++; else if (cc > 0) ups++;
        Assert.Contains($"综合指数{ci:F2}，同比{Dir(cc, "%")}", s[0]);
        Assert.StartsWith($"优良天数{Cell(ws, RowOf("good_days"), 3):F0}天", Having(s, "优良天数比例"));
        Assert.Contains($"优良天数比例{Cell(ws, RowOf("good_ratio"), 3)!.Value.ToString("F1", Inv)}%，同比{Dir(Cell(ws, RowOf("good_ratio"), 5)!.Value, "个百分点")}", Having(s, "优良天数比例"));
        Assert.StartsWith($"重污染天数{Cell(ws, RowOf("heavy_days"), 3):F0}天", Having(s, "重污染天数" + $"{Cell(ws, RowOf("heavy_days"), 3):F0}天"));
        // The rises and falls count the six pollutants and the index (as here) plus heavy and good days.
        var heavy = Cell(ws, RowOf("heavy_days"), 5)!.Value;
        var good = Cell(ws, RowOf("good_days"), 5)!.Value;
        foreach (var c in new[] { heavy, good }) { if (c < 0) downs++; else if (c > 0) ups++; }
        Assert.Contains($"“{Headlines.ChineseCount(downs)}降" + (ups > 0 ? $"{Headlines.ChineseCount(ups)}增" : ""), Having(s, "综合指数、重污染天数和优良天数同比"));

        // Five-year: 2015 vs 2020 under one standard; the change row of 五年对比 is what the sentence says.
        var five = Sheet(TrendSheets.FiveYearName);
        var changeRow = five.Rows().First(r => five.Text(r, 1) == "与2015年相比");
        Assert.Equal("2015年", five.Text(4, 1));
        Assert.Equal("2020年", five.Text(changeRow - 1, 1));
        var pm25 = five.Number(changeRow, 2)!.Value;
        var base2015 = five.Number(4, 2)!.Value;
        Assert.Equal(Math.Round((Cell(ws, RowOf("PM2.5"), 3)!.Value - base2015) / base2015 * 100m, 1, MidpointRounding.ToEven), pm25);
        Assert.StartsWith($"与2015年相比，PM2.5浓度{Dir(pm25, "%")}", Having(s, "与2015年相比"));
    }

    [Fact]
    public void RankingHighlightsTheOwnCityAndRanksAscending()
    {
        var ws = Sheet(RankingSheet.Name);
        var rows = Enumerable.Range(4, 5).Select(r => (Rank: ws.Number(r, 1), City: ws.Text(r, 2), Index: ws.Number(r, 3)!.Value, Row: r)).ToArray();
        foreach (var r in rows) output.WriteLine($"{r.Rank} {r.City} {r.Index}");
        Assert.Equal(["东州", "中州", "北州", "南州", "西州"], rows.Select(r => r.City).Order(StringComparer.Ordinal));
        Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.Index <= p.Second.Index));
        var own = rows.Single(r => r.City == "东州");
        Assert.Equal("FFFFF2CC", ws.FillRgb(own.Row, 2));
        Assert.NotEqual("FFFFF2CC", ws.FillRgb(rows.First(r => r.City != "东州").Row, 2));
        Assert.Equal(own.Index, Cell(Sheet(OverviewSheet.Name), RowOf("composite_index"), 3));
    }

    [Fact]
    public void WaterSheetShowsTheFourSectionsOfDongzhou()
    {
        var ws = Sheet(WaterSheet.Name);
        var names = Enumerable.Range(3, 4).Select(r => ws.Text(r, 1)).ToArray();
        Assert.Equal(["东河上游", "东河出境", "清水河入境", "东州水库"], names);
        for (var r = 3; r <= 6; r++)
        {
            Assert.Matches("^(Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|劣Ⅴ)类$", ws.Text(r, 4));
            Assert.Contains(ws.Text(r, 6), new[] { "达标", "未达标" });
        }
    }

    [Fact(DisplayName = "Package: ≥ 2 native charts in xl/charts/, pictures in xl/media/, no Open XML validator errors")]
    public void PackageHasChartsPicturesAndValidates()
    {
        Assert.True(brief.Run.ExitCode == 0, brief.Run.Error);
        using (var zip = ZipFile.OpenRead(brief.Path))
        {
            var charts = zip.Entries.Where(e => Regex.IsMatch(e.FullName, @"^xl/charts/chart\d+\.xml$")).ToArray();
            var media = zip.Entries.Where(e => e.FullName.StartsWith("xl/media/", StringComparison.Ordinal)).ToArray();
            output.WriteLine($"charts: {string.Join(" ", charts.Select(e => e.FullName))}; media: {string.Join(" ", media.Select(e => e.FullName))}");
            Assert.True(charts.Length >= 2);
            Assert.NotEmpty(media);
            Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("xl/drawings/charts/", StringComparison.Ordinal));
        }
        using var doc = SpreadsheetDocument.Open(brief.Path, false);
        var errors = new OpenXmlValidator().Validate(doc).ToArray();
        foreach (var e in errors.Take(20)) output.WriteLine($"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
        var lineCharts = doc.WorkbookPart!.WorksheetParts.SelectMany(w => w.DrawingsPart?.ChartParts ?? []).ToArray();
        Assert.Equal(2, lineCharts.Length);
        Assert.Single(lineCharts, c => c.ChartSpace.Descendants<DocumentFormat.OpenXml.Drawing.Charts.LineChart>().Any());
        Assert.Single(lineCharts, c => c.ChartSpace.Descendants<DocumentFormat.OpenXml.Drawing.Charts.BarChart>().Any());

        // Print setup and frozen headers of 概况: A4 (paper size 9) landscape, one page wide, frozen below the header rows.
        var sheet = doc.WorkbookPart.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First(x => x.Name == OverviewSheet.Name);
        var ws = ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
        var setup = ws.Descendants<DocumentFormat.OpenXml.Spreadsheet.PageSetup>().Single();
        Assert.Equal(9u, setup.PaperSize!.Value);
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(1u, setup.FitToWidth?.Value ?? 1u);   // 1 is the default and may be left out
        Assert.Equal(0u, setup.FitToHeight!.Value);
        Assert.True(ws.Descendants<DocumentFormat.OpenXml.Spreadsheet.PageSetupProperties>().Single().FitToPage!.Value);
        var pane = ws.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().Single();
        Assert.Equal(4d, pane.VerticalSplit!.Value);
        Assert.Contains(pane.State!.Value, new[] { DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen, DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.FrozenSplit });
    }

    [Fact(DisplayName = "A month briefing: 北州 2018-12 heavy days = planted 5 in 概况, in the sentence and in 优良天数")]
    public void MonthBriefingHasThePlantedHeavyDays()
    {
        var path = System.IO.Path.Combine(brief.Folder.FullName, "北州201812.xlsx");
        var run = CliRunner.Run("brief", "--city", "北州", "--period", "2018-12", "--out", path);
        Assert.True(run.ExitCode == 0, run.Error);
        var planted = File.ReadAllLines(System.IO.Path.Combine(SharedData.RepoRoot, "data", "sample", "planted_facts.csv"))
            .Select(l => l.Split(',')).Single(f => f[0] == "b-重污染天数");
        Assert.Equal(("北州", "2018-12"), (planted[1], planted[2]));
        var expected = decimal.Parse(planted[4], Inv);
        var ws = SheetReader.Open(path, OverviewSheet.Name);
        Assert.Equal(expected, ws.Number(RowOf("heavy_days"), 3));
        Assert.Equal(31m, ws.Number(RowOf("valid_days"), 3));   // "no missing day that month"
        var sentences = Sentences(ws);
        foreach (var l in sentences) output.WriteLine(l);
        Assert.StartsWith("2018年12月，北州", sentences[0]);
        Assert.StartsWith($"重污染天数{expected:F0}天", Having(sentences, "重污染天数"));
        Assert.StartsWith("与2015年12月相比", Having(sentences, "与2015年12月相比"));
        // 优良天数: one month row and the period row, both with 5 heavy days (levels 5 + 6).
        var days = SheetReader.Open(path, MonthlySheets.GoodDaysName);
        Assert.Equal("2018年12月", days.Text(4, 1));
        Assert.Equal(expected, days.Number(4, 7));
        Assert.Equal(expected, days.Number(4, 12) + days.Number(4, 13));
    }

    [Fact(DisplayName = "First year of the data (2015): no 同比 for day counts against an empty year, no invented change")]
    public void FirstYearHasNoYearOnYearChange()
    {
        var path = System.IO.Path.Combine(brief.Folder.FullName, "中州2015.xlsx");
        var run = CliRunner.Run("brief", "--city", "中州", "--period", "2015", "--out", path);
        Assert.True(run.ExitCode == 0, run.Error);
        var ws = SheetReader.Open(path, OverviewSheet.Name);
        foreach (var key in new[] { "PM2.5", "good_days", "good_ratio", "heavy_days", "composite_index" })
        {
            Assert.Null(ws.Number(RowOf(key), 4));
            Assert.Null(ws.Number(RowOf(key), 5));
        }
        var sentences = Sentences(ws);
        foreach (var l in sentences) output.WriteLine(l);
        Assert.Contains("PM2.5浓度", Having(sentences, "二氧化硫浓度"));
        Assert.Contains("去年同期无可比数据", Having(sentences, "二氧化硫浓度"));
        Assert.DoesNotContain("同比", Having(sentences, "优良天数比例"));
    }

    [Fact]
    public void AnExistingOutIsReplacedOnlyWithForce()
    {
        Assert.True(brief.Run.ExitCode == 0, brief.Run.Error);
        var before = File.GetLastWriteTimeUtc(brief.Path);
        var again = CliRunner.Run("brief", "--city", "东州", "--period", "2020", "--out", brief.Path);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("已存在", again.Error);
        Assert.Contains("--force", again.Error);
        Assert.Equal(before, File.GetLastWriteTimeUtc(brief.Path));
        Assert.Empty(Directory.GetFiles(brief.Folder.FullName, "*.tmp"));
    }

    /// <summary>
    /// Annual PM2.5 of a sample city by plain arithmetic on the china_sites files: hours 0–23 of the file date, a
    /// station-day needs ≥ 20 hours, the city day is the mean of its valid non-control stations, the year the mean of
    /// the city days, rounded half-even to an integer.
    /// </summary>
    private static (double Raw, decimal Rounded) PlainAnnualPm25(string city, int year)
    {
        var stations = File.ReadAllLines(System.IO.Path.Combine(SharedData.RepoRoot, "data", "sample", "stations.csv")).Skip(1)
            .Select(l => l.Split(',')).Where(f => f[2] == city && f[7] == "否").Select(f => f[0]).ToHashSet();
        var folder = SampleData.EnsureDefault();
        var days = new List<double>();
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
        {
            var file = System.IO.Path.Combine(folder, $"china_sites_{d:yyyyMMdd}.csv");
            if (!File.Exists(file)) continue;
            var lines = File.ReadAllText(file).Replace("\r", "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var header = lines[0].Split(',');
            var sums = new Dictionary<string, (double Sum, int N)>();
            foreach (var line in lines.Skip(1))
            {
                var f = line.Split(',');
                if (f.Length < 3 || f[2] != "PM2.5") continue;
                for (var i = 3; i < f.Length && i < header.Length; i++)
                    if (stations.Contains(header[i]) && f[i].Length > 0)
                    {
                        var (s, n) = sums.GetValueOrDefault(header[i]);
                        sums[header[i]] = (s + double.Parse(f[i], Inv), n + 1);
                    }
            }
            var valid = sums.Values.Where(v => v.N >= 20).Select(v => v.Sum / v.N).ToArray();
            if (valid.Length > 0) days.Add(valid.Average());
        }
        var raw = days.Average();
        return (raw, Math.Round((decimal)raw, 0, MidpointRounding.ToEven));
    }
}
