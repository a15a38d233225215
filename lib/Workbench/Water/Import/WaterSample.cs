using Workbench.Standards.Water;

namespace Workbench.Water.Import;

/// <summary>How a sample was taken.</summary>
public enum SampleSource
{
    /// <summary>Manual (laboratory) sampling, usually monthly (手工监测).</summary>
    Manual,
    /// <summary>An automatic-station reading (自动监测).</summary>
    Automatic,
}

/// <summary>One water sample of a section: the canonical input of assessments.</summary>
/// <param name="Section">Section name, normalised.</param>
/// <param name="Province">Province, may be empty.</param>
/// <param name="City">City as the source gives it, may be empty.</param>
/// <param name="River">River as the source gives it, may be empty.</param>
/// <param name="Time">Sampling time (Beijing); a monthly table without a day gives the first of the month, 00:00.</param>
/// <param name="Values">Item values (non-detects kept as such).</param>
/// <param name="Source">Manual or automatic.</param>
/// <param name="File">Source file name.</param>
/// <param name="Line">1-based line in the file.</param>
public sealed record WaterSample(
    string Section,
    string Province,
    string City,
    string River,
    DateTime Time,
    IReadOnlyDictionary<WaterItem, MeasuredValue> Values,
    SampleSource Source,
    string File,
    long Line)
{
    /// <summary>The sampling date.</summary>
    public DateOnly Date => DateOnly.FromDateTime(Time);
}

/// <summary>Conversions to <see cref="WaterSample"/>.</summary>
public static class WaterSamples
{
    /// <summary>
    /// Automatic readings as samples: readings without a time, exact duplicates and stale readings are left out (each is
    /// already listed in the quality report by the importer), and a second reading of the same section and time is
    /// left out too (counted in <paramref name="skippedRepeats"/>).
    /// </summary>
    public static IReadOnlyList<WaterSample> FromAutomatic(AutomaticStationData data, out int skippedRepeats)
    {
        var seen = new HashSet<(string, string, DateTime)>();
        var list = new List<WaterSample>();
        skippedRepeats = 0;
        foreach (var r in data.Readings)
        {
            if (r.Time is not { } t || r.IsExactDuplicate || r.IsStale || r.Section.Length == 0 || r.Values.Count == 0) continue;
            if (!seen.Add((r.Province, r.Section, t))) { skippedRepeats++; continue; }
            list.Add(new WaterSample(r.Section, r.Province, r.City, r.River, t, r.Values, SampleSource.Automatic, data.File, r.Line));
        }
        return list;
    }
}
