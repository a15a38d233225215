using CsCheck;
using Workbench.IO;
using Workbench.Quality;

namespace Workbench.Tests.Fuzz;

/// <summary>What a reader loaded: every value under its key, and the report.</summary>
internal sealed record Loaded(IReadOnlyDictionary<string, double> Values, DataQualityReport Quality);

/// <summary>
/// The properties of issue 14, checked on each mutated read of one reader against its clean read:
/// <list type="bullet">
/// <item>no exception escapes but the workbench's own data error (the whole file refused: nothing loaded, nothing moved);</item>
/// <item>no value lands under a key the clean file does not have, and no value differs from the clean file's (the
/// mutations never turn one number into another);</item>
/// <item>a value of the clean file that is missing is answered by a new report line at the mutated spot (or by one
/// without a line: the whole file), except the values the mutation itself emptied (an empty cell means "no value").</item>
/// </list>
/// </summary>
internal sealed class FuzzCheck
{
    private readonly string _reader;
    private readonly Loaded _clean;
    private readonly HashSet<string> _cleanIssues;
    private readonly Dictionary<string, int> _outcomes = [];

    public FuzzCheck(string reader, Loaded clean)
    {
        _reader = reader;
        _clean = clean;
        _cleanIssues = clean.Quality.Issues.Select(Describe).ToHashSet();
    }

    /// <summary>Reads one mutation and checks the properties; throws, naming the mutation, when one fails.</summary>
    /// <param name="description">The mutation, in words (for the failure message).</param>
    /// <param name="read">Reads the mutated file.</param>
    /// <param name="near">True for a report line at the mutated spot (line-less lines always count).</param>
    /// <param name="emptied">Values the mutation emptied: at most this many may be missing without a report line.</param>
    /// <param name="refused">Further checks of a whole-file refusal.</param>
    public void Check(string description, Func<Loaded> read, Func<QualityIssue, bool> near, int emptied = 0,
        Action<WorkbenchDataException>? refused = null)
    {
        Loaded result;
        try
        {
            result = read();
        }
        catch (WorkbenchDataException e)
        {
            if (string.IsNullOrWhiteSpace(e.Reason)) Fail(description, "整个文件拒读，但没有说明原因");
            refused?.Invoke(e);
            Count("文件拒读");
            return;
        }
        foreach (var (key, value) in result.Values)
        {
            if (!_clean.Values.TryGetValue(key, out var expected))
                Fail(description, $"干净文件没有的键 {key} = {value}");
            if (BitConverter.DoubleToInt64Bits(value) != BitConverter.DoubleToInt64Bits(expected) && Math.Abs(value - expected) > 1e-9)
                Fail(description, $"{key} 应为 {expected}，载入 {value}");
        }
        var lost = _clean.Values.Keys.Count(k => !result.Values.ContainsKey(k));
        if (lost > emptied && !result.Quality.Issues.Any(i => !_cleanIssues.Contains(Describe(i)) && (i.Line is null || near(i))))
            Fail(description, $"少载入 {lost} 个值，但报告中没有该处的新记录");
        Count(lost == 0 ? "全部载入" : lost <= emptied ? "清空的值未载入" : "拒收并报告");
    }

    /// <summary>One line of what the mutations gave (for the test output).</summary>
    public string Summary() =>
        $"{_reader}：{_outcomes.Values.Sum()} 次变异，" + string.Join("，", _outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"));

    /// <summary>
    /// The same <paramref name="count"/> samples of <paramref name="gen"/> on every run, from a seed fixed per reader
    /// (CsCheck's <c>Sample</c> would use a given seed for its first iteration only).
    /// </summary>
    public static T[] Samples<T>(string reader, Gen<T> gen, int count) => gen.Array[count].Single(_ => true, Seed(reader));

    // A CsCheck seed: the PCG state (11 characters) and its stream (here 0).
    private static string Seed(string reader)
    {
        var n = reader.Aggregate(17UL, (h, ch) => h * 31 + ch);
        return Convert.ToBase64String(BitConverter.GetBytes(n))[..11].Replace('+', 'A').Replace('/', 'B') + "0";
    }

    private void Count(string outcome)
    {
        lock (_outcomes) _outcomes[outcome] = _outcomes.GetValueOrDefault(outcome) + 1;
    }

    private void Fail(string description, string what) => throw new InvalidOperationException($"{_reader}，{description}：{what}");

    private static string Describe(QualityIssue i) => $"{i.File}|{i.Line}|{i.Column}|{i.Station}|{i.Time}|{i.Code}";
}
