namespace Workbench.Periods;

/// <summary>
/// A period and the same period of other years, as figures and tables show them: the months a period is made of,
/// the span from a base period to the current one, and the check that a period can be drawn month by month.
/// </summary>
public static class PeriodSeries
{
    /// <summary>The same period in each year from <paramref name="baseYear"/> (its start year) to <paramref name="current"/>, oldest first.</summary>
    public static IReadOnlyList<Period> FromBaseYear(Period current, int baseYear)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (baseYear > current.Start.Year) throw new ArgumentException($"基准年（{baseYear}）晚于{current.Label}", nameof(baseYear));
        return Enumerable.Range(0, current.Start.Year - baseYear + 1).Select(k => current.ShiftYears(baseYear + k - current.Start.Year)).ToArray();
    }

    /// <summary>The calendar months a period touches, in order (a 秋冬季 gives October to March).</summary>
    public static IReadOnlyList<Period> Months(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var list = new List<Period>();
        for (var m = new DateOnly(period.Start.Year, period.Start.Month, 1); m <= period.End; m = m.AddMonths(1))
            list.Add(Period.Month(m.Year, m.Month));
        return list;
    }

    /// <summary>
    /// The span of a series of same-kind periods: 2015—2020年 for years; 2015—2016年至2020—2021年秋冬季 for 秋冬季;
    /// the two labels joined by 至 otherwise (2015年1—5月至2020年1—5月). One period: its label.
    /// </summary>
    public static string SpanLabel(Period first, Period last)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(last);
        if (first == last) return first.Label;
        return first.Kind switch
        {
            PeriodKind.Year when last.Kind == PeriodKind.Year => $"{first.Start.Year}—{last.Start.Year}年",
            PeriodKind.AutumnWinter when last.Kind == PeriodKind.AutumnWinter =>
                $"{first.Start.Year}—{first.End.Year}年至{last.Start.Year}—{last.End.Year}年秋冬季",
            _ => $"{first.Label}至{last.Label}",
        };
    }

    /// <summary>
    /// Why a period cannot be drawn month by month (figures show whole months, at most twelve), or null when it can:
    /// a range of days that does not start on a month's first day or end on a month's last day, or one over a year.
    /// </summary>
    public static string? WhyNotMonthly(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.Start.Day != 1 || period.End.AddDays(1).Day != 1)
            return $"图表按整月绘制，时段“{period.Code}”（{period.Label}）不是整月：请给出整月的时段，如 2020-10..2021-03";
        if (Months(period).Count > 12)
            return $"图表的时段不能超过 12 个月，“{period.Code}”（{period.Label}）有 {Months(period).Count} 个月";
        return null;
    }
}
