using Workbench.Air;
using Workbench.Air.Compute;
using Workbench.Air.Results;
using Workbench.Periods;
using Workbench.Standards;

namespace Workbench.Scale;

/// <summary>Whether a row of a <see cref="NetworkAssessmentResult"/> is a city or a station.</summary>
public enum NetworkLevel
{
    /// <summary>A city: the mean of its valid evaluation stations (REFERENCE A3.7).</summary>
    City,
    /// <summary>One station.</summary>
    Station,
}

/// <summary>One row of the network table: a city or a station and its assessment.</summary>
/// <param name="Level">City or station.</param>
/// <param name="Name">City name, or station code.</param>
/// <param name="City">The city (for a station: its city in the registry on the period's last day, "" when unknown).</param>
/// <param name="Assessment">The assessment (<see cref="AirAssessmentResult.Indicators"/> = the air-core contract).</param>
public sealed record NetworkRow(NetworkLevel Level, string Name, string City, AirAssessmentResult Assessment);

/// <summary>Every city and every station of a data set assessed over one period under one standard.</summary>
/// <param name="Period">The period.</param>
/// <param name="Standard">GB 3095 version used for every row.</param>
/// <param name="Rows">Cities (name order) then stations (code order).</param>
public sealed record NetworkAssessmentResult(Period Period, AirQualityStandard Standard, IReadOnlyList<NetworkRow> Rows);

/// <summary>
/// The assessment of a whole network in one call (province or national level): every city the station registry
/// places a station of the data in, and every station. Each row is exactly what <see cref="AirDataSet.CityDaily"/> +
/// <see cref="AirAssessment.Assess(CityDailyResult, Period, AirSettings, AirQualityStandard?, DustDays?)"/> give for
/// that city (the reference path, not a second implementation); station daily values are computed once and shared.
/// </summary>
public static class NetworkAssessment
{
    /// <summary>
    /// Assesses every city and station. <paramref name="standard"/> null = the GB 3095 version in force at the
    /// period's end; the daily AQI of the day counts uses the HJ 633 version that goes with it.
    /// </summary>
    public static NetworkAssessmentResult Assess(AirDataSet data, Period period, AirSettings settings,
        AirQualityStandard? standard = null, bool includeStations = true)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(settings);
        var chosen = standard ?? StandardVersions.AirQualityInForce(period.End);
        var aqiStandard = StandardVersions.AqiFor(chosen);
        var cities = data.Cities();
        var rows = new NetworkRow[cities.Count];
        // Computed once, before the cities share it.
        if (data.IsHourly && settings.CityAggregation == CityAggregation.DailyOfCityHourly) data.CityHourlyDaily(settings);
        else if (data.IsHourly) data.StationDaily(settings);
        Parallel.For(0, cities.Count, i =>
        {
            Interruption.ThrowIfRequested();
            var series = data.CityDaily(cities[i], settings, aqiStandard);
            rows[i] = new NetworkRow(NetworkLevel.City, cities[i], cities[i],
                AirAssessment.Assess(series, period, settings, chosen, data.Dust));
        });
        var all = rows.ToList();
        if (includeStations && data.IsHourly)
        {
            var daily = data.StationDaily(settings);
            var order = Enumerable.Range(0, daily.Sites.Count).OrderBy(s => daily.Sites[s], StringComparer.Ordinal).ToArray();
            var stationRows = new NetworkRow[order.Length];
            Parallel.For(0, order.Length, k =>
            {
                var s = order[k];
                var code = daily.Sites[s];
                var city = data.Stations?.Find(code, period.End)?.City ?? "";
                // Dust lists name cities: a station takes its city's days.
                var result = data.Dust is not null && city.Length > 0
                    ? AirAssessment.AssessStation(daily, s, city, period, chosen, settings, data.Dust)
                    : AirAssessment.Assess(daily, s, period, chosen, settings, null, [code]);
                stationRows[k] = new NetworkRow(NetworkLevel.Station, code, city, result);
            });
            all.AddRange(stationRows);
        }
        return new NetworkAssessmentResult(period, chosen, all);
    }
}
