using System.Runtime.CompilerServices;
using Workbench.Air.Tables;
using Workbench.Periods;

namespace Workbench.Air.Compute;

/// <summary>Maps natural days onto the hour slots of a <see cref="StationHourlyTable"/> under a <see cref="DayBoundary"/>.</summary>
public static class HourGrid
{
    /// <summary>The days the grid touches under a boundary: first day and day count (partial days included; they fail validity).</summary>
    public static (DateOnly FirstDay, int DayCount) Days(StationHourlyTable hourly, DayBoundary boundary) =>
        Days(hourly.FirstHour, hourly.HourCount, boundary);

    /// <summary>The days <paramref name="hourCount"/> hour labels from <paramref name="firstHour"/> touch under a boundary.</summary>
    public static (DateOnly FirstDay, int DayCount) Days(DateTime firstHour, int hourCount, DayBoundary boundary)
    {
        var first = DayBoundaries.DayOf(firstHour, boundary);
        if (hourCount == 0) return (first, 0);
        var last = DayBoundaries.DayOf(firstHour.AddHours(hourCount - 1), boundary);
        return (first, last.DayNumber - first.DayNumber + 1);
    }

    /// <summary>Slot (possibly outside the grid) of the first hour of <paramref name="day"/>.</summary>
    public static int FirstSlot(StationHourlyTable hourly, DateOnly day, DayBoundary boundary) =>
        (int)Math.Round((DayBoundaries.FirstLabel(day, boundary) - hourly.FirstHour).TotalHours);

    /// <summary>Copies the 24 slots of a day from an hourly series into <paramref name="day"/> (NaN outside the grid).</summary>
    [MethodImpl(HotPath.Options)]
    public static void CopyDay(ReadOnlySpan<double> series, int firstSlot, Span<double> day)
    {
        for (var i = 0; i < day.Length; i++)
        {
            var s = firstSlot + i;
            day[i] = s >= 0 && s < series.Length ? series[s] : double.NaN;
        }
    }
}
