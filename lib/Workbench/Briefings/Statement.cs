namespace Workbench.Briefings;

/// <summary>
/// One sentence of the statement catalogue: what kind it is, the Chinese text as published, and the numbers it states
/// (as shown, after GB/T 8170 rounding), so the JSON output and a test read the same values the sentence prints.
/// </summary>
/// <param name="Kind">Kind key, e.g. <c>pollutant</c>, <c>good-days</c>, <c>year-end-race</c> (docs/statements.md lists them).</param>
/// <param name="Text">The Chinese sentence, ending with "。".</param>
/// <param name="Values">The numbers the sentence states, by name (e.g. <c>value</c>, <c>change_percent</c>, <c>rank</c>).</param>
public sealed record Statement(string Kind, string Text, IReadOnlyDictionary<string, decimal?> Values)
{
    /// <summary>Whether the statement is about air (空气) or water (水); the press release groups by it.</summary>
    public StatementTopic Topic { get; init; } = StatementTopic.Air;
}

/// <summary>The group a statement belongs to in a press release.</summary>
public enum StatementTopic
{
    /// <summary>环境空气质量.</summary>
    Air,
    /// <summary>水环境质量.</summary>
    Water,
}
