using System.Globalization;
using Workbench.Standards.Air;

namespace Workbench.Briefings;

/// <summary>One day of the cell calendar: its AQI as shown, and its fill (HJ 633 level colour, grey without a valid AQI).</summary>
/// <param name="Day">The date.</param>
/// <param name="Aqi">The day's AQI, or null when the day has no valid AQI.</param>
/// <param name="Text">What the cell shows: the AQI, or "—" without one.</param>
/// <param name="FillHex">Fill colour "#RRGGBB".</param>
/// <param name="WhiteText">True on the dark levels (中度污染 and worse), where black text would not read.</param>
public sealed record AqiCalendarDay(DateOnly Day, int? Aqi, string Text, string FillHex, bool WhiteText);

/// <summary>One month of the cell calendar: its Chinese name and 31 day slots (null: no such day, or outside the period).</summary>
/// <param name="Label">The month's name ("2025年1月").</param>
/// <param name="Days">Slots for days 1–31.</param>
public sealed record AqiCalendarMonth(string Label, IReadOnlyList<AqiCalendarDay?> Days);

/// <summary>
/// The AQI calendar as cells: one row per month, one column per day number, each day filled with its HJ 633-2012
/// Table 2 level colour (Appendix A colours, unchanged in HJ 633-2026) and showing its AQI. A pure layout; the
/// 空气质量日历 sheet writes it.
/// </summary>
public static class AqiCalendarCells
{
    /// <summary>Fill of a day without a valid AQI (the press calendar's grey).</summary>
    public const string MissingFillHex = Charts.HouseStyle.MissingColour;

    /// <summary>Text of a day without a valid AQI.</summary>
    public const string MissingText = "—";

    /// <summary>The months from <paramref name="start"/>'s month to the last day's, with the days of the series in them.</summary>
    /// <param name="start">First day of the series.</param>
    /// <param name="dailyAqi">AQI of each day from <paramref name="start"/> (null = no valid AQI).</param>
    public static IReadOnlyList<AqiCalendarMonth> Layout(DateOnly start, IReadOnlyList<int?> dailyAqi)
    {
        ArgumentNullException.ThrowIfNull(dailyAqi);
        if (dailyAqi.Count == 0) return [];
        var end = start.AddDays(dailyAqi.Count - 1);
        var months = new List<AqiCalendarMonth>();
        for (var month = new DateOnly(start.Year, start.Month, 1); month <= end; month = month.AddMonths(1))
        {
            var slots = new AqiCalendarDay?[31];
            for (var d = 1; d <= DateTime.DaysInMonth(month.Year, month.Month); d++)
            {
                var day = new DateOnly(month.Year, month.Month, d);
                if (day < start || day > end) continue;
                slots[d - 1] = Day(day, dailyAqi[day.DayNumber - start.DayNumber]);
            }
            months.Add(new AqiCalendarMonth(Periods.Period.Month(month.Year, month.Month).Label, slots));
        }
        return months;
    }

    /// <summary>One day's cell: its AQI and level colour, or the grey "—" without a valid AQI.</summary>
    public static AqiCalendarDay Day(DateOnly day, int? aqi)
    {
        if (aqi is not { } a) return new AqiCalendarDay(day, null, MissingText, MissingFillHex, false);
        var level = AqiLevels.ForAqi(a);
        return new AqiCalendarDay(day, a, a.ToString(CultureInfo.InvariantCulture), level.ColourHex, level.Number >= 4);
    }
}
