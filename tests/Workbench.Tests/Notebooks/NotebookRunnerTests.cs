using System.Text.Json;
using Workbench.Charts;
using Workbench.Notebooks.Execution;
using Workbench.Notebooks.Ipynb;
using Workbench.Notebooks.Running;
using Workbench.Tests.Export;

namespace Workbench.Tests.Notebooks;

/// <summary>The headless runner on a small notebook: parameters, outputs written back, failures named, the report.</summary>
public sealed class NotebookRunnerTests : IDisposable
{
    private static readonly string Smoke = Path.Combine(AppContext.BaseDirectory, "Notebooks", "Fixtures", "runner-smoke.ipynb");
    private readonly string _folder = Directory.CreateTempSubdirectory("wb-nb-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<NotebookRunResult> RunSmoke(Dictionary<string, string> parameters, string? html = null) =>
        NotebookRunner.RunAsync(Smoke, new NotebookRunOptions
        {
            Parameters = parameters, OutputPath = Path.Combine(_folder, "out.ipynb"), HtmlReportPath = html, RenderPng = false,
        });

    [Fact(DisplayName = "Parameters are injected after the parameters cell with their declared types")]
    public async Task ParametersInjected()
    {
        var result = await RunSmoke(new() { ["city"] = "南州", ["year"] = "2024" });
        Assert.True(result.Succeeded);
        var cells = result.Document.Cells;
        var injected = cells.Single(c => c.Tags.Contains("injected-parameters"));
        Assert.Equal(cells.ToList().FindIndex(c => c.Tags.Contains("parameters")) + 1, cells.ToList().IndexOf(injected));
        Assert.Contains("string city = \"南州\";", injected.Source);
        Assert.Contains("int year = 2024;", injected.Source);
        var printed = cells.SelectMany(c => c.Outputs).Where(o => (string?)o["output_type"] == "stream")
            .Select(o => string.Concat(o["text"]!.AsArray().Select(l => (string?)l))).First();
        Assert.Equal("城市：南州，年份：2024\n", printed);
        // year * factor = 2024 × 1.5 (factor keeps its default).
        var value = cells.SelectMany(c => c.Outputs).First(o => (string?)o["output_type"] == "execute_result");
        Assert.Equal("3036", string.Concat(value["data"]!["text/plain"]!.AsArray().Select(l => (string?)l)));
    }

    [Fact(DisplayName = "The executed notebook is valid nbformat 4.5: ids, counts, outputs in the schema's shapes")]
    public async Task WrittenNotebookIsValid()
    {
        var result = await RunSmoke([]);
        using var json = JsonDocument.Parse(File.ReadAllText(result.OutputPath));
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("nbformat").GetInt32());
        Assert.Equal(5, root.GetProperty("nbformat_minor").GetInt32());
        Assert.Equal("workbench-csharp", root.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString());
        // The language_info the kernel reports, so Jupyter does not mark the copy changed on opening.
        Assert.Equal("""{"name":"csharp","version":"14.0","mimetype":"text/x-csharp","file_extension":".cs","pygments_lexer":"csharp"}""",
            root.GetProperty("metadata").GetProperty("language_info").GetRawText().Replace("\n", "").Replace(" ", ""));
        var counts = new List<int>();
        foreach (var cell in root.GetProperty("cells").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(cell.GetProperty("id").GetString()));
            if (cell.GetProperty("cell_type").GetString() != "code") continue;
            counts.Add(cell.GetProperty("execution_count").GetInt32());
            foreach (var output in cell.GetProperty("outputs").EnumerateArray())
                Assert.Contains(output.GetProperty("output_type").GetString(), new[] { "stream", "display_data", "execute_result", "error" });
        }
        Assert.Equal([1, 2, 3], counts);
        var table = root.GetProperty("cells").EnumerateArray().SelectMany(c => c.TryGetProperty("outputs", out var o) ? o.EnumerateArray() : [])
            .FirstOrDefault(o => o.GetProperty("output_type").GetString() == "display_data");
        Assert.True(table.ValueKind == JsonValueKind.Object, "no display_data in " + File.ReadAllText(result.OutputPath));
        var html = string.Concat(table.GetProperty("data").GetProperty("text/html").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains("<th>PM2.5</th>", html);
        Assert.Contains("<td class=\"n\">35.25</td>", html);
    }

