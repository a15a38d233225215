using System.Runtime.CompilerServices;
using Workbench.Standards.Air;
using Workbench.Standards.Rounding;

namespace Workbench.Air.Compute;

/// <summary>A daily value with the count of valid hours (or 8-hour windows) behind it; NaN value = invalid day.</summary>
/// <param name="Value">The daily value, NaN when the validity minimum is not met.</param>
/// <param name="ValidCount">Valid hours (valid 8-hour windows for MDA8) found in the day.</param>
public readonly record struct DailyValue(double Value, int ValidCount)
{
    /// <summary>True when the value is valid.</summary>
    public bool IsValid => !double.IsNaN(Value);
}

/// <summary>
/// The daily statistics of one day's 24 hourly slots (GB 3095 Table 4, §3.9–3.10). Slot 0 is the first hour of the
/// day and slot 23 the last: under <c>StandardHours1To24</c> labels D 01:00 … D+1 00:00, under
/// <c>FeedDateHours0To23</c> labels D 00:00 … D 23:00. "The window ending at hour k of the day" (k = 8…24) covers
/// slots k−8 … k−1, so the 17 MDA8 windows always lie inside the day's 24 slots whichever boundary is chosen.
/// NaN = missing hour. The slots are clock hours: a missing hour is a NaN slot, never a skipped one.
/// </summary>
public static class DailyWindows
{
    /// <summary>Hours in a day.</summary>
    public const int HoursPerDay = 24;
    /// <summary>Hours in an O3 moving window.</summary>
    public const int WindowHours = 8;
    /// <summary>Windows ending at hours 8 … 24 of the day (REFERENCE A3.3).</summary>
    public const int WindowsPerDay = HoursPerDay - WindowHours + 1;

    /// <summary>24-hour mean: valid with at least <paramref name="minHours"/> valid hours (GB 3095 Table 4: 20).</summary>
    [MethodImpl(HotPath.Options)]
    public static DailyValue Mean(ReadOnlySpan<double> day, int minHours)
    {
        CheckDay(day);
        double sum = 0; var n = 0;
        foreach (var v in day)
            if (!double.IsNaN(v)) { sum += v; n++; }
        return new DailyValue(n >= minHours && n > 0 ? sum / n : double.NaN, n);
    }

    /// <summary>Daily maximum 1-hour value: valid with at least <paramref name="minHours"/> valid hours (our rule, see <see cref="Method.AirSettings.MinHoursForO3Daily1hMax"/>).</summary>
    [MethodImpl(HotPath.Options)]
    public static DailyValue Max(ReadOnlySpan<double> day, int minHours)
    {
        CheckDay(day);
        var max = double.NegativeInfinity; var n = 0;
        foreach (var v in day)
            if (!double.IsNaN(v)) { if (v > max) max = v; n++; }
        return new DailyValue(n >= minHours && n > 0 ? max : double.NaN, n);
    }

    /// <summary>
    /// The 17 8-hour moving means ending at hours 8 … 24 of the day into <paramref name="windows"/> (length 17);
    /// a window with fewer than <paramref name="minHoursPerWindow"/> valid hours is NaN (GB 3095 Table 4: 6 of 8).
    /// Returns the number of valid windows.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    public static int EightHourMeans(ReadOnlySpan<double> day, int minHoursPerWindow, Span<double> windows)
    {
        CheckDay(day);
        if (windows.Length != WindowsPerDay)
            throw new ArgumentException($"需要 {WindowsPerDay} 个窗口位置", nameof(windows));
        var valid = 0;
        for (var j = 0; j < WindowsPerDay; j++)
        {
            double sum = 0; var n = 0;
            for (var i = j; i < j + WindowHours; i++)
                if (!double.IsNaN(day[i])) { sum += day[i]; n++; }
            windows[j] = n >= minHoursPerWindow && n > 0 ? sum / n : double.NaN;
            if (n >= minHoursPerWindow && n > 0) valid++;
        }
        return valid;
    }

    /// <summary>
    /// O3 daily maximum 8-hour mean (MDA8, GB 3095-2026 §3.9): the largest valid window of the day; valid with at
    /// least <see cref="ValidityRules.MinWindowsPerDay"/> valid windows (14 of 17). When
    /// <see cref="ValidityRules.Mda8ValidIfExceeding"/> is on (HJ 663-2013 as recalled ⚠), a day with fewer windows is
    /// still valid if its largest window, rounded per GB/T 8170 to an integer, exceeds <paramref name="mda8Limit"/>.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    public static DailyValue Mda8(ReadOnlySpan<double> day, ValidityRules rules, double mda8Limit)
    {
        Span<double> windows = stackalloc double[WindowsPerDay];
        var valid = EightHourMeans(day, rules.MinHoursPer8hWindow, windows);
        var max = double.NegativeInfinity;
        foreach (var w in windows)
            if (!double.IsNaN(w) && w > max) max = w;
        if (valid == 0) return new DailyValue(double.NaN, 0);
        if (valid >= rules.MinWindowsPerDay) return new DailyValue(max, valid);
        var exceeds = rules.Mda8ValidIfExceeding && !double.IsNaN(mda8Limit)
            && GbT8170.Round(max, 0) > (decimal)mda8Limit;
        return new DailyValue(exceeds ? max : double.NaN, valid);
    }

    private static void CheckDay(ReadOnlySpan<double> day)
    {
        if (day.Length != HoursPerDay)
            throw new ArgumentException($"一天应有 {HoursPerDay} 个小时位置，实际 {day.Length}", nameof(day));
    }
}
