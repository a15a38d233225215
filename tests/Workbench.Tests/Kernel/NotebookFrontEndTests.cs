using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Workbench.Tests.Export;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Kernel;

/// <summary>
/// The kernel in the real front end Debian ships: classic Jupyter Notebook 6.4 served locally, driven by headless
/// Chromium through Playwright as an analyst would use it. Notebook 01 (plus one cell with a typo) is run whole;
/// what the page shows is asserted, and screenshots are saved to a printed folder.
/// </summary>
[Collection("cli")]
[Trait("Category", "Slow")]
public sealed class NotebookFrontEndTests(ITestOutputHelper output)
{
    private const string JupyterNotebook = "/usr/bin/jupyter-notebook";

    [BrowserFact(DisplayName = "Classic Jupyter: 01 runs all; figures fit a 1280 px window; still interactive after a re-run, save and reload; the error names line and column; completion after an instance")]
    public async Task RunAllInClassicNotebook()
    {
        if (!File.Exists(JupyterNotebook) || !File.Exists(JupyterFactAttribute.NbConvert))
        {
            output.WriteLine("跳过：未安装 jupyter-notebook（apt-get install jupyter-notebook python3-jupyter-client）");
            return;
        }
        var temp = Directory.CreateTempSubdirectory("wb-frontend-").FullName;
        var shots = Directory.CreateTempSubdirectory("wb-frontend-shots-").FullName;
        output.WriteLine($"截图：{shots}");
        Process? server = null;
        try
        {
            var data = Path.Combine(temp, "share", "jupyter");
            var cli = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Workbench.Cli.exe" : "Workbench.Cli");
            Assert.Equal(0, JupyterClientTests.Run(cli, ["kernel", "install", "--prefix", temp], temp, data, TimeSpan.FromSeconds(60)).ExitCode);
            var notebooks = Directory.CreateDirectory(Path.Combine(temp, "nb")).FullName;
            var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(SharedData.RepoRoot, "notebooks", "01-annual-review.ipynb")))!.AsObject();
            notebook["cells"]!.AsArray().Add(new JsonObject
            {
                ["cell_type"] = "code", ["execution_count"] = null, ["id"] = "typo", ["metadata"] = new JsonObject(),
                ["outputs"] = new JsonArray(), ["source"] = new JsonArray("var name = ctx.City;\n", "Console.WriteLine(nam);"),
            });
            File.WriteAllText(Path.Combine(notebooks, "01.ipynb"), notebook.ToJsonString());

