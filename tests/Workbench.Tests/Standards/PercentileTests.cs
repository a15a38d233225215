using Workbench.Standards.Air;
using Workbench.Standards.Rounding;

namespace Workbench.Tests.Standards;

/// <summary>REFERENCE.md C3: HJ 663 Appendix A percentiles.</summary>
public class PercentileTests
{
    [Fact(DisplayName = "C3 {3,4,8,2,5,4} P90 → 6.5 (k 5.5, published example)")]
    public void PublishedExample() =>
        Assert.Equal(6.5, Hj663Percentile.Compute([3, 4, 8, 2, 5, 4], 90), 12);

    [Fact(DisplayName = "C3 O3 MDA8 ten days P90 → 180.3, reported 180")]
    public void O3Mda8P90()
    {
        var p = Hj663Percentile.Compute([120, 95, 160, 178, 143, 88, 201, 132, 150, 169], 90);
        Assert.Equal(180.3, p, 9);
        Assert.Equal(180m, GbT8170.Round(p, 0));
    }

    [Fact(DisplayName = "C3 CO 0.6…2.5 P95 → 2.405, reported 2.4")]
    public void CoP95()
    {
        var values = Enumerable.Range(0, 20).Select(i => Math.Round(0.6 + 0.1 * i, 1)).ToArray();
        var p = Hj663Percentile.Compute(values, 95);
        Assert.Equal(2.405, p, 9);
        Assert.Equal(2.4m, GbT8170.Round(p, 1)); // half-even: 2.405 → 2.40
    }

    [Fact(DisplayName = "C3 synthetic year vᵢ = ((37·i) mod 101) + 20 → P90 110.0, P95 115.8, P98 118.72, mean 70.0137")]
    public void SyntheticYear()
    {
        var year = Enumerable.Range(0, 365).Select(i => (double)((37 * i) % 101 + 20)).ToArray();
        Assert.Equal(110.0, Hj663Percentile.Compute(year, 90), 9);
        Assert.Equal(115.8, Hj663Percentile.Compute(year, 95), 9);
        Assert.Equal(118.72, Hj663Percentile.Compute(year, 98), 9);
        Assert.Equal(70.0137, year.Average(), 4);
    }

    [Fact(DisplayName = "C3 NaN values are ignored; none valid → NaN; n = 1 and p = 100 guarded")]
    public void EdgeCases()
    {
        Assert.Equal(6.5, Hj663Percentile.Compute([3, double.NaN, 4, 8, 2, double.NaN, 5, 4], 90), 12);
        Assert.True(double.IsNaN(Hj663Percentile.Compute([double.NaN, double.NaN], 90)));
        Assert.True(double.IsNaN(Hj663Percentile.Compute([], 95)));
        Assert.Equal(42, Hj663Percentile.Compute([42], 98));
        Assert.Equal(8, Hj663Percentile.Compute([3, 4, 8, 2, 5, 4], 100));
        Assert.Equal(2, Hj663Percentile.Compute([3, 4, 8, 2, 5, 4], 0));
        // An integer k returns the ranked value itself: n = 11, P90 → k = 10.
        Assert.Equal(10, Hj663Percentile.Compute(Enumerable.Range(1, 11).Select(i => (double)i).ToArray(), 90));
        Assert.Throws<ArgumentOutOfRangeException>(() => Hj663Percentile.Compute([1, 2], 101));
    }
}
