using System.Runtime.CompilerServices;
using Workbench.Air.Method;
using Workbench.Air.Tables;
using Workbench.Periods;
using Workbench.Quality;
using Workbench.Registries;
using Workbench.Standards;

namespace Workbench.Air.Compute;

/// <summary>
/// Cities' hourly series and the daily values taken on them (<see cref="CityAggregation.DailyOfCityHourly"/>, the
/// default; REFERENCE A3.7 and CNEMC practice): per hour and pollutant, the arithmetic mean of the city's stations
/// that hold a value that hour (at least <see cref="AirSettings.MinStationsPerCityValue"/>), among the stations the
/// registry places in the city that day; the city's 24-hour means, O3 1-hour maximum and MDA8 are then computed on
/// that series by <see cref="StationDaily"/> under the same validity rules as a station's.
/// </summary>
/// <param name="Cities">City names, in table order.</param>
/// <param name="Daily">The cities' daily values (one site per city; valid counts = valid hours of the city series).</param>
/// <param name="Contributed">Per city and day slot: the station codes that gave any value that day, sorted (ordinal).</param>
public sealed record CityHourlyDaily(IReadOnlyList<string> Cities, DailyTable Daily, IReadOnlyList<string>[][] Contributed)
{
    /// <summary>
    /// The settings city-hourly daily values depend on, as text (the station daily rules, the order of averaging, the
    /// minimum stations per hour and whether control stations are left out); the registry's fingerprint is added by
    /// whoever keeps the table.
    /// </summary>
    public static string RulesKey(AirSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return $"city-hourly/1;{StationDaily.RulesKey(settings)};min-stations={Math.Max(1, settings.MinStationsPerCityValue)};" +
               $"exclude-control={settings.ExcludeControlStations}";
    }
}

/// <summary>Builds <see cref="CityHourlyDaily"/> from the hourly station grid.</summary>
public static class CityHourly
{
    /// <summary>
    /// The city-hourly daily values of <paramref name="cities"/>. Registry stations absent from the grid are listed
    /// in the grid's quality report (one line per station and city), as <see cref="CityDaily"/> does.
    /// </summary>
    public static CityHourlyDaily Compute(StationHourlyTable hourly, StationRegistry stations, IReadOnlyList<string> cities,
        AirSettings settings)
    {
        var (table, absent) = ComputeWithAbsent(hourly, stations, cities, settings);
        ReportAbsent(table.Cities, absent, Enumerable.Range(0, table.Cities.Count), hourly.Quality);
        return table;
    }

    /// <summary>Lists the registry stations of cities <paramref name="which"/> absent from the grid (code → days), one
    /// line per station and city.</summary>
    internal static void ReportAbsent(IReadOnlyList<string> cities, IReadOnlyList<SortedDictionary<string, int>> absent,
        IEnumerable<int> which, DataQualityReport quality)
    {
        foreach (var c in which)
            foreach (var (code, days) in absent[c])
                quality.Add("", null, null, code, null, "station-not-in-data",
                    $"站点不在数据中：{code} 属于{cities[c]}（{days} 天），数据中没有该站点的列，未参与{cities[c]}的小时均值", QualityAction.Missing);
    }

    /// <summary><see cref="Compute"/> without its report: the registry stations of each city absent from the grid, with
    /// their days.</summary>
    internal static (CityHourlyDaily Table, SortedDictionary<string, int>[] Absent) ComputeWithAbsent(StationHourlyTable hourly,
        StationRegistry stations, IReadOnlyList<string> cities, AirSettings settings)
    {
        ArgumentNullException.ThrowIfNull(hourly);
        ArgumentNullException.ThrowIfNull(stations);
        ArgumentNullException.ThrowIfNull(cities);
        ArgumentNullException.ThrowIfNull(settings);
        var names = cities.ToArray();
        var daily = StationDaily.EmptyTable(hourly, names, settings);
        var mda8Limits = StationDaily.Mda8Limits(daily);
        var (firstDay, dayCount) = (daily.FirstDay, daily.DayCount);
        var contributed = new IReadOnlyList<string>[names.Length][];
        var absent = new SortedDictionary<string, int>[names.Length];
        // A city's hourly series is made in one row of a grid of the thread's own, then taken to daily values while
        // still in the cache: the hourly series of every city at once (155 MB for a national year) were written once,
        // read once and dropped.
        Parallel.For(0, names.Length,
            () => new StationHourlyTable([""], hourly.FirstHour, hourly.HourCount, hourly.Status, hourly.Quality, filled: false),
            (c, _, row) =>
            {
                Interruption.ThrowIfRequested();
                (contributed[c], absent[c]) = ComputeCity(hourly, stations, names[c], 0, row, firstDay, dayCount, settings);
                StationDaily.ComputeRow(row, 0, daily, c, mda8Limits, settings);
                return row;
            },
            _ => { });
        return (new CityHourlyDaily(names, daily, contributed), absent);
    }

    /// <summary>True when days <paramref name="start"/>..<paramref name="end"/> are consecutive 24-hour blocks from
    /// slot <paramref name="runFirst"/>, all inside the grid.</summary>
    private static bool FullDays(StationHourlyTable hourly, DateOnly firstDay, int start, int end, int runFirst, DayBoundary boundary)
    {
        if (runFirst < 0 || runFirst + (end - start) * DailyWindows.HoursPerDay > hourly.HourCount) return false;
        for (var d = start; d < end; d++)
            if (HourGrid.FirstSlot(hourly, firstDay.AddDays(d), boundary) != runFirst + (d - start) * DailyWindows.HoursPerDay)
                return false;
        return true;
    }

