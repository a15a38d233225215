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
    public static AirAssessmentResult Assess(CityDailyResult city, Period period, AirSettings settings,
        AirQualityStandard? standard = null, DustDays? dust = null)
    {
        ArgumentNullException.ThrowIfNull(city);
        var stations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var day in period.Days())
        {
            var d = city.Table.IndexOfDay(day);
            if (d >= 0) stations.UnionWith(city.StationsOn(d));
        }
        return Assess(city.Table, 0, period, standard ?? StandardVersions.AirQualityInForce(period.End), settings, dust, stations.ToArray());
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
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(settings);
        var city = cityDaily.Sites[site];
        // Dust lists name cities: a district series "city/district" takes its city's days.
        var dustDays = dust is null ? new SortedSet<DateOnly>()
            : new SortedSet<DateOnly>(dust.DaysOf(city.Split('/')[0]).Where(period.Contains));

        var statistics = PeriodStatistics.Compute(cityDaily, site, period, standard, settings,
            settings.Dust.ExcludeFromPmStatistics ? dustDays : null);
        // The composite index takes the dust-excluded PM statistics only when its own policy says so.
        var compositeStatistics = settings.Dust.ExcludeFromCompositeIndex == settings.Dust.ExcludeFromPmStatistics
            ? statistics
            : PeriodStatistics.Compute(cityDaily, site, period, standard, settings,
                settings.Dust.ExcludeFromCompositeIndex ? dustDays : null);

        var aqiStandard = StandardVersions.AqiFor(standard);
        var daily = new AqiValue[period.DayCount];
        var i = 0;
        foreach (var day in period.Days())
        {
            var d = cityDaily.IndexOfDay(day);
            if (d < 0) { daily[i++] = AqiValue.None; continue; }
            var c = CityDaily.ConcentrationsOf(cityDaily, site, d);
            if (settings.Dust.ExcludeFromDayCounts && dustDays.Contains(day))
                c = c with { PM10 = double.NaN, PM2_5 = double.NaN }; // A5: AQI recomputed without PM on dust days
            daily[i++] = DailyAqi.Compute(aqiStandard, c, settings.Aqi);
        }
        var counts = DayCounts.Compute(daily);

        return new AirAssessmentResult(city, period, standard, aqiStandard, cityDaily.Status, stations ?? [],
            statistics, counts, Composite(compositeStatistics, standard, settings), dust is not null,
            dustDays.ToArray(), settings);
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
