using Workbench.Air.Compute;
using Workbench.Air.Results;
using Workbench.Periods;
using Workbench.Standards;
using Workbench.Standards.Rounding;
using Workbench.Standards.Water;

namespace Workbench.Briefings.Statements;

/// <summary>
/// The statements of a briefing, in reading order: each kind of the catalogue fed with the briefing's rounded values
/// (the numbers of its tables), and left out when its inputs are absent (no targets, no districts, no water data).
/// The briefing workbook, <c>workbench brief --json</c>, the press release and notebook 01 all read this list.
/// </summary>
public static class BriefingStatements
{
    private static readonly Pollutant[] Order = [Pollutant.PM2_5, Pollutant.PM10, Pollutant.SO2, Pollutant.NO2, Pollutant.CO, Pollutant.O3];

    /// <summary>The statements of <paramref name="b"/>.</summary>
    public static IReadOnlyList<Statement> Compose(Briefing b)
    {
        var list = new List<Statement?>();
        var yoy = b.YearOnYear;
        var d = b.Current.DayCounts;
        var r = b.Ranking;

        list.Add(AirStatements.CompositeIndex(yoy["composite_index"].Current, yoy["composite_index"].Change));
        list.Add(RankStatements.Rank("composite_index", r.GroupTitle, r.Composite.Count, r.RankOf(b.City), r.ChangeRankOf(b.City)));
        list.Add(AirStatements.Pollutants(Order.Where(p => yoy[Headlines.IndicatorKey(p)].Current is not null)
            .Select(p => new PollutantLine(p, yoy[Headlines.IndicatorKey(p)].Current!.Value, yoy[Headlines.IndicatorKey(p)].Change,
                b.TargetOf(Headlines.IndicatorKey(p))?.Target.Value))
            .ToArray()));
        list.Add(PmRank(b));
        list.Add(ChangeRanks(b));
        list.Add(AirStatements.GoodDays(d.ValidDays > 0 ? d.GoodDays : null, yoy["good_days"].Change, d.GoodRatioPercent,
            yoy["good_ratio"].Change, b.TargetOf("good_ratio")?.Target.Value));
        list.Add(AirStatements.HeavyDays(d.ValidDays > 0 ? d.HeavyDays : null, yoy["heavy_days"].Change, b.TargetOf("heavy_days")?.Target.Value));
        list.Add(AirStatements.RisesAndFalls(Order.Select(p => Headlines.IndicatorKey(p)).Append("composite_index").Append("heavy_days").Append("good_days")
            .Select(k => new IndicatorMove(k, yoy[k].Change)).ToArray()));
        list.Add(TargetStatements.Targets(b.TargetGaps));
        list.AddRange(CompletionRanks(b));
        list.AddRange(MonthlyTargets(b));
        list.AddRange(Races(b));

        var sameSeason = b.Period.Kind != PeriodKind.Year;
        var histories = new[] { "PM10", "PM2.5", "composite_index", "good_days", "heavy_days" }
            .ToDictionary(k => k, k => new IndicatorHistory(k, b.History.Select(h => new YearValue(h.Period.Start.Year, h.Indicators[k])).ToArray()));
        list.Add(HistoryStatements.Streak([histories["PM10"], histories["PM2.5"]], sameSeason)
            ?? HistoryStatements.Streak([histories["PM2.5"]], sameSeason));
        // A 秋冬季 is named by its own label ("2015—2016年秋冬季以来"); other parts of a year say "2015年以来同期".
        var season = b.Period.Kind == PeriodKind.AutumnWinter;
        list.Add(HistoryStatements.Records([histories["PM2.5"], histories["composite_index"], histories["good_days"]], sameSeason && !season,
            season ? y => Period.AutumnWinter(y).Label : null));
        var five = b.FiveYear.Comparison;
        list.Add(HistoryStatements.CumulativeChange(five.Baseline.Label, Order.Select(p => (Headlines.IndicatorKey(p), five[Headlines.IndicatorKey(p)].Change)).ToArray()));
        list.Add(RankStatements.Districts("PM2.5", b.Districts.Select(x =>
            new DistrictValue(x.Name, x.Current.Indicators["PM2.5"], PeriodComparison.YearOnYear(x.Current, x.LastYear)["PM2.5"].Change)).ToArray()));

        if (BriefingWater.Summary(b) is { } w)
        {
            list.Add(WaterStatements.Sections(w.Sections.Count, w.TargetCount, w.Attained, w.ShareItoIII, w.ShareWorseThanV));
            list.Add(WaterStatements.Cwqi(w.Cwqi, w.CwqiChangeShown));
            var sources = w.Sections.Where(s => s.Section.DrinkingWaterSource && DrinkingWaterAttainment.SourceAttains(s.Evaluation) is not null)
                .Select(s => new DrinkingSourceOutcome(s.Section.Name, DrinkingWaterAttainment.SourceAttains(s.Evaluation)!.Value, s.Section.AnnualVolume))
                .ToArray();
            var dw = DrinkingWaterAttainment.Compute(sources);
            list.Add(WaterStatements.DrinkingWater(dw.SourceCount, dw.AttainedCount, dw.CountRatePercent));
        }
        return list.OfType<Statement>().ToArray();
    }

