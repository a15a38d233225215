using System.Diagnostics;
using System.Text.Json.Nodes;
using Workbench.Air;
using Workbench.Air.Method;
using Workbench.Air.Compute;
using Workbench.Periods;
using Workbench.Sample;
using Workbench.Standards;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Kernel;

/// <summary>Runs only when Debian's Jupyter client (jupyter-nbconvert with nbclient) is installed.</summary>
public sealed class JupyterFactAttribute : FactAttribute
{
    /// <summary>Debian's nbconvert; another python3 earlier on PATH may lack nbclient.</summary>
    public const string NbConvert = "/usr/bin/jupyter-nbconvert";

    /// <summary>Skips with a message when <see cref="NbConvert"/> is missing.</summary>
    public JupyterFactAttribute()
    {
        if (!File.Exists(NbConvert))
            Skip = "跳过：未安装 Jupyter 客户端（apt-get install jupyter-nbconvert python3-nbclient）";
    }
}

/// <summary>
/// The kernel end to end under the real Jupyter client: `workbench kernel install --prefix`, then
/// `jupyter nbconvert --to notebook --execute` with the kernel, and the executed notebook's outputs checked.
/// </summary>
// Slow lane (README "Tests"): Jupyter starts the kernel and runs notebooks end to end.
[Trait("Category", "Slow")]
public sealed class JupyterClientTests(ITestOutputHelper output)
{
    /// <summary>The small notebook of this folder: a value, a print, a DataFrame.</summary>
    public static string SmokeNotebook => Path.Combine(SharedData.RepoRoot, "tests", "Workbench.Tests", "Kernel", "kernel-smoke.ipynb");

