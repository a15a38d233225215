using Workbench.Air.Method;
using Workbench.Air.Results;
using Workbench.Periods;
using Workbench.Standards.Air;

namespace Workbench.Air.Compute;

/// <summary>
/// Minimum valid days of a period statistic (GB 3095 Table 4): a year needs ≥ 324 valid days and ≥ 27 in every
/// month (≥ 25 in February); a calendar month ≥ 27 (25). Other spans follow <see cref="SpanValidityRule"/>.
/// Applied to every pollutant statistic (means and percentiles alike; Table 4 names the annual mean only).
/// </summary>
public static class PeriodValidity
{
    /// <summary>Checks the valid days of a period; <paramref name="isValidDay"/> tells whether a day has a valid value.</summary>
    public static ValidityOutcome Check(Period period, Func<DateOnly, bool> isValidDay, ValidityRules rules, SpanValidityRule spanRule)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(isValidDay);
        var monthCounts = new List<(int Year, int Month, int Valid, int Covered)>();
        foreach (var (y, m, from, to) in MonthsOf(period))
        {
            var valid = 0;
            for (var d = from; d <= to; d = d.AddDays(1)) if (isValidDay(d)) valid++;
            monthCounts.Add((y, m, valid, to.DayNumber - from.DayNumber + 1));
        }
        return Outcome(period, monthCounts, rules, spanRule);
    }

    /// <summary>
    /// Checks the valid days of a period from its daily values, one per day of the period in order (NaN = no valid
    /// value); the same rule as the <see cref="Check(Period, Func{DateOnly, bool}, ValidityRules, SpanValidityRule)"/> form.
    /// </summary>
    public static ValidityOutcome Check(Period period, ReadOnlySpan<double> dailyValues, ValidityRules rules, SpanValidityRule spanRule)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (dailyValues.Length != period.DayCount)
            throw new ArgumentException($"日值个数 {dailyValues.Length} 与时段天数 {period.DayCount} 不一致", nameof(dailyValues));
        var monthCounts = new List<(int Year, int Month, int Valid, int Covered)>(13);
        var i = 0;
        foreach (var (y, m, from, to) in MonthsOf(period))
        {
            var covered = to.DayNumber - from.DayNumber + 1;
            var valid = 0;
            foreach (var v in dailyValues.Slice(i, covered)) if (!double.IsNaN(v)) valid++;
            i += covered;
            monthCounts.Add((y, m, valid, covered));
        }
        return Outcome(period, monthCounts, rules, spanRule);
    }

    /// <summary>The rule itself, from the valid days of each (part) month of the period.</summary>
    private static ValidityOutcome Outcome(Period period, List<(int Year, int Month, int Valid, int Covered)> monthCounts,
        ValidityRules rules, SpanValidityRule spanRule)
    {
        List<string>? shortfalls = null;   // most statistics are valid: no list for them
        var total = 0;
        foreach (var month in monthCounts) total += month.Valid;

        string rule;
        var wholeMonths = period.Kind is PeriodKind.Year or PeriodKind.Month
            || spanRule == SpanValidityRule.MonthlyMinimumPerMonth;
        if (period.Kind == PeriodKind.Year)
        {
            rule = $"年有效日≥{rules.MinDaysPerYear}天且每月≥{rules.MinDaysPerMonth}天（2月≥{rules.MinDaysInFebruary}天）";
            if (total < rules.MinDaysPerYear) (shortfalls ??= new(13)).Add($"全年有效日 {total} 天，少于 {rules.MinDaysPerYear} 天");
        }
        else if (period.Kind == PeriodKind.Month)
            rule = $"月有效日≥{rules.MinDaysPerMonth}天（2月≥{rules.MinDaysInFebruary}天）";
        else if (spanRule == SpanValidityRule.MonthlyMinimumPerMonth)
            rule = $"所含每个自然月有效日≥{rules.MinDaysPerMonth}天（2月≥{rules.MinDaysInFebruary}天），不足整月按天数比例向上取整";
        else
            rule = "该时段不设有效日下限";

        if (wholeMonths)
            foreach (var (y, m, valid, covered) in monthCounts)
            {
                var full = DateTime.DaysInMonth(y, m);
                var monthMin = m == 2 ? rules.MinDaysInFebruary : rules.MinDaysPerMonth;
                var need = covered == full ? monthMin : (int)Math.Ceiling((double)monthMin * covered / full);
                if (valid < need) (shortfalls ??= new(13)).Add($"{y}年{m}月有效日 {valid} 天，少于 {need} 天");
            }
        return new ValidityOutcome(shortfalls is null, rule, shortfalls ?? (IReadOnlyList<string>)[]);
    }

    private static IEnumerable<(int Year, int Month, DateOnly From, DateOnly To)> MonthsOf(Period period)
    {
        var start = period.Start;
        while (start <= period.End)
        {
            var monthEnd = new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month));
            var end = monthEnd < period.End ? monthEnd : period.End;
            yield return (start.Year, start.Month, start, end);
            start = end.AddDays(1);
        }
    }
}