    /// <summary>PM2.5 by value and by change rate in the ranking group.</summary>
    private static Statement? PmRank(Briefing b)
    {
        var r = b.Ranking;
        var byValue = Ranking.ByIndicator(r.Assessments, "PM2.5");
        var pairs = r.Assessments.Zip(r.LastYear).Select(x => (x.First, x.Second)).ToArray();
        var byChange = pairs.Length == r.Assessments.Count ? Ranking.ByChangeRate(pairs, "PM2.5").Improvement : [];
        return RankStatements.Rank("PM2.5", r.GroupTitle, byValue.Count,
            byValue.FirstOrDefault(e => e.Name == b.City)?.Rank, byChange.FirstOrDefault(e => e.Name == b.City)?.Rank);
    }

    /// <summary>The change-rate (improvement) ranks of the pollutants after PM2.5 (stated with its value rank) in the ranking group.</summary>
    private static Statement? ChangeRanks(Briefing b)
    {
        var r = b.Ranking;
        if (r.LastYear.Count != r.Assessments.Count) return null;
        var pairs = r.Assessments.Zip(r.LastYear).ToArray();
        return RankStatements.ChangeRanks(b.City, r.GroupTitle, Order.Skip(1)
            .Select(p => (Headlines.IndicatorKey(p), Ranking.ByChangeRate(pairs, Headlines.IndicatorKey(p)).Improvement)).ToArray());
    }

    /// <summary>Completion-rate ranks of the indicators the city has an absolute target for, among the group's cities
    /// with a target for the same indicator and period.</summary>
    private static IEnumerable<Statement?> CompletionRanks(Briefing b)
    {
        var r = b.Ranking;
        if (r.LastYear.Count != r.Assessments.Count) yield break;
        foreach (var gap in b.TargetGaps.Where(g => g.Target.Kind == TargetKind.Absolute))
        {
            var rates = new List<(string City, decimal Rate)>();
            for (var i = 0; i < r.Assessments.Count; i++)
            {
                var a = r.Assessments[i];
                var t = b.Request.Targets.FirstOrDefault(t => t.Kind == TargetKind.Absolute && t.Indicator == gap.Target.Indicator
                    && t.Period == b.Period && DustDays.NormaliseCity(t.City) == DustDays.NormaliseCity(a.City));
                if (t is null) continue;
                if (RankStatements.CompletionRatePercent(t.Indicator, r.LastYear[i].Indicators[t.Indicator], a.Indicators[t.Indicator], t.Value) is { } rate)
                    rates.Add((a.City, rate));
            }
            var ranked = Ranking.Rank(rates, ascending: false);
            var mine = ranked.FirstOrDefault(e => e.Name == b.City);
            yield return RankStatements.CompletionRank(gap.Target.Indicator, r.GroupTitle, ranked.Count, mine?.Value, mine?.Rank);
        }
    }

    /// <summary>Monthly targets over the months of a period longer than a month, one statement per indicator.</summary>
    private static IEnumerable<Statement?> MonthlyTargets(Briefing b)
    {
        if (b.Period.Kind == PeriodKind.Month) yield break;
        var gaps = b.Months.SelectMany(m => AirTargets.Evaluate(m.Current, b.Request.Targets, m.LastYear)
            .Where(g => g.Target.Period.Kind == PeriodKind.Month).Select(g => (m.Month, Gap: g))).ToArray();
        foreach (var group in gaps.GroupBy(g => (g.Gap.Target.Indicator, g.Gap.Target.Kind)))
            yield return TargetStatements.MonthlyTargets(group.Key.Indicator, group.ToArray());
    }

    /// <summary>
    /// The year-end race against every absolute target of the city whose period starts with the briefing's and ends
    /// after it: PM2.5 and PM10 allowed means, good days needed, heavy days allowed.
    /// </summary>
    private static IEnumerable<Statement?> Races(Briefing b)
    {
        var city = DustDays.NormaliseCity(b.City);
        var p = b.Period;
        foreach (var t in b.Request.Targets.Where(t => t.Kind == TargetKind.Absolute && DustDays.NormaliseCity(t.City) == city
                     && t.Period.Start == p.Start && t.Period.End > p.End))
        {
            var remaining = t.Period.End.DayNumber - p.End.DayNumber;
            var d = b.Current.DayCounts;
            RaceResult? race = t.Indicator switch
            {
                "PM2.5" or "PM10" => SumSoFar(b.Current, t.Indicator) is { } sum
                    ? YearEndRace.AllowedMean(t.Indicator, t.Value, t.Period.DayCount, sum, remaining) : null,
                "good_ratio" or "good_days" => d.ValidDays > 0 ? YearEndRace.GoodDaysNeeded(t.Indicator, t.Value, t.Period.DayCount, d.GoodDays, remaining) : null,
                "heavy_days" => d.ValidDays > 0 ? YearEndRace.HeavyDaysAllowed(t.Value, t.Period.DayCount, d.HeavyDays, remaining) : null,
                _ => null,
            };
            if (race is not null)
                yield return RaceStatements.Race(race, t.Period.Label, YearEndRace.RemainingLabel(p.End.AddDays(1), t.Period.End));
        }
    }

    /// <summary>
    /// The sum of the valid daily values of the period = unrounded mean × valid days, the days the assessment counts
    /// (dust days left out when its dust setting leaves them out of the PM statistics); 6 decimals.
    /// </summary>
    private static decimal? SumSoFar(AirAssessmentResult a, string indicator)
    {
        var stats = a.Statistics.Pollutants[indicator == "PM10" ? Pollutant.PM10 : Pollutant.PM2_5];
        return a.Unrounded(indicator) is { } mean ? GbT8170.Round(mean * stats.ValidDays, 6) : null;
    }
}
