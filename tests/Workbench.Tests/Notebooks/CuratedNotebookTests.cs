using System.Diagnostics;
using System.Text.Json.Nodes;
using Workbench.Air;
using Workbench.Air.Method;
using Workbench.Air.Compute;
using Workbench.Analysis;
using Workbench.Briefings;
using Workbench.Export;
using Workbench.Notebooks.Ipynb;
using Workbench.Notebooks.Running;
using Workbench.Periods;
using Workbench.Sample;
using Workbench.Standards;
using Workbench.Standards.Rounding;
using Workbench.Tests.Support;
using Workbench.Water.Compute;
using Xunit.Abstractions;

namespace Workbench.Tests.Notebooks;

/// <summary>
/// Runs every curated notebook once on the bundled sample (default parameters) and 01 once more for another city and
/// year; the tests share these runs. PNG figures are rendered when a browser is installed.
/// </summary>
public sealed class CuratedNotebookRuns : IAsyncLifetime
{
    public static readonly string[] Names =
    [
        "01-annual-review", "02-five-year-comparison", "03-trends-and-seasons", "04-city-ranking", "05-surface-water",
        "06-briefing-export", "07-data-quality",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("wb-curated-").FullName;

    public Dictionary<string, NotebookRunResult> Runs { get; } = new();
    public NotebookRunResult Nanzhou2024 { get; private set; } = null!;
    public Dictionary<string, TimeSpan> Timings { get; } = new();
    public bool HasBrowser { get; } = BrowserLocator.Find() is not null;

    /// <summary>The sample loaded through the library (not through a notebook), for the expected values.</summary>
    public AirDataSet Sample { get; private set; } = null!;

    public static string PathOf(string name) => Path.Combine(SharedData.RepoRoot, "notebooks", name + ".ipynb");

    public async Task InitializeAsync()
    {
        foreach (var name in Names)
            Runs[name] = await Run(name, new Dictionary<string, string>());
        Nanzhou2024 = await Run("01-annual-review", new Dictionary<string, string> { ["city"] = "南州", ["period"] = "2024" }, "01-nanzhou-2024");
        Sample = AirDataSet.Load([SampleData.EnsureDefault()]);
    }

    private async Task<NotebookRunResult> Run(string name, Dictionary<string, string> parameters, string? label = null)
    {
        var clock = Stopwatch.StartNew();
        var result = await NotebookRunner.RunAsync(PathOf(name), new NotebookRunOptions
        {
            Parameters = parameters, OutputPath = Path.Combine(_folder, (label ?? name) + ".ipynb"), RenderPng = HasBrowser,
        });
        Timings[label ?? name] = clock.Elapsed;
        return result;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

// Slow lane (README "Tests"): runs all seven curated notebooks once (about two minutes on 2 cores).
[Trait("Category", "Slow")]
[Collection("cli")]
public sealed class CuratedNotebookTests(CuratedNotebookRuns runs, ITestOutputHelper output) : IClassFixture<CuratedNotebookRuns>
{
    private static readonly AirSettings Settings = AirSettings.Default;

    // A cell that draws with the library's Figures.* (not BriefingFigures, which embeds PNGs in the workbook) or displays a figure.
    private static readonly System.Text.RegularExpressions.Regex FigureCall = new(@"(?<![A-Za-z])Figures\.|display\(f\)");

    public static TheoryData<string> Names => new(CuratedNotebookRuns.Names);

    [Theory(DisplayName = "Curated notebook runs on the sample without an error output")]
    [MemberData(nameof(Names))]
    public void RunsWithoutError(string name)
    {
        var result = runs.Runs[name];
        output.WriteLine($"{name}：{result.CodeCellsRun} 个代码单元格，{runs.Timings[name].TotalSeconds:F1} 秒");
        Assert.True(result.Succeeded, result.Failure?.Describe(name));
        var errors = result.Document.Cells.SelectMany(c => c.Outputs).Where(o => Type(o) == "error").ToList();
        Assert.Empty(errors);
        // Committed notebooks carry no outputs (the runner wrote its outputs to the copy).
        var committed = NotebookDocument.Load(CuratedNotebookRuns.PathOf(name));
        Assert.All(committed.Cells.Where(c => c.IsCode), c => { Assert.Empty(c.Outputs); Assert.Null(c.ExecutionCount); });
        Assert.Equal("parameters", Assert.Single(committed.Cells.First(c => c.IsCode).Tags));
    }

    [Theory(DisplayName = "Every figure cell of a curated notebook shows its figure as HTML (and PNG when a browser exists)")]
    [MemberData(nameof(Names))]
    public void FigureCellsShowFigures(string name)
    {
        var figureCells = runs.Runs[name].Document.Cells
            .Where(c => c.IsCode && FigureCall.IsMatch(c.Source)).ToList();
        if (name is "07-data-quality") { Assert.Empty(figureCells); return; }
        Assert.NotEmpty(figureCells);
        var count = 0;
        foreach (var cell in figureCells)
        {
            var figures = cell.Outputs.Where(o => PlainText(o).StartsWith("[图]", StringComparison.Ordinal)).ToList();
            Assert.True(figures.Count > 0, $"{name} 单元格 {cell.Id} 没有图表输出");
            foreach (var f in figures)
            {
                var data = (JsonObject)f["data"]!;
                var html = Join(data["text/html"]);
                Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
                Assert.Contains(System.Net.WebUtility.HtmlEncode(PlainText(f)["[图] ".Length..]), html, StringComparison.Ordinal);
                if (runs.HasBrowser) Assert.True(Join(data["image/png"]).Length > 10_000, $"{name} {PlainText(f)} 的 PNG 缺失或过小");
                count++;
            }
        }
        output.WriteLine($"{name}：{figureCells.Count} 个图表单元格，{count} 张图（PNG：{(runs.HasBrowser ? "有" : "无浏览器，未检查")}）");
    }

    [Fact(DisplayName = "01 executed stays within 8 MB although every figure output carries its own plotly.js")]
    public void AnnualReviewSizeBudget()
    {
        var result = runs.Runs["01-annual-review"];
        var size = new FileInfo(result.OutputPath).Length;
        var figures = result.Document.Cells.SelectMany(c => c.Outputs).Count(o => PlainText(o).StartsWith("[图]", StringComparison.Ordinal));
        output.WriteLine($"01：{size / 1e6:F2} MB，{figures} 张图（PNG：{(runs.HasBrowser ? "有" : "无")}）");
        Assert.Equal(4, figures);
        Assert.True(size <= 8_000_000, $"01 执行后 {size} 字节，超过 8 MB");
    }

    [Fact(DisplayName = "01 prints 东州 2025's PM2.5, composite index and good-day ratio as the library computes them")]
    public void AnnualReviewValues()
    {
        var r = Assess("东州", Period.Year(2025));
        var text = AllText(runs.Runs["01-annual-review"]);
        var line = $"东州2025年 PM2.5 平均浓度 {r.Indicators["PM2.5"]} 微克/立方米，综合指数 {r.Indicators["composite_index"]}，优良天数比例 {r.Indicators["good_ratio"]}%";
        output.WriteLine(line);
        Assert.Contains(line, text, StringComparison.Ordinal);
        Assert.Contains($"有效天数 {r.DayCounts.ValidDays} 天，优良天数 {r.DayCounts.GoodDays} 天", text, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "01 with city=南州 period=2024 gives 南州 2024's numbers and figures, not 东州's")]
    public void AnnualReviewForAnotherCityAndYear()
    {
        var result = runs.Nanzhou2024;
        Assert.True(result.Succeeded, result.Failure?.Describe("01 南州 2024"));
        var r = Assess("南州", Period.Year(2024));
        var d = Assess("东州", Period.Year(2025));
        var text = AllText(result);
        var line = $"南州2024年 PM2.5 平均浓度 {r.Indicators["PM2.5"]} 微克/立方米，综合指数 {r.Indicators["composite_index"]}";
        output.WriteLine(line + $"（东州2025年为 {d.Indicators["PM2.5"]}、{d.Indicators["composite_index"]}）");
        Assert.Contains(line, text, StringComparison.Ordinal);
        Assert.DoesNotContain("东州2025年 PM2.5", text, StringComparison.Ordinal);
        var titles = result.Document.Cells.SelectMany(c => c.Outputs).Select(PlainText).Where(t => t.StartsWith("[图]", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, t => Assert.DoesNotContain("东州", t, StringComparison.Ordinal));
        Assert.Contains(titles, t => t.Contains("南州2024年", StringComparison.Ordinal));
    }

    [Fact(DisplayName = "02 shows the planted 东州 2020 PM2.5 = 48 and the composite index under each GB 3095 version")]
    public void FiveYearComparisonValues()
    {
        var text = AllText(runs.Runs["02-five-year-comparison"]);
        var row = text.Split('\n').First(l => l.StartsWith("东州  2020年", StringComparison.Ordinal));
        Assert.Equal("48", row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[4]);
        Assert.Equal(48m, Assess("东州", Period.Year(2020)).Indicators["PM2.5"]);
        foreach (var s in new[] { AirQualityStandard.Gb3095_2012, AirQualityStandard.Gb3095_2026Transition, AirQualityStandard.Gb3095_2026Final })
        {
            var composite = Assess("东州", Period.Year(2025), s).Composite!.Total;
            output.WriteLine($"{s.ChineseTitle()}：综合指数 {composite}");
            Assert.Contains($"{s.ChineseTitle()}：综合指数 {composite}，", text, StringComparison.Ordinal);
        }
        var change = PeriodComparison.BaseYear(City("东州"), 2020, 2025, AirQualityStandard.Gb3095_2012, Settings, runs.Sample.Dust);
        Assert.Contains($"PM2.5 {change["PM2.5"].Text}", text, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "03 shows the Theil–Sen / Mann–Kendall verdict of 东州's annual PM2.5 as the library computes it")]
    public void TrendValues()
    {
        var annual = Enumerable.Range(2015, 11).Select(y => Assess("东州", Period.Year(y))).ToArray();
        var trend = Trend.OfAssessments(annual, "PM2.5");
        output.WriteLine($"PM2.5 2015—2025：{trend.Text}");
        Assert.True(trend.Significant);
        Assert.Contains(trend.Text, AllText(runs.Runs["03-trends-and-seasons"]), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "04 prints 东州's composite-index rank among the sample's cities as Ranking computes it")]
    public void RankingValues()
    {
        var results = runs.Sample.Cities().Select(c => Assess(c, Period.Year(2025))).ToArray();
        var ranking = Ranking.ByCompositeIndex(results, out _);
        var rank = ranking.First(e => e.Name == "东州").Rank;
        output.WriteLine($"东州 2025 综合指数排名 {rank}/{ranking.Count}");
        Assert.Contains($"东州综合指数排名：第 {rank} 位（共 {ranking.Count} 个城市）", AllText(runs.Runs["04-city-ranking"]), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "05 prints 东州 2025's water sentence (sections, attainment, Ⅰ–Ⅲ share, CWQI change) as the library computes it")]
    public void SurfaceWaterValues()
    {
        var folder = Path.Combine(Path.GetDirectoryName(SampleData.EnsureDefault())!, "water");
        var water = Workbench.Water.Import.WaterData.Load(folder);
        var result = WaterAssessment.Assess(water.Samples, water.Registry, Period.Year(2025), city: "东州");
        var area = result.Cities.Single(a => a.Name == "东州");
        var sentence = Workbench.Briefings.Statements.WaterStatements.Sections(area.Evaluation.SectionCount, area.TargetCount, area.AttainedCount,
            GbT8170.Round(area.Evaluation.ShareItoIIIPercent, 1), GbT8170.Round(area.Evaluation.ShareWorseThanVPercent, 1))!.Text
            + Workbench.Briefings.Statements.WaterStatements.Cwqi(area.Cwqi is { } q ? GbT8170.Round(q.Value, 2) : null,
                Headlines.CwqiChangeShown(area.CwqiChangePercent))!.Text;
        output.WriteLine(sentence);
        var text = AllText(runs.Runs["05-surface-water"]);
        Assert.Contains($"东州2025年：{result.Sections.Count} 个断面", text, StringComparison.Ordinal);
        Assert.Contains(sentence, text, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "06 writes the Excel briefing (all sheets) and the press figure package outside the repository")]
    public void BriefingExportFiles()
    {
        var text = AllText(runs.Runs["06-briefing-export"]);
        var written = text.Split('\n').First(l => l.StartsWith("已写入 ", StringComparison.Ordinal) && l.Contains(".xlsx", StringComparison.Ordinal));
        var path = written["已写入 ".Length..(written.IndexOf(".xlsx", StringComparison.Ordinal) + 5)];
        output.WriteLine(path);
        Assert.True(File.Exists(path), path);
        Assert.False(Path.GetFullPath(path).StartsWith(SharedData.RepoRoot, StringComparison.Ordinal), "简报不应写进仓库");
        // Sheet names from the package itself (opening it with ClosedXML would need libgdiplus for the pictures).
        using (var zip = System.IO.Compression.ZipFile.OpenRead(path))
        using (var reader = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open()))
        {
            var sheets = System.Text.RegularExpressions.Regex.Matches(reader.ReadToEnd(), "<(?:\\w+:)?sheet\\b[^>]*\\bname=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
            Assert.Equal(BriefingWorkbook.SheetNames, sheets.Where(n => n != BriefingWorkbook.FiguresName).ToArray());
            Assert.Contains(BriefingWorkbook.FiguresName, sheets);
        }
        var figures = Path.Combine(Path.GetDirectoryName(path)!, "figures");
        var htmlCount = Directory.GetFiles(figures, "*.html").Length;
        Assert.True(htmlCount >= 10, $"图表包只有 {htmlCount} 个 HTML");
        if (runs.HasBrowser) Assert.Equal(htmlCount, Directory.GetFiles(figures, "*.png").Length);
        var briefing = BriefingCompute.Compute(runs.Sample, BriefingInputs.Request(runs.Sample, [SampleData.EnsureDefault()], "东州", Period.Year(2025)));
        Assert.All(briefing.Headlines, h => Assert.Contains(h, text, StringComparison.Ordinal));
    }

    [Fact(DisplayName = "07 prints the import's quality summary and one coverage row per 东州 station")]
    public void DataQualityValues()
    {
        var text = AllText(runs.Runs["07-data-quality"]);
        Assert.Contains(runs.Sample.Quality.Summary(), text, StringComparison.Ordinal);
        var coverage = Workbench.Air.Compute.StationCoverage.Of(runs.Sample, "东州", Period.Year(2025), Settings);
        output.WriteLine($"东州 2025：{coverage.Count} 个站点，PM2.5 小时完整率 {string.Join(" ", coverage.Select(c => c.HourCompletenessPercent(Pollutant.PM2_5)))}");
        Assert.Contains($"东州2025年：{coverage.Count} 个站点（其中对照点 {coverage.Count(r => r.IsControl)} 个）", text, StringComparison.Ordinal);
    }

    private Workbench.Air.Results.CityDailyResult City(string city) => runs.Sample.CityDaily(city, Settings);

    private Workbench.Air.Results.AirAssessmentResult Assess(string city, Period period, AirQualityStandard? standard = null) =>
        AirAssessment.Assess(City(city), period, Settings, standard ?? StandardVersions.AirQualityInForce(period.End), runs.Sample.Dust);

    private static string Type(JsonObject o) => o["output_type"]?.GetValue<string>() ?? "";

    private static string PlainText(JsonObject o) => o["data"] is JsonObject d ? Join(d["text/plain"]) : "";

    private static string Join(JsonNode? node) => NotebookCell.JoinLines(node);

    // Printed text and the plain-text form of every displayed value, one string per notebook.
    private static string AllText(NotebookRunResult result) =>
        string.Join("\n", result.Document.Cells.SelectMany(c => c.Outputs)
            .Select(o => Type(o) == "stream" ? Join(o["text"]) : PlainText(o)));
}
