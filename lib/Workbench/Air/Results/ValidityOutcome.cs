namespace Workbench.Air.Results;

/// <summary>Outcome of a validity check: valid or not, and the rule applied, in Chinese.</summary>
/// <param name="IsValid">True when every minimum is met.</param>
/// <param name="Rule">The rule applied, e.g. "年有效日≥324天且每月≥27天（2月≥25天）".</param>
/// <param name="Shortfalls">What was short, in Chinese (empty when valid).</param>
public sealed record ValidityOutcome(bool IsValid, string Rule, IReadOnlyList<string> Shortfalls);
