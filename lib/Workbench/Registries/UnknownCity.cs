namespace Workbench.Registries;

/// <summary>
/// The message for a city name the data do not know: where it was looked for, the nearest known names (a typo such as
/// 东洲 for 东州; <see cref="CityRegistry.NearMatches(string, IEnumerable{ValueTuple{string, string}}, int)"/>) and the
/// cities the data hold, so the analyst can correct the name without opening the files.
/// </summary>
public static class UnknownCity
{
    /// <summary>Cities listed in a message at most; the rest are left out (……).</summary>
    private const int Listed = 30;

    /// <summary>
    /// “站点列表 stations.csv 中没有城市“东洲”（相近的名称：东州）。数据中的城市（5 个）：东州、中州、北州、南州、西州”.
    /// <paramref name="known"/>: every name the lookup knows (the nearest are taken from them);
    /// <paramref name="inData"/>: the cities with data, listed.
    /// </summary>
    public static string Message(string where, string name, IEnumerable<string> known, IReadOnlyList<string> inData)
    {
        var near = CityRegistry.NearMatches(name, known.Select(k => (k, k)));
        return $"{where}中没有城市“{name}”" + (near.Count > 0 ? $"（相近的名称：{string.Join("、", near)}）" : "")
            + (inData.Count == 0 ? "。数据中没有可评价的城市"
                : $"。数据中的城市（{inData.Count} 个）：{string.Join("、", inData.Take(Listed))}{(inData.Count > Listed ? "……" : "")}");
    }
}
