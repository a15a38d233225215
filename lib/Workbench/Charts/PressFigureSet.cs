using Workbench.Air.Compute;
using Workbench.Air.Results;
using Workbench.Periods;
using Workbench.Standards;
using Workbench.Water.Results;

namespace Workbench.Charts;

/// <summary>What the press-figure set is drawn from: city daily series (already computed) and water assessments.</summary>
/// <param name="City">The analyst's city.</param>
/// <param name="Cities">Daily series of every city to rank (the analyst's city included).</param>
/// <param name="Year">Current year.</param>
/// <param name="BaseYear">Base year of the five-year comparison.</param>
/// <param name="Standard">GB 3095 version used for every year, so years compare (the one in force at the current year's end by default).</param>
/// <param name="Settings">Air settings.</param>
/// <param name="Dust">Sand-dust days, when known.</param>
/// <param name="Targets">Targets (may be empty).</param>
/// <param name="AirSource">Air data source named on source lines.</param>
/// <param name="Water">Annual water assessments, oldest first (may be empty).</param>
/// <param name="WaterSource">Water data source named on source lines.</param>
public sealed record PressFigureInputs(
    CityDailyResult City, IReadOnlyList<CityDailyResult> Cities, int Year, int BaseYear, AirQualityStandard Standard,
    AirSettings Settings, DustDays? Dust, IReadOnlyList<AirTarget> Targets, string AirSource,
    IReadOnlyList<WaterAssessmentResult> Water, string WaterSource);

/// <summary>The whole press-figure catalogue for one city and year, numbered in reading order.</summary>
public static class PressFigureSet
{
    /// <summary>Computes the assessments the figures need and builds every catalogue figure.</summary>
    public static IReadOnlyList<Figure> Build(PressFigureInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var city = inputs.City;
        var years = Enumerable.Range(inputs.BaseYear, inputs.Year - inputs.BaseYear + 1).ToArray();
        AirAssessmentResult Annual(CityDailyResult c, int y) => AirAssessment.Assess(c, Period.Year(y), inputs.Settings, inputs.Standard, inputs.Dust);
        var annual = years.Select(y => Annual(city, y)).ToArray();
        var current = annual[^1];
        var baseline = annual[0];
        var trendYears = years.Where(y => y >= inputs.Year - 2).ToArray();
        var monthly = trendYears.SelectMany(y => AirAssessment.Monthly(city, y, inputs.Settings, inputs.Standard, inputs.Dust)).ToArray();
        var monthlyCurrent = monthly.Where(r => r.Period.Start.Year == inputs.Year).ToArray();
        AirTarget? Target(string indicator) =>
            inputs.Targets.FirstOrDefault(t => t.City == city.City && t.Indicator == indicator && t.Kind == TargetKind.Absolute && t.Period == Period.Year(inputs.Year));

        var previousYear = annual.Length > 1 ? annual[^2] : Annual(city, inputs.Year - 1);
        var awCurrent = AirAssessment.Assess(city, Period.AutumnWinter(inputs.Year - 1), inputs.Settings, inputs.Standard, inputs.Dust);
        var awPrevious = AirAssessment.Assess(city, Period.AutumnWinter(inputs.Year - 2), inputs.Settings, inputs.Standard, inputs.Dust);
        var allCurrent = inputs.Cities.Select(c => c.City == city.City ? current : Annual(c, inputs.Year)).ToArray();
        var allPrevious = inputs.Cities.Select(c => c.City == city.City ? previousYear : Annual(c, inputs.Year - 1)).ToArray();

        var figures = new List<Figure>
        {
            Figures.MonthlyTrend(monthly, Pollutant.PM2_5, inputs.AirSource, Target("PM2.5")),
            Figures.MonthlyTrend(monthly, Pollutant.O3, inputs.AirSource, Target("O3_8h_P90")),
            Figures.AnnualValues(annual, "PM2.5", inputs.AirSource, Target("PM2.5")),
            Figures.BaseYearComparison(PeriodComparison.AgainstBaseYear(current, baseline), current, baseline, inputs.AirSource),
            Figures.AqiCalendar(city, inputs.Year, current, inputs.AirSource),
            Figures.DaysPerLevel(monthlyCurrent, inputs.AirSource),
            Figures.AnnualValues(annual, "good_ratio", inputs.AirSource, Target("good_ratio")),
            Figures.AutumnWinter(awCurrent, awPrevious, inputs.AirSource),
            Figures.CompositeRanking(Ranking.ByCompositeIndex(allCurrent, out _), allCurrent, city.City, inputs.AirSource),
            Figures.ChangeRateRanking(Ranking.ByChangeRate(allCurrent.Zip(allPrevious)), allCurrent, city.City, $"{inputs.Year - 1}年", inputs.AirSource),
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
