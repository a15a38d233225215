using Workbench.Air.Compute;
using Workbench.Air.Method;
using Workbench.Air.Tables;
using Workbench.Periods;
using Workbench.Standards;

namespace Workbench.Tests.Air.Compute;

/// <summary>Period statistics, validity and attainment on hand-made daily tables (REFERENCE A3, C3).</summary>
public class PeriodStatisticsTests
{
    internal static DailyTable Year2019(Func<int, double> pm25, string site = "测试市")
    {
        var t = new DailyTable([site], new DateOnly(2019, 1, 1), 365, DataStatus.Audited);
        var s = t.Series(DailyIndicator.PM2_5, 0);
        for (var i = 0; i < 365; i++) s[i] = pm25(i);
        return t;
    }

    [Fact(DisplayName = "C3 synthetic year: PM2.5 mean 70.0137 → 70, P95 115.8 → 116, multiples 1.00 / 0.55, not attained")]
    public void SyntheticYear()
    {
        var t = Year2019(i => (37 * i) % 101 + 20);
        var r = PeriodStatistics.Compute(t, 0, Period.Year(2019), AirQualityStandard.Gb3095_2012, AirSettings.Default);
        var pm = r.Pollutants[Pollutant.PM2_5];
        Assert.Equal(365, pm.ValidDays);
        Assert.True(pm.Validity.IsValid);
        Assert.Equal(70.0137, pm.Mean, 4);
        Assert.Equal(70m, pm.ReportedMean);
        Assert.Equal(95, pm.Percent);
        Assert.Equal(115.8, pm.Percentile, 9);
        Assert.Equal(116m, pm.ReportedPercentile);
        Assert.Equal(1.00m, pm.MeanExceedance);        // (70 − 35) / 35
        Assert.Equal(0.55m, pm.PercentileExceedance);  // (116 − 75) / 75 = 0.5467
        Assert.False(pm.Attains);
        Assert.Equal(0, r.Pollutants[Pollutant.SO2].ValidDays);
        Assert.False(r.Pollutants[Pollutant.SO2].Validity.IsValid);
        Assert.Null(r.AllAttain is true ? true : null);
    }

    [Fact(DisplayName = "Validity: February with 24 valid days fails (needs 25); 322 days fail the year")]
    public void YearValidity()
    {
        // Remove Feb 1–4 (Feb keeps 24 days): the year has 361 days but February is short.
        var t = Year2019(i => i is >= 31 and < 35 ? double.NaN : 30);
        var pm = PeriodStatistics.Compute(t, 0, Period.Year(2019), AirQualityStandard.Gb3095_2012, AirSettings.Default)
            .Pollutants[Pollutant.PM2_5];
        Assert.Equal(361, pm.ValidDays);
        Assert.False(pm.Validity.IsValid);
        Assert.Contains("2019年2月有效日 24 天，少于 25 天", pm.Validity.Shortfalls);
        Assert.Equal(30m, pm.ReportedMean); // still reported (flagged) by default

        // Every month left at its minimum (27; February 25): the months pass but the year has 322 < 324.
        var t2 = Year2019(i =>
        {
            var day = new DateOnly(2019, 1, 1).AddDays(i);
            var keepFrom = DateTime.DaysInMonth(2019, day.Month) - (day.Month == 2 ? 25 : 27) + 1;
            return day.Day < keepFrom ? double.NaN : 30;
        });
        var pm2 = PeriodStatistics.Compute(t2, 0, Period.Year(2019), AirQualityStandard.Gb3095_2012, AirSettings.Default)
            .Pollutants[Pollutant.PM2_5];
        Assert.Equal(322, pm2.ValidDays);
        Assert.False(pm2.Validity.IsValid);
        Assert.Equal(["全年有效日 322 天，少于 324 天"], pm2.Validity.Shortfalls);
    }

    [Fact(DisplayName = "Month validity: 27 valid days valid, 26 invalid; invalid statistics hidden when asked")]
    public void MonthValidity()
    {
        var t = Year2019(i => i < 27 ? 40 : double.NaN);
        var jan = PeriodStatistics.Compute(t, 0, Period.Month(2019, 1), AirQualityStandard.Gb3095_2012, AirSettings.Default)
            .Pollutants[Pollutant.PM2_5];
        Assert.True(jan.Validity.IsValid);
        var t2 = Year2019(i => i < 26 ? 40 : double.NaN);
        var strict = AirSettings.Default with { ReportInvalidStatistics = false };
        var jan2 = PeriodStatistics.Compute(t2, 0, Period.Month(2019, 1), AirQualityStandard.Gb3095_2012, strict)
            .Pollutants[Pollutant.PM2_5];
        Assert.False(jan2.Validity.IsValid);
        Assert.Null(jan2.ReportedMean);
    }

