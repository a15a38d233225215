using Workbench.Standards.Air;

namespace Workbench.Briefings;

/// <summary>
/// The AQI calendar: one square per day coloured by its HJ 633 level (grey = no valid AQI), one row per month. A
/// picture with no text, so it needs no font or browser; the press figures come from the charts export.
/// </summary>
public static class AqiCalendarFigure
{
    /// <summary>Size of one day square and the gap, in pixels.</summary>
    public const int Cell = 18, Gap = 2;

    /// <summary>Renders the calendar of the days from <paramref name="start"/> with their daily AQI.</summary>
    public static BriefingFigure Render(string title, DateOnly start, IReadOnlyList<int?> dailyAqi)
    {
        var first = new DateOnly(start.Year, start.Month, 1);
        var end = start.AddDays(Math.Max(0, dailyAqi.Count - 1));
        var months = (end.Year - first.Year) * 12 + end.Month - first.Month + 1;
        var width = 31 * (Cell + Gap) + Gap;
        var height = months * (Cell + Gap) + Gap;
        var colours = AqiLevels.All.Select(l => Rgb(l.ColourHex)).ToArray();
        var png = Png.Encode(width, height, (x, y) =>
        {
            int col = x / (Cell + Gap), row = y / (Cell + Gap);
            if (x % (Cell + Gap) < Gap || y % (Cell + Gap) < Gap) return (255, 255, 255);
            var month = first.AddMonths(row);
            if (col >= DateTime.DaysInMonth(month.Year, month.Month)) return (255, 255, 255);
            var index = new DateOnly(month.Year, month.Month, col + 1).DayNumber - start.DayNumber;
            if (index < 0 || index >= dailyAqi.Count) return (255, 255, 255);
            return dailyAqi[index] is { } aqi ? colours[AqiLevels.ForAqi(aqi).Number - 1] : ((byte)200, (byte)200, (byte)200);
        });
        return new BriefingFigure(title, png, width, height);
    }

    private static (byte, byte, byte) Rgb(string hex) =>
        (Convert.ToByte(hex.Substring(1, 2), 16), Convert.ToByte(hex.Substring(3, 2), 16), Convert.ToByte(hex.Substring(5, 2), 16));
}