    [JupyterFact(DisplayName = "nbconvert --execute through the installed kernel: 42, 你好，42, an HTML table of the DataFrame")]
    public void NbConvertExecutesSmokeNotebook()
    {
        var temp = Directory.CreateTempSubdirectory("wb-jupyter-").FullName;
        try
        {
            var notebook = Execute(SmokeNotebook, temp, TimeSpan.FromSeconds(180));
            var cells = notebook["cells"]!.AsArray().Where(c => c!["cell_type"]!.GetValue<string>() == "code").ToList();
            Assert.Equal([1, 2, 3], cells.Select(c => c!["execution_count"]!.GetValue<int>()));

            var value = cells[0]!["outputs"]!.AsArray().Single()!;
            Assert.Equal("execute_result", value["output_type"]!.GetValue<string>());
            Assert.Equal("42", Text(value["data"]!["text/plain"]));

            var stream = cells[1]!["outputs"]!.AsArray().Single()!;
            Assert.Equal("stream", stream["output_type"]!.GetValue<string>());
            Assert.Equal("stdout", stream["name"]!.GetValue<string>());
            Assert.Equal("你好，42\n", Text(stream["text"]));

            var frame = cells[2]!["outputs"]!.AsArray().Single()!;
            Assert.Equal("execute_result", frame["output_type"]!.GetValue<string>());
            var html = Text(frame["data"]!["text/html"]);
            Assert.Contains("<table", html);
            Assert.Contains("南州", html);
            Assert.Contains("41", html);
            Assert.Contains("东州", Text(frame["data"]!["text/plain"]));
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    [JupyterFact(DisplayName = "nbconvert --execute runs curated notebooks 01 and 04 through the kernel: 东州 2025's numbers, its rank, every figure")]
    public void NbConvertExecutesCuratedNotebooks()
    {
        var sample = AirDataSet.Load([SampleData.EnsureDefault()]);
        var settings = AirSettings.Default;
        var period = Period.Year(2025);
        var results = sample.Cities()
            .Select(c => AirAssessment.Assess(sample.CityDaily(c, settings), period, settings, StandardVersions.AirQualityInForce(period.End), sample.Dust))
            .ToArray();
        var dongzhou = results.Single(r => r.City == "东州");
        var ranking = Ranking.ByCompositeIndex(results, out _);
        var rank = ranking.First(e => e.Name == "东州").Rank;
        var expected = new Dictionary<string, string>
        {
            ["01-annual-review"] = $"东州2025年 PM2.5 平均浓度 {dongzhou.Indicators["PM2.5"]} 微克/立方米，综合指数 {dongzhou.Indicators["composite_index"]}",
            ["04-city-ranking"] = $"东州综合指数排名：第 {rank} 位（共 {ranking.Count} 个城市）",
        };
        var temp = Directory.CreateTempSubdirectory("wb-jupyter-").FullName;
        try
        {
            foreach (var (name, line) in expected)
            {
                var notebook = Execute(Path.Combine(SharedData.RepoRoot, "notebooks", name + ".ipynb"), temp, TimeSpan.FromSeconds(600));
                var outputs = notebook["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? []).Select(o => o!.AsObject()).ToList();
                var errors = outputs.Where(o => o["output_type"]!.GetValue<string>() == "error").Select(o => o["evalue"]?.ToString()).ToList();
                Assert.True(errors.Count == 0, $"{name}：{string.Join("；", errors)}");
                var text = string.Join("\n", outputs.Select(o => Text(o["text"]) + Text(o["data"]?["text/plain"])));
                Assert.Contains(line, text, StringComparison.Ordinal);
                var figures = outputs.Where(o => Text(o["data"]?["text/plain"]).StartsWith("[图]", StringComparison.Ordinal)).ToList();
                Assert.NotEmpty(figures);
                Assert.All(figures, f => Assert.Contains("newPlot", Text(f["data"]!["text/html"]), StringComparison.Ordinal));
                output.WriteLine($"{name}：{line}；{figures.Count} 张图");
            }
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>
    /// Installs the kernelspec under <paramref name="temp"/> (pointing at the CLI in the test's output folder), runs
    /// nbconvert on <paramref name="notebookPath"/> with JUPYTER_PATH set to it, and returns the executed notebook.
    /// </summary>
    internal JsonObject Execute(string notebookPath, string temp, TimeSpan timeout)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Workbench.Cli.exe" : "Workbench.Cli");
        Assert.True(File.Exists(cli), $"测试输出目录中没有 CLI：{cli}");
        var data = Path.Combine(temp, "share", "jupyter");
        var install = Run(cli, ["kernel", "install", "--prefix", temp], temp, data, TimeSpan.FromSeconds(60));
        Assert.True(install.ExitCode == 0, install.Error);
        output.WriteLine(install.Out);

        var executed = Path.Combine(temp, "executed.ipynb");
        var clock = Stopwatch.StartNew();
        var run = Run(JupyterFactAttribute.NbConvert,
            ["--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=workbench-csharp",
             "--ExecutePreprocessor.timeout=600", "--output", executed, notebookPath],
            temp, data, timeout);
        output.WriteLine($"nbconvert 执行 {Path.GetFileName(notebookPath)}（含内核启动）：{clock.Elapsed.TotalSeconds:F1} 秒");
        Assert.True(run.ExitCode == 0, $"nbconvert 失败（退出码 {run.ExitCode}）：\n{run.Error}");
        return JsonNode.Parse(File.ReadAllText(executed))!.AsObject();
    }

    private static string Text(JsonNode? node) => Workbench.Notebooks.Ipynb.NotebookCell.JoinLines(node);

    internal sealed record ProcessResult(int ExitCode, string Out, string Error);

    internal static ProcessResult Run(string file, string[] args, string workingDirectory, string jupyterPath, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["JUPYTER_PATH"] = jupyterPath;
        // Keep the user's own Jupyter config and runtime files out of the test.
        start.Environment["JUPYTER_CONFIG_DIR"] = Path.Combine(workingDirectory, "config");
        start.Environment["JUPYTER_RUNTIME_DIR"] = Path.Combine(workingDirectory, "runtime");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(file)} 超过 {timeout.TotalSeconds} 秒未结束：{stderr.Result}");
        }
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
