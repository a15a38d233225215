using Workbench.Air.Tables;

namespace Workbench.Air.Import;

/// <summary>City daily values read from a published source.</summary>
/// <param name="Daily">Sites = city names (or region ids), with the published daily AQI where the source has one.</param>
/// <param name="SourceFiles">Display names of the files read.</param>
public sealed record CityDailyData(DailyTable Daily, IReadOnlyList<string> SourceFiles);
