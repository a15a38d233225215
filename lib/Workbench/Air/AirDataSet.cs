using System.Collections.Concurrent;
using Workbench.Air.Checks;
using Workbench.Air.Compute;
using Workbench.Air.Import;
using Workbench.Air.Method;
using Workbench.Air.Results;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Quality;
using Workbench.Registries;
using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Air;

/// <summary>
/// The air data an analyst works on: what was imported (hourly station grid or city-daily table), the station
/// registry that says which stations make a city on which day, the dust-day list, and the data-quality report.
/// Every command, figure, briefing and notebook goes through this one door, so a city series is always built the
/// same way.
/// </summary>
public sealed partial class AirDataSet
{
    private readonly ConcurrentDictionary<AirSettings, DailyTable> _stationDaily = new();
    private readonly ConcurrentDictionary<AirSettings, CityHourlyDaily> _cityHourly = new();
    private readonly Func<AirSettings, CityHourlyDaily?>? _storedCityDaily;
    private readonly Func<AirInputData> _loadInput;
    private readonly Lock _inputGate = new();
    private AirInputData? _input;
    private readonly Func<AirSettings, DailyTable?>? _storedDaily;
    private readonly DateOnly? _lastDay;
    private readonly DateOnly? _firstDay;
    private readonly Lazy<FeedCoverage?> _feed;
    private readonly Action<AirSettings, string?>? _citiesServed;

    private AirDataSet(Func<AirInputData> loadInput, AirInputFormat format, DataQualityReport quality,
        IReadOnlyList<string>? stationCodes, DailyTable? cityDaily, Func<AirSettings, DailyTable?>? storedDaily,
        StationRegistry? stations, DustDays? dust, string? stationsSource, DateOnly? lastDay,
        Func<AirSettings, CityHourlyDaily?>? storedCityDaily = null, Func<FeedCoverage?>? feed = null, DateOnly? firstDay = null,
        Action<AirSettings, string?>? citiesServed = null)
    {
        _citiesServed = citiesServed;
        _firstDay = firstDay;
        _storedCityDaily = storedCityDaily;
        _feed = new Lazy<FeedCoverage?>(feed ?? (() => Input.Hourly is { } grid ? FeedCoverage.Of(grid) : null));
        _lastDay = lastDay;
        _loadInput = loadInput;
        _storedDaily = storedDaily;
        Format = format;
        Quality = quality;
        StationCodes = stationCodes;
        CityDailyTable = cityDaily;
        Stations = stations;
        Dust = dust;
        StationsSource = stationsSource;
    }

    /// <summary>What the importer read (for a store: the hourly grid is loaded on first use).</summary>
    public AirInputData Input
    {
        get
        {
            // Loaded once; a load that fails (or is interrupted) is not remembered, the next use tries again.
            if (Volatile.Read(ref _input) is { } loaded) return loaded;
            lock (_inputGate) return _input ??= _loadInput();
        }
    }

    /// <summary>True once the hourly grid is in memory (read, or from a store or a month-by-month read, loaded on use).</summary>
    internal bool HoldsHourlyGrid => Volatile.Read(ref _input) is not null;

    /// <summary>The format of the data read.</summary>
    public AirInputFormat Format { get; }

    /// <summary>True when the data are station hourly data (<see cref="Hourly"/> not null).</summary>
    public bool IsHourly => StationCodes is not null;

    /// <summary>Station codes of the hourly data, in grid order; null for city data. Known without loading the grid.</summary>
    public IReadOnlyList<string>? StationCodes { get; }

    /// <summary>
    /// The hourly station grid, when the input is hourly. From a store it is loaded on first use: an assessment
    /// needs only the daily values the store keeps, a national year's grid is ≈ 700 MB.
    /// </summary>
    public StationHourlyTable? Hourly => IsHourly ? Input.Hourly : null;

