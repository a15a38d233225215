using Workbench.Air.Compute;
using static Workbench.Briefings.Statements.StatementText;

namespace Workbench.Briefings.Statements;

/// <summary>A district's value and change (区县, from the stations' 区县 in the registry).</summary>
/// <param name="District">District name.</param>
/// <param name="Value">Reported value of the indicator, or null.</param>
/// <param name="ChangePercent">同比 change in percent (1 decimal), or null.</param>
public sealed record DistrictValue(string District, decimal? Value, decimal? ChangePercent);

/// <summary>
/// Statement kinds of rankings: rank within a group by value and by change rate (<c>rank</c>), the change-rate ranks of
/// the other pollutants (<c>change-ranks</c>), target completion rate rank (<c>target-completion-rank</c>), and district values with their ranking (<c>districts</c>). Ties share a rank
/// (<see cref="Ranking.Rank"/>).
/// </summary>
public static class RankStatements
{
    /// <summary>
    /// "综合指数在全省5个城市中排第2位，改善幅度排第1位。": rank by value (1 = best) and by change rate (1 = largest
    /// improvement) in a group (全省; null = the cities of the data). Null when neither rank is known or the group has one city.
    /// </summary>
    public static Statement? Rank(string indicator, string? groupTitle, int cityCount, int? rank, int? changeRank)
    {
        if (cityCount < 2 || (rank is null && changeRank is null)) return null;
        var parts = new List<string>();
        if (rank is { } r) parts.Add($"{IndicatorName(indicator)}在{groupTitle}{cityCount}个城市中排第{r}位");
        if (changeRank is { } c)
            parts.Add(rank is null ? $"{IndicatorName(indicator)}改善幅度在{groupTitle}{cityCount}个城市中排第{c}位" : $"改善幅度排第{c}位");
        return Make("rank", string.Join("，", parts) + "。", (indicator + "_rank", rank), (indicator + "_change_rank", changeRank), ("cities", cityCount));
    }

    /// <summary>
    /// "PM10、二氧化硫、一氧化碳浓度同比改善幅度在全省5个城市中分别排第2、1、2位。": the city's change-rate (improvement)
    /// rank of each pollutant in <paramref name="improvement"/>, in the given order, as the PM2.5 and composite-index
    /// ranks state it (1 = largest fall; ties share a rank, <see cref="Ranking.Rank"/>). A pollutant the city is not
    /// ranked on, or ranked among fewer than two cities, is left out; pollutants ranked among different numbers of cities
    /// get a clause each. Null when none is left.
    /// </summary>
    /// <param name="city">The briefing's city.</param>
    /// <param name="groupTitle">全省, 全区 … (null = the cities of the data).</param>
    /// <param name="improvement">Per indicator key, the group's improvement ranking (<see cref="ChangeRanking.Improvement"/>).</param>
    public static Statement? ChangeRanks(string city, string? groupTitle, IReadOnlyList<(string Indicator, IReadOnlyList<RankedEntry> Improvement)> improvement)
    {
        ArgumentNullException.ThrowIfNull(improvement);
        var mine = improvement
            .Where(x => x.Improvement.Count >= 2)
            .Select(x => (x.Indicator, Entry: x.Improvement.FirstOrDefault(e => e.Name == city), Cities: x.Improvement.Count))
            .Where(x => x.Entry is not null)
            .ToArray();
        if (mine.Length == 0) return null;
        var clauses = mine.GroupBy(x => x.Cities).Select(g =>
        {
            var names = g.Select(x => IndicatorName(x.Indicator)).ToArray();
            // "PM10、二氧化硫浓度": the shared 浓度 written once.
            var subject = names.All(n => n.EndsWith("浓度", StringComparison.Ordinal)) ? string.Join("、", names.Select(n => n[..^2])) + "浓度" : string.Join("、", names);
            var ranks = string.Join("、", g.Select(x => x.Entry!.Rank));
            return $"{subject}同比改善幅度在{groupTitle}{g.Key}个城市中{(names.Length > 1 ? "分别" : "")}排第{ranks}位";
        });
        var values = mine.SelectMany(x => new (string, decimal?)[] { (x.Indicator + "_change_rank", x.Entry!.Rank), (x.Indicator + "_change_rank_cities", x.Cities) });
        return Make("change-ranks", string.Join("；", clauses) + "。", [.. values]);
    }