    /// <summary>One city's hourly series into row <paramref name="row"/> of <paramref name="grid"/>.</summary>
    [MethodImpl(HotPath.Options)]
    private static (IReadOnlyList<string>[] Contributed, SortedDictionary<string, int> Absent) ComputeCity(
        StationHourlyTable hourly, StationRegistry stations, string city, int row, StationHourlyTable grid,
        DateOnly firstDay, int dayCount, AirSettings settings)
    {
        grid.PublishedAqi(row).Fill(-1);
        // Every hour of a day is written below: only hours outside the days are emptied here (once, as they are met).
        var written = 0;
        void EmptyUpTo(int hour)
        {
            if (hour <= written) return;
            foreach (var p in PollutantInfo.All) grid.Series(p, row)[written..hour].Fill(double.NaN);
            written = hour;
        }
        var minStations = Math.Max(1, settings.MinStationsPerCityValue);
        Span<double> sum = stackalloc double[DailyWindows.HoursPerDay];
        Span<int> n = stackalloc int[DailyWindows.HoursPerDay];
        var members = stations.StationsOfCityByDay(city, firstDay, dayCount, includeControl: !settings.ExcludeControlStations);
        var perDay = new IReadOnlyList<string>[dayCount];
        var absent = new SortedDictionary<string, int>(StringComparer.Ordinal);
        string[] previous = [];
        // Runs of consecutive days with the same station list (the same instance), as CityDaily does.
        for (var start = 0; start < dayCount;)
        {
            var list = members[start];
            var end = start + 1;
            while (end < dayCount && ReferenceEquals(members[end], list)) end++;
            var sites = list.Select(s => hourly.IndexOfStation(s.Code)).Where(i => i >= 0).Distinct().ToArray();
            foreach (var m in list)
                if (hourly.IndexOfStation(m.Code) < 0) absent[m.Code] = absent.GetValueOrDefault(m.Code) + (end - start);
            // The stations of the run in code order (ordinal), for the per-day lists; the sums keep the run's own order.
            var byCode = Enumerable.Range(0, sites.Length).OrderBy(k => hourly.StationCodes[sites[k]], StringComparer.Ordinal).ToArray();
            var runDays = end - start;
            var gave = new bool[sites.Length * runDays];
            var runFirst = HourGrid.FirstSlot(hourly, firstDay.AddDays(start), settings.DayBoundary);
            if (FullDays(hourly, firstDay, start, end, runFirst, settings.DayBoundary) && HourSums.IsAccelerated)
            {
                // Every day of the run is 24 whole hours inside the grid: each station's hours of the whole run are
                // added in one pass (a city keeps its stations for months), then divided.
                var hours = runDays * DailyWindows.HoursPerDay;
                EmptyUpTo(runFirst);
                written = Math.Max(written, runFirst + hours);
                var runSum = new double[hours];
                var runCount = new int[hours];
                foreach (var pollutant in PollutantInfo.All)
                {
                    Array.Clear(runSum);
                    Array.Clear(runCount);
                    for (var k = 0; k < sites.Length; k++)
                        HourSums.AddDays(hourly.Series(pollutant, sites[k]).Slice(runFirst, hours), runSum, runCount,
                            gave.AsSpan(k * runDays, runDays));
                    var dest = grid.Series(pollutant, row).Slice(runFirst, hours);
                    for (var h = 0; h < hours; h++)
                        dest[h] = runCount[h] >= minStations ? runSum[h] / runCount[h] : double.NaN;
                }
            }
            else
                for (var d = start; d < end; d++)
                {
                    var first = HourGrid.FirstSlot(hourly, firstDay.AddDays(d), settings.DayBoundary);
                    var from = Math.Max(0, first);
                    var to = Math.Min(hourly.HourCount, first + DailyWindows.HoursPerDay);
                    EmptyUpTo(from);
                    written = Math.Max(written, to);
                    foreach (var pollutant in PollutantInfo.All)
                    {
                        sum.Clear();
                        n.Clear();
                        for (var k = 0; k < sites.Length; k++)
                        {
                            var series = hourly.Series(pollutant, sites[k]);
                            for (var h = from; h < to; h++)
                            {
                                var v = series[h];
                                if (double.IsNaN(v)) continue;
                                sum[h - from] += v; n[h - from]++;
                                gave[k * runDays + d - start] = true;
                            }
                        }
                        var dest = grid.Series(pollutant, row);
                        for (var h = from; h < to; h++)
                            dest[h] = n[h - from] >= minStations ? sum[h - from] / n[h - from] : double.NaN;
                    }
                }
            for (var d = start; d < end; d++)
            {
                var codes = new List<string>(sites.Length);
                foreach (var k in byCode)
                    if (gave[k * runDays + d - start]) codes.Add(hourly.StationCodes[sites[k]]);
                perDay[d] = previous = codes.SequenceEqual(previous) ? previous : codes.ToArray();
            }
            start = end;
        }
        EmptyUpTo(grid.HourCount);
        return (perDay, absent);
    }
}
