namespace Workbench.Quality;

/// <summary>What an importer did with a value it could not take as it stood.</summary>
public enum QualityAction
{
    /// <summary>The value (or row, or file) was left out of every computation.</summary>
    Rejected,
    /// <summary>The value was changed (unit converted, swapped column restored, name normalised…).</summary>
    Corrected,
    /// <summary>The value was kept but is suspicious (PM2.5 &gt; PM10, frozen sensor…).</summary>
    Flagged,
    /// <summary>Something expected was absent (missing file, missing hours).</summary>
    Missing,
}

/// <summary>One line of the data-quality report.</summary>
/// <param name="File">Source file name (no directory), or empty when not tied to a file.</param>
/// <param name="Line">1-based physical line in the file, when known.</param>
/// <param name="Column">Column header (or 1-based column number) when known.</param>
/// <param name="Station">Station code, city or section the value belongs to, when known.</param>
/// <param name="Time">Time label of the value (ISO 8601 Beijing time, or a date), when known.</param>
/// <param name="Code">Stable English identifier of the reason, for grouping (e.g. <c>missing-file</c>).</param>
/// <param name="Reason">Reason in Chinese, as analysts read it.</param>
/// <param name="Action">What was done.</param>
public sealed record QualityIssue(
    string File,
    long? Line,
    string? Column,
    string? Station,
    string? Time,
    string Code,
    string Reason,
    QualityAction Action);
