using Workbench.Air.Compute;
using Workbench.Standards.Air;

namespace Workbench.Tests.Air.Compute;

/// <summary>REFERENCE C2.8 (MDA8) and the GB 3095 Table 4 daily minimums on one day's 24 slots.</summary>
public class DailyWindowsTests
{
    /// <summary>C2.8 input; position 1 = hour ending 01:00 (slot 0).</summary>
    internal static readonly double[] C28 =
        [40, 35, 30, 28, 25, 24, 30, 45, 70, 95, 120, 150, 170, 185, 190, 180, 160, 130, 100, 80, 65, 55, 50, 45];

    [Fact(DisplayName = "C2.8 the 17 windows ending 08…24")]
    public void C28Windows()
    {
        Span<double> w = stackalloc double[17];
        var valid = DailyWindows.EightHourMeans(C28, 6, w);
        Assert.Equal(17, valid);
        double[] expected = [32.125, 35.875, 43.375, 54.625, 69.875, 88.0, 108.125, 128.125, 145.0, 156.25,
            160.625, 158.125, 149.375, 136.25, 120.0, 102.5, 85.625];
        Assert.Equal(expected, w.ToArray());
    }

    [Fact(DisplayName = "C2.8 MDA8 = 160.625 (window ending 18:00)")]
    public void C28Mda8()
    {
        var v = DailyWindows.Mda8(C28, ValidityRules.Gb3095, 160);
        Assert.True(v.IsValid);
        Assert.Equal(160.625, v.Value);
        Assert.Equal(17, v.ValidCount);
    }

    [Fact(DisplayName = "C2.8 hours ending 12, 13, 14 missing → 11 windows, MDA8 invalid (also with the exceeding clause)")]
    public void C28MissingHoursInvalid()
    {
        var day = (double[])C28.Clone();
        day[11] = day[12] = day[13] = double.NaN;
        Span<double> w = stackalloc double[17];
        Assert.Equal(11, DailyWindows.EightHourMeans(day, 6, w));
        for (var end = 14; end <= 19; end++) Assert.True(double.IsNaN(w[end - 8]), $"window ending {end} should be invalid");
        var max = w.ToArray().Where(x => !double.IsNaN(x)).Max();
        Assert.Equal(140.0, max);
        var strict = DailyWindows.Mda8(day, ValidityRules.Gb3095, 160);
        Assert.False(strict.IsValid);
        Assert.Equal(11, strict.ValidCount);
        var lenient = DailyWindows.Mda8(day, ValidityRules.Gb3095 with { Mda8ValidIfExceeding = true }, 160);
        Assert.False(lenient.IsValid); // 140 does not exceed 160
    }

    [Fact(DisplayName = "MDA8 with 13 valid windows: invalid, valid only under the ⚠ exceeding clause (161 > 160)")]
    public void ExceedingClause()
    {
        var day = (double[])C28.Clone();
        for (var i = 0; i < 6; i++) day[i] = double.NaN; // hours ending 01–06 missing: windows ending 08–11 have < 6 hours
        var strict = DailyWindows.Mda8(day, ValidityRules.Gb3095, 160);
        Assert.Equal(13, strict.ValidCount);
        Assert.False(strict.IsValid);
        var lenient = DailyWindows.Mda8(day, ValidityRules.Gb3095 with { Mda8ValidIfExceeding = true }, 160);
        Assert.True(lenient.IsValid);
        Assert.Equal(160.625, lenient.Value);
    }

    [Fact(DisplayName = "24-hour mean: 19 valid hours invalid, 20 valid hours valid (GB 3095 Table 4)")]
    public void DailyMeanMinimum()
    {
        var day = Enumerable.Range(1, 24).Select(h => (double)h).ToArray();
        for (var i = 0; i < 4; i++) day[i] = double.NaN; // 20 valid: 5…24
        var twenty = DailyWindows.Mean(day, 20);
        Assert.True(twenty.IsValid);
        Assert.Equal(14.5, twenty.Value);
        Assert.Equal(20, twenty.ValidCount);
        day[4] = double.NaN; // 19 valid
        var nineteen = DailyWindows.Mean(day, 20);
        Assert.False(nineteen.IsValid);
        Assert.Equal(19, nineteen.ValidCount);
    }

    [Fact(DisplayName = "O3 daily 1-hour max needs 20 valid hours too")]
    public void O3MaxMinimum()
    {
        var day = (double[])C28.Clone();
        Assert.Equal(190, DailyWindows.Max(day, 20).Value);
        for (var i = 0; i < 5; i++) day[i] = double.NaN;
        var v = DailyWindows.Max(day, 20);
        Assert.False(v.IsValid);
        Assert.Equal(19, v.ValidCount);
    }
}
