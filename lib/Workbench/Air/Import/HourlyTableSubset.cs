using Workbench.Air.Tables;
using Workbench.Standards;

namespace Workbench.Air.Import;

/// <summary>Keeps chosen stations of an hourly table (for formats whose reader has no station filter).</summary>
internal static class HourlyTableSubset
{
    /// <summary>A new table with the stations of <paramref name="codes"/> that the table has, in table order; same hours,
    /// status and quality report.</summary>
    public static StationHourlyTable Select(StationHourlyTable table, IReadOnlyCollection<string> codes)
    {
        var wanted = new HashSet<string>(codes, StringComparer.Ordinal);
        var keep = table.StationCodes.Where(wanted.Contains).ToArray();
        var result = new StationHourlyTable(keep, table.FirstHour, table.HourCount, table.Status, table.Quality);
        for (var i = 0; i < keep.Length; i++)
        {
            var s = table.IndexOfStation(keep[i]);
            foreach (var p in PollutantInfo.All) table.Series(p, s).CopyTo(result.Series(p, i));
            table.PublishedAqi(s).CopyTo(result.PublishedAqi(i));
        }
        return result;
    }
}