    [Fact(DisplayName = "A3.4/A3.5: mean 35.4 reports 35 and attains 35; P95 80 fails only the strict mode")]
    public void AttainmentModes()
    {
        // 40 high days and 325 low days shifted so that the mean is 35.4 and the P95 is above 75.
        var values = Enumerable.Range(0, 365).Select(i => i < 40 ? 80.0 : 0).ToArray();
        var mean = values.Average();
        var shift = 35.4 - mean;
        var t = Year2019(i => values[i] + shift);
        var strict = PeriodStatistics.Compute(t, 0, Period.Year(2019), AirQualityStandard.Gb3095_2012, AirSettings.Default)
            .Pollutants[Pollutant.PM2_5];
        Assert.Equal(35m, strict.ReportedMean);
        Assert.Null(strict.MeanExceedance);
        Assert.True(strict.ReportedPercentile > 75m);
        Assert.False(strict.Attains);
        var lenient = PeriodStatistics.Compute(t, 0, Period.Year(2019), AirQualityStandard.Gb3095_2012,
            AirSettings.Default with { Attainment = AttainmentStrictness.MeanOnly }).Pollutants[Pollutant.PM2_5];
        Assert.True(lenient.Attains);
    }

    [Fact(DisplayName = "Dust days leave PM out of the statistics and are listed")]
    public void DustExcluded()
    {
        var t = Year2019(i => i == 60 ? 400 : 30); // 2019-03-02 is a dust day
        var dust = new HashSet<DateOnly> { new(2019, 3, 2) };
        var r = PeriodStatistics.Compute(t, 0, Period.Month(2019, 3), AirQualityStandard.Gb3095_2012, AirSettings.Default, dust);
        Assert.Equal(30m, r.Pollutants[Pollutant.PM2_5].ReportedMean);
        Assert.Equal(30, r.Pollutants[Pollutant.PM2_5].ValidDays);
        Assert.Equal([new DateOnly(2019, 3, 2)], r.PmExcludedDays);
    }

    [Fact(DisplayName = "C3 through the statistics: O3 MDA8 P90 180.3 → 180, CO P95 2.405 → 2.4; O3 exceedance 0.125 → 0.12")]
    public void C3Percentiles()
    {
        var t = new DailyTable(["测试市"], new DateOnly(2019, 7, 1), 20, DataStatus.Audited);
        double[] mda8 = [120, 95, 160, 178, 143, 88, 201, 132, 150, 169];
        for (var d = 0; d < 10; d++) t.Series(DailyIndicator.O3_8hMax, 0)[d] = mda8[d];
        for (var d = 0; d < 20; d++) t.Series(DailyIndicator.CO, 0)[d] = 0.6 + 0.1 * d;
        var settings = AirSettings.Default with { SpanValidity = SpanValidityRule.None };
        var r = PeriodStatistics.Compute(t, 0, Period.Range(new DateOnly(2019, 7, 1), new DateOnly(2019, 7, 20)),
            AirQualityStandard.Gb3095_2012, settings);
        var o3 = r.Pollutants[Pollutant.O3];
        Assert.Equal(10, o3.ValidDays);
        Assert.Equal(180.3, o3.Percentile, 9);
        Assert.Equal(180m, o3.ReportedPercentile);
        Assert.Equal(0.12m, o3.PercentileExceedance); // (180 − 160)/160 = 0.125 → 0.12 (GB/T 8170 half-even)
        var co = r.Pollutants[Pollutant.CO];
        Assert.Equal(2.405, co.Percentile, 9);
        Assert.Equal(2.4m, co.ReportedPercentile);
        Assert.Equal("2.4", co.ReportedPercentile!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(co.Attains);
        Assert.True(o3.Validity.IsValid); // no minimum under SpanValidityRule.None
        Assert.False(o3.Attains);
    }

    [Fact(DisplayName = "Span rule: a 1–20 July range needs ceil(27 × 20/31) = 18 valid days")]
    public void SpanRuleScalesTheMonth()
    {
        var t = new DailyTable(["测试市"], new DateOnly(2019, 7, 1), 31, DataStatus.Audited);
        for (var d = 0; d < 17; d++) t.Series(DailyIndicator.PM2_5, 0)[d] = 30;
        var period = Period.Range(new DateOnly(2019, 7, 1), new DateOnly(2019, 7, 20));
        var pm = PeriodStatistics.Compute(t, 0, period, AirQualityStandard.Gb3095_2012, AirSettings.Default).Pollutants[Pollutant.PM2_5];
        Assert.False(pm.Validity.IsValid);
        Assert.Equal(["2019年7月有效日 17 天，少于 18 天"], pm.Validity.Shortfalls);
        t.Series(DailyIndicator.PM2_5, 0)[17] = 30;
        pm = PeriodStatistics.Compute(t, 0, period, AirQualityStandard.Gb3095_2012, AirSettings.Default).Pollutants[Pollutant.PM2_5];
        Assert.True(pm.Validity.IsValid);
    }
}
