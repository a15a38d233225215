using Workbench.Air.Method;
using Workbench.Air.Results;
using Workbench.Air.Tables;
using Workbench.Periods;
using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Air.Compute;

/// <summary>
/// Assessment of a city over a period (the numbers of a bulletin): period statistics (<see cref="PeriodStatistics"/>),
/// day counts from the daily AQI (<see cref="DayCounts"/>), the composite index on the REPORTED statistics
/// (<see cref="CompositeIndex"/>), dust-day exclusion per <see cref="AirSettings.Dust"/>. One standard version for
/// everything: the daily AQI of the day counts uses the HJ 633 version that goes with it, so a comparison of two
/// years under one standard is consistent. Default standard: the GB 3095 version in force at the period's end.
/// </summary>
public static class AirAssessment
{
    /// <summary>Assesses a city daily series computed by <see cref="CityDaily"/> (stations recorded).</summary>
    /// <remarks>The daily AQI the series already holds is reused for every day it was computed under the same HJ 633
    /// version and AQI settings and no dust rule changes it (the same numbers, computed once).</remarks>
    public static AirAssessmentResult Assess(CityDailyResult city, Period period, AirSettings settings,
        AirQualityStandard? standard = null, DustDays? dust = null)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(period);
        var stations = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<string>? previous = null;
        foreach (var d in SlotsOf(city.Table, period))
        {
            if (d < 0) continue;
            var on = city.StationsOn(d);
            if (ReferenceEquals(on, previous)) continue; // consecutive days often share one station list
            stations.UnionWith(on);
            previous = on;
        }
        return Assess(city.Table, 0, DustCityOf(city.Table.Sites[0]), period,
            standard ?? StandardVersions.AirQualityInForce(period.End), settings, dust,
            stations.Order(StringComparer.Ordinal).ToArray(), city);
    }

    /// <summary>
    /// The 12 monthly assessments of a year (the monthly table of a briefing), all under one standard (default: the
    /// version in force at the end of the year).
    /// </summary>
    public static IReadOnlyList<AirAssessmentResult> Monthly(CityDailyResult city, int year, AirSettings settings,
        AirQualityStandard? standard = null, DustDays? dust = null)
    {
        var s = standard ?? StandardVersions.AirQualityInForce(new DateOnly(year, 12, 31));
        return Enumerable.Range(1, 12).Select(m => Assess(city, Period.Month(year, m), settings, s, dust)).ToArray();
    }

    /// <summary>Assesses site <paramref name="site"/> of a city daily table (also a table imported from city-daily files).</summary>
    public static AirAssessmentResult Assess(DailyTable cityDaily, int site, Period period, AirQualityStandard standard,
        AirSettings settings, DustDays? dust = null, IReadOnlyList<string>? stations = null)
    {
        ArgumentNullException.ThrowIfNull(cityDaily);
        return Assess(cityDaily, site, DustCityOf(cityDaily.Sites[site]), period, standard, settings, dust, stations, null);
    }

    /// <summary>
    /// Assesses one station of a station daily table; dust lists name cities, so the station takes the sand-dust days
    /// of <paramref name="city"/> (its city in the registry). The result is named by the station code.
    /// </summary>
    public static AirAssessmentResult AssessStation(DailyTable stationDaily, int site, string city, Period period,
        AirQualityStandard standard, AirSettings settings, DustDays? dust = null)
    {
        ArgumentNullException.ThrowIfNull(stationDaily);
        ArgumentNullException.ThrowIfNull(city);
        return Assess(stationDaily, site, city, period, standard, settings, dust, [stationDaily.Sites[site]], null);
    }

    /// <summary>
    /// The status of the period's values: of the declared data, or, where the days carry their own status (a store
    /// holding audited and real-time days), 审核 when every day with a value is audited, 实时 when none is, otherwise
    /// mixed, with the number of audited days.
    /// </summary>
    private static (DataStatus Status, int AuditedDays) StatusOf(DailyTable daily, int site, Period period)
    {
        if (!daily.HasDayStatuses)
            return (daily.Status, daily.Status == DataStatus.Audited ? period.DayCount : 0);
        int audited = 0, realtime = 0, mixed = 0;
        for (var day = period.Start; day <= period.End; day = day.AddDays(1))
        {
            var d = daily.IndexOfDay(day);
            if (d < 0 || !HasValue(daily, site, d)) continue;
            switch (daily.DayStatus(site, d))
            {
                case DataStatus.Audited: audited++; break;
                case DataStatus.Mixed: mixed++; break;
                default: realtime++; break;
            }
        }
        var status = (audited, realtime, mixed) switch
        {
            (0, 0, 0) => daily.Status,
            (_, 0, 0) => DataStatus.Audited,
            (0, _, 0) => DataStatus.Realtime,
            _ => DataStatus.Mixed,
        };
        return (status, audited);
    }

    private static bool HasValue(DailyTable daily, int site, int d)
    {
        foreach (var k in Enum.GetValues<DailyIndicator>())
            if (daily.ValidCounts(k, site)[d] > 0) return true;
        return false;
    }

    private static DataSpan? SpanOf(DailyTable t) => t.DayCount > 0 ? new DataSpan(t.FirstDay, t.FirstDay.AddDays(t.DayCount - 1)) : null;

    /// <summary>Dust lists name cities: a district series "city/district" takes its city's days.</summary>
    private static string DustCityOf(string site) => site.Split('/')[0];

    /// <summary>The table slot of every day of the period, in order (-1 outside the table).</summary>
    private static IEnumerable<int> SlotsOf(DailyTable table, Period period)
    {
        var first = period.Start.DayNumber - table.FirstDay.DayNumber;
        for (var i = 0; i < period.DayCount; i++)
        {
            var d = first + i;
            yield return d >= 0 && d < table.DayCount ? d : -1;
        }
    }

    /// <summary>
    /// The assessment itself. <paramref name="dustCity"/> names the dust days that apply; <paramref name="computed"/>,
    /// when given, is the series the table belongs to, whose daily AQI is reused where it is the one this would compute.
    /// </summary>
    private static AirAssessmentResult Assess(DailyTable cityDaily, int site, string dustCity, Period period,
        AirQualityStandard standard, AirSettings settings, DustDays? dust, IReadOnlyList<string>? stations,
        CityDailyResult? computed)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Hj663_2026.EnsureSupported();
        var dustDays = dust is null ? new SortedSet<DateOnly>()
            : new SortedSet<DateOnly>(dust.DaysOf(dustCity).Where(period.Contains));

        var statistics = PeriodStatistics.Compute(cityDaily, site, period, standard, settings,
            settings.Dust.ExcludeFromPmStatistics ? dustDays : null);
        // The composite index takes the dust-excluded PM statistics only when its own policy says so.
        var compositeStatistics = settings.Dust.ExcludeFromCompositeIndex == settings.Dust.ExcludeFromPmStatistics
            ? statistics
            : PeriodStatistics.Compute(cityDaily, site, period, standard, settings,
                settings.Dust.ExcludeFromCompositeIndex ? dustDays : null);

        var aqiStandard = StandardVersions.AqiFor(standard);
        var reuse = computed is not null && computed.Settings.Aqi == settings.Aqi;
        var dustRecomputes = settings.Dust.ExcludeFromDayCounts && dustDays.Count > 0;
        // A store's station table keeps each day's AQI (KeptDailyAqi): taken where it is the one this would compute.
        var kept = computed is null ? cityDaily.KeptDailyAqi : null;
        var daily = period.DayCount <= 1024 ? stackalloc AqiValue[period.DayCount] : new AqiValue[period.DayCount];
        var first = period.Start.DayNumber - cityDaily.FirstDay.DayNumber;   // table slot of the period's first day
        for (var i = 0; i < daily.Length; i++)
        {
            var d = first + i;
            if (d < 0 || d >= cityDaily.DayCount) { daily[i] = AqiValue.None; continue; }
            var dustDay = dustRecomputes && dustDays.Contains(period.Start.AddDays(i));
            if (reuse && !dustDay && computed!.AqiStandardAt(d) == aqiStandard) { daily[i] = computed.DailyAqi[d]; continue; }
            if (kept is not null && !dustDay && KeptDailyAqi.Applies(aqiStandard, settings.Aqi, cityDaily.DayAt(d)))
            {
                daily[i] = kept[site * cityDaily.DayCount + d];
                continue;
            }
            var c = cityDaily.ConcentrationsOn(site, d);
            if (dustDay)
                c = c with { PM10 = double.NaN, PM2_5 = double.NaN }; // A5: AQI recomputed without PM on dust days
            daily[i] = DailyAqi.Compute(aqiStandard, c, settings.Aqi);
        }
        var counts = DayCounts.Compute(daily);

        var (status, auditedDays) = StatusOf(cityDaily, site, period);
        return new AirAssessmentResult(cityDaily.Sites[site], period, standard, aqiStandard, status, stations ?? [],
            statistics, counts, Composite(compositeStatistics, standard, settings), dust is not null,
            dustDays.ToArray(), settings)
        {
            AuditedDays = auditedDays,
            DataSpan = SpanOf(cityDaily),
            MissingDays = computed?.Feed is { } feed ? MissingDaysOf(feed, period, daily, settings) : null,
            ExcludedStations = computed is null ? [] : computed.ExcludedStations
                .Where(e => e.To >= period.Start && e.From <= period.End)
                .Select(e => e with { From = e.From < period.Start ? period.Start : e.From, To = e.To > period.End ? period.End : e.To })
                .ToArray(),
        };
    }

    /// <summary>
    /// Days of the period without a valid daily AQI, and which of them the input lacks the hours for: fewer hour
    /// labels in the whole input than a daily mean needs (<see cref="ValidityRules.MinHoursPerDay"/>).
    /// </summary>
    private static MissingDaysResult MissingDaysOf(FeedCoverage feed, Period period, ReadOnlySpan<AqiValue> daily, AirSettings settings)
    {
        var without = 0;
        var gaps = new List<FeedGapDay>();
        for (var i = 0; i < daily.Length; i++)
        {
            if (daily[i].HasValue) continue;
            without++;
            var day = period.Start.AddDays(i);
            var hours = feed.HoursOn(day, settings.DayBoundary);
            if (hours < settings.Validity.MinHoursPerDay) gaps.Add(new FeedGapDay(day, hours));
        }
        return new MissingDaysResult(without, gaps);
    }

    /// <summary>Composite index from the reported statistics (SO2, NO2, PM10, PM2.5 means; CO P95; O3 MDA8 P90), or null when one is missing.</summary>
    public static CompositeIndexResult? Composite(PeriodStatisticsResult statistics, AirQualityStandard standard, AirSettings settings)
    {
        var p = statistics.Pollutants;
        decimal?[] inputs = [p[Pollutant.SO2].Headline, p[Pollutant.NO2].Headline, p[Pollutant.PM10].Headline,
            p[Pollutant.PM2_5].Headline, p[Pollutant.CO].Headline, p[Pollutant.O3].Headline];
        if (inputs.Any(v => v is null)) return null;
        return CompositeIndex.Compute(standard, (double)inputs[0]!.Value, (double)inputs[1]!.Value, (double)inputs[2]!.Value,
            (double)inputs[3]!.Value, (double)inputs[4]!.Value, (double)inputs[5]!.Value, settings.Composite);
    }
}
