using Workbench.Air;
using Workbench.Air.Compute;
using Workbench.Air.Results;
using Workbench.Periods;
using Workbench.Registries;
using Workbench.Scale;
using Workbench.Standards;

namespace Workbench.Briefings;

/// <summary>
/// Computes the content of a briefing from an <see cref="AirDataSet"/>: every figure comes from the library's air
/// computations (<see cref="AirAssessment"/>, <see cref="PeriodComparison"/>, <see cref="Ranking"/>, <see cref="AirTargets"/>);
/// nothing is recomputed here. One standard version for the period and its year-on-year base, one (possibly other)
/// version for the five-year comparison, both stated.
/// </summary>
public static class BriefingCompute
{
    /// <summary>Computes the briefing of <paramref name="request"/> on <paramref name="data"/>.</summary>
    public static Briefing Compute(AirDataSet data, BriefingRequest request)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        var period = request.Period;
        var settings = request.Settings;
        var standard = request.Standard ?? StandardVersions.AirQualityInForce(period.End);
        var aqi = StandardVersions.AqiFor(standard);

        var series = data.CityDaily(request.City, settings, aqi);
        var current = AirAssessment.Assess(series, period, settings, standard, data.Dust);
        var lastYear = AirAssessment.Assess(series, period.SamePeriodLastYear(), settings, standard, data.Dust);
        var yoy = PeriodComparison.YearOnYear(current, lastYear);
        var gaps = AirTargets.Evaluate(current, request.Targets, lastYear);

        var months = MonthsOf(period)
            .Select(m => new BriefingMonth(m, AirAssessment.Assess(series, m, settings, standard, data.Dust),
                AirAssessment.Assess(series, m.SamePeriodLastYear(), settings, standard, data.Dust)))
            .ToArray();

