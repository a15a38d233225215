using System.Runtime.InteropServices;
using System.Text;
using Workbench.Air.Compute;
using Workbench.Air.Tables;
using Workbench.IO;

namespace Workbench.Store;

/// <summary>
/// A year's city daily values under the default city method (<see cref="CityHourly"/>: the city's hourly series
/// first) kept in the store (<c>citydaily/year=YYYY.bin</c>), with the stations behind each city-day, so an
/// assessment from the store needs neither the ≈ 700 MB hourly grid nor a pass over it. The file names the rules and
/// the station registry it was computed under (<see cref="CityHourlyDaily.RulesKey"/> and
/// <c>StationRegistry.Fingerprint</c>); under anything else, or when absent, the values are computed from the
/// hourly data as usual. Derived from the Parquet and the store's station list, rebuildable.
/// </summary>
internal static class CityDailyCache
{
    private const long Magic = 0x3159544943425757; // "WWBCITY1"
    private static readonly DailyIndicator[] Indicators = Enum.GetValues<DailyIndicator>();

    /// <summary>The key a table is kept under: the rules and the registry's fingerprint.</summary>
    public static string Key(AirSettings settings, string registryFingerprint) =>
        CityHourlyDaily.RulesKey(settings) + ";registry=" + registryFingerprint;

    /// <summary>Writes a year's city table; station codes are written as indexes into <paramref name="stations"/>.</summary>
    public static void Write(CityHourlyDaily cities, IReadOnlyList<string> stations, string key, string path)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < stations.Count; i++) index.TryAdd(stations[i], i);
        AtomicFile.Write(path, target =>
        {
            using var f = new BinaryWriter(new BufferedStream(target, 1 << 20), Encoding.UTF8);
            var daily = cities.Daily;
            f.Write(Magic);
            f.Write(key);
            f.Write(daily.FirstDay.DayNumber);
            f.Write(daily.DayCount);
            f.Write(cities.Cities.Count);
            foreach (var c in cities.Cities) f.Write(c);
            foreach (var k in Indicators)
                for (var s = 0; s < cities.Cities.Count; s++)
                {
                    f.Write(MemoryMarshal.AsBytes(daily.Series(k, s)));
                    f.Write(daily.ValidCounts(k, s));
                }
            for (var s = 0; s < cities.Cities.Count; s++)
                for (var d = 0; d < daily.DayCount; d++)
                {
                    var codes = cities.Contributed[s][d];
                    f.Write((ushort)codes.Count);
                    foreach (var code in codes) f.Write((ushort)index[code]);
                }
        });
    }

    /// <summary>
    /// Reads the years' tables into one (cities = the union, in first-seen order); null when a year has none, was
    /// computed under another key, or the years' days are not contiguous.
    /// </summary>
    public static CityHourlyDaily? TryRead(IReadOnlyList<(string Path, StoreYear Year)> years, string key,
        DateOnly firstDay, int dayCount, Workbench.Quality.DataQualityReport quality)
    {
        var parts = new List<(string[] Cities, int First, int Days, double[][][] Values, byte[][][] Counts, IReadOnlyList<string>[][] Contributed)>();
        foreach (var (path, year) in years)
        {
            if (!File.Exists(path)) return null;
            using var f = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 20), Encoding.UTF8);
            if (f.BaseStream.Length < 16 || f.ReadInt64() != Magic || f.ReadString() != key) return null;
            var first = f.ReadInt32() - firstDay.DayNumber;
            var days = f.ReadInt32();
            if (first < 0 || first + days > dayCount) return null;
            var cities = new string[f.ReadInt32()];
            for (var c = 0; c < cities.Length; c++) cities[c] = f.ReadString();
            var values = new double[Indicators.Length][][];
            var counts = new byte[Indicators.Length][][];
            for (var k = 0; k < Indicators.Length; k++)
            {
                values[k] = new double[cities.Length][];
                counts[k] = new byte[cities.Length][];
                for (var c = 0; c < cities.Length; c++)
                {
                    values[k][c] = new double[days];
                    f.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values[k][c].AsSpan()));
                    counts[k][c] = f.ReadBytes(days);
                }
            }
            var contributed = new IReadOnlyList<string>[cities.Length][];
            for (var c = 0; c < cities.Length; c++)
            {
                contributed[c] = new IReadOnlyList<string>[days];
                string[] previous = [];
                for (var d = 0; d < days; d++)
                {
                    var n = f.ReadUInt16();
                    var codes = new string[n];
                    for (var i = 0; i < n; i++) codes[i] = year.Stations[f.ReadUInt16()];
                    // Consecutive days with the same stations share one array, as computed ones do.
                    contributed[c][d] = previous = codes.AsSpan().SequenceEqual(previous) ? previous : codes;
                }
            }
            parts.Add((cities, first, days, values, counts, contributed));
        }
        var names = parts.SelectMany(p => p.Cities).Distinct(StringComparer.Ordinal).ToArray();
        var table = new DailyTable(names, firstDay, dayCount, years[0].Year.Status, quality);
        var perCity = new IReadOnlyList<string>[names.Length][];
        for (var c = 0; c < names.Length; c++) perCity[c] = Enumerable.Repeat((IReadOnlyList<string>)[], dayCount).ToArray();
        foreach (var p in parts)
            for (var c = 0; c < p.Cities.Length; c++)
            {
                var site = table.IndexOfSite(p.Cities[c]);
                for (var k = 0; k < Indicators.Length; k++)
                {
                    p.Values[k][c].CopyTo(table.Series(Indicators[k], site).Slice(p.First, p.Days));
                    p.Counts[k][c].CopyTo(table.ValidCounts(Indicators[k], site).Slice(p.First, p.Days));
                }
                Array.Copy((Array)p.Contributed[c], 0, perCity[site], p.First, p.Days);
            }
        return new CityHourlyDaily(names, table, perCity);
    }
}