    /// <summary>
    /// The day of the last hour label (hourly data) or the last day (city data). Known without loading a store's grid.
    /// </summary>
    /// <exception cref="InvalidOperationException">The input holds no hour or day.</exception>
    public DateOnly LastDay => _lastDay ?? throw new InvalidOperationException("输入中没有数据");

    /// <summary>
    /// The first and last day of the data (hour labels of hourly data, days of city data; for a store, of the years
    /// loaded); null when the input holds nothing. Known without loading a store's grid.
    /// </summary>
    public Periods.DataSpan? Span => _firstDay is { } first && _lastDay is { } last ? new Periods.DataSpan(first, last) : null;

    /// <summary>
    /// The last calendar year the data covers to 31 December (the year before when the last year is partial): the
    /// default year of briefings and press figures.
    /// </summary>
    public int LatestFullYear => LastDay is { Month: 12, Day: 31 } last ? last.Year : LastDay.Year - 1;

    /// <summary>The city-daily table, when the input is daily.</summary>
    public DailyTable? CityDailyTable { get; }

    /// <summary>The station registry (null for city-daily inputs without one).</summary>
    public StationRegistry? Stations { get; }

    /// <summary>Where the station registry came from (file name), for the methods line.</summary>
    public string? StationsSource { get; }

    /// <summary>Official sand-dust city-days, when a list was given or found.</summary>
    public DustDays? Dust { get; }

    /// <summary>Everything the importers rejected, corrected, flagged or found missing.</summary>
    public DataQualityReport Quality { get; }

    /// <summary>
    /// Loads air data. <paramref name="stationsPath"/> null: a station list beside the input is used when there is
    /// one (<c>stations.csv</c>, the Workbench registry, or <c>stations_cnemc.csv</c>, in the input folder or its parent).
    /// <paramref name="dustPath"/> null: <c>dust_days.csv</c> beside the input when present.
    /// </summary>
    public static AirDataSet Load(IReadOnlyList<string> inputs, string? stationsPath = null, string? dustPath = null,
        AirInputOptions? options = null)
    {
        // A store folder (workbench air import) stands for the CSV it was imported from.
        if (inputs.Count == 1 && Store.AirStore.IsStore(inputs[0]))
            return FromStore(inputs[0], null, null, stationsPath, dustPath);
        options ??= AirInputOptions.Default;
        var (format, list) = AirInput.DetectAll(inputs);
        // china_sites files a month at a time when asked, the year's grid read again only if hours are asked for; whole
        // when the read needs it (see ChinaSitesReader.ReadByMonth).
        if (options.HourlyGridOnDemand && DailyValuesByMonth.Applies && format == AirInputFormat.ChinaSites
            && ByMonth(inputs, list, stationsPath, dustPath, options) is { } byMonth)
            return byMonth;
        return FromInput(AirInput.Read(format, list, options), inputs, stationsPath, dustPath);
    }

    /// <summary><see cref="Load"/> with the input's hourly grid read whole at once, whatever the options (the reference
    /// the month-by-month read is tested against).</summary>
    internal static AirDataSet LoadWhole(IReadOnlyList<string> inputs, string? stationsPath = null, string? dustPath = null,
        AirInputOptions? options = null) =>
        FromInput(AirInput.Load(inputs, options), inputs, stationsPath, dustPath);

