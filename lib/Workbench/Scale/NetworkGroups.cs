using Workbench.Air.Compute;
using Workbench.Air.Results;
using Workbench.Registries;
using Workbench.Standards;

namespace Workbench.Scale;

/// <summary>A city's places in one group: ranks by composite index and by PM2.5 (1 = best), and with a base period
/// the ranks of its change rates (1 = largest improvement). Null = not ranked (no value, or no base value).</summary>
/// <param name="Composite">Rank by composite index, ascending.</param>
/// <param name="PM25">Rank by PM2.5, ascending.</param>
/// <param name="CompositeChange">Rank by the composite index's change rate, ascending.</param>
/// <param name="PM25Change">Rank by PM2.5's change rate, ascending.</param>
public sealed record GroupRank(int? Composite, int? PM25, int? CompositeChange, int? PM25Change);

/// <summary>
/// One group of the network table: a province (<see cref="RankingSets.ProvinceKey"/>) or a data-defined set (337, 168,
/// 汾渭平原…), its member cities present in the data, the group's values and the members' ranks inside it.
/// </summary>
/// <param name="Key">Column key: <c>province</c>, <c>337</c>, <c>168</c>, <c>2p26</c>, <c>fenwei</c>…</param>
/// <param name="Name">The group's name in a row: the province (河南, 示例省) or the set (汾渭平原, 337).</param>
/// <param name="Title">Chinese title for headers and sentences (全省, 全区, 全市, 汾渭平原, 168个重点城市).</param>
/// <param name="Cities">Member cities present in the data (membership of the period's first year), in table order.</param>
/// <param name="Values">The group's values (<see cref="GroupAssessment"/>).</param>
/// <param name="BaseValues">The group's values in the base period (same member cities), or null without one.</param>
/// <param name="Ranks">Each member city's places.</param>
public sealed record NetworkGroup(string Key, string Name, string Title, IReadOnlyList<string> Cities, GroupValues Values,
    GroupValues? BaseValues, IReadOnlyDictionary<string, GroupRank> Ranks)
{
    /// <summary>True for a province group.</summary>
    public bool IsProvince => Key == RankingSets.ProvinceKey;
}

/// <summary>A city's (or group's) values in the base period and the change rates against it (ChangeRate.Percent, 1
/// decimal, on the reported values; negative = improvement).</summary>
/// <param name="CompositeBase">Composite index of the base period.</param>
/// <param name="PM25Base">PM2.5 of the base period.</param>
/// <param name="CompositeChange">(current − base) / base × 100 of the composite index.</param>
/// <param name="PM25Change">(current − base) / base × 100 of PM2.5.</param>
public sealed record BaseChange(decimal? CompositeBase, decimal? PM25Base, decimal? CompositeChange, decimal? PM25Change)
{
    /// <summary>The change of two reported values, or null when either is missing or the base is 0.</summary>
    public static BaseChange Of(IReadOnlyDictionary<string, decimal?> current, IReadOnlyDictionary<string, decimal?> baseline)
    {
        static decimal? Rate(decimal? c, decimal? b) =>
            c is { } x && b is { } y && y != 0 ? ReportedValue.WithScale(ChangeRate.Percent(x, y, 1), 1) : null;
        return new BaseChange(baseline["composite_index"], baseline["PM2.5"],
            Rate(current["composite_index"], baseline["composite_index"]), Rate(current["PM2.5"], baseline["PM2.5"]));
    }
}

/// <summary>
/// The groups of a network table: every province of the data's cities, and every data-defined set with a member among
/// them; their values and their members' ranks (composite index, PM2.5, and with a base period the change rates; ties
/// share a rank as <see cref="Ranking.Rank"/> does). Ranks are among the member cities present in the data.
/// </summary>
public static class NetworkGroups
{
    /// <summary>The ranked indicators: the composite index and PM2.5.</summary>
    public static IReadOnlyList<string> RankedIndicators { get; } = ["composite_index", "PM2.5"];

