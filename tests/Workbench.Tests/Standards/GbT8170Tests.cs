using Workbench.Standards.Rounding;

namespace Workbench.Tests.Standards;

/// <summary>REFERENCE.md C2.7: GB/T 8170 half-even on the decimal value.</summary>
public class GbT8170Tests
{
    [Theory(DisplayName = "C2.7 GB/T 8170 rounding vectors")]
    [InlineData("55.5", 0, "56")]
    [InlineData("54.5", 0, "54")]
    [InlineData("56.5", 0, "56")]
    [InlineData("1.05", 1, "1.0")]
    [InlineData("1.15", 1, "1.2")]
    [InlineData("1.25", 1, "1.2")]
    [InlineData("0.275", 2, "0.28")]
    [InlineData("0.325", 2, "0.32")]
    [InlineData("0.32501", 2, "0.33")] // a 5 followed by non-zero digits always rounds up
    public void RoundsHalfEvenOnDecimals(string input, int decimals, string expected)
    {
        var d = decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, GbT8170.Round(d, decimals).ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The same through a binary double: noise must not decide the result.
        var viaDouble = GbT8170.Round(double.Parse(input, System.Globalization.CultureInfo.InvariantCulture), decimals);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), viaDouble);
    }

    [Fact]
    public void ArithmeticNoiseDoesNotTipTheHalf()
    {
        // 0.1 + 0.2 + 0.75 = 1.0500000000000003 in binary; its decimal value is 1.05 → 1.0.
        Assert.Equal(1.0m, GbT8170.Round(0.1 + 0.2 + 0.75, 1));
    }
}

/// <summary>The double → decimal step keeps 15 significant digits: noise beyond them never decides a half.</summary>
public class GbT8170ConversionTests
{
    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0500000000000003, "1.05")]
    [InlineData(160.625, "160.625")]
    [InlineData(35.04166666666667, "35.0416666666667")]
    [InlineData(0.30000000000000004, "0.3")]
    [InlineData(123456.78901234567, "123456.789012346")]
    public void KeepsFifteenSignificantDigits(double input, string expected) =>
        Assert.Equal(expected, GbT8170.ToDecimal(input).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
