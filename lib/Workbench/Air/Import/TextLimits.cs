namespace Workbench.Air.Import;

/// <summary>
/// Structural limits of the air text readers (issue 14: a line or a quoted field past these is refused and reported, never
/// swallowed or held whole in memory).
/// </summary>
public sealed record TextLimits
{
    /// <summary>Longest physical line read, in bytes (default 1 MiB; a national china_sites line is about 10 KB). A longer
    /// line is skipped without being held in memory and reported (<c>line-too-long</c>).</summary>
    public int MaxLineBytes { get; init; } = 1 << 20;

    /// <summary>Most physical lines one quoted field may span (default 10; the scraped pages and the HeQinWill archive
    /// quote two-line cells). Past it, or at a line that is a complete record by itself, the quote is taken as
    /// unterminated (<c>unterminated-quote</c>).</summary>
    public int MaxQuotedLines { get; init; } = 10;

    /// <summary>The defaults.</summary>
    public static TextLimits Default { get; } = new();
}
