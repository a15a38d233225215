using System.Text.RegularExpressions;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Quality;

/// <summary>
/// docs/data-quality.md lists every reason code the code can emit (issue 14): every kebab-case string literal in the
/// folders that write the quality report must be a row of that document, or be named here as not a reason code.
/// </summary>
public sealed partial class DataQualityDocTests(ITestOutputHelper output)
{
    /// <summary>Folders (under lib/Workbench) whose code adds lines to the data-quality report.</summary>
    private static readonly string[] Folders = ["Air", "Registries", "Water", "Store", "IO", "Quality", "Standards"];

    /// <summary>Kebab-case literals in those folders that are not reason codes, and why.</summary>
    private static readonly Dictionary<string, string> NotCodes = new(StringComparer.Ordinal)
    {
        ["hj633-2012-realtime"] = "AQI method name (air aqi --method)",
        ["hj633-2026-realtime"] = "AQI method name",
        ["cnemc-realtime"] = "AQI method name",
        ["2026-final"] = "standard version name (--standard)",
        ["2026-transition"] = "standard version name",
        ["gb3095-2012"] = "standard key",
        ["gb3095-2026"] = "standard key",
        ["0-23"] = "--day-hours value",
        ["1-24"] = "--day-hours value",
        ["city-hourly"] = "--city-method value",
        ["station-daily"] = "--city-method value",
        ["workbench-air-store"] = "store marker",
        ["o3-1h"] = "indicator key",
        ["o3-8h"] = "indicator key",
    };

    [Fact]
    public void Every_reason_code_in_the_code_is_in_docs_data_quality_md()
    {
        var doc = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "docs", "data-quality.md"));
        // Codes stand in the first cell of a table row, several joined by " / ".
        var documented = DocumentedCodes(doc);
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in Folders)
        {
            var dir = Path.Combine(SharedData.RepoRoot, "lib", "Workbench", folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
                foreach (Match m in CodeLiteral().Matches(File.ReadAllText(file)))
                    found.TryAdd(m.Groups[1].Value, Path.GetRelativePath(SharedData.RepoRoot, file));
        }
        var missing = found.Where(f => !documented.Contains(f.Key) && !NotCodes.ContainsKey(f.Key)).ToArray();
        output.WriteLine($"代码中的原因代码 {found.Count - found.Keys.Count(NotCodes.ContainsKey)} 个，文档中 {documented.Count} 个");
        Assert.True(missing.Length == 0,
            "docs/data-quality.md 缺少这些原因代码：" + string.Join("；", missing.Select(m => $"{m.Key}（{m.Value}）")));
        Assert.True(found.Count > 60, $"只找到 {found.Count} 个代码：扫描有误");
    }

    [Fact]
    public void Every_documented_code_has_a_meaning_and_an_action()
    {
        var doc = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "docs", "data-quality.md"));
        foreach (var line in doc.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && CodeCell().IsMatch(l)))
        {
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            Assert.True(cells.Length >= 4, $"行的列数不足：{line}");
            Assert.False(string.IsNullOrWhiteSpace(cells[1]), $"缺少含义：{line}");
            Assert.False(string.IsNullOrWhiteSpace(cells[2]), $"缺少处理：{line}");
        }
    }

    private static HashSet<string> DocumentedCodes(string doc)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in doc.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)))
        {
            var first = line.Trim().Trim('|').Split('|')[0];
            foreach (var part in first.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                set.Add(part.Trim('`'));
        }
        return set;
    }

    [GeneratedRegex("\"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\"")]
    private static partial Regex CodeLiteral();

    [GeneratedRegex(@"^\| `?[a-z][a-z0-9]*(?:-[a-z0-9]+)+")]
    private static partial Regex CodeCell();
}
