using Workbench.Memory;
using Workbench.Quality;
using Workbench.Standards.Air;

namespace Workbench.Air.Tables;

/// <summary>Daily indicators of GB 3095 / HJ 633 (CO in mg/m³, others µg/m³).</summary>
public enum DailyIndicator
{
    /// <summary>SO2 24-hour mean.</summary>
    SO2,
    /// <summary>NO2 24-hour mean.</summary>
    NO2,
    /// <summary>CO 24-hour mean (mg/m³).</summary>
    CO,
    /// <summary>PM10 24-hour mean.</summary>
    PM10,
    /// <summary>PM2.5 24-hour mean.</summary>
    PM2_5,
    /// <summary>O3 daily maximum 1-hour value.</summary>
    O3_1hMax,
    /// <summary>O3 daily maximum 8-hour moving mean (MDA8).</summary>
    O3_8hMax,
}

/// <summary>
/// The canonical daily table: sites (stations or cities) × days, one array per daily indicator
/// (NaN = no valid value), the count of valid hours (windows, for MDA8) behind each value, and the
/// daily AQI published in the source where there is one.
/// </summary>
public sealed class DailyTable
{
    private static readonly int IndicatorCount = Enum.GetValues<DailyIndicator>().Length;
    private readonly double[] _values; // [(indicator * sites + site) * DayCount + day]: one block (see GridArrays)
    private readonly byte[] _counts;   // valid hours (or 8-h windows for MDA8) behind each value, same layout
    private readonly short[] _publishedAqi;
    private readonly Dictionary<string, int> _index;
    private readonly int _siteCount;

    /// <summary>Creates an empty table (all NaN, counts 0, no published AQI).</summary>
    public DailyTable(IReadOnlyList<string> sites, DateOnly firstDay, int dayCount, DataStatus status,
        DataQualityReport? quality = null) : this(sites, firstDay, dayCount, status, quality, clearValues: true)
    {
    }

    /// <summary>
    /// A table whose values are not yet set: its producer sets every day of every site, through <see cref="ClearDays"/>
    /// where it has none (a store's months are cleared and copied each by its own thread, instead of the whole table
    /// cleared first by one). Counts start at 0 and published AQI at none, as in an empty table.
    /// </summary>
    internal static DailyTable WithoutValues(IReadOnlyList<string> sites, DateOnly firstDay, int dayCount, DataStatus status,
        DataQualityReport? quality) => new(sites, firstDay, dayCount, status, quality, clearValues: false);

