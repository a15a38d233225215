using Workbench.Notebooks.Rendering;

namespace Workbench.Notebooks.Execution;

/// <summary>How a cell's execution ended.</summary>
/// <param name="ExecutionCount">The session's counter for this execution (1, 2, …), as shown in <c>In [n]</c>.</param>
/// <param name="Result">The rendered value of the cell's last expression, or null when it has none.</param>
/// <param name="Error">The compile error, exception or interruption, or null when the cell succeeded.</param>
/// <param name="Elapsed">Wall time of the execution.</param>
public sealed record CellOutcome(int ExecutionCount, MimeBundle? Result, CellError? Error, TimeSpan Elapsed)
{
    /// <summary>True when the cell ran to its end.</summary>
    public bool Succeeded => Error is null;
}

/// <summary>A failed cell, in Jupyter's error form.</summary>
/// <param name="Name">Exception type name, or <c>CompilationError</c> / <c>Interrupted</c>.</param>
/// <param name="Message">One Chinese sentence (kind of error, the compiler's or .NET's message, line and column).</param>
/// <param name="Traceback">Entries as ipykernel writes them, ANSI-coloured (see <see cref="CellErrors"/>): the quoted cell lines of each
/// frame, or each compiler error with its line marked.</param>
public sealed record CellError(string Name, string Message, IReadOnlyList<string> Traceback);
