namespace Workbench.Air.Tables;

/// <summary>
/// One monitoring station as a registry knows it, over a span of validity: stations open, close and
/// change their control status over the years, so each fact holds from <see cref="ValidFrom"/> to
/// <see cref="ValidTo"/> (inclusive; null = open-ended).
/// </summary>
/// <param name="Code">CNEMC station code, e.g. 1827A.</param>
/// <param name="Name">Station name as published (full-width spaces trimmed).</param>
/// <param name="City">City name as in the registry (normally without 市).</param>
/// <param name="Longitude">WGS-84 decimal degrees.</param>
/// <param name="Latitude">WGS-84 decimal degrees.</param>
/// <param name="IsControl">对照点 (control/background station): excluded from city values by default.</param>
/// <param name="District">District or county the station is assigned to, when known.</param>
/// <param name="Province">Province, when known.</param>
/// <param name="ValidFrom">First day these facts hold, or null.</param>
/// <param name="ValidTo">Last day these facts hold, or null.</param>
/// <param name="ControlReason">Why the station is not a city station (its name, the registry's column, or the
/// station-role registry and its source), when <paramref name="IsControl"/>; shown where a result lists it as left out.</param>
public sealed record StationInfo(
    string Code,
    string Name,
    string City,
    double? Longitude,
    double? Latitude,
    bool IsControl,
    string? District = null,
    string? Province = null,
    DateOnly? ValidFrom = null,
    DateOnly? ValidTo = null,
    string? ControlReason = null)
{
    /// <summary>True when the record applies on <paramref name="day"/>.</summary>
    public bool AppliesOn(DateOnly day) =>
        (ValidFrom is null || day >= ValidFrom) && (ValidTo is null || day <= ValidTo);
}