    /// <summary>
    /// Loads the years <paramref name="fromYear"/>..<paramref name="toYear"/> (null = all) of a columnar store
    /// (<see cref="Store.AirStore"/>); the station list saved in the store is used when none is given.
    /// </summary>
    /// <remarks>
    /// The store's quality report already holds the plausibility findings (checked at import); the hourly grid is
    /// read only when something asks for <see cref="Hourly"/>, and the station daily values come from the store when
    /// it kept them under the settings asked for.
    /// </remarks>
    public static AirDataSet FromStore(string storeFolder, int? fromYear, int? toYear, string? stationsPath = null,
        string? dustPath = null)
    {
        var store = Store.AirStore.Open(storeFolder);
        var years = store.YearsIn(fromYear, toYear);
        // The store's report and the station list are independent reads: side by side. The list's quality lines
        // still follow the store's, as they follow the importer's on CSV.
        // Most uses assess under the default daily rules: those daily values (≈ 40 MB for a national year) are read
        // meanwhile too, and are there when asked for.
        var quality = new DataQualityReport();
        var contextQuality = new DataQualityReport();
        var context = Task.Run(() =>
        {
            // The store's own list is a normalized copy: the problems of the list it was given are kept beside it.
            if (stationsPath is null) store.LoadStationsQuality(contextQuality);
            return Context([storeFolder], stationsPath ?? store.StationsPath, dustPath, contextQuality);
        });
        var defaultKey = Workbench.Air.Compute.StationDaily.RulesKey(AirSettings.Default);
        var defaultDaily = Task.Run(() => store.LoadDaily(years, AirSettings.Default, quality));
        store.LoadQuality(years, quality);
        var (stations, dust, source) = context.GetAwaiter().GetResult();
        quality.Merge(contextQuality);
        // As on file inputs, for the station list in use now (given, or the store's own): the hours are counted over
        // the Parquet (china_sites files name no city: no feed city).
        if (stations is not null && StationsNotInRegistry.Unknown(Store.AirStore.StationCodesOf(years), stations) is { Count: > 0 } unknown)
        {
            var counted = store.StationHours(years, unknown);
            StationsNotInRegistry.Report(unknown.Select(c => (c, counted.TryGetValue(c, out var h) ? h : (StationHours?)null)), source!, null, quality);
        }
        // The grid, read once when something needs it (figures of hours, daily values under other rules).
        var grid = new Lazy<StationHourlyTable>(() => store.LoadGrid(years, quality));
        AirInputData Input() => new(AirInputFormat.ChinaSites, grid.Value, null, quality, store.SourceFilesOf(years));
        // Values computed from the grid take each station-day's status from the store (audited, real-time or mixed).
        var statuses = new Lazy<DailyTable>(() => WithStatuses(Workbench.Air.Compute.StationDaily.Compute(grid.Value, AirSettings.Default)));
        DailyTable WithStatuses(DailyTable computed)
        {
            store.ApplyDayStatuses(years, computed);
            return computed;
        }
        DailyTable? Daily(AirSettings settings) => Workbench.Air.Compute.StationDaily.RulesKey(settings) == defaultKey
            ? defaultDaily.GetAwaiter().GetResult() : store.LoadDaily(years, settings, quality)
              ?? WithStatuses(Workbench.Air.Compute.StationDaily.Compute(grid.Value, settings));
        // The city daily values of the default city method, when the store kept them for this station list; under
        // other settings (or another list) every city's table is computed from the grid once.
        var defaultCity = stations is null ? null : Task.Run(() => store.LoadCityDaily(years, AirSettings.Default, stations, quality));
        CityHourlyDaily? CityDaily(AirSettings settings)
        {
            if (stations is null) return null;
            var kept = settings == AirSettings.Default ? defaultCity!.GetAwaiter().GetResult() : store.LoadCityDaily(years, settings, stations, quality);
            if (kept is not null || settings.CityAggregation != CityAggregation.DailyOfCityHourly) return kept;
            var computed = CityHourly.Compute(grid.Value, stations, stations.CitiesWithStations(Store.AirStore.StationCodesOf(years)), settings);
            if (Store.AirStore.HoldsAudited(years)) Store.AirStore.ApplyDayStatuses(computed, statuses.Value);
            return computed;
        }
        var (firstHour, hours) = Store.AirStore.HoursOf(years);
        return new AirDataSet(Input, AirInputFormat.ChinaSites, quality, Store.AirStore.StationCodesOf(years), null,
            Daily, stations, dust, source, hours > 0 ? DateOnly.FromDateTime(firstHour.AddHours(hours - 1)) : null, CityDaily,
            () => FeedCoverage.Union(years.Select(y => y.Coverage()).ToArray()), hours > 0 ? DateOnly.FromDateTime(firstHour) : null);
    }

