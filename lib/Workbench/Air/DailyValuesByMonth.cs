using Workbench.Air.Checks;
using Workbench.Air.Compute;
using Workbench.Air.Import;
using Workbench.Air.Method;
using Workbench.Air.Tables;
using Workbench.Periods;
using Workbench.Quality;
using Workbench.Registries;

namespace Workbench.Air;

/// <summary>
/// What an assessment takes from a china_sites read, gathered a month at a time (<see cref="ChinaSitesReader.ReadByMonth(IEnumerable{string}, ChinaSitesOptions, IMonthlyGridSink)"/>)
/// so the year's hourly grid is never held: the station daily values and the city-hourly daily values under the
/// default settings, the plausibility findings (a frozen run followed across months), the hours the feed holds, and
/// the hours of stations the station list lacks. A month gives the same daily values as the whole grid: under the
/// default day (hours 0–23 of the file's date, HJ 663 F3 as REFERENCE.md reads it) a daily value is of its own day's
/// hours, as the store's months are.
/// </summary>
internal sealed class DailyValuesByMonth(StationRegistry? stations) : IMonthlyGridSink
{
    private static readonly AirSettings Settings = AirSettings.Default;
    private HourlyPlausibility.Scan? _scan;
    private IReadOnlyList<string> _unknown = [];
    private StationHours?[] _unknownHours = [];
    private IReadOnlyList<string> _cities = [];
    private SortedDictionary<string, int>[] _absent = [];
    private IReadOnlyList<string>[][] _contributed = [];
    private readonly List<FeedCoverage> _coverage = [];
    private DateOnly _firstDay;
    private int[] _unknownOf = [];       // station → index into _unknown, -1 when the list knows it
    private DailyTable? _month;          // the month's station daily values
    private double[] _mda8Limits = [];

    /// <summary>True when the default settings' daily values are each of one file date's hours (always, unless the
    /// default day changes): only then can a read be taken a month at a time.</summary>
    public static bool Applies => Settings.DayBoundary == DayBoundary.FeedDateHours0To23;

    /// <summary>Station daily values under the default settings.</summary>
    public DailyTable StationDaily { get; private set; } = null!;

    /// <summary>City-hourly daily values under the default settings, for the station list's cities with a station in
    /// the data (null without a station list).</summary>
    public CityHourlyDaily? CityDaily { get; private set; }

    /// <summary>The hours the files held.</summary>
    public FeedCoverage Coverage => FeedCoverage.Union(_coverage);

    public void Start(IReadOnlyList<string> stationCodes, DateTime firstHour, int hourCount, DataStatus status, DataQualityReport quality)
    {
        _scan = new HourlyPlausibility.Scan(stationCodes, firstHour, PlausibilityRules.Default);
        var (firstDay, dayCount) = HourGrid.Days(firstHour, hourCount, Settings.DayBoundary);
        _firstDay = firstDay;
        StationDaily = DailyTable.WithoutValues(stationCodes, firstDay, dayCount, status, quality);
        if (stations is null) return;
        _unknown = StationsNotInRegistry.Unknown(stationCodes, stations);
        _unknownHours = new StationHours?[_unknown.Count];
        _unknownOf = new int[stationCodes.Count];
        Array.Fill(_unknownOf, -1);
        var index = stationCodes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        for (var k = 0; k < _unknown.Count; k++) _unknownOf[index[_unknown[k]]] = k;
        _cities = stations.CitiesWithStations(stationCodes);
        _absent = _cities.Select(_ => new SortedDictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _contributed = _cities.Select(_ => new IReadOnlyList<string>[dayCount]).ToArray();
        CityDaily = new CityHourlyDaily(_cities, DailyTable.WithoutValues(_cities, firstDay, dayCount, status, quality), _contributed);
    }

    public void BeginMonth(StationHourlyTable month)
    {
        _month = Compute.StationDaily.EmptyTable(month, month.StationCodes, Settings);
        _mda8Limits = Compute.StationDaily.Mda8Limits(_month);
    }

    // The passes over a station's month while it is in the cache: plausibility, daily values.
    public void Station(StationHourlyTable month, int station)
    {
        _scan!.AddStation(month, station);
        Compute.StationDaily.ComputeRow(month, station, _month!, station, _mda8Limits, Settings);
        if (_unknownOf.Length > 0 && _unknownOf[station] is var k and >= 0 && StationsNotInRegistry.HoursOf(month, station) is { } hours)
            _unknownHours[k] = _unknownHours[k] is { } before ? new StationHours(before.Count + hours.Count, before.First, hours.Last) : hours;
    }

    public void EndMonth(StationHourlyTable month)
    {
        _scan!.EndBlock(month);
        var firstDay = DateOnly.FromDateTime(month.FirstHour).DayNumber - _firstDay.DayNumber;
        StationDaily.CopyDaysFrom(_month!, firstDay);
        _coverage.Add(FeedCoverage.Of(month));
        if (stations is null) return;
        var (cities, absent) = CityHourly.ComputeWithAbsent(month, stations, _cities, Settings);
        CityDaily!.Daily.CopyDaysFrom(cities.Daily, firstDay);
        for (var c = 0; c < _cities.Count; c++)
        {
            cities.Contributed[c].CopyTo(_contributed[c], firstDay);
            foreach (var (code, days) in absent[c]) _absent[c][code] = _absent[c].GetValueOrDefault(code) + days;
        }
    }

    /// <summary>Adds the plausibility findings to <paramref name="quality"/> (as <see cref="HourlyPlausibility.Check"/>
    /// of the whole grid does).</summary>
    public void ReportPlausibility(DataQualityReport quality, Func<DateTime, string>? fileOf) => _scan!.Report(quality, fileOf);

    /// <summary>The stations the station list lacks, with their hours (null: no value), in grid order.</summary>
    public IEnumerable<(string Code, StationHours? Hours)> UnknownStations => _unknown.Select((c, k) => (c, _unknownHours[k]));

    /// <summary>Lists the registry stations absent from the data for <paramref name="cities"/> (indexes into
    /// <see cref="CityDaily"/>), as computing those cities from the grid does.</summary>
    public void ReportAbsent(IEnumerable<int> cities, DataQualityReport quality) => CityHourly.ReportAbsent(_cities, _absent, cities, quality);
}
