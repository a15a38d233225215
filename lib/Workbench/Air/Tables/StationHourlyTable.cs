using Workbench.Memory;
using Workbench.Quality;
using Workbench.Standards;

namespace Workbench.Air.Tables;

/// <summary>
/// The canonical hourly station table: a dense grid of hour labels × stations, one array of
/// concentrations per pollutant (NaN = missing), plus the AQI published in the source, if any.
/// </summary>
/// <remarks>
/// Hour labels follow CNEMC: the label is the END of the hour, Beijing time, so date D hour h is the
/// mean over (h-1):00–h:00 and label D 00:00 covers 23:00 of D-1 to 00:00 of D. A dense grid makes
/// clock-hour windows (O3 8-hour means) and validity counts explicit: a missing hour is a NaN slot,
/// never a skipped row. CO is in mg/m³, the others in µg/m³.
/// </remarks>
public sealed class StationHourlyTable
{
    private readonly double[][] _values; // [pollutant][station * HourCount + hour]
    private readonly short[] _publishedAqi; // [station * HourCount + hour], -1 = none
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates an empty grid (all NaN, no published AQI).</summary>
    public StationHourlyTable(IReadOnlyList<string> stationCodes, DateTime firstHour, int hourCount,
        DataStatus status, DataQualityReport? quality = null)
        : this(stationCodes, firstHour, hourCount, status, quality, filled: true)
    {
    }

    /// <summary>
    /// Creates a grid; <paramref name="filled"/> false leaves the slots unwritten, for an importer that writes every
    /// slot itself (values or NaN / -1). A national year is 700 MB of grid: writing NaN first and the values
    /// afterwards would touch every page twice, the first time on one thread (measured: 2.8 s of a 5.5 s import).
    /// </summary>
    internal StationHourlyTable(IReadOnlyList<string> stationCodes, DateTime firstHour, int hourCount,
        DataStatus status, DataQualityReport? quality, bool filled) : this(stationCodes, firstHour, hourCount, status, quality, filled, null)
    {
    }

    /// <summary>
    /// A grid in the arrays of <paramref name="recycled"/> when they are large enough (a span read a month at a time
    /// reuses one month's memory instead of touching fresh pages each month); <paramref name="recycled"/> must not be
    /// used afterwards.
    /// </summary>
    internal StationHourlyTable(IReadOnlyList<string> stationCodes, DateTime firstHour, int hourCount,
        DataStatus status, DataQualityReport? quality, bool filled, StationHourlyTable? recycled)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hourCount);
        StationCodes = stationCodes.ToArray();
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < StationCodes.Count; i++)
            if (!_index.TryAdd(StationCodes[i], i))
                throw new ArgumentException($"站点编码重复：{StationCodes[i]}", nameof(stationCodes));
        FirstHour = firstHour;
        HourCount = hourCount;
        Status = status;
        Quality = quality ?? new DataQualityReport();
        var n = checked(StationCodes.Count * hourCount);
        var reuse = recycled is not null && recycled._publishedAqi.Length >= n;
        _values = new double[PollutantInfo.All.Count][];
        for (var p = 0; p < _values.Length; p++)
        {
            _values[p] = reuse ? recycled!._values[p] : GridArrays.AllocateUninitialized<double>(n);
            if (filled) _values[p].AsSpan(0, n).Fill(double.NaN);
        }
        _publishedAqi = reuse ? recycled!._publishedAqi : GridArrays.AllocateUninitialized<short>(n);
        if (filled) _publishedAqi.AsSpan(0, n).Fill(-1);
    }

    private StationHourlyTable(StationHourlyTable source, DataQualityReport quality)
    {
        StationCodes = source.StationCodes;
        _index = source._index;
        FirstHour = source.FirstHour;
        HourCount = source.HourCount;
        Status = source.Status;
        _values = source._values;
        _publishedAqi = source._publishedAqi;
        Quality = quality;
    }

    /// <summary>The same grid (the same arrays) reporting into <paramref name="quality"/>: a grid read again, whose
    /// findings were reported by the first read.</summary>
    internal StationHourlyTable WithQuality(DataQualityReport quality) => new(this, quality);

    /// <summary>Station codes, in column order.</summary>
    public IReadOnlyList<string> StationCodes { get; }

    /// <summary>Label of the first hour of the grid (end of the interval, Beijing time).</summary>
    public DateTime FirstHour { get; }

    /// <summary>Number of hours in the grid.</summary>
    public int HourCount { get; }

    /// <summary>Real-time or audited, as declared at import.</summary>
    public DataStatus Status { get; }

    /// <summary>What the importer rejected, corrected or flagged.</summary>
    public DataQualityReport Quality { get; }

    /// <summary>Label of hour slot <paramref name="hour"/>.</summary>
    public DateTime HourAt(int hour) => FirstHour.AddHours(hour);

    /// <summary>Slot of an hour label, or -1 when outside the grid.</summary>
    public int IndexOfHour(DateTime label)
    {
        var h = (label - FirstHour).TotalHours;
        return h >= 0 && h < HourCount && h == Math.Floor(h) ? (int)h : -1;
    }

    /// <summary>Index of a station code, or -1.</summary>
    public int IndexOfStation(string code) => _index.TryGetValue(code, out var i) ? i : -1;

    /// <summary>The hourly series of one pollutant at one station (NaN = missing); writable by importers.</summary>
    public Span<double> Series(Pollutant pollutant, int station) =>
        _values[(int)pollutant].AsSpan(station * HourCount, HourCount);

    /// <summary>The AQI published in the source at one station (-1 = none); writable by importers.</summary>
    public Span<short> PublishedAqi(int station) => _publishedAqi.AsSpan(station * HourCount, HourCount);

    /// <summary>Marks hours [<paramref name="firstHour"/>, +<paramref name="count"/>) missing at every station.</summary>
    internal void ClearHours(int firstHour, int count)
    {
        for (var s = 0; s < StationCodes.Count; s++)
        {
            foreach (var p in PollutantInfo.All) Series(p, s).Slice(firstHour, count).Fill(double.NaN);
            PublishedAqi(s).Slice(firstHour, count).Fill(-1);
        }
    }

    /// <summary>True when the source published any AQI (in the grid's own slots: a recycled array can be longer).</summary>
    public bool HasPublishedAqi => _publishedAqi.AsSpan(0, StationCodes.Count * HourCount).ContainsAnyExceptInRange((short)short.MinValue, (short)-1);
}
