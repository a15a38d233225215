using Workbench.Air.Compute;
using Workbench.Air.Results;
using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Charts;

/// <summary>One day of the calendar heat map.</summary>
/// <param name="Day">Date.</param>
/// <param name="Aqi">Daily AQI, null when no valid AQI.</param>
/// <param name="Level">AQI level 1–6 (HJ 633 Table 2), null when no valid AQI.</param>
/// <param name="Colour">Level colour (HJ 633 Appendix A), grey when missing.</param>
/// <param name="Week">Row of the day in its month panel (0 = first week; weeks start on Monday).</param>
/// <param name="Weekday">Column: 0 = Monday … 6 = Sunday.</param>
public sealed record CalendarDay(DateOnly Day, int? Aqi, int? Level, string Colour, int Week, int Weekday);

/// <summary>Data of the calendar heat map of one year.</summary>
/// <param name="City">City.</param>
/// <param name="Year">Year.</param>
/// <param name="Days">Every day of the year in order (days outside the series are missing).</param>
/// <param name="AqiStandard">AQI standard of the series (the latest day's).</param>
public sealed record CalendarData(string City, int Year, IReadOnlyList<CalendarDay> Days, AqiStandard AqiStandard)
{
    /// <summary>The period drawn (the calendar year <see cref="Year"/> unless built for another period).</summary>
    public Periods.Period Period { get; init; } = Periods.Period.Year(Year);

    /// <summary>Days per level 1–6 and missing (key 0).</summary>
    public IReadOnlyDictionary<int, int> Counts =>
        Days.GroupBy(d => d.Level ?? 0).ToDictionary(g => g.Key, g => g.Count());
}

/// <summary>Days of each AQI level in one month.</summary>
/// <param name="Label">"1月".</param>
/// <param name="DaysPerLevel">Index 0 = level 1 (优) … 5 = level 6 (严重污染).</param>
/// <param name="MissingDays">Calendar days without a valid AQI.</param>
public sealed record LevelDays(string Label, IReadOnlyList<int> DaysPerLevel, int MissingDays);

/// <summary>A two-period comparison of one quantity (秋冬季 figure).</summary>
/// <param name="Name">Quantity name ("PM2.5浓度").</param>
/// <param name="Unit">Unit ("微克/立方米", "天").</param>
/// <param name="Previous">Previous season.</param>
/// <param name="Current">Current season.</param>
/// <param name="Change">Change (percent for PM2.5, days for heavy days).</param>
/// <param name="Text">"同比下降15.0%" / "同比减少3天".</param>
public sealed record SeasonPair(string Name, string Unit, decimal? Previous, decimal? Current, decimal? Change, string Text);

/// <summary>Data of the 秋冬季 comparison.</summary>
/// <param name="City">City.</param>
/// <param name="PreviousLabel">"2023—2024年秋冬季".</param>
/// <param name="CurrentLabel">"2024—2025年秋冬季".</param>
/// <param name="Pm25">PM2.5 mean.</param>
/// <param name="HeavyDays">Heavy-pollution days (AQI &gt; 200).</param>
public sealed record AutumnWinterData(string City, string PreviousLabel, string CurrentLabel, SeasonPair Pm25, SeasonPair HeavyDays);

/// <summary>One bar of a ranking.</summary>
/// <param name="Rank">Rank (ties share a rank).</param>
/// <param name="Name">City.</param>
/// <param name="Value">Value.</param>
/// <param name="Highlighted">True for the analyst's own city.</param>
/// <param name="Colour">Bar colour.</param>
public sealed record RankingBar(int Rank, string Name, decimal Value, bool Highlighted, string Colour);

/// <summary>One pollutant's share of the composite index.</summary>
/// <param name="Pollutant">Pollutant.</param>
/// <param name="SubIndex">I_i.</param>
/// <param name="SharePercent">Share of the total, percent (1 decimal).</param>
/// <param name="Colour">Pollutant colour.</param>
public sealed record CompositeShare(Pollutant Pollutant, decimal SubIndex, decimal SharePercent, string Colour);

