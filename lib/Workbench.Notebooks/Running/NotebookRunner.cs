using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Workbench.Notebooks.Execution;
using Workbench.Notebooks.Ipynb;
using Workbench.Notebooks.Rendering;

namespace Workbench.Notebooks.Running;

/// <summary>
/// Runs a notebook headless, top to bottom, in one <see cref="NotebookSession"/>: parameters are injected after the
/// <c>parameters</c> cell, each code cell's outputs replace the old ones, the run stops at the first failing cell (the
/// cells after it are left cleared, so no stale output passes for a result), and the notebook is written atomically,
/// failed or not, so the analyst sees where it stopped.
/// </summary>
public static class NotebookRunner
{
    /// <summary>Runs the notebook at <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException">A parameter is unknown or of the wrong type, or the notebook has no parameters cell.</exception>
    public static async Task<NotebookRunResult> RunAsync(string path, NotebookRunOptions options, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var document = NotebookDocument.Load(path);
        InjectParameters(document, options.Parameters);
        var output = Path.GetFullPath(options.OutputPath ?? path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        await using var session = NotebookSession.Create(new NotebookSessionOptions
        {
            WorkingDirectory = folder, RenderPng = options.RenderPng, BrowserPath = options.BrowserPath,
        });

        foreach (var cell in document.Cells) cell.ClearOutputs();
        var codeCells = document.Cells.Select((c, i) => (Cell: c, Index: i)).Where(c => c.Cell.IsCode).ToList();
        CellFailure? failure = null;
        var run = 0;
        foreach (var (cell, index) in codeCells)
        {
            run++;
            var sink = new CellSink(cell);
            var cellClock = Stopwatch.StartNew();
            var outcome = await session.ExecuteAsync(cell.Source, sink, cancellationToken).ConfigureAwait(false);
            cell.ExecutionCount = outcome.ExecutionCount;
            if (outcome.Result is { } result) cell.AddResult(outcome.ExecutionCount, result);
            cell.Metadata["workbench"] = new JsonObject { ["duration_s"] = Math.Round(cellClock.Elapsed.TotalSeconds, 3) };
            options.Log?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  [{run}/{codeCells.Count}] {(outcome.Succeeded ? "完成" : "出错")}  {cellClock.Elapsed.TotalSeconds:F1} 秒"));
            if (outcome.Error is { } error)
            {
                cell.AddError(error);
                failure = new CellFailure(index, run, cell.Id, error);
                break;
            }
        }

        document.Metadata["workbench"] = new JsonObject
        {
            ["executed_at"] = DateTimeOffset.Now.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            ["duration_s"] = Math.Round(clock.Elapsed.TotalSeconds, 1),
            ["parameters"] = new JsonObject(options.Parameters.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
            ["status"] = failure is null ? "ok" : "failed",
        };
        // Opened in Jupyter, the copy then matches what the kernel reports and is not marked changed.
        NotebookLanguage.Apply(document);
        document.Save(output);
        if (options.HtmlReportPath is { } html)
            NotebookHtmlReport.Write(document, Path.GetFileNameWithoutExtension(path), html);
        return new NotebookRunResult(document, output, options.HtmlReportPath, run, failure, clock.Elapsed,
            session.Renderer.PngUnavailableReason);
    }

    /// <summary>Adds (or replaces) the <c>injected-parameters</c> cell after the <c>parameters</c> cell.</summary>
    public static void InjectParameters(NotebookDocument document, IReadOnlyDictionary<string, string> values)
    {
        for (var i = document.Cells.Count - 1; i >= 0; i--)
            if (document.Cells[i].Tags.Contains(ParameterInjection.InjectedTag)) document.RemoveCell(i);
        if (values.Count == 0) return;
        var index = document.Cells.ToList().FindIndex(c => c.IsCode && c.Tags.Contains(ParameterInjection.ParametersTag));
        if (index < 0)
            throw new ArgumentException("笔记本没有标记为 parameters 的单元格，不能传入参数。");
        var declared = ParameterInjection.Declared(document.Cells[index].Source);
        document.InsertCodeCell(index + 1, ParameterInjection.InjectedSource(declared, values), ParameterInjection.InjectedTag);
    }

    private sealed class CellSink(NotebookCell cell) : ICellOutputSink
    {
        public void WriteStream(string name, string text) => cell.AddStream(name, text);
        public void Display(MimeBundle bundle) => cell.AddDisplay(bundle);
    }
}
