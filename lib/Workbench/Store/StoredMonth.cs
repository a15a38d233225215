using Workbench.Air.Tables;
using Workbench.Standards;

namespace Workbench.Store;

/// <summary>
/// One calendar month of a store's hourly values in memory: the station × hour grid of the month (hour labels of the
/// month, CNEMC end-of-hour labels) and, for every station-hour, which of its values are audited (审核).
/// </summary>
/// <remarks>
/// The status belongs to each value (a station × hour × item), because an import may carry some items of an hour and
/// not others: an audited import of PM2.5 alone leaves that hour's real-time SO2 real-time. Bit <c>0</c> of
/// <see cref="Audited"/> is the published AQI, bit <c>1 + p</c> the pollutant of index p in
/// <see cref="PollutantInfo.All"/> order (SO2, NO2, CO, O3, PM10, PM2.5): the <c>audited_mask</c> column of
/// the hourly Parquet (docs/store.md).
/// </remarks>
public sealed class StoredMonth
{
    /// <summary>An empty month for <paramref name="stations"/>.</summary>
    public StoredMonth(int year, int month, IReadOnlyList<string> stations)
    {
        Year = year;
        Month = month;
        var first = new DateTime(year, month, 1);
        // Unfilled, then emptied station by station on both cores: a national month is 60 MB of grid, and its first
        // touch on one thread was a fifth of a day's import.
        Grid = new StationHourlyTable(stations, first, DateTime.DaysInMonth(year, month) * 24, DataStatus.Realtime,
            new Quality.DataQualityReport { MaxListedPerCode = ChecksListedPerCode }, filled: false);
        Parallel.For(0, stations.Count, s =>
        {
            Grid.PublishedAqi(s).Fill(-1);
            foreach (var p in PollutantInfo.All) Grid.Series(p, s).Fill(double.NaN);
        });
        Audited = new byte[checked(stations.Count * Grid.HourCount)];
    }

    /// <summary>Plausibility findings listed per reason code and month, the others counted: 2,400 examples a year of
    /// each kind, and a store opens without parsing megabytes of findings.</summary>
    public const int ChecksListedPerCode = 200;

    /// <summary>Calendar year.</summary>
    public int Year { get; }

    /// <summary>Calendar month (1–12).</summary>
    public int Month { get; }

    /// <summary>The month's grid (its <see cref="StationHourlyTable.Status"/> means nothing here: see <see cref="Audited"/>).</summary>
    public StationHourlyTable Grid { get; }

    /// <summary>Audited bits of each station-hour, [station * HourCount + hour].</summary>
    public byte[] Audited { get; }

    /// <summary>The bit of the published AQI in <see cref="Audited"/>.</summary>
    public const byte AqiBit = 1;

    /// <summary>The bit of pollutant index <paramref name="p"/> (<see cref="PollutantInfo.All"/> order).</summary>
    public static byte PollutantBit(int p) => (byte)(2 << p);

    /// <summary>
    /// The status of station <paramref name="s"/> on day <paramref name="day"/> of the month (0-based, hour labels
    /// 00–23 of the date, the feed-date day): audited when every value it holds is audited, real-time when none is,
    /// otherwise mixed; null when it holds no value.
    /// </summary>
    public DataStatus? DayStatus(int s, int day)
    {
        _days ??= AllDayStatuses();
        return _days[s * (Grid.HourCount / 24) + day];
    }

    private DataStatus?[]? _days; // computed once: the merged month is not changed after its statuses are asked

    private DataStatus?[] AllDayStatuses()
    {
        var days = Grid.HourCount / 24;
        var result = new DataStatus?[Grid.StationCodes.Count * days];
        Parallel.For(0, Grid.StationCodes.Count, s =>
        {
            // Per hour: which items hold a value (bit layout of Audited), then per day whether any held value is
            // audited and any is not.
            var held = new byte[Grid.HourCount];
            var aqi = Grid.PublishedAqi(s);
            for (var h = 0; h < held.Length; h++) if (aqi[h] >= 0) held[h] = AqiBit;
            for (var p = 0; p < PollutantInfo.All.Count; p++)
            {
                var series = Grid.Series(PollutantInfo.All[p], s);
                var bit = PollutantBit(p);
                for (var h = 0; h < held.Length; h++) if (!double.IsNaN(series[h])) held[h] |= bit;
            }
            var audited = Audited.AsSpan(s * Grid.HourCount, Grid.HourCount);
            for (var d = 0; d < days; d++)
            {
                bool anyAudited = false, anyRealtime = false;
                for (var h = d * 24; h < d * 24 + 24; h++)
                {
                    if ((held[h] & audited[h]) != 0) anyAudited = true;
                    if ((held[h] & ~audited[h]) != 0) anyRealtime = true;
                }
                result[s * days + d] = (anyAudited, anyRealtime) switch
                {
                    (false, false) => null,
                    (true, false) => DataStatus.Audited,
                    (false, true) => DataStatus.Realtime,
                    _ => DataStatus.Mixed,
                };
            }
        });
        return result;
    }
}