/// <summary>Pure functions for the calendar, day-count, season, ranking and share figures.</summary>
public static class MoreFigureData
{
    /// <summary>Every day of <paramref name="year"/> with its daily AQI, level and colour.</summary>
    public static CalendarData Calendar(CityDailyResult city, int year) => Calendar(city, Periods.Period.Year(year));

    /// <summary>The calendar of the days of <paramref name="period"/> (a 秋冬季: October to March), weeks counted per month.</summary>
    public static CalendarData Calendar(CityDailyResult city, Periods.Period period)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(period);
        var days = new List<CalendarDay>();
        var aqi = city.DailyAqi;
        var standard = city.AqiStandardAt(city.DayCount - 1);
        foreach (var day in period.Days())
        {
            var i = city.Table.IndexOfDay(day);
            int? value = i >= 0 && aqi[i].HasValue ? aqi[i].Aqi : null;
            var level = value is { } v ? AqiLevels.ForAqi(v).Number : (int?)null;
            var first = new DateOnly(day.Year, day.Month, 1);
            var offset = ((int)first.DayOfWeek + 6) % 7; // Monday = 0
            days.Add(new CalendarDay(day, value, level, level is { } l ? HouseStyle.AqiLevelColour(l) : HouseStyle.MissingColour,
                (day.Day - 1 + offset) / 7, ((int)day.DayOfWeek + 6) % 7));
        }
        return new CalendarData(city.City, period.Start.Year, days, standard) { Period = period };
    }

    /// <summary>Days per AQI level in each monthly assessment (the assessment's own day counts, HJ 633 levels).</summary>
    public static IReadOnlyList<LevelDays> DaysPerLevel(IEnumerable<AirAssessmentResult> monthly) =>
        monthly.OrderBy(r => r.Period.Start).Select(r => new LevelDays(
            HouseStyle.MonthLabel(r.Period.Start.Month),
            Enumerable.Range(1, 6).Select(l => r.DayCounts.DaysPerLevel.GetValueOrDefault(l)).ToArray(),
            r.DayCounts.CalendarDays - r.DayCounts.ValidDays)).ToArray();

    /// <summary>PM2.5 and heavy-pollution days of two 秋冬季 assessments, with the changes of <see cref="PeriodComparison.Change"/>.</summary>
    public static AutumnWinterData AutumnWinter(AirAssessmentResult current, AirAssessmentResult previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        SeasonPair Pair(string indicator, string name, string unit)
        {
            var c = PeriodComparison.Change(indicator, current.Indicators[indicator], previous.Indicators[indicator], "同比");
            return new SeasonPair(name, unit, c.Baseline, c.Current, c.Change, c.Text);
        }
        return new AutumnWinterData(current.City, previous.Period.Label, current.Period.Label,
            Pair("PM2.5", "PM2.5浓度", Pollutant.PM2_5.ChineseUnit()), Pair("heavy_days", "重污染天数", "天"));
    }

    /// <summary>Bars of a ranking in rank order, the analyst's city highlighted.</summary>
    public static IReadOnlyList<RankingBar> Ranking(IEnumerable<RankedEntry> entries, string? highlight) =>
        entries.OrderBy(e => e.Rank).ThenBy(e => e.Name, StringComparer.Ordinal).Select(e =>
        {
            var mine = highlight is not null && e.Name == highlight;
            return new RankingBar(e.Rank, e.Name, e.Value, mine, mine ? HouseStyle.HighlightColour : HouseStyle.NeutralColour);
        }).ToArray();

    /// <summary>Each pollutant's sub-index and share of the composite index, largest share first.</summary>
    /// <exception cref="ArgumentException">The result has no composite index.</exception>
    public static IReadOnlyList<CompositeShare> Shares(AirAssessmentResult result)
    {
        var composite = result.Composite ?? throw new ArgumentException($"{result.City}{result.Period.Label}没有综合指数（统计量不全）");
        return composite.SharePercent.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
            .Select(kv => new CompositeShare(kv.Key, composite.SubIndices[kv.Key], kv.Value, HouseStyle.PollutantColour(kv.Key))).ToArray();
    }
}
