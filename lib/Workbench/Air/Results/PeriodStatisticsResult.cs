using Workbench.Air.Method;
using Workbench.Periods;
using Workbench.Standards;

namespace Workbench.Air.Results;

/// <summary>
/// Period statistics of one pollutant (HJ 663): the mean of daily values, the percentile the standard assesses
/// (SO2/NO2 P98, PM10/PM2.5/CO P95, O3 MDA8 P90), their reported values (GB/T 8170: integers, CO one decimal),
/// exceedance multiples and attainment against GB 3095 Class 2 of <see cref="PeriodStatisticsResult.Standard"/>.
/// </summary>
/// <param name="Pollutant">The pollutant (O3 statistics are taken on MDA8).</param>
/// <param name="ValidDays">Days with a valid daily value in the period (after any dust exclusion).</param>
/// <param name="Validity">Whether the valid days meet the minimum, and the rule applied.</param>
/// <param name="Mean">Unrounded mean of the valid daily values (NaN when none). For CO and O3 (MDA8) for information only.</param>
/// <param name="ReportedMean">The mean rounded per GB/T 8170, or null.</param>
/// <param name="Percent">The percentile assessed: 98, 95 or 90.</param>
/// <param name="Percentile">Unrounded HJ 663 percentile (NaN when none).</param>
/// <param name="ReportedPercentile">The percentile rounded per GB/T 8170, or null.</param>
/// <param name="AnnualLimit">Annual-mean limit (NaN for CO and O3, which have none).</param>
/// <param name="ShortTermLimit">24-hour limit (MDA8 limit for O3) the percentile is compared with.</param>
/// <param name="MeanExceedance">(C − S)/S of the reported mean over the annual limit, 2 decimals, only when C &gt; S.</param>
/// <param name="PercentileExceedance">(C − S)/S of the reported percentile over the short-term limit, only when C &gt; S.</param>
/// <param name="Attains">Attainment per A3.5 under <see cref="AirSettings.Attainment"/>; null when a needed statistic is missing.</param>
public sealed record PollutantStatistics(
    Pollutant Pollutant, int ValidDays, ValidityOutcome Validity,
    double Mean, decimal? ReportedMean, int Percent, double Percentile, decimal? ReportedPercentile,
    double AnnualLimit, double ShortTermLimit, decimal? MeanExceedance, decimal? PercentileExceedance, bool? Attains)
{
    /// <summary>The statistic the composite index and bulletins use: the mean for SO2, NO2, PM10, PM2.5; P95 for CO; P90 for O3.</summary>
    public decimal? Headline => Pollutant is Pollutant.CO or Pollutant.O3 ? ReportedPercentile : ReportedMean;
}

/// <summary>Statistics of the six pollutants of one site over one period, under one standard version.</summary>
/// <param name="Site">City (or station) name.</param>
/// <param name="Period">The period.</param>
/// <param name="Standard">GB 3095 version whose limits were applied.</param>
/// <param name="Pollutants">Per pollutant, in <see cref="PollutantInfo.All"/> order.</param>
/// <param name="PmExcludedDays">Days whose PM10 and PM2.5 values were left out (sand-dust days), sorted.</param>
/// <param name="Settings">Settings used.</param>
public sealed record PeriodStatisticsResult(
    string Site, Period Period, AirQualityStandard Standard, IReadOnlyDictionary<Pollutant, PollutantStatistics> Pollutants,
    IReadOnlyList<DateOnly> PmExcludedDays, AirSettings Settings)
{
    /// <summary>True when every pollutant attains Class 2 (达标城市); false when any fails; null when any is undetermined.</summary>
    public bool? AllAttain =>
        Pollutants.Values.Any(p => p.Attains == false) ? false
        : Pollutants.Values.All(p => p.Attains == true) ? true : null;
}
