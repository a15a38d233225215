using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Tests.Standards;

/// <summary>REFERENCE.md C1: single IAQI values, HJ 633-2012, rounded up.</summary>
public class IaqiVectorTests
{
    private const AqiStandard V2012 = AqiStandard.Hj633_2012;

    private static void AssertVector(IaqiItem item, double c, string raw, int expected)
    {
        var r = Iaqi.Raw(V2012, item, c);
        Assert.NotNull(r);
        // Raw values in REFERENCE are shown to 3 decimals.
        Assert.Equal(decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture), Math.Round(r!.Value, 3));
        Assert.Equal(expected, Iaqi.Compute(V2012, item, c));
    }

    [Fact(DisplayName = "C1 PM2.5 56 → 77")] public void Pm25_56() => AssertVector(IaqiItem.PM2_5_24h, 56, "76.25", 77);
    [Fact(DisplayName = "C1 PM2.5 35 → 50")] public void Pm25_35() => AssertVector(IaqiItem.PM2_5_24h, 35, "50", 50);
    [Fact(DisplayName = "C1 PM2.5 35.1 → 51")] public void Pm25_35_1() => AssertVector(IaqiItem.PM2_5_24h, 35.1, "50.125", 51);
    [Fact(DisplayName = "C1 PM2.5 76 → 102")] public void Pm25_76() => AssertVector(IaqiItem.PM2_5_24h, 76, "101.25", 102);
    [Fact(DisplayName = "C1 PM10 160 → 105")] public void Pm10_160() => AssertVector(IaqiItem.PM10_24h, 160, "105", 105);
    [Fact(DisplayName = "C1 SO2 24h 523 → 158")] public void So2_523() => AssertVector(IaqiItem.SO2_24h, 523, "157.385", 158);
    [Fact(DisplayName = "C1 NO2 24h 45 → 57")] public void No2_45() => AssertVector(IaqiItem.NO2_24h, 45, "56.25", 57);
    [Fact(DisplayName = "C1 CO 24h 1.1 → 28")] public void Co_1_1() => AssertVector(IaqiItem.CO_24h, 1.1, "27.5", 28);
    [Fact(DisplayName = "C1 O3 8h 168 → 108")] public void O3_8h_168() => AssertVector(IaqiItem.O3_8h, 168, "107.273", 108);
    [Fact(DisplayName = "C1 O3 8h 265.5 → 201")] public void O3_8h_265_5() => AssertVector(IaqiItem.O3_8h, 265.5, "200.093", 201);
    [Fact(DisplayName = "C1 O3 1h 210 → 105")] public void O3_1h_210() => AssertVector(IaqiItem.O3_1h, 210, "105", 105);
    [Fact(DisplayName = "C1 NO2 1h 230 → 103")] public void No2_1h_230() => AssertVector(IaqiItem.NO2_1h, 230, "103", 103);
    [Fact(DisplayName = "C1 CO 1h 12 → 104")] public void Co_1h_12() => AssertVector(IaqiItem.CO_1h, 12, "104", 104);
    [Fact(DisplayName = "C1 PM2.5 500 → 500")] public void Pm25_500() => AssertVector(IaqiItem.PM2_5_24h, 500, "500", 500);

    [Fact(DisplayName = "C1 PM2.5 520 → undefined: cap 500 or none")]
    public void Pm25_520_AboveTable()
    {
        Assert.Null(Iaqi.Raw(V2012, IaqiItem.PM2_5_24h, 520));
        Assert.Equal(500, Iaqi.Compute(V2012, IaqiItem.PM2_5_24h, 520));
        Assert.Equal(500, Iaqi.Compute(V2012, IaqiItem.PM2_5_24h, 520, AqiCapPolicy.CapAt500));
        Assert.Equal(-1, Iaqi.Compute(V2012, IaqiItem.PM2_5_24h, 520, AqiCapPolicy.NoValue));
    }

    [Fact(DisplayName = "C1 PM2.5 75 → 100, level 2 良")]
    public void Pm25_75_IsLevel2()
    {
        AssertVector(IaqiItem.PM2_5_24h, 75, "100", 100);
        Assert.Equal(2, AqiLevels.ForAqi(100).Number);
        Assert.Equal("良", AqiLevels.ForAqi(100).Category);
    }

    [Fact(DisplayName = "Boundary PM2.5 75.1 → 101 (100.125 rounded up), level 3")]
    public void Pm25_75_1_IsLevel3()
    {
        Assert.Equal(100.125m, Iaqi.Raw(V2012, IaqiItem.PM2_5_24h, 75.1));
        Assert.Equal(101, Iaqi.Compute(V2012, IaqiItem.PM2_5_24h, 75.1));
        Assert.Equal(3, AqiLevels.ForAqi(101).Number);
    }

    [Fact(DisplayName = "A2.2 on a breakpoint the lower segment gives the same value (ceiling not pushed up)")]
    public void BreakpointsBelongToLowerSegment()
    {
        // Every breakpoint of every column must give exactly its IAQI level, with no noise above it.
        int[] levels = [0, 50, 100, 150, 200, 300, 400, 500];
        var cases = new (IaqiItem Item, double[] Bp)[]
        {
            (IaqiItem.SO2_24h, [0, 50, 150, 475, 800, 1600, 2100, 2620]),
            (IaqiItem.NO2_1h, [0, 100, 200, 700, 1200, 2340, 3090, 3840]),
            (IaqiItem.CO_24h, [0, 2, 4, 14, 24, 36, 48, 60]),
            (IaqiItem.O3_8h, [0, 100, 160, 215, 265, 800]),
        };
        foreach (var (item, bp) in cases)
            for (var i = 0; i < bp.Length; i++)
                Assert.Equal(levels[i], Iaqi.Compute(V2012, item, bp[i]));
        // Noise in the input (0.1 + 0.2 style) does not tip a breakpoint up: 35.00000000000001 is 35.
        Assert.Equal(50, Iaqi.Compute(V2012, IaqiItem.PM2_5_24h, 0.1 * 350 + 1e-14));
    }

    [Fact(DisplayName = "A2.6 HJ 633-2026 PM breakpoints: PM2.5 60 → 100, PM10 120 → 100; 2012 differs")]
    public void Breakpoints2026()
    {
        Assert.Equal(100, Iaqi.Compute(AqiStandard.Hj633_2026, IaqiItem.PM2_5_24h, 60));
        Assert.Equal(100, Iaqi.Compute(AqiStandard.Hj633_2026, IaqiItem.PM10_24h, 120));
        Assert.Equal(82, Iaqi.Compute(V2012, IaqiItem.PM2_5_24h, 60));   // 81.25
        Assert.Equal(85, Iaqi.Compute(V2012, IaqiItem.PM10_24h, 120));   // 85
        Assert.Equal(92, Iaqi.Compute(AqiStandard.Hj633_2026, IaqiItem.PM2_5_24h, 56)); // 92.0
    }

    [Fact(DisplayName = "A2.1 notes 2/3: SO2 1h and O3 8h above 800 have no IAQI in 2012; 200 and 300 in 2026")]
    public void Rule800SingleIaqi()
    {
        Assert.Null(Iaqi.Raw(V2012, IaqiItem.SO2_1h, 900));
        Assert.Equal(-1, Iaqi.Compute(V2012, IaqiItem.SO2_1h, 900));
        Assert.Equal(-1, Iaqi.Compute(V2012, IaqiItem.O3_8h, 850));
        Assert.Equal(200, Iaqi.Compute(V2012, IaqiItem.SO2_1h, 800));
        Assert.Equal(300, Iaqi.Compute(V2012, IaqiItem.O3_8h, 800));
        Assert.Equal(200m, Iaqi.Raw(AqiStandard.Hj633_2026, IaqiItem.SO2_1h, 900));
        Assert.Equal(200, Iaqi.Compute(AqiStandard.Hj633_2026, IaqiItem.SO2_1h, 900));
        Assert.Equal(300, Iaqi.Compute(AqiStandard.Hj633_2026, IaqiItem.O3_8h, 850));
    }

    [Fact(DisplayName = "Missing or negative concentration → no IAQI")]
    public void MissingInput()
    {
        Assert.Equal(-1, Iaqi.Compute(V2012, IaqiItem.PM10_24h, double.NaN));
        Assert.Equal(-1, Iaqi.Compute(V2012, IaqiItem.PM10_24h, -1));
        Assert.Null(Iaqi.Raw(V2012, IaqiItem.PM10_24h, double.NaN));
        Assert.Equal(0, Iaqi.Compute(V2012, IaqiItem.PM10_24h, 0));
    }
}