    /// <summary>
    /// Target completion rate (目标完成率) of a lower-is-better indicator: (last year − actual) / (last year − target) ×
    /// 100 %, GB/T 8170 to 1 decimal (the share of the improvement the target asks for that was achieved; over 100 % =
    /// exceeded); the same formula serves good days and ratio (both differences change sign). Null when the target asks
    /// for no improvement on last year (last year already met it: the rate would have no meaning) or a value is missing.
    /// </summary>
    public static decimal? CompletionRatePercent(string indicator, decimal? lastYear, decimal? actual, decimal target)
    {
        if (lastYear is not { } b || actual is not { } a) return null;
        if (AirTargets.HigherIsBetter(indicator) ? b >= target : b <= target) return null;
        return Standards.Rounding.GbT8170.Round((b - a) / (b - target) * 100m, 1);
    }

    /// <summary>"重污染天数目标完成率125.0%，居全省第2位（5个城市）。"</summary>
    public static Statement? CompletionRank(string indicator, string? groupTitle, int cityCount, decimal? ratePercent, int? rank)
    {
        if (cityCount < 2 || rank is not { } r || ratePercent is not { } rate) return null;
        return Make("target-completion-rank",
            $"{IndicatorName(indicator)}目标完成率{Headlines.Number(rate, 1)}%，居{(groupTitle ?? "")}第{r}位（{cityCount}个城市）。",
            (indicator + "_completion_rate_percent", rate), (indicator + "_completion_rank", r), ("cities", cityCount));
    }

    /// <summary>
    /// "各区县PM2.5浓度由低到高依次为：高新区45微克/立方米、南湖区48微克/立方米、东城区52微克/立方米；同比改善幅度最大的是高新区（下降5.0%）。"
    /// Districts without a value are named at the end ("无有效数据：…"). Null with fewer than two districts with a value.
    /// </summary>
    public static Statement? Districts(string indicator, IReadOnlyList<DistrictValue> districts)
    {
        var with = districts.Where(d => d.Value is not null).ToArray();
        if (with.Length < 2) return null;
        var higherIsBetter = AirTargets.HigherIsBetter(indicator);
        var ranked = Ranking.Rank(with.Select(d => (d.District, d.Value!.Value)), ascending: !higherIsBetter);
        var text = $"各区县{IndicatorName(indicator)}由{(higherIsBetter ? "高到低" : "低到高")}依次为："
            + string.Join("、", ranked.Select(e => e.Name + Value(indicator, e.Value)));
        var changes = Ranking.Rank(with.Where(d => d.ChangePercent is not null).Select(d => (d.District, d.ChangePercent!.Value)),
            ascending: !higherIsBetter);
        if (changes.Count >= 2)
        {
            var best = changes.Where(e => e.Rank == 1).Select(e => e.Name).ToArray();
            text += $"；同比改善幅度最大的是{string.Join("、", best)}（{Headlines.PercentChange(changes[0].Value)}）";
        }
        var missing = districts.Where(d => d.Value is null).Select(d => d.District).ToArray();
        if (missing.Length > 0) text += $"；{string.Join("、", missing)}无有效数据";
        var values = new List<(string, decimal?)>();
        foreach (var e in ranked)
        {
            values.Add((e.Name, e.Value));
            values.Add((e.Name + "_rank", e.Rank));
            values.Add((e.Name + "_change_percent", with.First(d => d.District == e.Name).ChangePercent));
        }
        return Make("districts", text + "。", [.. values]);
    }
}
