using Workbench.Periods;

namespace Workbench.Tests.Periods;

/// <summary>The same period over several years, its months, its span label, and the periods figures refuse.</summary>
public class PeriodSeriesTests
{
    [Fact]
    public void AutumnWinterFromItsBaseYear()
    {
        var periods = PeriodSeries.FromBaseYear(Period.AutumnWinter(2020), 2018);
        Assert.Equal(["2018—2019年秋冬季", "2019—2020年秋冬季", "2020—2021年秋冬季"], periods.Select(p => p.Label));
        Assert.Equal("2018—2019年至2020—2021年秋冬季", PeriodSeries.SpanLabel(periods[0], periods[^1]));
    }

    [Fact]
    public void SpanLabelsOfOtherKinds()
    {
        Assert.Equal("2015—2020年", PeriodSeries.SpanLabel(Period.Year(2015), Period.Year(2020)));
        Assert.Equal("2023年1—11月至2025年1—11月", PeriodSeries.SpanLabel(Period.YearToDate(2023, 11), Period.YearToDate(2025, 11)));
        Assert.Equal("2025年第一季度", PeriodSeries.SpanLabel(Period.Quarter(2025, 1), Period.Quarter(2025, 1)));
    }

    [Fact]
    public void TheMonthsOfASeasonRunOctoberToMarch()
    {
        Assert.Equal(["2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03"],
            PeriodSeries.Months(Period.AutumnWinter(2020)).Select(m => m.Code));
    }

    [Fact]
    public void PeriodsNotOfWholeMonthsOrOverAYearAreNotDrawn()
    {
        Assert.Null(PeriodSeries.WhyNotMonthly(Period.Parse("2024-10..2025-03")));
        Assert.Null(PeriodSeries.WhyNotMonthly(Period.Parse("2020AW")));
        Assert.Equal("图表按整月绘制，时段“2019-10-02..2020-03-31”（2019年10月2日至2020年3月31日）不是整月：请给出整月的时段，如 2020-10..2021-03",
            PeriodSeries.WhyNotMonthly(Period.Parse("2019-10-02..2020-03-31")));
        Assert.Equal("图表的时段不能超过 12 个月，“2019-10-01..2020-12-31”（2019年10月1日至2020年12月31日）有 15 个月",
            PeriodSeries.WhyNotMonthly(Period.Parse("2019-10..2020-12")));
    }
}
