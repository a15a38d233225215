using Workbench.Notebooks.Rendering;

namespace Workbench.Notebooks.Execution;

/// <summary>
/// What every cell sees without qualification, as in .NET Interactive: <c>display(x)</c> and the token that an
/// interrupt cancels. Members are lower-case where analysts' notebooks already call them so.
/// </summary>
public sealed class NotebookGlobals
{
    private readonly Func<ICellOutputSink> _sink;
    private readonly OutputRenderer _renderer;

    internal NotebookGlobals(Func<ICellOutputSink> sink, OutputRenderer renderer, Func<CancellationToken> token)
    {
        _sink = sink; _renderer = renderer; _token = token;
    }

    private readonly Func<CancellationToken> _token;

    /// <summary>Shows a value under the cell now (a table, a figure, text), in the richest form the front end accepts.</summary>
    /// <returns>The value itself, so a cell can display and keep it.</returns>
#pragma warning disable IDE1006 // the dialect's name
    public object? display(object? value)
#pragma warning restore IDE1006
    {
        foreach (var bundle in _renderer.RenderEach(value)) _sink().Display(bundle);
        return value;
    }

    /// <summary>Cancelled when the user interrupts the running cell; long loops in a cell may pass it on.</summary>
    public CancellationToken CancellationToken => _token();
}
