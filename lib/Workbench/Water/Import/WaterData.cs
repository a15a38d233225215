using Workbench.Quality;
using Workbench.Water.Registry;

namespace Workbench.Water.Import;

/// <summary>Water monitoring data read from a folder: samples, the section list and what reading them found.</summary>
public sealed record WaterData(IReadOnlyList<WaterSample> Samples, SectionRegistry Registry, DataQualityReport Quality)
{
    /// <summary>Reads <c>sections.csv</c> and every other CSV/XLSX of <paramref name="folder"/> (in name order) as samples.</summary>
    public static WaterData Load(string folder)
    {
        var quality = new DataQualityReport();
        var registry = SectionRegistry.Load(Path.Combine(folder, "sections.csv"), quality);
        var samples = WaterInputs.Load(SampleFiles(folder), quality);
        return new WaterData(samples, registry, quality);
    }

    /// <summary>The sample files of a water folder: its CSV and XLSX files except sections.csv, in name order.</summary>
    public static IReadOnlyList<string> SampleFiles(string folder) =>
        Directory.GetFiles(folder).Where(f => !f.EndsWith("sections.csv", StringComparison.Ordinal)
                && (f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal).ToArray();
}
