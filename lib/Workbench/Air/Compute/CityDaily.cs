using Workbench.Air.Method;
using Workbench.Air.Results;
using Workbench.Air.Tables;
using Workbench.Periods;
using Workbench.Quality;
using Workbench.Registries;
using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Air.Compute;

/// <summary>
/// City daily values (REFERENCE A3.7 ⚠): the arithmetic mean of the city's valid evaluation stations, per indicator
/// and day. The station set of each day comes from <see cref="StationRegistry.StationsOfCity"/> (stations open and
/// close; control stations excluded unless <see cref="AirSettings.ExcludeControlStations"/> is off). The daily AQI of
/// each city-day is computed from the city's daily concentrations with <see cref="Standards.Air.DailyAqi"/>.
/// </summary>
public static class CityDaily
{
    private static readonly DailyIndicator[] Indicators = Enum.GetValues<DailyIndicator>();

    /// <summary>
    /// City daily series from station daily values (<see cref="CityAggregation.MeanOfStationDaily"/>).
    /// <paramref name="aqiStandard"/> null = the HJ 633 version in force on each day.
    /// </summary>
    public static CityDailyResult Compute(DailyTable stationDaily, StationRegistry stations, string city,
        AirSettings settings, AqiStandard? aqiStandard = null)
    {
        ArgumentNullException.ThrowIfNull(stations);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(stationDaily);
        // The registry is asked once for the whole table; consecutive days with the same stations share one list.
        var members = stations.StationsOfCityByDay(city, stationDaily.FirstDay, stationDaily.DayCount,
            includeControl: !settings.ExcludeControlStations);
        return Compute(stationDaily, day => members[day.DayNumber - stationDaily.FirstDay.DayNumber],
            city, settings, aqiStandard, "城市日均值 = 城市各有效国控点日均值的算术平均");
    }

    /// <summary>
    /// District (区县) daily series: the mean of the district's valid stations (<see cref="StationRegistry.StationsOfDistrict"/>),
    /// named "city/district"; for district rankings.
    /// </summary>
    public static CityDailyResult ComputeDistrict(DailyTable stationDaily, StationRegistry stations, string city, string district,
        AirSettings settings, AqiStandard? aqiStandard = null)
    {
        ArgumentNullException.ThrowIfNull(stations);
        ArgumentNullException.ThrowIfNull(settings);
        return Compute(stationDaily,
            day => stations.StationsOfDistrict(city, district, day, includeControl: !settings.ExcludeControlStations),
            $"{city}/{district}", settings, aqiStandard, $"区县日均值 = {district}各有效点位日均值的算术平均");
    }

    /// <summary>
    /// Daily series of any station set: <paramref name="stationsOn"/> gives the stations of each day (their codes are
    /// looked up in <paramref name="stationDaily"/>; unknown codes contribute nothing).
    /// </summary>
    public static CityDailyResult Compute(DailyTable stationDaily, Func<DateOnly, IReadOnlyList<StationInfo>> stationsOn,
        string name, AirSettings settings, AqiStandard? aqiStandard = null, string source = "站点集合日均值的算术平均")
    {
        ArgumentNullException.ThrowIfNull(stationDaily);
        ArgumentNullException.ThrowIfNull(stationsOn);
        ArgumentNullException.ThrowIfNull(settings);
        var city = name;
        var table = new DailyTable([city], stationDaily.FirstDay, stationDaily.DayCount, stationDaily.Status, stationDaily.Quality);
        var perDay = new IReadOnlyList<string>[stationDaily.DayCount];
        var absent = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var minStations = Math.Max(1, settings.MinStationsPerCityValue);
        var lists = new IReadOnlyList<StationInfo>[stationDaily.DayCount];
        for (var d = 0; d < lists.Length; d++) lists[d] = stationsOn(stationDaily.DayAt(d));
        string[] contributedBefore = [];
        // Runs of consecutive days with the same station list (the same instance): what the list gives is derived
        // once per run, and each station's series is read along the run.
        for (var start = 0; start < lists.Length;)
        {
            var members = lists[start];
            var end = start + 1;
            while (end < lists.Length && ReferenceEquals(lists[end], members)) end++;
            var sites = members.Select(s => stationDaily.IndexOfSite(s.Code)).Where(i => i >= 0).Distinct().ToArray();
            foreach (var m in members)
                if (stationDaily.IndexOfSite(m.Code) < 0) absent[m.Code] = absent.GetValueOrDefault(m.Code) + (end - start);
            var contributes = MeanOfSites(stationDaily, sites, start, end - start, minStations, table);
            var scratch = new string[sites.Length];
            for (var d = start; d < end; d++)
                perDay[d] = contributedBefore = Contributed(stationDaily, sites, contributes, d - start, end - start, scratch, contributedBefore);
            start = end;
        }
        // A city-day's status is that of the station-days behind it (a store holding audited and real-time days).
        if (stationDaily.HasDayStatuses)
            for (var d = 0; d < table.DayCount; d++)
                if (perDay[d] is { Count: > 0 } codes)
                    table.SetDayStatus(0, d, codes.Select(c => stationDaily.DayStatus(stationDaily.IndexOfSite(c), d)).Aggregate(DataStatusInfo.Combine));
        // A registry station the data does not hold is not silently ignored: one line per station.
        foreach (var (code, days) in absent)
            table.Quality.Add("", null, null, code, null, "station-not-in-data",
                $"站点不在数据中：{code} 属于{city}（{days} 天），数据中没有该站点的列，未参与{city}的日均值", QualityAction.Missing);
        return Finish(city, table, perDay, settings, aqiStandard, source);
    }

