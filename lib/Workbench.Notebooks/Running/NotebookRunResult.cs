using Workbench.Notebooks.Execution;
using Workbench.Notebooks.Ipynb;

namespace Workbench.Notebooks.Running;

/// <summary>What a notebook run did.</summary>
/// <param name="Document">The executed notebook, with outputs.</param>
/// <param name="OutputPath">Where it was written.</param>
/// <param name="HtmlReportPath">The HTML report, when one was asked for.</param>
/// <param name="CodeCellsRun">Code cells executed (including a failed one).</param>
/// <param name="Failure">The cell that failed, or null when every cell ran.</param>
/// <param name="Elapsed">Wall time of the whole run.</param>
/// <param name="PngUnavailableReason">Why figures have no PNG (no browser), or null.</param>
public sealed record NotebookRunResult(
    NotebookDocument Document, string OutputPath, string? HtmlReportPath, int CodeCellsRun, CellFailure? Failure,
    TimeSpan Elapsed, string? PngUnavailableReason)
{
    /// <summary>True when every code cell ran without error.</summary>
    public bool Succeeded => Failure is null;
}

/// <summary>The failing cell of a run.</summary>
/// <param name="CellIndex">0-based index among all cells.</param>
/// <param name="CodeCellNumber">1-based number among code cells (as an analyst counts them).</param>
/// <param name="CellId">The nbformat cell id.</param>
/// <param name="Error">The error.</param>
public sealed record CellFailure(int CellIndex, int CodeCellNumber, string? CellId, CellError Error)
{
    /// <summary>One Chinese sentence naming the cell and the error.</summary>
    public string Describe(string notebook) =>
        $"{notebook}：第 {CodeCellNumber} 个代码单元格（第 {CellIndex + 1} 个单元格，id {CellId}）出错：{Error.Message}";
}
