using System.Collections.Concurrent;
using Workbench.Air.Checks;
using Workbench.Air.Compute;
using Workbench.Air.Import;
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
public sealed class AirDataSet
{
    private readonly ConcurrentDictionary<AirSettings, DailyTable> _stationDaily = new();

    private AirDataSet(AirInputData input, StationRegistry? stations, DustDays? dust, string? stationsSource)
    {
        Input = input;
        Stations = stations;
        Dust = dust;
        StationsSource = stationsSource;
    }

    /// <summary>What the importer read.</summary>
    public AirInputData Input { get; }

    /// <summary>The hourly station grid, when the input is hourly.</summary>
    public StationHourlyTable? Hourly => Input.Hourly;

    /// <summary>The city-daily table, when the input is daily.</summary>
    public DailyTable? CityDailyTable => Input.CityDaily;

    /// <summary>The station registry (null for city-daily inputs without one).</summary>
    public StationRegistry? Stations { get; }

    /// <summary>Where the station registry came from (file name), for the methods line.</summary>
    public string? StationsSource { get; }

    /// <summary>Official sand-dust city-days, when a list was given or found.</summary>
    public DustDays? Dust { get; }

    /// <summary>Everything the importers rejected, corrected, flagged or found missing.</summary>
    public DataQualityReport Quality => Input.Quality;

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
        return FromInput(AirInput.Load(inputs, options), inputs, stationsPath, dustPath);
    }

    /// <summary>
    /// Loads the years <paramref name="fromYear"/>..<paramref name="toYear"/> (null = all) of a columnar store
    /// (<see cref="Store.AirStore"/>); the station list saved in the store is used when none is given.
    /// </summary>
    public static AirDataSet FromStore(string storeFolder, int? fromYear, int? toYear, string? stationsPath = null,
        string? dustPath = null)
    {
        var store = Store.AirStore.Open(storeFolder);
        return FromInput(store.Load(fromYear, toYear), [storeFolder], stationsPath ?? store.StationsPath, dustPath);
    }

    private static AirDataSet FromInput(AirInputData input, IReadOnlyList<string> inputs, string? stationsPath, string? dustPath)
    {
        if (input.Hourly is { } hourly)
            HourlyPlausibility.Check(hourly, fileOf: input.Format == AirInputFormat.ChinaSites
                ? label => $"china_sites_{label:yyyyMMdd}.csv" : null);
        stationsPath ??= InputFiles.FindBeside(inputs, "stations.csv", "stations_cnemc.csv");
        var stations = stationsPath is null ? null : StationRegistry.Load(stationsPath, input.Quality);
        dustPath ??= InputFiles.FindBeside(inputs, "dust_days.csv");
        var dust = dustPath is null ? null : DustDays.Load(dustPath, input.Quality, stations?.Cities);
        return new AirDataSet(input, stations, dust, stationsPath is null ? null : Path.GetFileName(stationsPath));
    }

    /// <summary>Station daily values (24-h means, O3 1-h max, MDA8), computed once per settings.</summary>
    public DailyTable StationDaily(AirSettings settings) =>
        _stationDaily.GetOrAdd(settings, s => Workbench.Air.Compute.StationDaily.Compute(
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
                ?? throw new ArgumentException($"城市日数据中没有“{city}”。数据中的城市：{string.Join("、", table.Sites.Take(20))}");
            return Workbench.Air.Compute.CityDaily.FromCityTable(table, site, settings, aqiStandard);
        }
        var stations = Stations ?? throw new InvalidOperationException(
            "缺少站点列表：请用 --stations 指定（CNEMC 站点列表或 Workbench 站点登记表），以确定城市包含哪些站点");
        var name = stations.Cities.TryResolve(city, out var info) ? info.Name : city;
        if (!stations.CityNames.Contains(name, StringComparer.Ordinal))
            throw new ArgumentException($"站点列表中没有城市“{city}”。可选：{string.Join("、", stations.CityNames.Take(30))}{(stations.CityNames.Count > 30 ? "……" : "")}");
        return settings.CityAggregation == CityAggregation.DailyOfCityHourly
            ? Workbench.Air.Compute.CityDaily.ComputeFromHourly(Hourly!, stations, name, settings, aqiStandard)
            : Workbench.Air.Compute.CityDaily.Compute(StationDaily(settings), stations, name, settings, aqiStandard);
    }

    /// <summary>Cities the data can assess (the registry's cities that have a station in the grid, or the table's sites).</summary>
    public IReadOnlyList<string> Cities()
    {
        if (CityDailyTable is { } table) return table.Sites;
        if (Stations is null || Hourly is null) return [];
        var codes = Hourly.StationCodes.ToHashSet(StringComparer.Ordinal);
        return Stations.Records.Where(r => codes.Contains(r.Code)).Select(r => r.City)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
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
