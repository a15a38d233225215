using Workbench.Air.Compute;
using Workbench.Air.Method;
using Workbench.Air.Results;
using Workbench.Periods;
using Workbench.Standards;
using Workbench.Water.Results;

namespace Workbench.Charts;

/// <summary>What the press-figure set is drawn from: city daily series (already computed) and water assessments.</summary>
/// <param name="City">The analyst's city.</param>
/// <param name="Cities">Daily series of every city to rank (the analyst's city included).</param>
/// <param name="Period">Current period (a year, month, quarter, half, 秋冬季, 1–N月累计 or a range of whole months up to a year):
/// every figure shows this period and the same period of earlier years.</param>
/// <param name="BaseYear">Start year of the base period of the five-year comparison (2015 → 2015—2016年秋冬季 for a 秋冬季).</param>
/// <param name="Standard">GB 3095 version used for every period, so they compare (the one in force at the current period's end by default).</param>
/// <param name="Settings">Air settings.</param>
/// <param name="Dust">Sand-dust days, when known.</param>
/// <param name="Targets">Targets (may be empty).</param>
/// <param name="AirSource">Air data source named on source lines.</param>
/// <param name="Water">Annual water assessments, oldest first (may be empty).</param>
/// <param name="WaterSource">Water data source named on source lines.</param>
public sealed record PressFigureInputs(
    CityDailyResult City, IReadOnlyList<CityDailyResult> Cities, Period Period, int BaseYear, AirQualityStandard Standard,
    AirSettings Settings, DustDays? Dust, IReadOnlyList<AirTarget> Targets, string AirSource,
    IReadOnlyList<WaterAssessmentResult> Water, string WaterSource)
{
    /// <summary>The start year of the current period.</summary>
    public int Year => Period.Start.Year;
}

/// <summary>The whole press-figure catalogue for one city and year, numbered in reading order.</summary>
public static class PressFigureSet
{
    /// <summary>
    /// Computes the assessments the figures need and builds every catalogue figure. Water figures are annual: they are
    /// drawn from <see cref="PressFigureInputs.Water"/> as given (empty for a period that is not a year).
    /// </summary>
    public static IReadOnlyList<Figure> Build(PressFigureInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var city = inputs.City;
        // The current period and the same period of each earlier year back to the base year (2015—2016年秋冬季 … for a 秋冬季).
        var periods = PeriodSeries.FromBaseYear(inputs.Period, inputs.BaseYear);
        AirAssessmentResult Assess(CityDailyResult c, Period p) => AirAssessment.Assess(c, p, inputs.Settings, inputs.Standard, inputs.Dust);
        var perPeriod = periods.Select(p => Assess(city, p)).ToArray();
        var current = perPeriod[^1];
        var baseline = perPeriod[0];
        var trendPeriods = periods.TakeLast(3).ToArray();
        var monthly = trendPeriods.SelectMany(PeriodSeries.Months).Distinct().Select(m => Assess(city, m)).ToArray();
        var monthlyCurrent = PeriodSeries.Months(inputs.Period).Select(m => monthly.First(r => r.Period == m)).ToArray();
        AirTarget? Target(string indicator) =>
            inputs.Targets.FirstOrDefault(t => t.City == city.City && t.Indicator == indicator && t.Kind == TargetKind.Absolute && t.Period == inputs.Period);

        var lastYearPeriod = inputs.Period.SamePeriodLastYear();
        var previous = perPeriod.Length > 1 ? perPeriod[^2] : Assess(city, lastYearPeriod);
        // 秋冬季 figure: the period itself when it is one, else the last two seasons that ended by the period's end.
        var season = inputs.Period.Kind == PeriodKind.AutumnWinter ? inputs.Period
            : Period.AutumnWinter(inputs.Period.End.Month >= 4 ? inputs.Period.End.Year - 1 : inputs.Period.End.Year - 2);
        var awCurrent = Assess(city, season);
        var awPrevious = Assess(city, season.SamePeriodLastYear());
        var allCurrent = inputs.Cities.Select(c => c.City == city.City ? current : Assess(c, inputs.Period)).ToArray();
        var allPrevious = inputs.Cities.Select(c => c.City == city.City ? previous : Assess(c, lastYearPeriod)).ToArray();

        var figures = new List<Figure>
        {
            Figures.MonthlyTrend(monthly, Pollutant.PM2_5, trendPeriods, inputs.AirSource, Target("PM2.5")),
            Figures.MonthlyTrend(monthly, Pollutant.O3, trendPeriods, inputs.AirSource, Target("O3_8h_P90")),
            Figures.AnnualValues(perPeriod, "PM2.5", inputs.AirSource, Target("PM2.5")),
            Figures.BaseYearComparison(PeriodComparison.AgainstBaseYear(current, baseline), current, baseline, inputs.AirSource),
            Figures.AqiCalendar(city, inputs.Period, current, inputs.AirSource),
            Figures.DaysPerLevel(monthlyCurrent, inputs.AirSource, inputs.Period.Label),
            Figures.AnnualValues(perPeriod, "good_ratio", inputs.AirSource, Target("good_ratio")),
            Figures.AutumnWinter(awCurrent, awPrevious, inputs.AirSource),
            Figures.CompositeRanking(Ranking.ByCompositeIndex(allCurrent, out _), allCurrent, city.City, inputs.AirSource),
            Figures.ChangeRateRanking(Ranking.ByChangeRate(allCurrent.Zip(allPrevious)), allCurrent, city.City, lastYearPeriod.Label, inputs.AirSource),
        };
        if (current.Composite is not null) figures.Add(Figures.CompositeShares(current, inputs.AirSource));
        if (inputs.Water.Count > 0)
        {
            // The area is the sections' province when they share one ("示例省"), else a plain "全部断面".
            var provinces = inputs.Water.SelectMany(w => w.Sections).Select(x => x.Section.Province).Where(p => p.Length > 0).Distinct().ToArray();
            var area = provinces.Length == 1 ? provinces[0] : "全部断面";
            figures.Add(Figures.WaterClassesPerYear(inputs.Water, area, inputs.WaterSource));
            figures.Add(Figures.WaterGoodShareTrend(inputs.Water, area, inputs.WaterSource));
            figures.Add(Figures.CwqiTrend(inputs.Water, city.City, inputs.WaterSource, city.City));
            figures.Add(Figures.SectionMap(inputs.Water[^1], area, inputs.WaterSource));
        }
        return Numbered(figures);
    }

    /// <summary>Prefixes names with a two-digit reading order: "01-monthly-trend-pm25".</summary>
    private static IReadOnlyList<Figure> Numbered(IReadOnlyList<Figure> figures) =>
        figures.Select((f, i) => new Figure($"{i + 1:00}-{f.Name}", f.Title, f.SourceLine, f.Chart, f.ReferenceLines)).ToArray();
}