    private DailyTable(IReadOnlyList<string> sites, DateOnly firstDay, int dayCount, DataStatus status,
        DataQualityReport? quality, bool clearValues)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dayCount);
        Sites = sites.ToArray();
        _siteCount = Sites.Count;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Sites.Count; i++)
            if (!_index.TryAdd(Sites[i], i))
                throw new ArgumentException($"站点重复：{Sites[i]}", nameof(sites));
        FirstDay = firstDay;
        DayCount = dayCount;
        Status = status;
        Quality = quality ?? new DataQualityReport();
        var n = checked(Sites.Count * dayCount);
        _values = GridArrays.AllocateUninitialized<double>(checked(IndicatorCount * n));
        if (clearValues) Array.Fill(_values, double.NaN);
        _counts = new byte[IndicatorCount * n];
        _publishedAqi = new short[n];
        Array.Fill(_publishedAqi, (short)-1);
    }

    /// <summary>
    /// Each site-day's daily AQI as a store kept it beside the values (<c>[site * DayCount + day]</c>; the HJ 633
    /// version in force that day, default AQI settings: <see cref="Workbench.Air.Compute.KeptDailyAqi"/>), or null when none was kept.
    /// An assessment under those rules takes it instead of computing the AQI again.
    /// </summary>
    internal AqiValue[]? KeptDailyAqi { get; private set; }

    /// <summary>Makes <see cref="KeptDailyAqi"/> (every day without an AQI until set).</summary>
    internal AqiValue[] KeepDailyAqi()
    {
        var kept = new AqiValue[_siteCount * DayCount];
        kept.AsSpan().Fill(AqiValue.None);
        return KeptDailyAqi = kept;
    }

    /// <summary>Forgets <see cref="KeptDailyAqi"/> (some month of the table did not keep it).</summary>
    internal void DropKeptDailyAqi() => KeptDailyAqi = null;

    /// <summary>Copies every day of <paramref name="part"/> (the same sites in the same order, consecutive days of this
    /// table) into this table from day <paramref name="firstDay"/>: values, valid counts and published AQI.</summary>
    internal void CopyDaysFrom(DailyTable part, int firstDay)
    {
        if (part._siteCount != _siteCount || firstDay < 0 || firstDay + part.DayCount > DayCount)
            throw new ArgumentException("日表的站点或日期与目标表不符", nameof(part));
        for (var k = 0; k < IndicatorCount; k++)
            for (var s = 0; s < _siteCount; s++)
            {
                part.Series((DailyIndicator)k, s).CopyTo(Series((DailyIndicator)k, s)[firstDay..]);
                part.ValidCounts((DailyIndicator)k, s).CopyTo(ValidCounts((DailyIndicator)k, s)[firstDay..]);
            }
        for (var s = 0; s < _siteCount; s++) part.PublishedAqi(s).CopyTo(PublishedAqi(s)[firstDay..]);
    }

    /// <summary>Sets every value of days <paramref name="firstDay"/>..+<paramref name="count"/> of every site to NaN (none).</summary>
    internal void ClearDays(int firstDay, int count)
    {
        for (var k = 0; k < IndicatorCount; k++)
            for (var s = 0; s < _siteCount; s++)
                Series((DailyIndicator)k, s).Slice(firstDay, count).Fill(double.NaN);
    }

    /// <summary>Sites (station codes or city names), in order.</summary>
    public IReadOnlyList<string> Sites { get; }

    /// <summary>First day of the table.</summary>
    public DateOnly FirstDay { get; }

    /// <summary>Number of days.</summary>
    public int DayCount { get; }

    /// <summary>Real-time or audited, as declared at import.</summary>
    public DataStatus Status { get; }

    /// <summary>What the importer or computation rejected, corrected or flagged.</summary>
    public DataQualityReport Quality { get; }

    /// <summary>Day of slot <paramref name="day"/>.</summary>
    public DateOnly DayAt(int day) => FirstDay.AddDays(day);

    /// <summary>Slot of a day, or -1 when outside the table.</summary>
    public int IndexOfDay(DateOnly day)
    {
        var d = day.DayNumber - FirstDay.DayNumber;
        return d >= 0 && d < DayCount ? d : -1;
    }

    /// <summary>Index of a site, or -1.</summary>
    public int IndexOfSite(string site) => _index.TryGetValue(site, out var i) ? i : -1;

    /// <summary>The daily concentrations of a site-day as they feed <see cref="Standards.Air.DailyAqi"/>.</summary>
    public DailyConcentrations ConcentrationsOn(int site, int day) => new(
        Series(DailyIndicator.SO2, site)[day], Series(DailyIndicator.NO2, site)[day], Series(DailyIndicator.CO, site)[day],
        Series(DailyIndicator.PM10, site)[day], Series(DailyIndicator.PM2_5, site)[day],
        Series(DailyIndicator.O3_1hMax, site)[day], Series(DailyIndicator.O3_8hMax, site)[day]);

    /// <summary>Daily values of one indicator at one site (NaN = none); writable by producers.</summary>
    public Span<double> Series(DailyIndicator indicator, int site) =>
        _values.AsSpan(((int)indicator * _siteCount + site) * DayCount, DayCount);

    /// <summary>Valid hours (8-hour windows for MDA8) behind each daily value; writable by producers.</summary>
    public Span<byte> ValidCounts(DailyIndicator indicator, int site) =>
        _counts.AsSpan(((int)indicator * _siteCount + site) * DayCount, DayCount);

    /// <summary>Daily AQI published in the source (-1 = none); writable by producers.</summary>
    public Span<short> PublishedAqi(int site) => _publishedAqi.AsSpan(site * DayCount, DayCount);

    private DataStatus[]? _dayStatus; // per site-day, only when the days differ (a store holding audited and real-time days)

    /// <summary>True when the days carry their own status (<see cref="DayStatus"/>), not all <see cref="Status"/>.</summary>
    public bool HasDayStatuses => _dayStatus is not null;

    /// <summary>The status of one site-day's values (<see cref="Status"/> unless set).</summary>
    public DataStatus DayStatus(int site, int day) => _dayStatus is null ? Status : _dayStatus[site * DayCount + day];

    /// <summary>Sets the status of one site-day's values.</summary>
    public void SetDayStatus(int site, int day, DataStatus status)
    {
        if (_dayStatus is null)
        {
            if (status == Status) return;
            _dayStatus = new DataStatus[_siteCount * DayCount];
            Array.Fill(_dayStatus, Status);
        }
        _dayStatus[site * DayCount + day] = status;
    }
}