            var port = FreePort();
            var token = Guid.NewGuid().ToString("N");
            var start = new ProcessStartInfo(JupyterNotebook) { WorkingDirectory = notebooks, UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { "--no-browser", "--allow-root", $"--port={port}", "--ip=127.0.0.1", $"--NotebookApp.token={token}", $"--notebook-dir={notebooks}" })
                start.ArgumentList.Add(a);
            start.Environment["JUPYTER_PATH"] = data;
            start.Environment["JUPYTER_CONFIG_DIR"] = Path.Combine(temp, "config");
            start.Environment["JUPYTER_RUNTIME_DIR"] = Path.Combine(temp, "runtime");
            start.Environment["JUPYTER_DATA_DIR"] = Path.Combine(temp, "data");
            server = Process.Start(start)!;
            server.BeginOutputReadLine();
            server.BeginErrorReadLine();
            using (var http = new HttpClient())
            {
                var clock = Stopwatch.StartNew();
                while (true)
                {
                    try { if ((await http.GetAsync($"http://127.0.0.1:{port}/api?token={token}")).StatusCode == HttpStatusCode.OK) break; }
                    catch (HttpRequestException) { }
                    Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "jupyter-notebook 60 秒内未启动");
                    await Task.Delay(300);
                }
            }

            await using var browser = await TestBrowser.StartAsync();
            var page = await browser.PageAsync(1280, 900);
            var url = $"http://127.0.0.1:{port}/notebooks/01.ipynb?token={token}";
            await OpenAsync(page, url);
            await page.EvaluateAsync("() => Jupyter.notebook.execute_all_cells()");
            await page.WaitForFunctionAsync("""
                () => { const cells = Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code');
                        return cells[cells.length - 1].output_area.outputs.length > 0 && document.querySelectorAll('.cell.running').length === 0; }
                """, null, new() { Timeout = 600_000, PollingInterval = 500 });
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "01-run-all.png") });
            await ShootOutputsAsync(page, shots, "run-all");

            // No horizontal scroll in any figure output; each figure drawn (interactive) at the output's width.
            var figures = await page.EvaluateAsync<double[][]>("""
                () => Array.from(document.querySelectorAll('.output_subarea')).filter(o => o.querySelector('.wb-figure')).map(o => [
                  o.scrollWidth, o.clientWidth, o.querySelectorAll('.wb-figure .main-svg').length])
                """);
            output.WriteLine("图表输出（scrollWidth, clientWidth, svg）：" + string.Join("；", figures.Select(f => string.Join(",", f))));
            Assert.Equal(4, figures.Length);
            Assert.All(figures, f => { Assert.True(f[0] <= f[1], $"图表输出横向滚动：{f[0]} > {f[1]}"); Assert.True(f[2] > 0, "图表未绘制"); });

            // The typo cell: an error output naming line 2, column 19.
            var error = await page.EvaluateAsync<string>("() => { const e = document.querySelectorAll('.output_error'); return e.length ? e[e.length - 1].innerText : ''; }");
            output.WriteLine(error);
            Assert.Contains("编译错误（CS0103）", error);
            Assert.Contains("第 2 行第 19 列", error);

            // Completion after an instance: members of current, no static member (object.ReferenceEquals).
            var matches = await page.EvaluateAsync<string[]>("""
                () => new Promise(resolve => Jupyter.notebook.kernel.complete('current.', 8,
                  reply => resolve(reply.content.matches)))
                """);
            Assert.Contains("Indicators", matches);
            Assert.Contains("DayCounts", matches);
            Assert.DoesNotContain("ReferenceEquals", matches);

            // Re-run one figure cell (the one holding the session's first figure before), save, reload: every figure still draws.
            await page.EvaluateAsync("""
                () => { const cells = Jupyter.notebook.get_cells();
                        const i = cells.findIndex(c => c.cell_type === 'code' && c.get_text().includes('Figures.AnnualValues'));
                        Jupyter.notebook.select(i); cells[i].execute(); }
                """);
            await page.WaitForFunctionAsync("() => document.querySelectorAll('.cell.running').length === 0", null, new() { Timeout = 120_000, PollingInterval = 300 });
            await page.EvaluateAsync("() => Jupyter.notebook.save_notebook()");
            await page.WaitForFunctionAsync("() => !Jupyter.notebook.dirty", null, new() { Timeout = 60_000 });
            await OpenAsync(page, url);
            await page.WaitForFunctionAsync("() => document.querySelectorAll('.wb-figure .main-svg').length >= 4", null, new() { Timeout = 60_000 });
            var drawn = await page.EvaluateAsync<int>("() => Array.from(document.querySelectorAll('.wb-figure')).filter(d => d.querySelector('.main-svg')).length");
            await ShootOutputsAsync(page, shots, "reloaded");
            Assert.Equal(4, drawn);
            Assert.True(await page.EvaluateAsync<bool>("() => typeof window.Plotly === 'object'"));
        }
        finally
        {
            if (server is { HasExited: false }) { server.Kill(entireProcessTree: true); server.WaitForExit(10_000); }
            Directory.Delete(temp, recursive: true);
        }
    }

    // Each figure output and the last error output as it is shown (the notebook scrolls inside its own panel).
    private static async Task ShootOutputsAsync(IPage page, string folder, string label)
    {
        var outputs = page.Locator(".output_subarea:has(.wb-figure), .output_error");
        for (var i = 0; i < await outputs.CountAsync(); i++)
        {
            await outputs.Nth(i).ScrollIntoViewIfNeededAsync();
            await outputs.Nth(i).ScreenshotAsync(new() { Path = Path.Combine(folder, $"{label}-{i + 1}.png") });
        }
    }

    private static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForFunctionAsync("() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()",
            null, new() { Timeout = 120_000, PollingInterval = 300 });
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
