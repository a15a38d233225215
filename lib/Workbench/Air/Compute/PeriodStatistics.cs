using Workbench.Air.Method;
using Workbench.Air.Results;
using Workbench.Air.Tables;
using Workbench.Periods;
using Workbench.Standards;
using Workbench.Standards.Air;
using Workbench.Standards.Rounding;

namespace Workbench.Air.Compute;

/// <summary>
/// Period statistics per pollutant (HJ 663; REFERENCE A3.1–A3.5): means of daily values; P98 (SO2, NO2), P95 (PM10,
/// PM2.5, CO) of daily means and P90 of O3 MDA8 by the HJ 663 percentile; valid-day counts and validity
/// (<see cref="PeriodValidity"/>); reported values rounded per GB/T 8170 (integers, CO one decimal); the REPORTED
/// statistic is compared with the limit (A3.4: 35 attains a limit of 35); exceedance multiples (C − S)/S to 2
/// decimals; attainment under <see cref="AirSettings.Attainment"/>. Statistics come from concentrations, never
/// from averaged AQI. The mean is compared with the annual limit whatever the span (as the composite index does).
/// </summary>
public static class PeriodStatistics
{
    /// <summary>Computes the statistics of site <paramref name="site"/> of a daily table over a period.</summary>
    /// <param name="daily">City (or station) daily table.</param>
    /// <param name="site">Site index in the table.</param>
    /// <param name="period">The period (days outside the table count as missing).</param>
    /// <param name="standard">GB 3095 version whose Class 2 limits apply.</param>
    /// <param name="settings">Validity, attainment strictness, span rule.</param>
    /// <param name="pmExcludedDays">Days whose PM10 and PM2.5 values are left out (sand-dust days), or null.</param>
    public static PeriodStatisticsResult Compute(DailyTable daily, int site, Period period, AirQualityStandard standard,
        AirSettings settings, IReadOnlySet<DateOnly>? pmExcludedDays = null)
    {
        ArgumentNullException.ThrowIfNull(daily);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(settings);
        if (site < 0 || site >= daily.Sites.Count) throw new ArgumentOutOfRangeException(nameof(site));
        var excluded = new SortedSet<DateOnly>();
        var result = new Dictionary<Pollutant, PollutantStatistics>(PollutantInfo.All.Count);
        // Slot of the period's first day in the table: period day i is table day first + i (outside = missing).
        var first = period.Start.DayNumber - daily.FirstDay.DayNumber;
        var values = period.DayCount <= 1024 ? stackalloc double[period.DayCount] : new double[period.DayCount];
        foreach (var pollutant in PollutantInfo.All)
        {
            var series = daily.Series(IndicatorOf(pollutant), site);
            var isPm = pollutant is Pollutant.PM10 or Pollutant.PM2_5;
            for (var i = 0; i < values.Length; i++)
            {
                var d = first + i;
                var v = d >= 0 && d < series.Length ? series[d] : double.NaN;
                if (isPm && pmExcludedDays is not null && !double.IsNaN(v) && pmExcludedDays.Contains(period.Start.AddDays(i)))
                {
                    excluded.Add(period.Start.AddDays(i));
                    v = double.NaN;
                }
                values[i] = v;
            }
            var validity = PeriodValidity.Check(period, values, settings.Validity, settings.SpanValidity);
            result[pollutant] = Of(pollutant, values, validity, standard, settings);
        }
        return new PeriodStatisticsResult(daily.Sites[site], period, standard, result, excluded.ToArray(), settings);
    }

    /// <summary>The statistics of one pollutant from its daily values in a period (NaN = missing).</summary>
    public static PollutantStatistics Of(Pollutant pollutant, ReadOnlySpan<double> dailyValues, ValidityOutcome validity,
        AirQualityStandard standard, AirSettings settings)
    {
        var n = 0; double sum = 0;
        foreach (var v in dailyValues) if (!double.IsNaN(v)) { sum += v; n++; }
        var usable = validity.IsValid || settings.ReportInvalidStatistics;
        var mean = n > 0 && usable ? sum / n : double.NaN;
        var percent = PercentOf(pollutant);
        var percentile = usable ? Hj663Percentile.Compute(dailyValues, percent) : double.NaN;
        var decimals = pollutant.ReportedDecimals();
        decimal? reportedMean = double.IsNaN(mean) ? null : ReportedValue.Round(mean, decimals);
        decimal? reportedPercentile = double.IsNaN(percentile) ? null : ReportedValue.Round(percentile, decimals);

        var annualLimit = pollutant is Pollutant.CO or Pollutant.O3
            ? double.NaN : Gb3095Limits.Limit(standard, pollutant, AveragingTime.Annual);
        var shortTermLimit = Gb3095Limits.Limit(standard, pollutant,
            pollutant == Pollutant.O3 ? AveragingTime.Mda8 : AveragingTime.Day24h);
        var meanExceedance = Exceedance(reportedMean, annualLimit);
        var percentileExceedance = Exceedance(reportedPercentile, shortTermLimit);

        bool? attains;
        if (pollutant is Pollutant.CO or Pollutant.O3)
            attains = reportedPercentile is null ? null : reportedPercentile <= (decimal)shortTermLimit;
        else if (settings.Attainment == AttainmentStrictness.MeanOnly)
            attains = reportedMean is null ? null : reportedMean <= (decimal)annualLimit;
        else
        {
            bool? meanOk = reportedMean is null ? null : reportedMean <= (decimal)annualLimit;
            bool? pctOk = reportedPercentile is null ? null : reportedPercentile <= (decimal)shortTermLimit;
            attains = meanOk == false || pctOk == false ? false : meanOk == true && pctOk == true ? true : null;
        }
        return new PollutantStatistics(pollutant, n, validity, mean, reportedMean, percent, percentile, reportedPercentile,
            annualLimit, shortTermLimit, meanExceedance, percentileExceedance, attains);
    }

    /// <summary>Exceedance multiple (C − S)/S, GB/T 8170 to 2 decimals, only when C &gt; S (A3.5).</summary>
    public static decimal? Exceedance(decimal? reported, double limit)
    {
        if (reported is null || double.IsNaN(limit) || limit <= 0) return null;
        var s = (decimal)limit;
        return reported > s ? ReportedValue.Round((reported.Value - s) / s, 2) : null;
    }

    /// <summary>Percentile assessed per pollutant (A3.1): SO2, NO2 98; PM10, PM2.5, CO 95; O3 (MDA8) 90.</summary>
    public static int PercentOf(Pollutant pollutant) => pollutant switch
    {
        Pollutant.SO2 or Pollutant.NO2 => 98,
        Pollutant.O3 => 90,
        _ => 95,
    };

    /// <summary>The daily indicator a pollutant's period statistics are taken on (O3: MDA8).</summary>
    public static DailyIndicator IndicatorOf(Pollutant pollutant) => pollutant switch
    {
        Pollutant.SO2 => DailyIndicator.SO2,
        Pollutant.NO2 => DailyIndicator.NO2,
        Pollutant.CO => DailyIndicator.CO,
        Pollutant.O3 => DailyIndicator.O3_8hMax,
        Pollutant.PM10 => DailyIndicator.PM10,
        Pollutant.PM2_5 => DailyIndicator.PM2_5,
        _ => throw new ArgumentOutOfRangeException(nameof(pollutant)),
    };
}