    [Fact(DisplayName = "An unknown parameter or a value of the wrong type is refused before anything runs")]
    public async Task BadParameters()
    {
        var unknown = await Assert.ThrowsAsync<ArgumentException>(() => RunSmoke(new() { ["cty"] = "南州" }));
        Assert.Contains("没有名为 “cty” 的参数", unknown.Message);
        Assert.Contains("city、year、factor", unknown.Message);
        var wrongType = await Assert.ThrowsAsync<ArgumentException>(() => RunSmoke(new() { ["year"] = "二〇二四" }));
        Assert.Contains("参数 year 应为 int 类型", wrongType.Message);
        Assert.False(File.Exists(Path.Combine(_folder, "out.ipynb")));
    }

    [Fact(DisplayName = "A failing cell is named, stops the run, and later cells keep no stale outputs")]
    public async Task FailureNamed()
    {
        var document = NotebookDocument.Load(Smoke);
        document.Cells[2].Source = "#!csharp\nvar total = 1 / int.Parse(\"0\");";
        document.Cells[^1].AddStream("stdout", "上次运行的旧输出\n");
        var path = Path.Combine(_folder, "failing.ipynb");
        document.Save(path);
        var result = await NotebookRunner.RunAsync(path, new NotebookRunOptions { RenderPng = false });
        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Failure!.CodeCellNumber);
        Assert.Equal("DivideByZeroException", result.Failure.Error.Name);
        Assert.Contains("第 2 个代码单元格", result.Failure.Describe("failing.ipynb"));
        var reread = NotebookDocument.Load(path);
        Assert.Equal("error", (string?)reread.Cells[2].Outputs.Single()["output_type"]);
        Assert.Empty(reread.Cells[^1].Outputs);
        Assert.Null(reread.Cells[^1].ExecutionCount);
    }

    [Fact(DisplayName = "The HTML report has the markdown, the code, the printed text and the table")]
    public async Task HtmlReport()
    {
        var html = Path.Combine(_folder, "report.html");
        await RunSmoke(new() { ["city"] = "北州" }, html);
        var page = File.ReadAllText(html);
        Assert.Contains("<h1", page);
        Assert.Contains("运行器自检", page);
        Assert.Contains("城市：北州，年份：2020", page);
        Assert.Contains("<th>城市</th>", page);
        Assert.Contains("In [4]:", page);
    }

    [BrowserFact(DisplayName = "Every figure output carries its own deflated plotly.js, sizes to its container and keeps its PNG inside")]
    public async Task FigureOutput()
    {
        await using var session = NotebookSession.Create();
        var figure = new FigureBuilder().Trace("bar", FigureBuilder.Map(("x", new[] { "东州", "西州" }), ("y", new[] { 48.0, 35.0 })))
            .Build("test", "PM2.5 年均浓度", "数据来源：测试");
        var first = session.Renderer.Render(figure)!;
        var second = session.Renderer.Render(figure)!;
        Assert.Equal("[图] PM2.5 年均浓度", first.PlainText);
        var png = Convert.FromBase64String(first.Data["image/png"]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.True(png.Length > 10_000, $"PNG of {png.Length} bytes");
        // Both outputs, not only the session's first: a saved notebook keeps whichever outputs were re-run last.
        foreach (var html in new[] { first.Data["text/html"], second.Data["text/html"] })
        {
            var copy = System.Text.RegularExpressions.Regex.Match(html, "<script type=\"text/x-workbench-plotly-deflate\" id=\"[^\"]+\">([^<]+)</script>");
            Assert.True(copy.Success, "no plotly.js copy in the figure output");
            using var unpacked = new System.IO.Compression.ZLibStream(new MemoryStream(Convert.FromBase64String(copy.Groups[1].Value)),
                System.IO.Compression.CompressionMode.Decompress);
            Assert.Equal(FigureHtml.PlotlyJs, new StreamReader(unpacked).ReadToEnd());
            Assert.DoesNotContain(FigureHtml.PlotlyJs[..200], html);
            Assert.Contains("style=\"width:100%;max-width:1280px;aspect-ratio:1280/720;min-height:360px\"", html);
            Assert.DoesNotMatch("(?<![-a-z])width:1280px", html);
            Assert.Contains("responsive:true", html);
            Assert.Contains("newPlot", html);
        }
        Assert.Contains("style=\"width:100%;height:auto\" src=\"data:image/png;base64," + first.Data["image/png"][..100], first.Data["text/html"]);
        // The press export keeps its fixed size.
        Assert.Contains("\"width\":1280", figure.ToJson());
        Assert.Contains("\"height\":720", figure.ToJson());
    }

    [Trait("Category", "Slow")]
    [BrowserFact(DisplayName = "The HTML report loads plotly.js once and draws each figure at the column's width (1100 px) at a 1280 px window, no horizontal scroll")]
    public async Task HtmlReportFigureWidth()
    {
        await using var session = NotebookSession.Create(new NotebookSessionOptions { RenderPng = false });
        var figure = new FigureBuilder().Trace("bar", FigureBuilder.Map(("x", new[] { "2021年", "2022年", "2023年", "2024年", "2025年" }),
                ("y", new[] { 48.0, 44.0, 41.0, 38.0, 35.0 })))
            .Reference(new ReferenceLine(35, "二级浓度限值 35", HouseStyle.LimitColour))
            .Build("test", "PM2.5 年均浓度", "数据来源：测试");
        var document = NotebookDocument.Parse("""
            {"cells":[{"cell_type":"code","execution_count":1,"id":"a1","metadata":{},"outputs":[],"source":["Figures.AnnualValues(...)"]},
                      {"cell_type":"code","execution_count":2,"id":"a2","metadata":{},"outputs":[],"source":["display(f)"]}],
             "metadata":{},"nbformat":4,"nbformat_minor":5}
            """);
        document.Cells[0].AddDisplay(session.Renderer.Render(figure)!);
        document.Cells[1].AddDisplay(session.Renderer.Render(figure)!);
        var path = Path.Combine(_folder, "report.html");
        NotebookHtmlReport.Write(document, "宽度", path);
        var html = File.ReadAllText(path);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "plotly.js v2"));
        Assert.DoesNotContain(Workbench.Notebooks.Rendering.FigureOutput.PlotlyCopyType, html);

        await using var browser = await Support.TestBrowser.StartAsync();
        var page = await browser.PageAsync(1280, 900);
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        await page.WaitForFunctionAsync("document.querySelectorAll('.wb-figure .main-svg').length >= 2", null, new() { Timeout = 30_000 });
        var sizes = await page.EvaluateAsync<double[][]>("""
            () => Array.from(document.querySelectorAll('.wb-figure')).map(d => [
              d.getBoundingClientRect().width, d.querySelector('.main-svg').getBoundingClientRect().width,
              d.parentElement.scrollWidth, d.parentElement.clientWidth, document.documentElement.scrollWidth])
            """);
        Assert.Equal(2, sizes.Length);
        foreach (var s in sizes)
        {
            Assert.Equal(1100, s[0], 1.0);          // the report's column
            Assert.Equal(s[0], s[1], 1.0);          // the plot fills it, no more
            Assert.True(s[2] <= s[3], $"output scrolls: {s[2]} > {s[3]}");
            Assert.True(s[4] <= 1280, $"page scrolls: {s[4]}");
        }
    }
}
