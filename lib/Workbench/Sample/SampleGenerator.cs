using System.Diagnostics;

namespace Workbench.Sample;

/// <summary>What <see cref="SampleGenerator.Generate"/> wrote.</summary>
/// <param name="OutputFolder">Full path of the folder.</param>
/// <param name="HourlyFiles">china_sites files written (missing-file days are not written).</param>
/// <param name="MetadataFiles">Small files written at the top of the folder.</param>
/// <param name="Facts">The planted facts of the range.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record SampleResult(
    string OutputFolder, int HourlyFiles, IReadOnlyList<string> MetadataFiles, IReadOnlyList<PlantedFact> Facts, TimeSpan Elapsed);

/// <summary>
/// Writes the deterministic sample data set: a fictional province (示例省, five cities, 29 stations) in the
/// CNEMC layouts, with realistic seasons, trend, weather spells, gaps and defects, and planted facts whose
/// true values are known by construction (see data/README.md). Same options, same bytes.
/// </summary>
/// <remarks>
/// Layout of the output folder: <c>china_sites/china_sites_YYYYMMDD.csv</c>, <c>stations.csv</c> (Workbench registry
/// with validity dates and districts), <c>stations_cnemc.csv</c> (CNEMC list as of the last day),
/// <c>dust_days.csv</c> (城市,日期), <c>targets.csv</c> (城市,指标,时段,目标值) and <c>planted_facts.csv</c>
/// (事实,城市,时段,指标,数值,说明). The folder is written beside the target and renamed into place.
/// The generator uses no averaging, percentile or validity code of the library (so a mistake there cannot
/// hide in the facts); only the real-time AQI row comes from <c>RealtimeAqi</c>.
/// </remarks>
public static class SampleGenerator
{
    /// <summary>Generates the data set described by <paramref name="options"/>.</summary>
    public static SampleResult Generate(SampleOptions options)
    {
        options.Validate();
        var watch = Stopwatch.StartNew();
        var plan = new SamplePlan(options);
        var facts = PlantedFacts.Compute(plan);

        var target = Path.GetFullPath(options.OutputFolder);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(temp);
            var hourly = options.WriteHourly ? new ChinaSitesWriter(plan).Write(Path.Combine(temp, "china_sites")) : 0;
            SampleMetadata.Write(temp, options, facts);
            // The river sections of the same fictional cities (water/sections.csv, water/monthly_samples.csv).
            var water = Water.Sample.WaterSampleGenerator.Write(temp);
            Replace(temp, target);
            return new SampleResult(target, hourly, [.. SampleMetadata.Files, .. water.Select(f => Path.GetRelativePath(temp, f))], facts, watch.Elapsed);
        }
        catch
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
            throw;
        }
    }

    /// <summary>The planted facts of a range, without writing anything.</summary>
    public static IReadOnlyList<PlantedFact> Facts(SampleOptions options)
    {
        options.Validate();
        return PlantedFacts.Compute(new SamplePlan(options));
    }

    private static void Replace(string temp, string target)
    {
        if (!Directory.Exists(target)) { Directory.Move(temp, target); return; }
        var old = target + $".old-{Guid.NewGuid():N}";
        Directory.Move(target, old);
        Directory.Move(temp, target);
        Directory.Delete(old, recursive: true);
    }
}
