using static Workbench.Briefings.Statements.StatementText;

namespace Workbench.Briefings.Statements;

/// <summary>One year's value of an indicator over the same period (the year the period starts in).</summary>
/// <param name="Year">The year.</param>
/// <param name="Value">Reported value, or null (no valid data that year).</param>
public sealed record YearValue(int Year, decimal? Value);

/// <summary>An indicator's values over the years present, oldest first, the last being the current period.</summary>
/// <param name="Indicator">Indicator key.</param>
/// <param name="Years">Values year by year, consecutive years, oldest first.</param>
public sealed record IndicatorHistory(string Indicator, IReadOnlyList<YearValue> Years);

/// <summary>
/// Statement kinds over the years: a streak of falls (<c>streak</c>, also for two pollutants together), a record over
/// the years present (<c>record</c>), and the cumulative change against a base year (<c>cumulative-change</c>).
/// </summary>
public static class HistoryStatements
{
    /// <summary>
    /// Consecutive year-on-year improvements ending with the last year (a fall for concentrations, the index and heavy
    /// days; a rise for good days and ratio): 60, 55, 57, 52, 50 gives 2. A missing or equal year ends the streak.
    /// </summary>
    public static int StreakLength(IndicatorHistory h)
    {
        var higher = Air.Compute.AirTargets.HigherIsBetter(h.Indicator);
        var n = 0;
        for (var i = h.Years.Count - 1; i > 0; i--)
        {
            if (h.Years[i].Value is not { } now || h.Years[i - 1].Value is not { } before || h.Years[i].Year != h.Years[i - 1].Year + 1) break;
            if (higher ? now > before : now < before) n++; else break;
        }
        return n;
    }

    /// <summary>
    /// "PM2.5浓度连续五年下降，累计下降35.6%。" or, for two indicators, "PM10、PM2.5浓度连续五年实现“双下降”，累计下降
    /// 幅度分别达到35.3%、35.6%。": the common streak of the indicators (at least two years), the cumulative change from
    /// the year before it began (1 decimal). <paramref name="sameSeason"/> says "同期" for a period shorter than a year.
    /// </summary>
    public static Statement? Streak(IReadOnlyList<IndicatorHistory> histories, bool sameSeason = false)
    {
        if (histories.Count is < 1 or > 2) return null;
        var n = histories.Min(StreakLength);
        if (n < 2) return null;
        var changes = histories.Select(h =>
        {
            var before = h.Years[^(n + 1)].Value!.Value;
            return before == 0 ? (decimal?)null : Standards.ChangeRate.Percent(h.Years[^1].Value!.Value, before, 1);
        }).ToArray();
        var years = $"连续{(n == 2 ? "两" : Headlines.ChineseCount(n))}年{(sameSeason ? "同期" : "")}";
        var higher = Air.Compute.AirTargets.HigherIsBetter(histories[0].Indicator);
        var verb = higher ? "上升" : "下降";
        string text;
        if (histories.Count == 1)
            text = $"{IndicatorName(histories[0].Indicator)}{years}{(histories[0].Indicator is "good_days" or "heavy_days" ? (higher ? "增加" : "减少") : verb)}"
                + (changes[0] is { } c ? $"，累计{Headlines.PercentChange(c)}" : "") + "。";
        else
        {
            var names = histories.Select(h => IndicatorName(h.Indicator)).ToArray();
            var both = names.All(x => x.EndsWith("浓度", StringComparison.Ordinal))
                ? string.Join("、", names.Select(x => x[..^2])) + "浓度" : string.Join("、", names);
            text = $"{both}{years}实现“双{verb}”"
                + (changes.All(c => c is not null) ? $"，累计{verb}幅度分别达到{string.Join("、", changes.Select(c => Headlines.Number(Math.Abs(c!.Value), 1) + "%"))}" : "")
                + "。";
        }
        var values = new List<(string, decimal?)> { ("years", n), ("from_year", histories[0].Years[^(n + 1)].Year) };
        for (var i = 0; i < histories.Count; i++) values.Add((histories[i].Indicator + "_cumulative_change_percent", changes[i]));
        return Make("streak", text, [.. values]);
    }

    /// <summary>
    /// "PM2.5浓度、综合指数为2015年以来同期最低，优良天数为2015年以来同期最多。": indicators whose current value is
    /// strictly better than every earlier year present (at least two earlier years with a value); "以来" names the first
    /// year with data, so nothing is claimed beyond the years present. <paramref name="since"/> names that year's period
    /// where a year alone would mislead ("2015—2016年秋冬季以来"). Null when no indicator holds a record.
    /// </summary>
    public static Statement? Records(IReadOnlyList<IndicatorHistory> histories, bool sameSeason = false, Func<int, string>? since = null)
    {
        var lows = new List<string>();
        var highs = new List<string>();
        var values = new List<(string, decimal?)>();
        int? first = null;
        foreach (var h in histories)
        {
            if (h.Years.Count < 3 || h.Years[^1].Value is not { } now) continue;
            var earlier = h.Years.Take(h.Years.Count - 1).Where(y => y.Value is not null).ToArray();
            if (earlier.Length < 2) continue;
            var higher = Air.Compute.AirTargets.HigherIsBetter(h.Indicator);
            if (!earlier.All(y => higher ? now > y.Value!.Value : now < y.Value!.Value)) continue;
            // "最低/最少" for lower-is-better, "最高/最多" for the good days; one "以来" year per statement (the earliest).
            first = first is { } s ? Math.Min(s, earlier[0].Year) : earlier[0].Year;
            (higher ? highs : lows).Add(IndicatorName(h.Indicator));
            values.Add((h.Indicator, now));
        }
        if (lows.Count + highs.Count == 0) return null;
        var when = $"为{(since is null ? $"{first}年" : since(first!.Value))}以来{(sameSeason ? "同期" : "")}";
        var parts = new List<string>();
        if (lows.Count > 0) parts.Add($"{string.Join("、", lows)}{when}最{(lows.All(n => n.EndsWith("天数", StringComparison.Ordinal)) ? "少" : "低")}");
        if (highs.Count > 0) parts.Add($"{string.Join("、", highs)}{when}最{(highs.All(n => n == "优良天数") ? "多" : "高")}");
        values.Add(("since_year", first));
        return Make("record", string.Join("，", parts) + "。", [.. values]);
    }

    /// <summary>"与2015年相比，PM2.5浓度下降35.6%，二氧化硫浓度下降76.0%。" (indicators without a change left out; null when none).</summary>
    public static Statement? CumulativeChange(string baseLabel, IReadOnlyList<(string Indicator, decimal? ChangePercent)> changes)
    {
        var present = changes.Where(c => c.ChangePercent is not null).ToArray();
        if (present.Length == 0) return null;
        var text = $"与{baseLabel}相比，{string.Join("，", present.Select(c => IndicatorName(c.Indicator) + Headlines.PercentChange(c.ChangePercent!.Value)))}。";
        return Make("cumulative-change", text, [.. present.Select(c => (c.Indicator + "_change_percent", c.ChangePercent))]);
    }
}
