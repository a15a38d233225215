namespace Workbench.Air.Tables;

/// <summary>The hours a station holds data: how many (with at least one pollutant value), the first and the last label.</summary>
/// <param name="Count">Hours with at least one of the six pollutants.</param>
/// <param name="First">First such hour label.</param>
/// <param name="Last">Last such hour label.</param>
public readonly record struct StationHours(int Count, DateTime First, DateTime Last);