    private static AirDataSet FromInput(AirInputData input, IReadOnlyList<string> inputs, string? stationsPath, string? dustPath)
    {
        if (input.Hourly is { } hourly)
            HourlyPlausibility.Check(hourly, fileOf: input.Format == AirInputFormat.ChinaSites ? ChinaSitesReader.FileOfHourIn(input.SourceFiles) : null);
        var (stations, dust, source) = Context(inputs, stationsPath, dustPath, input.Quality);
        if (input.Hourly is { } grid && stations is not null)
            StationsNotInRegistry.Report(grid, stations, source!, input.FeedCities, input.Quality);
        DateOnly? lastDay = input.Hourly is { HourCount: > 0 } h ? DateOnly.FromDateTime(h.HourAt(h.HourCount - 1))
            : input.CityDaily is { DayCount: > 0 } t ? t.DayAt(t.DayCount - 1) : null;
        DateOnly? firstDay = input.Hourly is { HourCount: > 0 } g ? DateOnly.FromDateTime(g.HourAt(0))
            : input.CityDaily is { DayCount: > 0 } c ? c.FirstDay : null;
        return new AirDataSet(() => input, input.Format, input.Quality, input.Hourly?.StationCodes,
            input.CityDaily, null, stations, dust, source, lastDay, firstDay: firstDay) { _input = input };
    }

    /// <summary>The station registry and dust days given or found beside the inputs.</summary>
    private static (StationRegistry? Stations, DustDays? Dust, string? StationsSource) Context(IReadOnlyList<string> inputs,
        string? stationsPath, string? dustPath, DataQualityReport quality)
    {
        stationsPath ??= InputFiles.FindBeside(inputs, "stations.csv", "stations_cnemc.csv");
        var stations = stationsPath is null ? null : StationRegistry.Load(stationsPath, quality);
        dustPath ??= InputFiles.FindBeside(inputs, "dust_days.csv");
        var dust = dustPath is null ? null : DustDays.Load(dustPath, quality, stations?.Cities);
        return (stations, dust, stationsPath is null ? null : Path.GetFileName(stationsPath));
    }

    /// <summary>Station daily values (24-h means, O3 1-h max, MDA8), computed once per settings (or read from the store).</summary>
    public DailyTable StationDaily(AirSettings settings) =>
        _stationDaily.GetOrAdd(settings, s => _storedDaily?.Invoke(s) ?? Workbench.Air.Compute.StationDaily.Compute(
            Hourly ?? throw new InvalidOperationException("输入是城市日数据，没有站点小时数据"), s));

    /// <summary>
    /// The daily series of a city: from stations (hourly input; the station registry decides which stations on which
    /// day) or straight from a city-daily table.
    /// </summary>
    public CityDailyResult CityDaily(string city, AirSettings settings, AqiStandard? aqiStandard = null)
    {
        if (CityDailyTable is { } table)
        {
            var site = FindSite(table, city)
                ?? throw new ArgumentException(UnknownCity.Message("城市日数据", city, table.Sites, table.Sites));
            return Workbench.Air.Compute.CityDaily.FromCityTable(table, site, settings, aqiStandard);
        }
        var stations = Stations ?? throw new InvalidOperationException(
            "缺少站点列表：请用 --stations 指定（CNEMC 站点列表或 Workbench 站点登记表），以确定城市包含哪些站点");
        var name = stations.Cities.TryResolve(city, out var info) ? info.Name : city;
        if (!stations.CityNames.Contains(name, StringComparer.Ordinal))
            throw new ArgumentException(UnknownCity.Message($"站点列表 {StationsSource} ", city, stations.CityNames, Cities()));
        CityDailyResult series;
        if (settings.CityAggregation == CityAggregation.MeanOfStationDaily)
            series = Workbench.Air.Compute.CityDaily.Compute(StationDaily(settings), stations, name, settings, aqiStandard);
        // City-hourly: out of the table of every city when it is at hand (computed for a network, or kept in a store);
        // otherwise this city alone from the grid.
        else if ((_cityHourly.TryGetValue(settings, out var all) || _storedCityDaily?.Invoke(settings) is { } stored && (all = Remember(settings, stored)) is not null)
            && all.Daily.IndexOfSite(name) >= 0)
        {
            series = Workbench.Air.Compute.CityDaily.FromCityHourly(all, name, settings, aqiStandard);
            _citiesServed?.Invoke(settings, name);
        }
        else series = Workbench.Air.Compute.CityDaily.ComputeFromHourly(Hourly!, stations, name, settings, aqiStandard);
        return series.With(Feed, settings.ExcludeControlStations ? ExcludedStationsOf(stations, name, series.FirstDay, series.DayCount) : []);
    }

