using System.Runtime.InteropServices;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Standards;

namespace Workbench.Store;

/// <summary>
/// The workbench's private fast copy of a year's hourly grid (<c>grid/year=YYYY.bin</c>): the six pollutant arrays
/// and the published AQI, station-major, exactly as in memory. The Parquet files stay the store's data and the copy
/// other tools read; this file only spares the workbench DuckDB's per-value reader (≈ 55 ns per value, 10 s for a
/// national year) when it loads a grid. Absent or of another shape, the store reads the Parquet instead.
/// </summary>
internal static class GridCache
{
    private const long Magic = 0x3144495247425757; // "WWBGRID1"

    /// <summary>Writes the grid (stations in the manifest's order).</summary>
    public static void Write(StationHourlyTable grid, string path)
    {
        AtomicFile.Write(path, target =>
        {
            using var f = new BufferedStream(target, 1 << 20);
            Span<long> head = [Magic, grid.StationCodes.Count, grid.HourCount];
            f.Write(MemoryMarshal.AsBytes(head));
            foreach (var p in PollutantInfo.All)
                for (var s = 0; s < grid.StationCodes.Count; s++)
                    f.Write(MemoryMarshal.AsBytes(grid.Series(p, s)));
            for (var s = 0; s < grid.StationCodes.Count; s++)
                f.Write(MemoryMarshal.AsBytes(grid.PublishedAqi(s)));
        });
    }

    /// <summary>
    /// Copies a year's cached grid into <paramref name="grid"/> at its stations and hours; false (nothing read) when
    /// the file is absent or does not match the manifest.
    /// </summary>
    public static bool TryRead(string path, StoreYear year, StationHourlyTable grid)
    {
        if (!File.Exists(path)) return false;
        using var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        Span<long> head = stackalloc long[3];
        f.ReadExactly(MemoryMarshal.AsBytes(head));
        var stations = year.Stations.Count;
        if (head[0] != Magic || head[1] != stations || head[2] != year.HourCount
            || f.Length != 24 + (long)stations * year.HourCount * (PollutantInfo.All.Count * 8 + 2)) return false;
        var offset = grid.IndexOfHour(year.FirstHour);
        if (offset < 0 || offset + year.HourCount > grid.HourCount) return false;
        var index = year.Stations.Select(grid.IndexOfStation).ToArray();
        foreach (var p in PollutantInfo.All)
            for (var s = 0; s < stations; s++)
                f.ReadExactly(MemoryMarshal.AsBytes(grid.Series(p, index[s]).Slice(offset, year.HourCount)));
        for (var s = 0; s < stations; s++)
            f.ReadExactly(MemoryMarshal.AsBytes(grid.PublishedAqi(index[s]).Slice(offset, year.HourCount)));
        return true;
    }
}
