using System.Globalization;
using System.Text.RegularExpressions;

namespace Workbench.Periods;

/// <summary>
/// A reporting period of Beijing dates, both ends inclusive. Build it with the factories
/// (<see cref="Year"/>, <see cref="Month"/>, <see cref="AutumnWinter"/> …) or <see cref="Parse"/>.
/// </summary>
/// <param name="Start">First day.</param>
/// <param name="End">Last day (inclusive).</param>
/// <param name="Kind">What the span is; decides <see cref="Label"/>, <see cref="Code"/> and <see cref="ShiftYears"/>.</param>
public sealed partial record Period(DateOnly Start, DateOnly End, PeriodKind Kind)
{
    /// <summary>Last day (inclusive); never before <see cref="Start"/>.</summary>
    public DateOnly End { get; init; } = End >= Start ? End
        : throw new ArgumentException($"时段结束日 {End:yyyy-MM-dd} 早于开始日 {Start:yyyy-MM-dd}", nameof(End));

    private static readonly string[] QuarterNames = ["第一季度", "第二季度", "第三季度", "第四季度"];

    /// <summary>Chinese label: 2019年, 2019年1月, 2019年第一季度, 2019年上半年, 2019—2020年秋冬季, 2019年1—5月, 2019年10月1日至2020年3月31日.</summary>
    public string Label => Kind switch
    {
        PeriodKind.Year => $"{Start.Year}年",
        PeriodKind.HalfYear => $"{Start.Year}年{(Start.Month == 1 ? "上" : "下")}半年",
        PeriodKind.Quarter => $"{Start.Year}年{QuarterNames[(Start.Month - 1) / 3]}",
        PeriodKind.Month => $"{Start.Year}年{Start.Month}月",
        PeriodKind.AutumnWinter => $"{Start.Year}—{End.Year}年秋冬季",
        PeriodKind.YearToDate => End.Month == 1 ? $"{Start.Year}年1月" : $"{Start.Year}年1—{End.Month}月",
        _ => RangeLabel(),
    };

