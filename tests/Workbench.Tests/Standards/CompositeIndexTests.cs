using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Tests.Standards;

/// <summary>REFERENCE.md C4: composite index, both rounding modes, and the change-rate vector.</summary>
public class CompositeIndexTests
{
    private static readonly CompositeIndexSettings Each = new(CompositeRounding.RoundEachIndexThenSum);
    private static readonly CompositeIndexSettings Unrounded = new(CompositeRounding.SumUnrounded);
    private const AirQualityStandard V2012 = AirQualityStandard.Gb3095_2012;

    [Fact(DisplayName = "C4 Naiman Q1 (9, 14, 77, 23, 1.1, 96): each index rounded → 3.14 (published); unrounded sum → 3.13")]
    public void Naiman()
    {
        var r = CompositeIndex.Compute(V2012, 9, 14, 77, 23, 1.1, 96, Each);
        Assert.Equal(3.14m, r.Total);
        Assert.Equal(0.15m, r.SubIndices[Pollutant.SO2]);
        Assert.Equal(0.35m, r.SubIndices[Pollutant.NO2]);
        Assert.Equal(1.10m, r.SubIndices[Pollutant.PM10]);
        Assert.Equal(0.66m, r.SubIndices[Pollutant.PM2_5]);
        Assert.Equal(0.28m, r.SubIndices[Pollutant.CO]);   // 0.275 → 0.28 (half-even, 8 even)
        Assert.Equal(0.60m, r.SubIndices[Pollutant.O3]);
        Assert.Equal(Pollutant.PM10, r.Primary);
        Assert.Equal(V2012, r.LimitsOf);
        Assert.Equal(3.13m, CompositeIndex.Compute(V2012, 9, 14, 77, 23, 1.1, 96, Unrounded).Total);
    }

    [Fact(DisplayName = "C4 Heyuan Feb 2022 (3, 13, 16, 13, 0.9, 87): each index rounded → 1.73 (published); unrounded sum → 1.74")]
    public void Heyuan()
    {
        var r = CompositeIndex.Compute(V2012, 3, 13, 16, 13, 0.9, 87);   // default settings = each index rounded
        Assert.Equal(1.73m, r.Total);
        Assert.Equal(0.32m, r.SubIndices[Pollutant.NO2]);  // 0.325 → 0.32
        Assert.Equal(0.22m, r.SubIndices[Pollutant.CO]);   // 0.225 → 0.22
        Assert.Equal(0.54m, r.SubIndices[Pollutant.O3]);   // 0.54375
        Assert.Equal(Pollutant.O3, r.Primary);
        Assert.Equal(1.74m, CompositeIndex.Compute(V2012, 3, 13, 16, 13, 0.9, 87, Unrounded).Total);
    }

    [Fact(DisplayName = "C4 made-up city (9, 28, 62, 33, 1.2, 158) → 3.97 in both modes, primary O3 (0.99)")]
    public void MadeUp()
    {
        var r = CompositeIndex.Compute(V2012, 9, 28, 62, 33, 1.2, 158, Each);
        Assert.Equal(3.97m, r.Total);
        Assert.Equal(Pollutant.O3, r.Primary);
        Assert.Equal(0.99m, r.SubIndices[Pollutant.O3]);
        Assert.Equal(24.9m, r.SharePercent[Pollutant.O3]);        // 0.9875 / 3.96607
        Assert.InRange(r.SharePercent.Values.Sum(), 99.7m, 100.3m);
        Assert.Equal(3.97m, CompositeIndex.Compute(V2012, 9, 28, 62, 33, 1.2, 158, Unrounded).Total);
    }

    [Fact(DisplayName = "C4 limits of the 2026 transition standard: S_PM2.5 = 30, S_PM10 = 60")]
    public void TransitionLimits()
    {
        var r = CompositeIndex.Compute(AirQualityStandard.Gb3095_2026Transition, 9, 28, 60, 30, 1.2, 160, Each);
        Assert.Equal(1.00m, r.SubIndices[Pollutant.PM2_5]);
        Assert.Equal(1.00m, r.SubIndices[Pollutant.PM10]);
        Assert.Equal(1.00m, r.SubIndices[Pollutant.O3]);
    }

    [Fact(DisplayName = "C4 a missing statistic is an error, not a smaller index")]
    public void MissingStatistic() =>
        Assert.Throws<ArgumentException>(() => CompositeIndex.Compute(V2012, 9, double.NaN, 62, 33, 1.2, 158));

    [Fact(DisplayName = "C4 change rate 4.60 → 4.35 = −5.43 % (−5.4 at 1 decimal)")]
    public void ChangeRateVector()
    {
        Assert.Equal(-5.43m, ChangeRate.Percent(4.35m, 4.60m, 2));
        Assert.Equal(-5.4m, ChangeRate.Percent(4.35m, 4.60m));
        Assert.Equal(13.6m, ChangeRate.Percent(125m, 110m));      // 13.636…
        Assert.Equal(12.2m, ChangeRate.Percent(112.25m, 100m));   // 12.25 → 12.2, GB/T 8170 half-even
        Assert.Equal(12.4m, ChangeRate.Percent(112.35m, 100m));   // 12.35 → 12.4
        Assert.Equal(5.2m, ChangeRate.PercentagePoints(80.3m, 75.1m));
        Assert.Throws<ArgumentException>(() => ChangeRate.Percent(1m, 0m));
    }
}
