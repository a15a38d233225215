namespace Workbench.Air.Import;

/// <summary>The primary pollutant text a source published for a station-hour (e.g. 细颗粒物(PM2.5)),
/// kept as published, for comparison with the computed one.</summary>
/// <param name="Station">Station code or name as the table keys it.</param>
/// <param name="Hour">Hour label (end of the hour, Beijing time).</param>
/// <param name="Text">The published text, line breaks and surrounding spaces removed; several pollutants
/// are separated by commas as published.</param>
public sealed record PublishedPrimaryPollutant(string Station, DateTime Hour, string Text);
