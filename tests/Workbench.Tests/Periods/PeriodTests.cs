using Workbench.Periods;

namespace Workbench.Tests.Periods;

/// <summary>Reporting periods (REFERENCE A6): factories, labels, codes, parsing, same period last year.</summary>
public class PeriodTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory(DisplayName = "A6 Parse → dates, kind, Chinese label, code round-trip")]
    [InlineData("2019", "2019-01-01", "2019-12-31", PeriodKind.Year, "2019年", "2019")]
    [InlineData("2020-02", "2020-02-01", "2020-02-29", PeriodKind.Month, "2020年2月", "2020-02")]
    [InlineData("2019-01", "2019-01-01", "2019-01-31", PeriodKind.Month, "2019年1月", "2019-01")]
    [InlineData("2019Q1", "2019-01-01", "2019-03-31", PeriodKind.Quarter, "2019年第一季度", "2019Q1")]
    [InlineData("2019q4", "2019-10-01", "2019-12-31", PeriodKind.Quarter, "2019年第四季度", "2019Q4")]
    [InlineData("2019H1", "2019-01-01", "2019-06-30", PeriodKind.HalfYear, "2019年上半年", "2019H1")]
    [InlineData("2019H2", "2019-07-01", "2019-12-31", PeriodKind.HalfYear, "2019年下半年", "2019H2")]
    [InlineData("2019AW", "2019-10-01", "2020-03-31", PeriodKind.AutumnWinter, "2019—2020年秋冬季", "2019AW")]
    [InlineData("2019-01..2019-05", "2019-01-01", "2019-05-31", PeriodKind.YearToDate, "2019年1—5月", "2019-01..2019-05")]
    [InlineData("2020-01..2020-02", "2020-01-01", "2020-02-29", PeriodKind.YearToDate, "2020年1—2月", "2020-01..2020-02")]
    [InlineData("2019-10..2020-03", "2019-10-01", "2020-03-31", PeriodKind.Range, "2019年10月1日至2020年3月31日", "2019-10-01..2020-03-31")]
    [InlineData("2019-03..2019-05", "2019-03-01", "2019-05-31", PeriodKind.Range, "2019年3月1日至2019年5月31日", "2019-03-01..2019-05-31")]
    [InlineData("2019-03..2019-03", "2019-03-01", "2019-03-31", PeriodKind.Month, "2019年3月", "2019-03")]
    [InlineData("2019-10-01..2020-03-31", "2019-10-01", "2020-03-31", PeriodKind.Range, "2019年10月1日至2020年3月31日", "2019-10-01..2020-03-31")]
    [InlineData("2019-10-01..2019-10-01", "2019-10-01", "2019-10-01", PeriodKind.Range, "2019年10月1日", "2019-10-01..2019-10-01")]
    [InlineData("2019-10-15..2020-03-20", "2019-10-15", "2020-03-20", PeriodKind.Range, "2019年10月15日至2020年3月20日", "2019-10-15..2020-03-20")]
    [InlineData(" 2019-11-15 .. 2020-03-15 ", "2019-11-15", "2020-03-15", PeriodKind.Range, "2019年11月15日至2020年3月15日", "2019-11-15..2020-03-15")]
    public void ParseLabelCode(string text, string start, string end, PeriodKind kind, string label, string code)
    {
        var p = Period.Parse(text);
        Assert.Equal(DateOnly.Parse(start), p.Start);
        Assert.Equal(DateOnly.Parse(end), p.End);
        Assert.Equal(kind, p.Kind);
        Assert.Equal(label, p.Label);
        Assert.Equal(code, p.Code);
        Assert.Equal(p, Period.Parse(p.Code));   // the code reads back to the same period
    }

    [Fact(DisplayName = "A6 a range with the dates of 秋冬季 is still a range (kind decides label and code)")]
    public void RangeIsNotAutumnWinter()
    {
        var range = Period.Range(D(2019, 10, 1), D(2020, 3, 31));
        Assert.NotEqual(Period.AutumnWinter(2019), range);
        Assert.Equal(Period.AutumnWinter(2019).DayCount, range.DayCount);
        Assert.Equal("2019年10月1日至2020年3月31日", range.Label);
    }

    [Theory(DisplayName = "A6 Parse rejects bad text with a Chinese FormatException naming it")]
    [InlineData("")]
    [InlineData("2019-13")]
    [InlineData("2019Q5")]
    [InlineData("2019H3")]
    [InlineData("19")]
    [InlineData("2019年")]
    [InlineData("2019-02-30..2019-03-01")]
    [InlineData("2020-03-31..2019-10-01")]
    [InlineData("2019-05..2019-01")]
    [InlineData("2019-10..")]
    public void ParseRejects(string text)
    {
        var ex = Assert.Throws<FormatException>(() => Period.Parse(text));
        Assert.Contains($"“{text}”", ex.Message);
        Assert.Contains("无法识别的时段", ex.Message);
        Assert.False(Period.TryParse(text, out _));
    }

    [Fact(DisplayName = "A6 factories: 首季 = Q1, 秋冬季 spans two years, day counts")]
    public void Factories()
    {
        Assert.Equal(Period.Quarter(2021, 1), Period.FirstQuarter(2021));
        Assert.Equal(90, Period.FirstQuarter(2021).DayCount);
        Assert.Equal(91, Period.FirstQuarter(2020).DayCount);
        Assert.Equal(366, Period.Year(2020).DayCount);
        Assert.Equal(365, Period.Year(2019).DayCount);
        var aw = Period.AutumnWinter(2021);
        Assert.Equal((D(2021, 10, 1), D(2022, 3, 31)), (aw.Start, aw.End));
        Assert.Equal(182, aw.DayCount);                         // Oct 31 + Nov 30 + Dec 31 + Jan 31 + Feb 28 + Mar 31
        Assert.Equal(183, Period.AutumnWinter(2019).DayCount);  // February 2020 has 29 days
        Assert.Equal("2021—2022年秋冬季", aw.Label);
        Assert.Equal(aw.DayCount, aw.Days().Count());
        Assert.Equal(D(2021, 10, 1), aw.Days().First());
        Assert.Equal(D(2022, 3, 31), aw.Days().Last());
        Assert.True(aw.Contains(D(2022, 1, 1)));
        Assert.False(aw.Contains(D(2022, 4, 1)));
        Assert.False(aw.Contains(D(2021, 9, 30)));
        Assert.Equal(Period.YearToDate(2019, 5), Period.Parse("2019-01..2019-05"));
        Assert.Throws<ArgumentException>(() => Period.Range(D(2020, 1, 2), D(2020, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Quarter(2020, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.YearToDate(2020, 13));
    }

    [Fact(DisplayName = "A4 同比 base: same period last year, incl. 2020-02-29 and 秋冬季")]
    public void SamePeriodLastYear()
    {
        Assert.Equal(Period.Year(2019), Period.Year(2020).SamePeriodLastYear());
        var feb = Period.Month(2020, 2).SamePeriodLastYear();
        Assert.Equal((D(2019, 2, 1), D(2019, 2, 28), PeriodKind.Month), (feb.Start, feb.End, feb.Kind));
        Assert.Equal(D(2020, 2, 29), Period.Month(2019, 2).ShiftYears(1).End);
        Assert.Equal(Period.AutumnWinter(2018), Period.AutumnWinter(2019).SamePeriodLastYear());
        Assert.Equal("2018—2019年秋冬季", Period.Parse("2019AW").SamePeriodLastYear().Label);
        Assert.Equal(Period.YearToDate(2019, 2), Period.YearToDate(2020, 2).SamePeriodLastYear());
        Assert.Equal(D(2019, 2, 28), Period.YearToDate(2020, 2).SamePeriodLastYear().End);
        Assert.Equal(Period.Quarter(2019, 3), Period.Quarter(2020, 3).SamePeriodLastYear());
        Assert.Equal(Period.HalfYear(2019, 2), Period.HalfYear(2020, 2).SamePeriodLastYear());
        // Day ranges: 29 February moves to the 28th; a month end stays a month end.
        var leapDay = Period.Range(D(2020, 2, 29), D(2020, 2, 29)).SamePeriodLastYear();
        Assert.Equal((D(2019, 2, 28), D(2019, 2, 28)), (leapDay.Start, leapDay.End));
        var toLeap = Period.Range(D(2019, 1, 15), D(2019, 2, 28)).ShiftYears(1);
        Assert.Equal((D(2020, 1, 15), D(2020, 2, 29)), (toLeap.Start, toLeap.End));
        var mid = Period.Range(D(2020, 2, 10), D(2020, 2, 20)).SamePeriodLastYear();
        Assert.Equal((D(2019, 2, 10), D(2019, 2, 20), PeriodKind.Range), (mid.Start, mid.End, mid.Kind));
        Assert.Equal(Period.Year(2015), Period.Year(2020).ShiftYears(-5));   // 五年规划 comparison
    }
}