    /// <summary>
    /// City daily series from the hourly station grid, by <see cref="AirSettings.CityAggregation"/>: station daily
    /// values then their mean (default), or the city's hourly mean series then its daily statistics.
    /// </summary>
    public static CityDailyResult ComputeFromHourly(StationHourlyTable hourly, StationRegistry stations, string city,
        AirSettings settings, AqiStandard? aqiStandard = null)
    {
        ArgumentNullException.ThrowIfNull(hourly);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.CityAggregation == CityAggregation.MeanOfStationDaily)
            return Compute(StationDaily.Compute(CitySubGrid(hourly, stations, city, settings), settings), stations, city, settings, aqiStandard);

        return FromCityHourly(CityHourly.Compute(hourly, stations, [city], settings), city, settings, aqiStandard);
    }

    /// <summary>
    /// One city's series out of the city-hourly daily values of many (<see cref="CityHourly"/>, computed once for a
    /// whole network or kept in a store).
    /// </summary>
    public static CityDailyResult FromCityHourly(CityHourlyDaily cities, string city, AirSettings settings,
        AqiStandard? aqiStandard = null)
    {
        ArgumentNullException.ThrowIfNull(cities);
        var site = cities.Daily.IndexOfSite(city);
        if (site < 0) throw new ArgumentException($"城市小时均值中没有“{city}”", nameof(city));
        var table = new DailyTable([city], cities.Daily.FirstDay, cities.Daily.DayCount, cities.Daily.Status, cities.Daily.Quality);
        foreach (var indicator in Indicators)
        {
            cities.Daily.Series(indicator, site).CopyTo(table.Series(indicator, 0));
            cities.Daily.ValidCounts(indicator, site).CopyTo(table.ValidCounts(indicator, 0));
        }
        if (cities.Daily.HasDayStatuses)
            for (var d = 0; d < table.DayCount; d++) table.SetDayStatus(0, d, cities.Daily.DayStatus(site, d));
        return Finish(city, table, cities.Contributed[site], settings, aqiStandard,
            "城市日均值 = 城市小时均值序列（各有效国控点小时值的算术平均）的日统计");
    }

    /// <summary>
    /// A city-daily table imported as such (aqistudy, CREA…): already a city series. The daily AQI is recomputed from
    /// its concentrations (the published AQI stays in the table for comparison).
    /// </summary>
    public static CityDailyResult FromCityTable(DailyTable cityTable, string city, AirSettings settings,
        AqiStandard? aqiStandard = null)
    {
        ArgumentNullException.ThrowIfNull(cityTable);
        var site = cityTable.IndexOfSite(city);
        if (site < 0) throw new ArgumentException($"城市日数据中没有“{city}”", nameof(city));
        var table = new DailyTable([city], cityTable.FirstDay, cityTable.DayCount, cityTable.Status, cityTable.Quality);
        foreach (var indicator in Indicators)
        {
            cityTable.Series(indicator, site).CopyTo(table.Series(indicator, 0));
            cityTable.ValidCounts(indicator, site).CopyTo(table.ValidCounts(indicator, 0));
        }
        cityTable.PublishedAqi(site).CopyTo(table.PublishedAqi(0));
        var none = Enumerable.Repeat((IReadOnlyList<string>)Array.Empty<string>(), cityTable.DayCount).ToArray();
        return Finish(city, table, none, settings, aqiStandard, "城市日数据直接导入（非由站点计算）");
    }

    /// <summary>
    /// Days [<paramref name="first"/>, first + <paramref name="count"/>) of the city series: per indicator and day, the
    /// mean of the sites with a value (NaN below <paramref name="minStations"/>), added in site order. Returns which
    /// site gave any value on which day ([site × count + day]).
    /// </summary>
    private static bool[] MeanOfSites(DailyTable stationDaily, int[] sites, int first, int count, int minStations, DailyTable city)
    {
        var contributes = new bool[sites.Length * count];
        var sum = new double[count];
        var n = new int[count];
        foreach (var indicator in Indicators)
        {
            Array.Clear(sum);
            Array.Clear(n);
            for (var k = 0; k < sites.Length; k++)
            {
                var series = stationDaily.Series(indicator, sites[k]).Slice(first, count);
                for (var j = 0; j < count; j++)
                {
                    var v = series[j];
                    if (double.IsNaN(v)) continue;
                    sum[j] += v; n[j]++;
                    contributes[k * count + j] = true;
                }
            }
            var values = city.Series(indicator, 0).Slice(first, count);
            var counts = city.ValidCounts(indicator, 0).Slice(first, count);
            for (var j = 0; j < count; j++)
            {
                values[j] = n[j] >= minStations ? sum[j] / n[j] : double.NaN;
                counts[j] = (byte)Math.Min(n[j], byte.MaxValue);
            }
        }
        return contributes;
    }

    /// <summary>
    /// The codes of the sites that contributed a value on day <paramref name="day"/> of a run, sorted (ordinal); the
    /// previous day's array when it is the same set (so days share one instance).
    /// </summary>
    private static string[] Contributed(DailyTable stationDaily, int[] sites, bool[] contributes, int day, int count,
        string[] scratch, string[] previous)
    {
        var n = 0;
        for (var k = 0; k < sites.Length; k++)
            if (contributes[k * count + day]) scratch[n++] = stationDaily.Sites[sites[k]];
        if (n == 0) return [];
        var codes = scratch.AsSpan(0, n);
        if (!IsOrdinalSorted(codes)) codes.Sort(string.CompareOrdinal);   // registry lists come sorted by code
        return codes.SequenceEqual(previous) ? previous : codes.ToArray();
    }

    private static bool IsOrdinalSorted(ReadOnlySpan<string> codes)
    {
        for (var i = 1; i < codes.Length; i++)
            if (string.CompareOrdinal(codes[i - 1], codes[i]) > 0) return false;
        return true;
    }

    private static CityDailyResult Finish(string city, DailyTable table, IReadOnlyList<string>[] perDay,
        AirSettings settings, AqiStandard? aqiStandard, string source)
    {
        var aqi = new AqiValue[table.DayCount];
        var versions = new AqiStandard[table.DayCount];
        for (var d = 0; d < table.DayCount; d++)
        {
            versions[d] = aqiStandard ?? StandardVersions.AqiInForce(table.DayAt(d));
            aqi[d] = Standards.Air.DailyAqi.Compute(versions[d], table.ConcentrationsOn(0, d), settings.Aqi);
        }
        return new CityDailyResult(city, table, aqi, versions, perDay, settings, source);
    }

    private static int[] StationIndexes(StationHourlyTable hourly, StationRegistry stations, string city, DateOnly day, AirSettings settings) =>
        stations.StationsOfCity(city, day, includeControl: !settings.ExcludeControlStations)
            .Select(s => hourly.IndexOfStation(s.Code)).Where(i => i >= 0).Distinct().ToArray();

    /// <summary>The grid restricted to the stations the registry places in the city on any day of the grid.</summary>
    private static StationHourlyTable CitySubGrid(StationHourlyTable hourly, StationRegistry stations, string city, AirSettings settings)
    {
        var (firstDay, dayCount) = HourGrid.Days(hourly, settings.DayBoundary);
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        for (var d = 0; d < dayCount; d++)
            foreach (var s in StationIndexes(hourly, stations, city, firstDay.AddDays(d), settings))
                codes.Add(hourly.StationCodes[s]);
        var sub = new StationHourlyTable(codes.ToArray(), hourly.FirstHour, hourly.HourCount, hourly.Status, hourly.Quality);
        for (var i = 0; i < sub.StationCodes.Count; i++)
        {
            var from = hourly.IndexOfStation(sub.StationCodes[i]);
            foreach (var p in PollutantInfo.All) hourly.Series(p, from).CopyTo(sub.Series(p, i));
            hourly.PublishedAqi(from).CopyTo(sub.PublishedAqi(i));
        }
        return sub;
    }
}
