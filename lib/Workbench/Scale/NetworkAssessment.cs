using Workbench.Air;
using Workbench.Air.Method;
using Workbench.Air.Compute;
using Workbench.Air.Results;
using Workbench.Periods;
using Workbench.Registries;
using Workbench.Standards;

namespace Workbench.Scale;

/// <summary>Whether a row of a <see cref="NetworkAssessmentResult"/> is a city or a station.</summary>
public enum NetworkLevel
{
    /// <summary>A city: the mean of its valid evaluation stations (REFERENCE A3.7).</summary>
    City,
    /// <summary>One station.</summary>
    Station,
}

/// <summary>One row of the network table: a city or a station and its assessment.</summary>
/// <param name="Level">City or station.</param>
/// <param name="Name">City name, or station code.</param>
/// <param name="City">The city (for a station: its city in the registry on the period's last day, "" when unknown).</param>
/// <param name="Assessment">The assessment (<see cref="AirAssessmentResult.Indicators"/> = the air-core contract).</param>
public sealed record NetworkRow(NetworkLevel Level, string Name, string City, AirAssessmentResult Assessment);

/// <summary>Every city and every station of a data set assessed over one period under one standard, with the groups the
/// cities belong to (province always; 337, 168, 汾渭平原… by membership of the period's first year), each city's ranks in
/// them, and with a base period the change rates and their ranks.</summary>
/// <param name="Period">The period.</param>
/// <param name="Standard">GB 3095 version used for every row.</param>
/// <param name="Rows">Cities (name order) then stations (code order).</param>
public sealed record NetworkAssessmentResult(Period Period, AirQualityStandard Standard, IReadOnlyList<NetworkRow> Rows)
{
    /// <summary>Every group of the data's cities, computed on ALL of them (also when <see cref="Scope"/> restricts the rows).</summary>
    public IReadOnlyList<NetworkGroup> Groups { get; init; } = [];

    /// <summary>The group columns of the table, always all of them whatever the data (a stable scheme): the province, then
    /// the data-defined sets of <see cref="RankingSets.Sets"/> (key and title).</summary>
    public IReadOnlyList<(string Key, string Title)> GroupColumns { get; init; } = [(RankingSets.ProvinceKey, "全省")];

    /// <summary>The base period (<c>--base</c>), or null.</summary>
    public Period? Base { get; init; }

    /// <summary>Each city's assessment of the base period (same standard and settings), by city name; empty without a base.</summary>
    public IReadOnlyDictionary<string, AirAssessmentResult> BaseCities { get; init; } = new Dictionary<string, AirAssessmentResult>();

    /// <summary>The group the rows are restricted to (<c>--group</c>), or null for all.</summary>
    public NetworkGroup? Scope { get; init; }

    /// <summary>The groups written as rows: <see cref="Scope"/> alone when set, else every group.</summary>
    public IReadOnlyList<NetworkGroup> GroupRows => Scope is { } g ? [g] : Groups;

    /// <summary>The city's place in the group of column <paramref name="key"/>, or null when it is not a member.</summary>
    public GroupRank? RankOf(string city, string key) =>
        Groups.FirstOrDefault(g => g.Key == key && g.Ranks.ContainsKey(city))?.Ranks[city];

    /// <summary>The province group of <paramref name="city"/>, or null when its province is unknown.</summary>
    public NetworkGroup? ProvinceOf(string city) => Groups.FirstOrDefault(g => g.IsProvince && g.Ranks.ContainsKey(city));

    /// <summary>The keys of the groups <paramref name="city"/> belongs to, in column order.</summary>
    public IReadOnlyList<string> GroupKeysOf(string city) =>
        GroupColumns.Select(c => c.Key).Where(k => RankOf(city, k) is not null).ToArray();

    /// <summary>The city's base values and change rates, or null without a base period.</summary>
    public BaseChange? ChangeOf(string city) =>
        Base is null ? null
        : BaseChange.Of(Rows.First(r => r.Level == NetworkLevel.City && r.Name == city).Assessment.Indicators,
            BaseCities.TryGetValue(city, out var b) ? b.Indicators : AirAssessmentResult.IndicatorKeys.ToDictionary(k => k, _ => (decimal?)null));

    /// <summary>The group's base values and change rates, or null without a base period.</summary>
    public BaseChange? ChangeOf(NetworkGroup group) =>
        Base is null || group.BaseValues is null ? null : BaseChange.Of(group.Values.Indicators, group.BaseValues.Indicators);

