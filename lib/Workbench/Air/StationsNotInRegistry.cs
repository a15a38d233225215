using System.Globalization;
using Workbench.Air.Tables;
using Workbench.Quality;
using Workbench.Registries;
using Workbench.Standards;

namespace Workbench.Air;

/// <summary>
/// Stations with data that the station list in use does not know (<c>station-not-in-registry</c>): they belong to no
/// city, so every city value leaves them out. One line per station, with its hours of data and, where the feed names
/// it, its city. File inputs count the hours on the grid read; a store counts them over its Parquet
/// (<see cref="Store.AirStore.StationHours"/>), without loading the grid.
/// </summary>
public static class StationsNotInRegistry
{
    /// <summary>The codes among <paramref name="codes"/> the registry has no record of (on any day), in their order.</summary>
    public static IReadOnlyList<string> Unknown(IEnumerable<string> codes, StationRegistry stations) =>
        codes.Where(c => stations.History(c).Count == 0).ToArray();

    /// <summary>Reports the stations of <paramref name="grid"/> the registry lacks, in grid order.</summary>
    public static void Report(StationHourlyTable grid, StationRegistry stations, string source,
        IReadOnlyDictionary<string, string>? feedCities, DataQualityReport quality) =>
        Report(Unknown(grid.StationCodes, stations).Select(c => (c, HoursOf(grid, grid.IndexOfStation(c)))), source, feedCities, quality);

    /// <summary>Reports stations the registry lacks from their hours counted elsewhere; a station without data is not reported.</summary>
    public static void Report(IEnumerable<(string Code, StationHours? Hours)> stations, string source,
        IReadOnlyDictionary<string, string>? feedCities, DataQualityReport quality)
    {
        foreach (var (code, found) in stations)
        {
            if (found is not { } h) continue;   // no data: nothing left out
            var city = feedCities is not null && feedCities.TryGetValue(code, out var c) ? c : null;
            string Label(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
            quality.Add(new QualityIssue(source, null, null, code, $"{Label(h.First)}/{Label(h.Last)}", "station-not-in-registry",
                $"站点不在站点列表中：{code} 有 {h.Count:N0} 个小时的数据（{Label(h.First)} 至 {Label(h.Last)}）" +
                (city is null ? "" : $"，数据源标注的城市为“{city}”") +
                $"，但站点列表 {source} 中没有该站点，不计入任何城市；如应计入，请在站点列表中补充该站点",
                QualityAction.Flagged));
        }
    }

    /// <summary>The hours of station <paramref name="s"/> with at least one pollutant value; null when none.</summary>
    internal static StationHours? HoursOf(StationHourlyTable grid, int s)
    {
        int hours = 0, first = -1, last = -1;
        for (var h = 0; h < grid.HourCount; h++)
        {
            var any = false;
            foreach (var p in PollutantInfo.All) any |= !double.IsNaN(grid.Series(p, s)[h]);
            if (!any) continue;
            hours++;
            if (first < 0) first = h;
            last = h;
        }
        return hours == 0 ? null : new StationHours(hours, grid.HourAt(first), grid.HourAt(last));
    }
}
