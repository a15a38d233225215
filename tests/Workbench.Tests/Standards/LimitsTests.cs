using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Tests.Standards;

/// <summary>REFERENCE.md A1: GB 3095-2012 and GB 3095-2026 (transition, final) Table 1 limits.</summary>
public class LimitsTests
{
    [Theory(DisplayName = "A1 limits spot checks per version and class")]
    // GB 3095-2012
    [InlineData(AirQualityStandard.Gb3095_2012, Pollutant.SO2, AveragingTime.Annual, 1, 20)]
    [InlineData(AirQualityStandard.Gb3095_2012, Pollutant.SO2, AveragingTime.Annual, 2, 60)]
    [InlineData(AirQualityStandard.Gb3095_2012, Pollutant.SO2, AveragingTime.Hour1, 2, 500)]
    [InlineData(AirQualityStandard.Gb3095_2012, Pollutant.NO2, AveragingTime.Day24h, 2, 80)]
    [InlineData(AirQualityStandard.Gb3095_2012, Pollutant.CO, AveragingTime.Day24h, 2, 4)]
    [InlineData(AirQualityStandard.Gb3095_2012, Pollutant.CO, AveragingTime.Hour1, 1, 10)]
    [InlineData(AirQualityStandard.Gb3095_2012, Pollutant.O3, AveragingTime.Mda8, 1, 100)]
    [InlineData(AirQualityStandard.Gb3095_2012, Pollutant.O3, AveragingTime.Mda8, 2, 160)]
    [InlineData(AirQualityStandard.Gb3095_2012, Pollutant.O3, AveragingTime.Hour1, 2, 200)]
    [InlineData(AirQualityStandard.Gb3095_2012, Pollutant.PM10, AveragingTime.Annual, 2, 70)]
    [InlineData(AirQualityStandard.Gb3095_2012, Pollutant.PM10, AveragingTime.Day24h, 2, 150)]
    [InlineData(AirQualityStandard.Gb3095_2012, Pollutant.PM2_5, AveragingTime.Annual, 1, 15)]
    [InlineData(AirQualityStandard.Gb3095_2012, Pollutant.PM2_5, AveragingTime.Annual, 2, 35)]
    [InlineData(AirQualityStandard.Gb3095_2012, Pollutant.PM2_5, AveragingTime.Day24h, 2, 75)]
    // GB 3095-2026 transition
    [InlineData(AirQualityStandard.Gb3095_2026Transition, Pollutant.SO2, AveragingTime.Annual, 2, 60)]
    [InlineData(AirQualityStandard.Gb3095_2026Transition, Pollutant.PM10, AveragingTime.Annual, 2, 60)]
    [InlineData(AirQualityStandard.Gb3095_2026Transition, Pollutant.PM10, AveragingTime.Day24h, 2, 120)]
    [InlineData(AirQualityStandard.Gb3095_2026Transition, Pollutant.PM2_5, AveragingTime.Annual, 2, 30)]
    [InlineData(AirQualityStandard.Gb3095_2026Transition, Pollutant.PM2_5, AveragingTime.Day24h, 2, 60)]
    [InlineData(AirQualityStandard.Gb3095_2026Transition, Pollutant.PM2_5, AveragingTime.Day24h, 1, 35)]
    [InlineData(AirQualityStandard.Gb3095_2026Transition, Pollutant.O3, AveragingTime.Mda8, 2, 160)]
    // GB 3095-2026 final
    [InlineData(AirQualityStandard.Gb3095_2026Final, Pollutant.SO2, AveragingTime.Annual, 2, 20)]
    [InlineData(AirQualityStandard.Gb3095_2026Final, Pollutant.SO2, AveragingTime.Day24h, 2, 50)]
    [InlineData(AirQualityStandard.Gb3095_2026Final, Pollutant.SO2, AveragingTime.Hour1, 2, 150)]
    [InlineData(AirQualityStandard.Gb3095_2026Final, Pollutant.NO2, AveragingTime.Annual, 2, 30)]
    [InlineData(AirQualityStandard.Gb3095_2026Final, Pollutant.NO2, AveragingTime.Day24h, 2, 50)]
    [InlineData(AirQualityStandard.Gb3095_2026Final, Pollutant.PM10, AveragingTime.Annual, 1, 20)]
    [InlineData(AirQualityStandard.Gb3095_2026Final, Pollutant.PM10, AveragingTime.Annual, 2, 50)]
    [InlineData(AirQualityStandard.Gb3095_2026Final, Pollutant.PM10, AveragingTime.Day24h, 2, 100)]
    [InlineData(AirQualityStandard.Gb3095_2026Final, Pollutant.PM2_5, AveragingTime.Annual, 1, 10)]
    [InlineData(AirQualityStandard.Gb3095_2026Final, Pollutant.PM2_5, AveragingTime.Annual, 2, 25)]
    [InlineData(AirQualityStandard.Gb3095_2026Final, Pollutant.PM2_5, AveragingTime.Day24h, 2, 50)]
    [InlineData(AirQualityStandard.Gb3095_2026Final, Pollutant.CO, AveragingTime.Day24h, 2, 4)]
    [InlineData(AirQualityStandard.Gb3095_2026Final, Pollutant.O3, AveragingTime.Hour1, 1, 160)]
    public void Limit(AirQualityStandard standard, Pollutant pollutant, AveragingTime averaging, int zoneClass, double expected) =>
        Assert.Equal(expected, Gb3095Limits.Limit(standard, pollutant, averaging, zoneClass));

    [Fact(DisplayName = "A1 undefined limits are NaN; class 3 rejected; default class is 2")]
    public void UndefinedLimits()
    {
        foreach (var s in Enum.GetValues<AirQualityStandard>())
        {
            Assert.True(double.IsNaN(Gb3095Limits.Limit(s, Pollutant.PM2_5, AveragingTime.Hour1)));
            Assert.True(double.IsNaN(Gb3095Limits.Limit(s, Pollutant.CO, AveragingTime.Annual)));
            Assert.True(double.IsNaN(Gb3095Limits.Limit(s, Pollutant.O3, AveragingTime.Annual)));
            Assert.True(double.IsNaN(Gb3095Limits.Limit(s, Pollutant.SO2, AveragingTime.Mda8)));
        }
        Assert.Equal(35, Gb3095Limits.Limit(AirQualityStandard.Gb3095_2012, Pollutant.PM2_5, AveragingTime.Annual));
        Assert.Throws<ArgumentOutOfRangeException>(() => Gb3095Limits.Limit(AirQualityStandard.Gb3095_2012, Pollutant.SO2, AveragingTime.Annual, 3));
    }

    [Fact(DisplayName = "A3.3 ValidityRules defaults are GB 3095 Table 4")]
    public void ValidityDefaults()
    {
        var v = ValidityRules.Gb3095;
        Assert.Equal((20, 6, 14, 324, 27, 25, false),
            (v.MinHoursPerDay, v.MinHoursPer8hWindow, v.MinWindowsPerDay, v.MinDaysPerYear, v.MinDaysPerMonth, v.MinDaysInFebruary, v.Mda8ValidIfExceeding));
        Assert.Equal(v, new ValidityRules());
    }
}