    /// <summary>The hours the input holds (null for city-daily inputs); from a store, without reading its grid.</summary>
    public FeedCoverage? Feed => IsHourly ? _feed.Value : null;

    /// <summary>The control stations of a city over the days of a series, with their reasons (one entry per run of days).</summary>
    private static IReadOnlyList<ExcludedStation> ExcludedStationsOf(StationRegistry stations, string city, DateOnly firstDay, int dayCount)
    {
        var result = new List<ExcludedStation>();
        var lists = stations.StationsOfCityByDay(city, firstDay, dayCount, includeControl: true);
        var open = new Dictionary<(string Code, string Reason), (StationInfo Info, int From, int To)>();
        for (var d = 0; d < dayCount; d++)
            foreach (var s in lists[d])
            {
                if (!s.IsControl) continue;
                var key = (s.Code, s.ControlReason ?? "对照点");
                if (open.TryGetValue(key, out var run) && run.To == d - 1) open[key] = (run.Info, run.From, d);
                else
                {
                    if (open.TryGetValue(key, out var done)) result.Add(Entry(done));
                    open[key] = (s, d, d);
                }
            }
        result.AddRange(open.Values.Select(Entry));
        return result.OrderBy(e => e.Code, StringComparer.Ordinal).ThenBy(e => e.From).ToArray();

        ExcludedStation Entry((StationInfo Info, int From, int To) r) =>
            new(r.Info.Code, r.Info.Name, r.Info.ControlReason ?? "对照点", firstDay.AddDays(r.From), firstDay.AddDays(r.To));
    }

    /// <summary>
    /// The city-hourly daily values (<see cref="CityHourly"/>) of every city of <see cref="Cities"/>, computed once
    /// per settings (or read from the store, which keeps them for the default settings and its station list).
    /// </summary>
    public CityHourlyDaily CityHourlyDaily(AirSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var stations = Stations ?? throw new InvalidOperationException(
            "缺少站点列表：请用 --stations 指定（CNEMC 站点列表或 Workbench 站点登记表），以确定城市包含哪些站点");
        var table = _cityHourly.GetOrAdd(settings, s => _storedCityDaily?.Invoke(s)
            ?? CityHourly.Compute(Hourly ?? throw new InvalidOperationException("输入是城市日数据，没有站点小时数据"), stations, Cities(), s));
        _citiesServed?.Invoke(settings, null);
        return table;
    }

    private CityHourlyDaily Remember(AirSettings settings, CityHourlyDaily table) => _cityHourly.GetOrAdd(settings, table);

    /// <summary>Cities the data can assess (the registry's cities that have a station in the grid, or the table's sites).</summary>
    public IReadOnlyList<string> Cities()
    {
        if (CityDailyTable is { } table) return table.Sites;
        if (Stations is null || StationCodes is null) return [];
        return Stations.CitiesWithStations(StationCodes);
    }

    private static string? FindSite(DailyTable table, string city)
    {
        if (table.IndexOfSite(city) >= 0) return city;
        var registry = CityRegistry.Default;
        if (registry.TryResolve(city, out var info))
            foreach (var site in table.Sites)
                if (registry.TryResolve(site, out var other) && other.Name == info.Name) return site;
        return null;
    }
}