    /// <summary>
    /// Computes the groups. <paramref name="provinceOf"/> gives a city's province (null when unknown: no province group;
    /// county-level cities are in no province group);
    /// set membership is that of <paramref name="year"/> (the period's first year); <paramref name="baseline"/> holds the
    /// base-period assessment of each city (by city name), or is null.
    /// </summary>
    public static IReadOnlyList<NetworkGroup> Compute(IReadOnlyList<AirAssessmentResult> cities,
        IReadOnlyDictionary<string, AirAssessmentResult>? baseline, RankingSets sets, Func<string, string?> provinceOf, int year)
    {
        ArgumentNullException.ThrowIfNull(cities);
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(provinceOf);
        var groups = new List<NetworkGroup>();
        // A province ranks its top-level cities (prefecture-level, and those the province administers directly such as
        // 济源); county-level cities (a parent in the city registry: 寿光, 义乌 …) are not in the province's ranking.
        var provinces = cities.Select(c => (City: c, Province: provinceOf(c.City)))
            .Where(x => x.Province is not null && !(sets.Cities.TryResolve(x.City.City, out var info) && !info.IsTopLevel))
            .GroupBy(x => CityRegistry.ProvinceKey(x.Province!), StringComparer.Ordinal);
        foreach (var g in provinces.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var name = g.First().Province!;
            groups.Add(Group(RankingSets.ProvinceKey, name, ProvinceTitle(name), g.Select(x => x.City).ToArray(), baseline));
        }
        var bySet = cities.SelectMany(c => sets.SetsOf(c.City, year).Select(s => (Set: s, City: c))).ToLookup(x => x.Set.Set);
        foreach (var info in sets.Sets)
            if (bySet[info.Set].Any())
                groups.Add(Group(info.Key, info.Set, info.Title, bySet[info.Set].Select(x => x.City).ToArray(), baseline));
        return groups;
    }

    /// <summary>
    /// A city's province as the data know it: from the city registry of the data's station list (or
    /// <paramref name="fallback"/>, default <see cref="CityRegistry.Default"/>), else from the station list's province
    /// column (the sample's 示例省); null when neither knows the city.
    /// </summary>
    public static Func<string, string?> ProvinceResolver(Air.AirDataSet data, CityRegistry? fallback = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var registry = data.Stations?.Cities ?? fallback ?? CityRegistry.Default;
        return city => registry.TryResolve(city, out var info) ? info.Province
            : data.Stations?.Records.FirstOrDefault(r => r.City == city && !string.IsNullOrWhiteSpace(r.Province))?.Province;
    }

    /// <summary>How a sentence names a province as a whole: 全省, 全区 (自治区) or 全市 (直辖市).</summary>
    public static string ProvinceTitle(string province) => CityRegistry.ProvinceKey(province) switch
    {
        "北京" or "天津" or "上海" or "重庆" => "全市",
        "内蒙古" or "广西" or "西藏" or "宁夏" or "新疆" => "全区",
        _ => "全省",
    };

    private static NetworkGroup Group(string key, string name, string title, IReadOnlyList<AirAssessmentResult> members,
        IReadOnlyDictionary<string, AirAssessmentResult>? baseline)
    {
        var values = GroupAssessment.Compute(name, members);
        var ranksByCity = members.ToDictionary(m => m.City, _ => new GroupRank(null, null, null, null), StringComparer.Ordinal);
        foreach (var e in Ranking.ByCompositeIndex(members, out _)) ranksByCity[e.Name] = ranksByCity[e.Name] with { Composite = e.Rank };
        foreach (var e in Ranking.ByIndicator(members, "PM2.5")) ranksByCity[e.Name] = ranksByCity[e.Name] with { PM25 = e.Rank };
        GroupValues? baseValues = null;
        if (baseline is not null)
        {
            var pairs = members.Where(m => baseline.ContainsKey(m.City)).Select(m => (m, baseline[m.City])).ToArray();
            foreach (var e in Ranking.ByChangeRate(pairs, "composite_index").Improvement)
                ranksByCity[e.Name] = ranksByCity[e.Name] with { CompositeChange = e.Rank };
            foreach (var e in Ranking.ByChangeRate(pairs, "PM2.5").Improvement)
                ranksByCity[e.Name] = ranksByCity[e.Name] with { PM25Change = e.Rank };
            baseValues = GroupAssessment.Compute(name, pairs.Select(p => p.Item2).ToArray());
        }
        return new NetworkGroup(key, name, title, members.Select(m => m.City).ToArray(), values, baseValues, ranksByCity);
    }
}
