using Workbench.Periods;

namespace Workbench.Tests.Periods;

/// <summary>REFERENCE F3: the two readings of which hour labels make a day.</summary>
public class DayBoundaryTests
{
    private static readonly DateOnly Day = new(2019, 1, 1);

    [Fact(DisplayName = "F3 feed practice: labels D 00 … D 23 make day D")]
    public void FeedDate()
    {
        var first = DayBoundaries.FirstLabel(Day, DayBoundary.FeedDateHours0To23);
        Assert.Equal(new DateTime(2019, 1, 1, 0, 0, 0), first);
        for (var h = 0; h < 24; h++)
            Assert.Equal(Day, DayBoundaries.DayOf(first.AddHours(h), DayBoundary.FeedDateHours0To23));
        Assert.Equal(Day.AddDays(1), DayBoundaries.DayOf(first.AddHours(24), DayBoundary.FeedDateHours0To23));
        Assert.Equal(Day.AddDays(-1), DayBoundaries.DayOf(first.AddHours(-1), DayBoundary.FeedDateHours0To23));
    }

    [Fact(DisplayName = "F3 standard text: hours ending 01 … 24, so label D+1 00:00 belongs to D")]
    public void StandardHours()
    {
        var first = DayBoundaries.FirstLabel(Day, DayBoundary.StandardHours1To24);
        Assert.Equal(new DateTime(2019, 1, 1, 1, 0, 0), first);
        for (var h = 0; h < 24; h++)
            Assert.Equal(Day, DayBoundaries.DayOf(first.AddHours(h), DayBoundary.StandardHours1To24));
        Assert.Equal(Day, DayBoundaries.DayOf(new DateTime(2019, 1, 2, 0, 0, 0), DayBoundary.StandardHours1To24));
        Assert.Equal(Day.AddDays(-1), DayBoundaries.DayOf(new DateTime(2019, 1, 1, 0, 0, 0), DayBoundary.StandardHours1To24));
        Assert.Equal(Day.AddDays(1), DayBoundaries.DayOf(first.AddHours(24), DayBoundary.StandardHours1To24));
    }
}
