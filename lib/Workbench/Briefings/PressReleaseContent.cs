namespace Workbench.Briefings;

/// <summary>
/// The press release (新闻通稿) of a briefing: its statements grouped into paragraphs under 环境空气质量 and 水环境质量,
/// the two tables of <see cref="PressTables"/>, the figures given, and the methods note of the 方法说明 sheet. Every
/// number is the briefing's (the statement catalogue's sentences, the tables' cells).
/// </summary>
public static class PressReleaseContent
{
    /// <summary>Statement kinds read as one paragraph, in order: levels and ranks; days; targets; years; districts.</summary>
    private static readonly string[][] AirParagraphs =
    [
        ["composite-index", "rank", "pollutants", "change-ranks"],
        ["good-days", "heavy-days", "rises-falls"],
        ["targets", "target-completion-rank", "monthly-targets", "year-end-race"],
        ["streak", "record", "cumulative-change"],
        ["districts"],
    ];

    /// <summary>Methods-sheet items left out of the release (the time the file was made is no method).</summary>
    private static readonly string[] LeftOut = ["生成时间"];

    /// <summary>The press release of <paramref name="b"/> with <paramref name="figures"/> (in order).</summary>
    public static PressRelease From(Briefing b, IReadOnlyList<BriefingFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(figures);
        var air = b.Statements.Where(s => s.Topic == StatementTopic.Air).ToArray();
        var paragraphs = AirParagraphs
            .Select(kinds => string.Concat(air.Where(s => kinds.Contains(s.Kind)).Select(s => s.Text)))
            .Where(p => p.Length > 0)
            .ToList();
        // Kinds not placed above still appear, after the others, so nothing the catalogue says is dropped.
        var placed = AirParagraphs.SelectMany(k => k).ToHashSet();
        if (string.Concat(air.Where(s => !placed.Contains(s.Kind)).Select(s => s.Text)) is { Length: > 0 } rest) paragraphs.Add(rest);
        if (paragraphs.Count > 0) paragraphs[0] = $"{b.Period.Label}，全市" + paragraphs[0];
        var water = string.Concat(b.Statements.Where(s => s.Topic == StatementTopic.Water).Select(s => s.Text));
        var sections = new List<PressSection> { new("环境空气质量", paragraphs) };
        if (water.Length > 0) sections.Add(new("水环境质量", [$"{b.Period.Label}，全市" + water]));

        var subjects = water.Length > 0 ? "环境空气质量和水环境质量" : "环境空气质量";
        var lead = $"现将{b.City}{b.Period.Label}（{b.Period.Start:yyyy年M月d日}至{b.Period.End:yyyy年M月d日}）{subjects}状况通报如下。"
            + $"空气质量数据为{b.Current.StatusText}数据"
            + (b.Current.PartialCoverage is { } part ? $"，只覆盖{part.First:yyyy年M月d日}至{part.Last:yyyy年M月d日}" : "")
            + "。";
        var methods = MethodsSheet.Items(b).Where(i => !LeftOut.Contains(i.Item)).Select(i => $"{i.Item}：{i.Text.Replace("\n", "；")}").ToArray();
        return new PressRelease($"{b.City}{b.Period.Label}环境质量状况", lead, sections,
            [PressTables.Pollutants(b), PressTables.Days(b)], figures, methods);
    }
}