        var ranking = Rank(data, request, current, lastYear, standard);
        var fiveYear = FiveYear(data, request, series);
        var methods = Methods(data, request, current, standard);
        var daily = period.Days().Select(day =>
        {
            var d = day.DayNumber - series.FirstDay.DayNumber;
            return d >= 0 && d < series.DayCount && series.DailyAqi[d].HasValue ? (int?)series.DailyAqi[d].Aqi : null;
        }).ToArray();
        var briefing = new Briefing(request, current, lastYear, yoy, gaps, months, ranking, fiveYear, request.Water, methods, daily, [])
        {
            History = History(data, request, series, current, standard),
            Districts = Districts(data, request, standard),
        };
        return briefing with { Statements = Statements.BriefingStatements.Compose(briefing) };
    }

    /// <summary>The calendar months a period touches, in order (a 秋冬季 gives October to March).</summary>
    public static IReadOnlyList<Period> MonthsOf(Period period) => PeriodSeries.Months(period);

    private static BriefingRanking Rank(AirDataSet data, BriefingRequest request, AirAssessmentResult current,
        AirAssessmentResult lastYear, AirQualityStandard standard)
    {
        var aqi = StandardVersions.AqiFor(standard);
        var pairs = new List<(AirAssessmentResult Current, AirAssessmentResult Baseline)>();
        // Ranked within the city's province group (全省第N); over all cities of the data when its province is unknown.
        var provinceOf = NetworkGroups.ProvinceResolver(data);
        var province = provinceOf(current.City);
        var key = province is null ? null : CityRegistry.ProvinceKey(province);
        foreach (var city in data.Cities().Where(c => key is null || (provinceOf(c) is { } p && CityRegistry.ProvinceKey(p) == key)))
        {
            if (city == current.City) { pairs.Add((current, lastYear)); continue; }
            var s = data.CityDaily(city, request.Settings, aqi);
            pairs.Add((AirAssessment.Assess(s, request.Period, request.Settings, standard, data.Dust),
                AirAssessment.Assess(s, request.Period.SamePeriodLastYear(), request.Settings, standard, data.Dust)));
        }
        if (!pairs.Any(p => p.Current.City == current.City)) pairs.Add((current, lastYear));
        var assessments = pairs.Select(p => p.Current).ToArray();
        var composite = Ranking.ByCompositeIndex(assessments, out var unranked);
        return new BriefingRanking(composite, Ranking.ByChangeRate(pairs), unranked, assessments,
            pairs.ToDictionary(p => p.Current.City, p => p.Baseline.Indicators["composite_index"]))
        {
            LastYear = pairs.Select(p => p.Baseline).ToArray(),
            Group = province,
            GroupTitle = province is null ? null : NetworkGroups.ProvinceTitle(province),
        };
    }

    /// <summary>The same period in each year from the first the data reach to the current one (the current assessment last).</summary>
    private static IReadOnlyList<AirAssessmentResult> History(AirDataSet data, BriefingRequest request, CityDailyResult series,
        AirAssessmentResult current, AirQualityStandard standard)
    {
        if (data.Span is not { } span) return [current];
        var year = request.Period.Start.Year;
        var list = new List<AirAssessmentResult>();
        for (var y = span.First.Year; y < year; y++)
        {
            var p = request.Period.ShiftYears(y - year);
            if (p.Start < span.First) continue;   // a period the data only partly reach is no year of the series
            list.Add(AirAssessment.Assess(series, p, request.Settings, standard, data.Dust));
        }
        list.Add(current);
        return list;
    }

    /// <summary>
    /// The city's districts (the 区县 of its stations in the registry, on the period's last day), each the mean of its
    /// stations' daily values; none when the registry names fewer than two districts or the input is a city table.
    /// </summary>
    private static IReadOnlyList<BriefingDistrict> Districts(AirDataSet data, BriefingRequest request, AirQualityStandard standard)
    {
        if (data.Stations is not { } registry || !data.IsHourly) return [];
        var names = registry.DistrictsOf(request.City, request.Period.End);
        if (names.Count < 2) return [];
        var daily = data.StationDaily(request.Settings);
        var aqi = StandardVersions.AqiFor(standard);
        var city = registry.Cities.TryResolve(request.City, out var info) ? info.Name : request.City;
        return names.Select(d =>
        {
            var s = CityDaily.ComputeDistrict(daily, registry, city, d, request.Settings, aqi);
            return new BriefingDistrict(d, AirAssessment.Assess(s, request.Period, request.Settings, standard, data.Dust),
                AirAssessment.Assess(s, request.Period.SamePeriodLastYear(), request.Settings, standard, data.Dust));
        }).ToArray();
    }

    private static BriefingFiveYear FiveYear(AirDataSet data, BriefingRequest request, CityDailyResult series)
    {
        var year = request.Period.Start.Year;
        var baseYear = request.BaseYear ?? BriefingRequest.DefaultBaseYear(year);
        if (baseYear >= year) throw new ArgumentException($"五年对比的基准年（{baseYear}）须早于当前年份（{year}）");
        var basePeriod = request.Period.ShiftYears(baseYear - year);
        // Both ends under ONE version: by default the one in force at the base period's end (GB 3095-2012 for 2015/2020).
        var standard = request.FiveYearStandard ?? StandardVersions.AirQualityInForce(basePeriod.End);
        var s = StandardVersions.AqiFor(standard) == StandardVersions.AqiFor(request.Standard ?? StandardVersions.AirQualityInForce(request.Period.End))
            ? series : data.CityDaily(request.City, request.Settings, StandardVersions.AqiFor(standard));
        var years = Enumerable.Range(0, year - baseYear + 1)
            .Select(k => AirAssessment.Assess(s, request.Period.ShiftYears(baseYear + k - year), request.Settings, standard, data.Dust))
            .ToArray();
        return new BriefingFiveYear(baseYear, standard, years, PeriodComparison.AgainstBaseYear(years[^1], years[0]));
    }

    private static BriefingMethods Methods(AirDataSet data, BriefingRequest request, AirAssessmentResult current, AirQualityStandard standard)
    {
        var registry = data.Stations;
        (string, string) Named(string code) =>
            (code, registry?.Find(code, current.Period.End)?.Name ?? registry?.History(code).LastOrDefault()?.Name ?? "");
        var used = current.Stations.Select(Named).ToArray();
        return new BriefingMethods(standard, used, current.ExcludedStations, current.DustDays, current.DustApplied, request.Sources, request.GeneratedAt);
    }
}
