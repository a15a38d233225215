namespace Workbench.Notebooks.Execution;

/// <summary>Whether a piece of code could run as it stands (Jupyter's <c>is_complete_request</c>).</summary>
public enum CodeCompleteness
{
    /// <summary>It parses: run it.</summary>
    Complete,

    /// <summary>It stops in the middle of a construct (an open brace, a string): wait for more lines.</summary>
    Incomplete,

    /// <summary>It has a syntax error no further line can mend.</summary>
    Invalid,
}

/// <summary>Completions at a cursor: names that fit, and the span of text they would replace.</summary>
/// <param name="Matches">Candidate names, sorted.</param>
/// <param name="CursorStart">Start of the text being completed (offset in characters).</param>
/// <param name="CursorEnd">End of that text (the cursor).</param>
public sealed record CompletionList(IReadOnlyList<string> Matches, int CursorStart, int CursorEnd);
