using System.Collections;
using Workbench.Periods;
using Workbench.Standards;

namespace Workbench.Air.Tables;

/// <summary>
/// Which hours the input itself holds: an hour label counts when any station of the input has any pollutant value
/// for it. A day short of hours here (a missing file, a file cut short) has no valid daily value for any city, so
/// results can tell such feed gaps from a city's own station gaps when a day count is read against an official one.
/// </summary>
public sealed class FeedCoverage
{
    private readonly BitArray _present;

    /// <summary>Coverage of <paramref name="present"/>.Length hour labels from <paramref name="firstHour"/>.</summary>
    public FeedCoverage(DateTime firstHour, BitArray present)
    {
        ArgumentNullException.ThrowIfNull(present);
        FirstHour = firstHour;
        _present = new BitArray(present);
    }

    /// <summary>The first hour label covered.</summary>
    public DateTime FirstHour { get; }

    /// <summary>Number of hour labels covered (present or not).</summary>
    public int HourCount => _present.Length;

    /// <summary>The coverage of an hourly grid.</summary>
    public static FeedCoverage Of(StationHourlyTable hourly)
    {
        ArgumentNullException.ThrowIfNull(hourly);
        var present = new BitArray(hourly.HourCount);
        var series = PollutantInfo.All.SelectMany(p => Enumerable.Range(0, hourly.StationCodes.Count).Select(s => (p, s))).ToArray();
        Parallel.For(0, (hourly.HourCount + 63) / 64, block =>
        {
            var until = Math.Min(hourly.HourCount, (block + 1) * 64);
            for (var h = block * 64; h < until; h++)
                foreach (var (p, s) in series)
                    if (!double.IsNaN(hourly.Series(p, s)[h])) { lock (present) present[h] = true; break; }
        });
        return new FeedCoverage(hourly.FirstHour, present);
    }

    /// <summary>True when the input holds a value for hour label <paramref name="label"/>.</summary>
    public bool Holds(DateTime label)
    {
        var h = (int)Math.Round((label - FirstHour).TotalHours);
        return h >= 0 && h < _present.Length && _present[h];
    }

    /// <summary>How many of the 24 hour labels of <paramref name="day"/> the input holds.</summary>
    public int HoursOn(DateOnly day, DayBoundary boundary)
    {
        var first = DayBoundaries.FirstLabel(day, boundary);
        var n = 0;
        for (var i = 0; i < 24; i++) if (Holds(first.AddHours(i))) n++;
        return n;
    }

    /// <summary>Several inputs (e.g. a store's years) as one: an hour is held when any part holds it.</summary>
    public static FeedCoverage Union(IReadOnlyList<FeedCoverage> parts)
    {
        if (parts.Count == 0) return new FeedCoverage(default, new BitArray(0));
        var first = parts.Min(p => p.FirstHour);
        var end = parts.Max(p => p.FirstHour.AddHours(p.HourCount));
        var present = new BitArray(checked((int)(end - first).TotalHours));
        foreach (var p in parts)
        {
            var offset = (int)(p.FirstHour - first).TotalHours;
            for (var h = 0; h < p.HourCount; h++) if (p._present[h]) present[offset + h] = true;
        }
        return new FeedCoverage(first, present);
    }

    /// <summary>The bitmap as Base64 (one bit per hour, first hour in the lowest bit), for a store manifest.</summary>
    public string ToBase64()
    {
        var bytes = new byte[(_present.Length + 7) / 8];
        _present.CopyTo(bytes, 0);
        return Convert.ToBase64String(bytes);
    }

    /// <summary>Reads <see cref="ToBase64"/>.</summary>
    public static FeedCoverage FromBase64(DateTime firstHour, int hourCount, string base64)
    {
        var bits = new BitArray(Convert.FromBase64String(base64)) { Length = hourCount };
        return new FeedCoverage(firstHour, bits);
    }
}
