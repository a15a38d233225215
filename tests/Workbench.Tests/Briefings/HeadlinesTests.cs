using Workbench.Briefings;

namespace Workbench.Tests.Briefings;

/// <summary>The wording primitives of the statements (the sentences themselves: StatementCatalogueTests).</summary>
public class HeadlinesTests
{
    [Theory(DisplayName = "Headline numbers round half to even (GB/T 8170), not half away from zero")]
    [InlineData("11.25", 1, "11.2")]
    [InlineData("11.35", 1, "11.4")]
    [InlineData("0.125", 2, "0.12")]
    [InlineData("2.5", 0, "2")]
    [InlineData("48", 0, "48")]
    public void NumberRoundsHalfEven(string value, int decimals, string expected) =>
        Assert.Equal(expected, Headlines.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals));

    [Fact(DisplayName = "Eight falls and one rise → “八降一增”; with a level one → “五降一增一平”")]
    public void UpDown()
    {
        Assert.Equal("八降一增", Headlines.UpDown([-1m, -2m, -0.1m, -5m, -3m, -1m, -7m, -2m, 4m]));
        Assert.Equal("五降一增一平", Headlines.UpDown([-1m, -2m, -0.1m, -5m, -3m, 0m, 0.6m, null]));
        Assert.Equal("六降", Headlines.UpDown([-1m, -2m, -0.1m, -5m, -3m, -1m]));
        Assert.Equal("十", Headlines.ChineseCount(10));
        Assert.Equal("十二", Headlines.ChineseCount(12));
        Assert.Equal("二十", Headlines.ChineseCount(20));
        Assert.Equal("三十五", Headlines.ChineseCount(35));
    }
}