    /// <summary>The text <see cref="Parse"/> accepts back: 2019, 2019-01, 2019Q1, 2019H1, 2019AW, 2019-01..2019-05, 2019-10-01..2020-03-31.</summary>
    public string Code => Kind switch
    {
        PeriodKind.Year => $"{Start.Year}",
        PeriodKind.HalfYear => $"{Start.Year}H{(Start.Month == 1 ? 1 : 2)}",
        PeriodKind.Quarter => $"{Start.Year}Q{(Start.Month - 1) / 3 + 1}",
        PeriodKind.Month => $"{Start:yyyy-MM}",
        PeriodKind.AutumnWinter => $"{Start.Year}AW",
        PeriodKind.YearToDate => $"{Start:yyyy-MM}..{End:yyyy-MM}",
        _ => $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}",
    };

    /// <summary>Number of days, both ends included.</summary>
    public int DayCount => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Every day from <see cref="Start"/> to <see cref="End"/>.</summary>
    public IEnumerable<DateOnly> Days()
    {
        for (var d = Start; d <= End; d = d.AddDays(1))
            yield return d;
    }

    /// <summary>True when the day lies in the period.</summary>
    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>The base of a year-on-year (同比) comparison: the same period one year earlier (29 February handled).</summary>
    public Period SamePeriodLastYear() => ShiftYears(-1);

    /// <summary>
    /// The same period <paramref name="years"/> years later (negative: earlier). Calendar kinds are rebuilt
    /// (2020-02 → 2019-02 ends on the 28th); a range keeps whole months whole and moves 29 February to the 28th.
    /// </summary>
    public Period ShiftYears(int years) => Kind switch
    {
        PeriodKind.Year => Year(Start.Year + years),
        PeriodKind.HalfYear => HalfYear(Start.Year + years, Start.Month == 1 ? 1 : 2),
        PeriodKind.Quarter => Quarter(Start.Year + years, (Start.Month - 1) / 3 + 1),
        PeriodKind.Month => Month(Start.Year + years, Start.Month),
        PeriodKind.AutumnWinter => AutumnWinter(Start.Year + years),
        PeriodKind.YearToDate => YearToDate(Start.Year + years, End.Month),
        _ => ShiftRange(years),
    };

    /// <summary>A calendar year.</summary>
    public static Period Year(int y) => new(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), PeriodKind.Year);

    /// <summary>A calendar month.</summary>
    public static Period Month(int y, int m) => new(new DateOnly(y, m, 1), LastDayOfMonth(y, m), PeriodKind.Month);

    /// <summary>A calendar quarter, 1–4.</summary>
    public static Period Quarter(int y, int q)
    {
        if (q is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(q), q, "季度只能是 1–4");
        return new(new DateOnly(y, q * 3 - 2, 1), LastDayOfMonth(y, q * 3), PeriodKind.Quarter);
    }

    /// <summary>上半年 (1) or 下半年 (2).</summary>
    public static Period HalfYear(int y, int h)
    {
        if (h is < 1 or > 2) throw new ArgumentOutOfRangeException(nameof(h), h, "半年只能是 1（上半年）或 2（下半年）");
        return h == 1
            ? new(new DateOnly(y, 1, 1), new DateOnly(y, 6, 30), PeriodKind.HalfYear)
            : new(new DateOnly(y, 7, 1), new DateOnly(y, 12, 31), PeriodKind.HalfYear);
    }

    /// <summary>秋冬季: 1 October <paramref name="startYear"/> to 31 March of the next year (秋冬季攻坚方案).</summary>
    public static Period AutumnWinter(int startYear) =>
        new(new DateOnly(startYear, 10, 1), new DateOnly(startYear + 1, 3, 31), PeriodKind.AutumnWinter);

    /// <summary>首季 = the first quarter.</summary>
    public static Period FirstQuarter(int y) => Quarter(y, 1);

    /// <summary>1–N月累计: 1 January to the last day of month <paramref name="throughMonth"/>.</summary>
    public static Period YearToDate(int y, int throughMonth)
    {
        if (throughMonth is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(throughMonth), throughMonth, "累计月份只能是 1–12");
        return new(new DateOnly(y, 1, 1), LastDayOfMonth(y, throughMonth), PeriodKind.YearToDate);
    }

    /// <summary>Any span of days, both ends inclusive.</summary>
    public static Period Range(DateOnly start, DateOnly end) => new(start, end, PeriodKind.Range);

    /// <summary>
    /// Parses 2019 | 2019-01 | 2019Q1 | 2019H1 | 2019AW (秋冬季 from October 2019) | 2019-10..2020-03 (months; from January
    /// of one year it is a year-to-date) | 2019-10-01..2020-03-31 (days).
    /// </summary>
    /// <exception cref="FormatException">Text that is none of these, with a Chinese message naming it.</exception>
    public static Period Parse(string text) =>
        TryParse(text, out var period) ? period
        : throw new FormatException(
            $"无法识别的时段“{text}”。可用写法：2019（年）、2019-01（月）、2019Q1（季度）、2019H1（上半年）、"
            + "2019AW（2019—2020年秋冬季）、2019-01..2019-05（月份区间，1月起为累计）、2019-10-01..2020-03-31（日期区间）");

    /// <summary>Like <see cref="Parse"/>, without throwing.</summary>
    public static bool TryParse(string text, out Period period)
    {
        period = null!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        try
        {
            Match m;
            if ((m = YearPattern().Match(t)).Success)
                period = Year(Int(m, 1));
            else if ((m = MonthPattern().Match(t)).Success)
                period = Month(Int(m, 1), Int(m, 2));
            else if ((m = QuarterPattern().Match(t)).Success)
                period = Quarter(Int(m, 1), Int(m, 2));
            else if ((m = HalfPattern().Match(t)).Success)
                period = HalfYear(Int(m, 1), Int(m, 2));
            else if ((m = AutumnWinterPattern().Match(t)).Success)
                period = AutumnWinter(Int(m, 1));
            else if ((m = MonthRangePattern().Match(t)).Success)
                period = MonthRange(Int(m, 1), Int(m, 2), Int(m, 3), Int(m, 4));
            else if ((m = DayRangePattern().Match(t)).Success)
                period = Range(Day(m.Groups[1].Value), Day(m.Groups[2].Value));
            else
                return false;
            return true;
        }
        catch (ArgumentException)   // month 13, 2019-02-30, end before start …
        {
            period = null!;
            return false;
        }
    }

    private static Period MonthRange(int y1, int m1, int y2, int m2)
    {
        if (y1 == y2 && m1 == 1) return YearToDate(y1, m2);
        if (y1 == y2 && m1 == m2) return Month(y1, m1);
        return Range(new DateOnly(y1, m1, 1), LastDayOfMonth(y2, m2));
    }

    private string RangeLabel() => Start == End
        ? $"{Start.Year}年{Start.Month}月{Start.Day}日"
        : $"{Start.Year}年{Start.Month}月{Start.Day}日至{End.Year}年{End.Month}月{End.Day}日";

    private Period ShiftRange(int years)
    {
        var start = Start.AddYears(years);   // 29 February → 28 February
        var end = End == LastDayOfMonth(End.Year, End.Month)
            ? LastDayOfMonth(End.Year + years, End.Month)   // keep a month end a month end (28 ↔ 29 February)
            : End.AddYears(years);
        return new Period(start, end, Kind);
    }

    private static DateOnly LastDayOfMonth(int y, int m) => new(y, m, DateTime.DaysInMonth(y, m));

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static DateOnly Day(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new ArgumentException($"无效日期 {text}");

    [GeneratedRegex(@"^(\d{4})$")] private static partial Regex YearPattern();
    [GeneratedRegex(@"^(\d{4})-(\d{1,2})$")] private static partial Regex MonthPattern();
    [GeneratedRegex(@"^(\d{4})[Qq]([1-4])$")] private static partial Regex QuarterPattern();
    [GeneratedRegex(@"^(\d{4})[Hh]([12])$")] private static partial Regex HalfPattern();
    [GeneratedRegex(@"^(\d{4})(?:AW|aw|Aw)$")] private static partial Regex AutumnWinterPattern();
    [GeneratedRegex(@"^(\d{4})-(\d{1,2})\s*\.\.\s*(\d{4})-(\d{1,2})$")] private static partial Regex MonthRangePattern();
    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$")] private static partial Regex DayRangePattern();
}
