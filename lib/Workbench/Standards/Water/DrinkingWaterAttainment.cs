using Workbench.Standards.Rounding;

namespace Workbench.Standards.Water;

/// <summary>One drinking-water source's outcome in a period.</summary>
/// <param name="Name">Source (section) name.</param>
/// <param name="Attains">True when every evaluated item meets its requirement (class Ⅲ or better for Table 1).</param>
/// <param name="Volume">Water withdrawn in the period (any consistent unit), when given.</param>
public sealed record DrinkingSourceOutcome(string Name, bool Attains, decimal? Volume);

/// <summary>Attainment rates of centralized drinking-water sources (REFERENCE B4).</summary>
/// <param name="SourceCount">Sources monitored.</param>
/// <param name="AttainedCount">Sources that attain.</param>
/// <param name="CountRatePercent">By count, percent, GB/T 8170 to the requested decimals.</param>
/// <param name="TotalVolume">Total withdrawal, when every source has a volume.</param>
/// <param name="AttainedVolume">Withdrawal from attaining sources, when every source has a volume.</param>
/// <param name="VolumeRatePercent">By volume (水量达标率), percent; null unless every source has a volume.</param>
/// <param name="SourcesWithoutVolume">Sources lacking a volume (the reason a volume rate is absent).</param>
public sealed record DrinkingWaterAttainmentResult(int SourceCount, int AttainedCount, decimal? CountRatePercent,
    decimal? TotalVolume, decimal? AttainedVolume, decimal? VolumeRatePercent, IReadOnlyList<string> SourcesWithoutVolume);

/// <summary>
/// Drinking-water source attainment (集中式饮用水水源地达标率, REFERENCE B4): a source attains when its Table 1 class is
/// Ⅲ or better (the supplementary and specific items, when monitored, are judged by the caller and passed in
/// <see cref="DrinkingSourceOutcome.Attains"/>); rates by count and by volume.
/// </summary>
public static class DrinkingWaterAttainment
{
    /// <summary>The class a surface-water source must meet (GB 3838 Table 1 class Ⅲ).</summary>
    public const WaterClass RequiredClass = WaterClass.III;

    /// <summary>True when the evaluated source class is Ⅲ or better; null when it has no class.</summary>
    public static bool? SourceAttains(SectionEvaluation evaluation) =>
        evaluation.Class is { } c ? c.MeetsOrBetter(RequiredClass) : null;

    /// <summary>Rates by count and (when every source has one) by volume.</summary>
    public static DrinkingWaterAttainmentResult Compute(IReadOnlyCollection<DrinkingSourceOutcome> sources, int decimals = 1)
    {
        var n = sources.Count;
        var ok = sources.Count(s => s.Attains);
        decimal? countRate = n == 0 ? null : GbT8170.Round(100m * ok / n, decimals);
        var without = sources.Where(s => s.Volume is null).Select(s => s.Name).ToArray();
        decimal? total = null, attained = null, volumeRate = null;
        if (n > 0 && without.Length == 0)
        {
            total = sources.Sum(s => s.Volume!.Value);
            attained = sources.Where(s => s.Attains).Sum(s => s.Volume!.Value);
            volumeRate = total > 0 ? GbT8170.Round(100m * attained.Value / total.Value, decimals) : null;
        }
        return new DrinkingWaterAttainmentResult(n, ok, countRate, total, attained, volumeRate, without);
    }
}
