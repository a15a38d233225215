using Workbench.Air.Tables;
using Workbench.Standards;

namespace Workbench.Store;

/// <summary>What an import did to one month's values (the unit is one value: station × hour × item).</summary>
/// <param name="Added">Values the store did not hold.</param>
/// <param name="Replaced">Stored values replaced by a different value, or a real-time value confirmed by audited data.</param>
/// <param name="Skipped">Real-time values not written because the store holds an audited value there.</param>
/// <param name="Unchanged">Values equal to the stored ones, of the same status.</param>
public sealed record MergeCounts(long Added, long Replaced, long Skipped, long Unchanged)
{
    /// <summary>No value.</summary>
    public static MergeCounts None { get; } = new(0, 0, 0, 0);

    /// <summary>The sum of two counts.</summary>
    public static MergeCounts operator +(MergeCounts a, MergeCounts b) =>
        new(a.Added + b.Added, a.Replaced + b.Replaced, a.Skipped + b.Skipped, a.Unchanged + b.Unchanged);
}

/// <summary>
/// The store's rules for values arriving (docs/store.md, "Imports"): an import adds the values it carries; a value of
/// the same status replaces the stored one; audited values replace real-time ones and real-time values never replace
/// audited ones; a value ABSENT from the import never deletes a stored one.
/// </summary>
public static class ValueMerge
{
    /// <summary>
    /// Merges the hours of <paramref name="incoming"/> that fall in the month of <paramref name="stored"/> (null = the
    /// store holds nothing for that month). When the import brings no new station, <paramref name="stored"/> itself is
    /// merged into and returned (a day arriving copies no month); otherwise a new month holds both.
    /// </summary>
    public static (StoredMonth Month, MergeCounts Counts) Merge(StoredMonth? stored, int year, int month, StationHourlyTable incoming)
    {
        var audited = incoming.Status == DataStatus.Audited;
        var monthStart = new DateTime(year, month, 1);
        var hours = DateTime.DaysInMonth(year, month) * 24;
        // The incoming hours inside this month: [from, to) of the incoming grid, at offset `shift` in the month.
        var from = Math.Max(0, (int)(monthStart - incoming.FirstHour).TotalHours);
        var to = Math.Min(incoming.HourCount, (int)(monthStart.AddHours(hours) - incoming.FirstHour).TotalHours);
        var shift = (int)(incoming.FirstHour - monthStart).TotalHours;

        // Stations: the stored ones in their order, then the incoming ones with a value this month.
        var stations = new List<string>(stored?.Grid.StationCodes ?? []);
        var known = new HashSet<string>(stations, StringComparer.Ordinal);
        for (var s = 0; s < incoming.StationCodes.Count; s++)
            if (!known.Contains(incoming.StationCodes[s]) && HasAnyIn(incoming, s, from, to))
            {
                stations.Add(incoming.StationCodes[s]);
                known.Add(incoming.StationCodes[s]);
            }
        StoredMonth result;
        if (stored is not null && stations.Count == stored.Grid.StationCodes.Count) result = stored;
        else
        {
            result = new StoredMonth(year, month, stations);
            if (stored is not null) CopyInto(stored, result);
        }

        // Stations are independent: merged on both cores, each with its own counts.
        var pollutants = PollutantInfo.All;
        var perStation = new MergeTally[incoming.StationCodes.Count];
        Parallel.For(0, incoming.StationCodes.Count, si =>
        {
            var s = result.Grid.IndexOfStation(incoming.StationCodes[si]);
            if (s < 0) return; // no value this month
            var tally = new MergeTally(audited);
            var aqiIn = incoming.PublishedAqi(si);
            var aqiOut = result.Grid.PublishedAqi(s);
            var bitsOf = result.Audited.AsSpan(s * hours, hours);
            // Each value is merged on its own (its own status bit), so the series are taken one after another.
            for (var h = from; h < to; h++)
            {
                var m = h + shift;
                if (aqiIn[h] >= 0 && tally.Apply(aqiOut[m] >= 0, aqiOut[m] == aqiIn[h], StoredMonth.AqiBit, ref bitsOf[m]))
                    aqiOut[m] = aqiIn[h];
            }
            for (var p = 0; p < pollutants.Count; p++)
            {
                var seriesIn = incoming.Series(pollutants[p], si);
                var series = result.Grid.Series(pollutants[p], s);
                var bit = StoredMonth.PollutantBit(p);
                for (var h = from; h < to; h++)
                {
                    var vin = seriesIn[h];
                    if (double.IsNaN(vin)) continue;
                    var m = h + shift;
                    var vout = series[m];
                    if (tally.Apply(!double.IsNaN(vout), BitConverter.DoubleToInt64Bits(vout) == BitConverter.DoubleToInt64Bits(vin), bit, ref bitsOf[m]))
                        series[m] = vin;
                }
            }
            perStation[si] = tally;
        });
        long added = 0, replaced = 0, skipped = 0, unchanged = 0;
        foreach (var t in perStation)
        {
            added += t.Added; replaced += t.Replaced; skipped += t.Skipped; unchanged += t.Unchanged;
        }
        return (result, new MergeCounts(added, replaced, skipped, unchanged));
    }

    /// <summary>The rules for one value, with the counts of one station.</summary>
    private struct MergeTally(bool audited)
    {
        public long Added, Replaced, Skipped, Unchanged;

        /// <summary>Returns true when the incoming value is to be written (and sets its status bit).</summary>
        public bool Apply(bool present, bool equal, byte bit, ref byte bits)
        {
            var storedAudited = (bits & bit) != 0;
            if (present && storedAudited && !audited) { Skipped++; return false; }
            if (present && equal && storedAudited == audited) { Unchanged++; return false; }
            if (present) Replaced++; else Added++;
            bits = audited ? (byte)(bits | bit) : (byte)(bits & ~bit);
            return true;
        }
    }

    /// <summary>True when station <paramref name="s"/> of <paramref name="grid"/> holds a value in hours [from, to).</summary>
    internal static bool HasAnyIn(StationHourlyTable grid, int s, int from, int to)
    {
        var aqi = grid.PublishedAqi(s);
        for (var h = from; h < to; h++) if (aqi[h] >= 0) return true;
        foreach (var p in PollutantInfo.All)
        {
            var series = grid.Series(p, s);
            for (var h = from; h < to; h++) if (!double.IsNaN(series[h])) return true;
        }
        return false;
    }

    private static void CopyInto(StoredMonth from, StoredMonth to)
    {
        // The stored stations come first in the same order: station s of `from` is station s of `to`.
        var hours = from.Grid.HourCount;
        for (var s = 0; s < from.Grid.StationCodes.Count; s++)
        {
            from.Grid.PublishedAqi(s).CopyTo(to.Grid.PublishedAqi(s));
            foreach (var p in PollutantInfo.All) from.Grid.Series(p, s).CopyTo(to.Grid.Series(p, s));
        }
        from.Audited.AsSpan().CopyTo(to.Audited.AsSpan(0, from.Grid.StationCodes.Count * hours));
    }
}
