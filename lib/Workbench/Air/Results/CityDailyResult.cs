using Workbench.Air.Method;
using Workbench.Air.Tables;
using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Air.Results;

/// <summary>A station of the city left out of its values, and why.</summary>
/// <param name="Code">Station code.</param>
/// <param name="Name">Station name.</param>
/// <param name="Reason">Why (Chinese), with its source.</param>
/// <param name="From">First day left out within the series.</param>
/// <param name="To">Last day left out within the series.</param>
public sealed record ExcludedStation(string Code, string Name, string Reason, DateOnly From, DateOnly To);

/// <summary>
/// A city's daily series: concentrations (a one-site <see cref="DailyTable"/> whose valid counts hold the number of
/// stations averaged, or the valid hours when the table came from a city-daily file or a city hourly series), the
/// daily AQI of every day with the HJ 633 version used, and the stations behind every day.
/// </summary>
public sealed class CityDailyResult
{
    internal CityDailyResult(string city, DailyTable table, AqiValue[] dailyAqi, AqiStandard[] aqiStandards,
        IReadOnlyList<string>[] stationsPerDay, AirSettings settings, string source)
    {
        City = city; Table = table; _dailyAqi = dailyAqi; _aqiStandards = aqiStandards;
        _stationsPerDay = stationsPerDay; Settings = settings; Source = source;
    }

    private readonly AqiValue[] _dailyAqi;
    private readonly AqiStandard[] _aqiStandards;
    private readonly IReadOnlyList<string>[] _stationsPerDay;

    /// <summary>The hours the input held (null for city-daily inputs): tells feed gaps from the city's own gaps.</summary>
    public FeedCoverage? Feed { get; private init; }

    /// <summary>The stations of the city the method left out on some day of the series, with the reason (control
    /// stations: by name, by the registry's column or by the station-role registry).</summary>
    public IReadOnlyList<ExcludedStation> ExcludedStations { get; private init; } = [];

    /// <summary>The same series with what the data set knows about it.</summary>
    internal CityDailyResult With(FeedCoverage? feed, IReadOnlyList<ExcludedStation> excluded) =>
        new(City, Table, _dailyAqi, _aqiStandards, _stationsPerDay, Settings, Source) { Feed = feed, ExcludedStations = excluded };

    /// <summary>City name (as the caller gave it, or the registry's name).</summary>
    public string City { get; }

    /// <summary>The city's daily concentrations: one site named <see cref="City"/>.</summary>
    public DailyTable Table { get; }

    /// <summary>Settings used.</summary>
    public AirSettings Settings { get; }

    /// <summary>How the series was made, in Chinese (for the methods sheet).</summary>
    public string Source { get; }

    /// <summary>First day.</summary>
    public DateOnly FirstDay => Table.FirstDay;

    /// <summary>Number of days.</summary>
    public int DayCount => Table.DayCount;

    /// <summary>Daily AQI of every day (AQI -1 = none).</summary>
    public ReadOnlySpan<AqiValue> DailyAqi => _dailyAqi;

    /// <summary>HJ 633 version of the daily AQI of a day slot.</summary>
    public AqiStandard AqiStandardAt(int day) => _aqiStandards[day];

    /// <summary>Stations that contributed at least one valid value on a day slot (empty for city-daily inputs).</summary>
    public IReadOnlyList<string> StationsOn(int day) => _stationsPerDay[day];

    /// <summary>Every station that contributed on any day, sorted.</summary>
    public IReadOnlyList<string> AllStations =>
        _stationsPerDay.SelectMany(s => s).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Daily concentrations of a day slot (NaN = missing), as they feed the daily AQI.</summary>
    public DailyConcentrations ConcentrationsOn(int day) => Table.ConcentrationsOn(0, day);
}
