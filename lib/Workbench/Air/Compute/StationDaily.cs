using System.Runtime.CompilerServices;
using Workbench.Air.Method;
using Workbench.Air.Tables;
using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Air.Compute;

/// <summary>
/// Station daily values from the hourly grid (GB 3095 §3.9–3.10, Table 4): 24-hour means of SO2, NO2, CO, PM10,
/// PM2.5 (≥ 20 valid hours), the O3 daily 1-hour maximum (≥ 20 valid hours, our rule, a setting) and MDA8 (the
/// largest of the 17 windows ending at hours 8…24 of the day, each valid with ≥ 6 of 8 hours, the day valid with
/// ≥ 14 valid windows). <see cref="AirSettings.DayBoundary"/> decides which 24 labels make the day (see
/// <see cref="DailyWindows"/>). The table's valid counts hold the valid hours (valid windows for MDA8).
/// </summary>
public static class StationDaily
{
    private static readonly (Pollutant Pollutant, DailyIndicator Indicator)[] MeanIndicators =
    [
        (Pollutant.SO2, DailyIndicator.SO2), (Pollutant.NO2, DailyIndicator.NO2), (Pollutant.CO, DailyIndicator.CO),
        (Pollutant.PM10, DailyIndicator.PM10), (Pollutant.PM2_5, DailyIndicator.PM2_5),
    ];

    /// <summary>
    /// The settings the daily values depend on, as text: two computations with the same key give the same table from
    /// the same grid. Stores keep precomputed daily values under this key (and recompute on any other); the leading
    /// version changes whenever this class changes a result.
    /// </summary>
    public static string RulesKey(AirSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var v = settings.Validity;
        return $"station-daily/1;day={settings.DayBoundary};min-hours={v.MinHoursPerDay};window-hours={v.MinHoursPer8hWindow};" +
               $"windows={v.MinWindowsPerDay};mda8-valid-if-exceeding={v.Mda8ValidIfExceeding};o3-1h-max-hours={settings.MinHoursForO3Daily1hMax}";
    }

    /// <summary>Daily table of every station of the grid over every day the grid touches.</summary>
    public static DailyTable Compute(StationHourlyTable hourly, AirSettings settings)
    {
        ArgumentNullException.ThrowIfNull(hourly);
        ArgumentNullException.ThrowIfNull(settings);
        var table = EmptyTable(hourly, hourly.StationCodes, settings);
        var mda8Limits = Mda8Limits(table);
        Parallel.For(0, hourly.StationCodes.Count, s =>
        {
            Interruption.ThrowIfRequested();
            ComputeRow(hourly, s, table, s, mda8Limits, settings);
        });
        return table;
    }

    /// <summary>An empty daily table of <paramref name="sites"/> over every day <paramref name="hourly"/>'s hours touch.</summary>
    internal static DailyTable EmptyTable(StationHourlyTable hourly, IReadOnlyList<string> sites, AirSettings settings)
    {
        var (firstDay, dayCount) = HourGrid.Days(hourly, settings.DayBoundary);
        return new DailyTable(sites, firstDay, dayCount, hourly.Status, hourly.Quality);
    }

    /// <summary>The O3 MDA8 limit of each day of <paramref name="table"/>, for the optional "valid if exceeding"
    /// clause (the GB 3095 version in force on the day).</summary>
    internal static double[] Mda8Limits(DailyTable table)
    {
        var limits = new double[table.DayCount];
        for (var d = 0; d < table.DayCount; d++)
            limits[d] = Gb3095Limits.Limit(StandardVersions.AirQualityInForce(table.DayAt(d)), Pollutant.O3, AveragingTime.Mda8);
        return limits;
    }

    /// <summary>The daily values of row <paramref name="source"/> of <paramref name="hourly"/> into row
    /// <paramref name="row"/> of <paramref name="table"/> (made by <see cref="EmptyTable"/> for the same hours).</summary>
    [MethodImpl(HotPath.Options)]
    internal static void ComputeRow(StationHourlyTable hourly, int source, DailyTable table, int row, double[] mda8Limits,
        AirSettings settings)
    {
        Span<double> edge = stackalloc double[DailyWindows.HoursPerDay];
        var rules = settings.Validity;
        for (var d = 0; d < table.DayCount; d++)
        {
            var first = HourGrid.FirstSlot(hourly, table.DayAt(d), settings.DayBoundary);
            foreach (var (pollutant, indicator) in MeanIndicators)
                Store(table, indicator, row, d, DailyWindows.Mean(DayOf(hourly.Series(pollutant, source), first, edge), rules.MinHoursPerDay));
            var o3 = DayOf(hourly.Series(Pollutant.O3, source), first, edge);
            Store(table, DailyIndicator.O3_1hMax, row, d, DailyWindows.Max(o3, settings.MinHoursForO3Daily1hMax));
            Store(table, DailyIndicator.O3_8hMax, row, d, DailyWindows.Mda8(o3, rules, mda8Limits[d]));
        }
    }

    /// <summary>The 24 slots of a day: the series itself when the day lies inside the grid, else a NaN-padded copy in <paramref name="edge"/>.</summary>
    [MethodImpl(HotPath.Options)]
    private static ReadOnlySpan<double> DayOf(ReadOnlySpan<double> series, int firstSlot, Span<double> edge)
    {
        if (firstSlot >= 0 && firstSlot + DailyWindows.HoursPerDay <= series.Length)
            return series.Slice(firstSlot, DailyWindows.HoursPerDay);
        HourGrid.CopyDay(series, firstSlot, edge);
        return edge;
    }

    private static void Store(DailyTable table, DailyIndicator indicator, int site, int day, DailyValue v)
    {
        table.Series(indicator, site)[day] = v.Value;
        table.ValidCounts(indicator, site)[day] = (byte)v.ValidCount;
    }
}
