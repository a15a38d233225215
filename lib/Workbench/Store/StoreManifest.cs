using Workbench.Air.Tables;

namespace Workbench.Store;

/// <summary>What one month of a store holds: its hourly rows and its station-days per status.</summary>
public sealed record StoreMonth(long Rows, long RealtimeDays, long AuditedDays, long MixedDays);

/// <summary>What one year of a store holds (<c>manifest/year=YYYY.json</c>), rewritten by every import touching it.</summary>
/// <param name="Year">Calendar year of the hour labels.</param>
/// <param name="FirstHour">First hour label of the year's data span (CNEMC label = end of the hour, Beijing time).</param>
/// <param name="HourCount">Hours of the span (the grid a load builds).</param>
/// <param name="Stations">Station codes in grid order (the stations of earlier imports first).</param>
/// <param name="Months">The months held (1–12) and what each holds.</param>
/// <param name="HoursWithData">The hours the imported files held (<see cref="FeedCoverage.ToBase64"/>), so results can
/// tell feed gaps from stations' own gaps without reading the grid.</param>
/// <param name="StationDailyRules">The rules of the <c>station_daily</c> tables (<see cref="Air.Compute.StationDaily.RulesKey"/>).</param>
/// <param name="CityDailyRules">The rules and station-list fingerprint of the <c>city_daily</c> tables; null when the
/// store has no station list and so no city table.</param>
public sealed record StoreYear(int Year, DateTime FirstHour, int HourCount, IReadOnlyList<string> Stations,
    IReadOnlyDictionary<int, StoreMonth> Months, string HoursWithData, string StationDailyRules, string? CityDailyRules)
{
    /// <summary>The year's <see cref="FeedCoverage"/>.</summary>
    public FeedCoverage Coverage() => FeedCoverage.FromBase64(FirstHour, HourCount, HoursWithData);

    /// <summary>Station-hour rows of the year.</summary>
    public long Rows => Months.Values.Sum(m => m.Rows);

    /// <summary>Station-days whose values are all audited.</summary>
    public long AuditedDays => Months.Values.Sum(m => m.AuditedDays);

    /// <summary>Station-days with audited and real-time values.</summary>
    public long MixedDays => Months.Values.Sum(m => m.MixedDays);

    /// <summary>Station-days with real-time values only.</summary>
    public long RealtimeDays => Months.Values.Sum(m => m.RealtimeDays);

    /// <summary>审核 when every station-day is audited, otherwise 实时 (a mixed year says so through <see cref="AuditedDays"/>).</summary>
    public DataStatus Status => RealtimeDays == 0 && MixedDays == 0 && AuditedDays > 0 ? DataStatus.Audited : DataStatus.Realtime;

    /// <summary>Serialises to indented JSON (snake_case keys).</summary>
    public string ToJson() => StoreJson.Write(this);

    /// <summary>Reads the JSON written by <see cref="ToJson"/>.</summary>
    public static StoreYear FromJson(string json, string file) => StoreJson.Year(json, file);
}
