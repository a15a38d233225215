namespace Workbench.Briefings;

/// <summary>
/// The content of a press release (新闻通稿), independent of how it is laid out: the document writer renders exactly
/// this record (GB/T 9704 layout), and <c>workbench press</c> fills it from a <see cref="Briefing"/>.
/// </summary>
/// <param name="Title">The title, e.g. "东州市2025年环境质量状况".</param>
/// <param name="Lead">The lead paragraph (导语): who, what period, the one-sentence summary.</param>
/// <param name="Groups">The statements grouped under their headings (一、环境空气质量; 二、水环境质量), in order.</param>
/// <param name="Tables">The tables (六项污染物浓度; 优良天数与重污染天数 …), in order.</param>
/// <param name="Figures">The pictures (PNG with their display size and caption), in order.</param>
/// <param name="MethodsNote">The methods note (说明), one paragraph per item: standards, data, rounding, exclusions.</param>
public sealed record PressRelease(string Title, string Lead, IReadOnlyList<PressStatementGroup> Groups,
    IReadOnlyList<PressTable> Tables, IReadOnlyList<BriefingFigure> Figures, IReadOnlyList<string> MethodsNote)
{
    /// <summary>Issuing body shown under the title or at the end (e.g. "东州市生态环境局"); null = none.</summary>
    public string? Issuer { get; init; }

    /// <summary>Date of issue (成文日期), Beijing date.</summary>
    public DateOnly? Date { get; init; }
}

/// <summary>A heading and its statements, each statement one paragraph (or sentence) of the release.</summary>
/// <param name="Heading">The heading, e.g. "一、环境空气质量".</param>
/// <param name="Statements">The statements under it, in order.</param>
public sealed record PressStatementGroup(string Heading, IReadOnlyList<Statement> Statements);

/// <summary>A table of the release: caption, one header row, body rows of text as shown (numbers already rounded).</summary>
/// <param name="Caption">Caption above the table, e.g. "表1 六项污染物浓度".</param>
/// <param name="Header">Column headings.</param>
/// <param name="Rows">Body rows; each row has as many cells as <paramref name="Header"/>.</param>
/// <param name="Note">A note under the table (units, what an empty cell means), or null.</param>
public sealed record PressTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, string? Note = null);
