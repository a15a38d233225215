using System.Runtime.InteropServices;
using System.Text;
using Workbench.Air.Compute;
using Workbench.Air.Tables;
using Workbench.IO;

namespace Workbench.Store;

/// <summary>
/// A year's station daily values (<see cref="StationDaily"/>) kept in the store (<c>daily/year=YYYY.bin</c>), so an
/// assessment from the store reads ≈ 40 MB of daily values instead of loading and reducing ≈ 700 MB of hourly grid
/// (national year). The file names the rules it was computed under (<see cref="StationDaily.RulesKey"/>); under any
/// other settings, or when absent, the daily values are computed from the hourly data as usual. Derived from the
/// Parquet, rebuildable: deleting it only makes loads slower.
/// </summary>
internal static class DailyCache
{
    private const long Magic = 0x3159414444425757; // "WWBDDAY1"
    private static readonly DailyIndicator[] Indicators = Enum.GetValues<DailyIndicator>();

    /// <summary>Writes the daily table (sites in the manifest's station order) computed under <paramref name="rulesKey"/>.</summary>
    public static void Write(DailyTable daily, string rulesKey, string path)
    {
        AtomicFile.Write(path, target =>
        {
            using var f = new BufferedStream(target, 1 << 20);
            var key = Encoding.UTF8.GetBytes(rulesKey);
            Span<long> head = [Magic, daily.Sites.Count, daily.FirstDay.DayNumber, daily.DayCount, key.Length];
            f.Write(MemoryMarshal.AsBytes(head));
            f.Write(key);
            foreach (var k in Indicators)
                for (var s = 0; s < daily.Sites.Count; s++)
                    f.Write(MemoryMarshal.AsBytes(daily.Series(k, s)));
            foreach (var k in Indicators)
                for (var s = 0; s < daily.Sites.Count; s++)
                    f.Write(daily.ValidCounts(k, s));
        });
    }

    /// <summary>
    /// Copies a year's daily values into <paramref name="daily"/> at its sites and days; false (nothing read) when the
    /// file is absent, of another shape, or computed under other rules.
    /// </summary>
    public static bool TryRead(string path, StoreYear year, string rulesKey, DailyTable daily)
    {
        if (!File.Exists(path)) return false;
        using var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        Span<long> head = stackalloc long[5];
        if (f.Length < 40) return false;
        f.ReadExactly(MemoryMarshal.AsBytes(head));
        var key = Encoding.UTF8.GetBytes(rulesKey);
        var sites = year.Stations.Count;
        if (head[0] != Magic || head[1] != sites || head[4] != key.Length) return false;
        var stored = new byte[key.Length];
        f.ReadExactly(stored);
        if (!stored.AsSpan().SequenceEqual(key)) return false;
        var days = (int)head[3];
        var offset = daily.IndexOfDay(DateOnly.FromDayNumber((int)head[2]));
        if (offset < 0 || offset + days > daily.DayCount
            || f.Length != 40 + key.Length + (long)Indicators.Length * sites * days * 9) return false;
        var index = year.Stations.Select(daily.IndexOfSite).ToArray();
        if (Array.IndexOf(index, -1) >= 0) return false;
        foreach (var k in Indicators)
            for (var s = 0; s < sites; s++)
                f.ReadExactly(MemoryMarshal.AsBytes(daily.Series(k, index[s]).Slice(offset, days)));
        foreach (var k in Indicators)
            for (var s = 0; s < sites; s++)
                f.ReadExactly(daily.ValidCounts(k, index[s]).Slice(offset, days));
        return true;
    }
}