    /// <summary>
    /// The same result restricted to one group's cities and their stations (<c>--group</c>): a province (河南, 河南省) or a
    /// set (汾渭平原, 长三角地区, 337, 168…). Ranks and the other groups stay as computed on all cities; only the chosen
    /// group's row is written. Throws <see cref="ArgumentException"/> (Chinese) when no city of the data belongs to it.
    /// </summary>
    public NetworkAssessmentResult Restrict(string group, RankingSets sets)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(sets);
        var info = sets.InfoOf(group);
        var key = CityRegistry.ProvinceKey(group.StartsWith(RankingSets.ProvincePrefix, StringComparison.Ordinal)
            ? group[RankingSets.ProvincePrefix.Length..] : group);
        var scope = info is not null
            ? Groups.FirstOrDefault(g => !g.IsProvince && g.Name == info.Set)
            : Groups.FirstOrDefault(g => g.IsProvince && CityRegistry.ProvinceKey(g.Name) == key);
        if (scope is null)
        {
            var known = info is not null || sets.Cities.IsProvince(key) || Groups.Any(g => g.IsProvince && CityRegistry.ProvinceKey(g.Name) == key);
            throw new ArgumentException(known
                ? $"数据中没有属于“{group}”的城市（按 {Period.Start.Year} 年的成员名单）"
                : $"没有名为“{group}”的城市组；可用：{string.Join("、", sets.SetNames)}，或省份名称（如 河南、河南省）");
        }
        var cities = scope.Cities.ToHashSet(StringComparer.Ordinal);
        return this with
        {
            Rows = Rows.Where(r => cities.Contains(r.Level == NetworkLevel.City ? r.Name : r.City)).ToArray(),
            Scope = scope,
        };
    }
}

/// <summary>
/// The assessment of a whole network in one call (province or national level): every city the station registry
/// places a station of the data in, and every station. Each row is exactly what <see cref="AirDataSet.CityDaily"/> +
/// <see cref="AirAssessment.Assess(CityDailyResult, Period, AirSettings, AirQualityStandard?, DustDays?)"/> give for
/// that city (the reference path, not a second implementation); station daily values are computed once and shared.
/// </summary>
public static class NetworkAssessment
{
    /// <summary>
    /// Assesses every city and station. <paramref name="standard"/> null = the GB 3095 version in force at the
    /// period's end; the daily AQI of the day counts uses the HJ 633 version that goes with it.
    /// </summary>
    /// <remarks>
    /// Groups: every province of the cities (from the city registry, else from the station list's province column) and
    /// every set of <paramref name="sets"/> (default <see cref="RankingSets.Default"/>) with a member among them, by
    /// membership of the period's first year. <paramref name="basePeriod"/>: each city is also assessed over it (same
    /// standard and settings) for change rates and their ranks.
    /// </remarks>
    public static NetworkAssessmentResult Assess(AirDataSet data, Period period, AirSettings settings,
        AirQualityStandard? standard = null, bool includeStations = true, Period? basePeriod = null, RankingSets? sets = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(settings);
        var chosen = standard ?? StandardVersions.AirQualityInForce(period.End);
        var aqiStandard = StandardVersions.AqiFor(chosen);
        var cities = data.Cities();
        var rows = new NetworkRow[cities.Count];
        var baseRows = new AirAssessmentResult?[cities.Count];
        // Computed once, before the cities share it.
        if (data.IsHourly && settings.CityAggregation == CityAggregation.DailyOfCityHourly) data.CityHourlyDaily(settings);
        else if (data.IsHourly) data.StationDaily(settings);
        // The hours the input holds, too: found on both cores here, not by the first city's thread while the others
        // wait for it (a computation that waits for the pool's threads must not start inside the cities' loop).
        _ = data.Feed;
        using var progress = Progress.Start("评价城市", cities.Count);
        Parallel.For(0, cities.Count, i =>
        {
            Interruption.ThrowIfRequested();
            var series = data.CityDaily(cities[i], settings, aqiStandard);
            rows[i] = new NetworkRow(NetworkLevel.City, cities[i], cities[i],
                AirAssessment.Assess(series, period, settings, chosen, data.Dust));
            if (basePeriod is not null) baseRows[i] = AirAssessment.Assess(series, basePeriod, settings, chosen, data.Dust);
            progress.Step(cities[i]);
        });
        var all = rows.ToList();
        if (includeStations && data.IsHourly)
        {
            var daily = data.StationDaily(settings);
            var order = Enumerable.Range(0, daily.Sites.Count).OrderBy(s => daily.Sites[s], StringComparer.Ordinal).ToArray();
            var stationRows = new NetworkRow[order.Length];
            Parallel.For(0, order.Length, k =>
            {
                var s = order[k];
                var code = daily.Sites[s];
                var city = data.Stations?.Find(code, period.End)?.City ?? "";
                // Dust lists name cities: a station takes its city's days.
                var result = data.Dust is not null && city.Length > 0
                    ? AirAssessment.AssessStation(daily, s, city, period, chosen, settings, data.Dust)
                    : AirAssessment.Assess(daily, s, period, chosen, settings, null, [code]);
                stationRows[k] = new NetworkRow(NetworkLevel.Station, code, city, result);
            });
            all.AddRange(stationRows);
        }
        sets ??= RankingSets.Default;
        var provinceOf = NetworkGroups.ProvinceResolver(data, sets.Cities);
        var baseCities = basePeriod is null ? new Dictionary<string, AirAssessmentResult>()
            : baseRows.Select(b => b!).ToDictionary(b => b.City, StringComparer.Ordinal);
        var groups = NetworkGroups.Compute(rows.Select(r => r.Assessment).ToArray(), basePeriod is null ? null : baseCities,
            sets, provinceOf, period.Start.Year);
        return new NetworkAssessmentResult(period, chosen, all)
        {
            Groups = groups,
            GroupColumns = sets.Sets.Select(s => (s.Key, s.Title)).Prepend((RankingSets.ProvinceKey, "全省")).ToArray(),
            Base = basePeriod,
            BaseCities = baseCities,
        };
    }
}
