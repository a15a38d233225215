using Workbench.Air.Compute;
using Workbench.Air.Tables;
using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Air.Results;

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
    public DailyConcentrations ConcentrationsOn(int day) => CityDaily.ConcentrationsOf(Table, 0, day);
}
