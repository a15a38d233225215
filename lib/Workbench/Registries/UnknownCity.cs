namespace Workbench.Registries;

/// <summary>
/// The message for a city name the data do not know: where it was looked for, the nearest known names (a typo such as
/// 东洲 for 东州) and the cities the data hold, so the analyst can correct the name without opening the files.
/// </summary>
public static class UnknownCity
{
    /// <summary>Cities listed in a message at most; the rest are counted.</summary>
    private const int Listed = 30;

    /// <summary>
    /// “站点列表 stations.csv 中没有城市“东洲”（相近的名称：东州）。数据中的城市（5 个）：东州、中州、北州、南州、西州”.
    /// <paramref name="known"/>: every name the lookup knows (the nearest are taken from them);
    /// <paramref name="inData"/>: the cities with data, listed.
    /// </summary>
    public static string Message(string where, string name, IEnumerable<string> known, IReadOnlyList<string> inData)
    {
        var near = Nearest(name, known);
        return $"{where}中没有城市“{name}”" + (near.Count > 0 ? $"（相近的名称：{string.Join("、", near)}）" : "")
            + (inData.Count == 0 ? "。数据中没有可评价的城市"
                : $"。数据中的城市（{inData.Count} 个）：{string.Join("、", inData.Take(Listed))}{(inData.Count > Listed ? "……" : "")}");
    }

    /// <summary>
    /// The names within one edit of <paramref name="name"/> (a character changed, added or dropped) or containing it or
    /// contained in it, nearest first then in ordinal order, at most <paramref name="max"/>.
    /// </summary>
    public static IReadOnlyList<string> Nearest(string name, IEnumerable<string> known, int max = 5) => name.Length == 0 ? []
        : known.Distinct(StringComparer.Ordinal).Where(k => k != name)
            .Select(k => (Name: k, Distance: Distance(name, k)))
            .Where(x => x.Distance <= 1 || x.Name.Contains(name, StringComparison.Ordinal) || name.Contains(x.Name, StringComparison.Ordinal))
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(max).Select(x => x.Name).ToArray();

    /// <summary>Levenshtein distance (characters; city names are a few characters long).</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
