namespace Workbench.Periods;

/// <summary>
/// Which hour labels make day D (REFERENCE F3). CNEMC labels an hour by its end: label h of date D is (h−1):00–h:00.
/// </summary>
public enum DayBoundary
{
    /// <summary>The feed's practice: labels D 00 … D 23 (hour 0 of D covers 23:00–24:00 of D−1). Reproduces CREA/CNEMC city-daily values (F3: 90 % of days exact).</summary>
    FeedDateHours0To23,
    /// <summary>The standards' text (HJ 633 §5.1.2, GB 3095-2026 §3.10): hours ending 01 … 24 of D, i.e. labels D 01 … D+1 00.</summary>
    StandardHours1To24,
}

/// <summary>Maps hour labels to days under a <see cref="DayBoundary"/>.</summary>
public static class DayBoundaries
{
    /// <summary>The first hour label of day D: D 00:00 (feed) or D 01:00 (standard). The day has 24 labels from there.</summary>
    public static DateTime FirstLabel(DateOnly day, DayBoundary b) => b switch
    {
        DayBoundary.FeedDateHours0To23 => day.ToDateTime(TimeOnly.MinValue),
        DayBoundary.StandardHours1To24 => day.ToDateTime(new TimeOnly(1, 0)),
        _ => throw new ArgumentOutOfRangeException(nameof(b), b, "未知的日界定义"),
    };

    /// <summary>The day an hour label belongs to: its own date (feed), or the date of the hour's start (standard: label D+1 00:00 → D).</summary>
    public static DateOnly DayOf(DateTime hourLabel, DayBoundary b) => b switch
    {
        DayBoundary.FeedDateHours0To23 => DateOnly.FromDateTime(hourLabel),
        DayBoundary.StandardHours1To24 => DateOnly.FromDateTime(hourLabel.AddHours(-1)),
        _ => throw new ArgumentOutOfRangeException(nameof(b), b, "未知的日界定义"),
    };
}
