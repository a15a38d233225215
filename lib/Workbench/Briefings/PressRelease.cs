namespace Workbench.Briefings;

/// <summary>
/// A press release (新闻通稿) as its parts, ready to be written as a document: the title, the lead paragraph, the
/// statement paragraphs grouped by subject (空气, 水), the tables, the figures and the methods note. The numbers are
/// already in the sentences and cells: the writer only lays them out.
/// </summary>
/// <param name="Title">Title (one line or two; 标题).</param>
/// <param name="Lead">Lead paragraph (导语).</param>
/// <param name="Sections">Statement paragraphs grouped by subject, in reading order (e.g. 环境空气质量, 地表水环境质量); a
/// section without paragraphs is left out.</param>
/// <param name="Tables">Tables (六项污染物, 优良天数 …), numbered 表1, 表2 … in this order.</param>
/// <param name="Figures">Pictures (PNG with their display size), numbered 图1, 图2 … in this order.</param>
/// <param name="MethodsNote">Paragraphs of the methods note (说明): standards, validity, stations, data sources.</param>
public sealed record PressRelease(string Title, string Lead, IReadOnlyList<PressSection> Sections,
    IReadOnlyList<PressTable> Tables, IReadOnlyList<BriefingFigure> Figures, IReadOnlyList<string> MethodsNote);

/// <summary>One subject of a press release: a heading and its statement paragraphs.</summary>
/// <param name="Heading">Heading without its number (环境空气质量); the writer numbers it 一、二、…</param>
/// <param name="Paragraphs">Statement paragraphs.</param>
public sealed record PressSection(string Heading, IReadOnlyList<string> Paragraphs);

/// <summary>A table of a press release: caption, one header row and the body rows as display text.</summary>
/// <param name="Caption">Caption without its number (六项污染物浓度); the writer numbers it 表1, 表2 …</param>
/// <param name="Header">Column headings.</param>
/// <param name="Rows">Body rows, each as many cells as <paramref name="Header"/>.</param>
public sealed record PressTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>A note printed under the table (units, what a blank cell means), or null.</summary>
    public string? Note { get; init; }
}
