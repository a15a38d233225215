namespace Workbench.Standards.Water;

/// <summary>How an area (river, river system, basin, city) was evaluated.</summary>
public enum AreaMethod
{
    /// <summary>&lt; 5 sections: each indicator averaged over the sections, then classed (B2.5).</summary>
    MeanOfSections,
    /// <summary>≥ 5 sections: the class-share table (B2.5).</summary>
    ClassShares,
}

/// <summary>Evaluation of a river, basin or city from its sections' evaluations.</summary>
/// <param name="SectionCount">Sections with a class.</param>
/// <param name="Method">Averaging or class shares.</param>
/// <param name="Class">The class of the averaged indicators (<see cref="AreaMethod.MeanOfSections"/> only).</param>
/// <param name="Status">优…重度污染; null when unclassified (possible under <see cref="HeavyPollutionRule.ShareItoIIIBelow60"/>).</param>
/// <param name="ShareItoIIIPercent">Share of sections in classes Ⅰ–Ⅲ, percent, unrounded.</param>
/// <param name="ShareWorseThanVPercent">Share of sections in 劣Ⅴ, percent, unrounded.</param>
/// <param name="ClassCounts">Sections per class.</param>
/// <param name="MainPollutants">Up to 3 main pollutants when the status is 轻度污染 or worse.</param>
public sealed record AreaEvaluation(
    int SectionCount,
    AreaMethod Method,
    WaterClass? Class,
    WaterStatus? Status,
    decimal ShareItoIIIPercent,
    decimal ShareWorseThanVPercent,
    IReadOnlyDictionary<WaterClass, int> ClassCounts,
    IReadOnlyList<MainPollutant> MainPollutants);

/// <summary>
/// River, river-system and basin evaluation of the 2011 method (REFERENCE B2.5, B2.7): &lt; 5 sections by averaged
/// indicators, ≥ 5 by class shares; the points of one lake or reservoir are always averaged (B2.6).
/// </summary>
public static class AreaEvaluation2011
{
    /// <summary>
    /// Status from class shares (B2.5 table): P(Ⅰ–Ⅲ) ≥ 90 % 优; ≥ 75 % 良好; below: P(劣Ⅴ) &lt; 20 % 轻度污染,
    /// &lt; 40 % 中度污染, ≥ 40 % 重度污染 (❓ with P(Ⅰ–Ⅲ) &lt; 60 % under <see cref="HeavyPollutionRule.ShareItoIIIBelow60"/>,
    /// which leaves that gap unclassified: null).
    /// </summary>
    public static WaterStatus? StatusFromShares(decimal shareItoIIIPercent, decimal shareWorseThanVPercent, HeavyPollutionRule rule = HeavyPollutionRule.ShareItoIIIBelow75)
    {
        if (shareItoIIIPercent >= 90m) return WaterStatus.Excellent;
        if (shareItoIIIPercent >= 75m) return WaterStatus.Good;
        if (shareWorseThanVPercent < 20m) return WaterStatus.LightlyPolluted;
        if (shareWorseThanVPercent < 40m) return WaterStatus.ModeratelyPolluted;
        if (rule == HeavyPollutionRule.ShareItoIIIBelow60 && shareItoIIIPercent >= 60m) return null;
        return WaterStatus.HeavilyPolluted;
    }

    /// <summary>Status from a list of section classes by the share table (whatever the count).</summary>
    public static WaterStatus? StatusFromClasses(IReadOnlyCollection<WaterClass> classes, HeavyPollutionRule rule = HeavyPollutionRule.ShareItoIIIBelow75)
    {
        if (classes.Count == 0) return null;
        var (p13, p6) = Shares(classes);
        return StatusFromShares(p13, p6, rule);
    }

    /// <summary>Shares (percent, unrounded) of classes Ⅰ–Ⅲ and 劣Ⅴ.</summary>
    public static (decimal ItoIII, decimal WorseThanV) Shares(IReadOnlyCollection<WaterClass> classes) =>
        classes.Count == 0 ? (0m, 0m) :
        (100m * classes.Count(c => c <= WaterClass.III) / classes.Count,
         100m * classes.Count(c => c == WaterClass.WorseThanV) / classes.Count);

    /// <summary>
    /// Evaluates an area from its sections. <paramref name="sections"/> holds each section's period means and its
    /// evaluation; sections without a class are left out (the caller reports them).
    /// </summary>
    public static AreaEvaluation Evaluate(
        IReadOnlyList<(IReadOnlyDictionary<WaterItem, MeasuredValue> Means, SectionEvaluation Evaluation)> sections,
        WaterEvaluationSettings? settings = null)
    {
        settings ??= WaterEvaluationSettings.Method2011;
        var classed = sections.Where(s => s.Evaluation.Class is not null).ToArray();
        var classes = classed.Select(s => s.Evaluation.Class!.Value).ToArray();
        var counts = WaterClasses.All.ToDictionary(c => c, c => classes.Count(x => x == c));
        var (p13, p6) = Shares(classes);
        if (classed.Length == 0)
            return new AreaEvaluation(0, AreaMethod.MeanOfSections, null, null, 0m, 0m, counts, []);
        // A lake or reservoir with several points is averaged spatially whatever their number (B2.6 ⚠).
        var allLake = classed.All(s => s.Evaluation.Body == WaterBodyType.LakeReservoir);
        if (classed.Length >= settings.MinSectionsForShareMethod && !allLake)
        {
            var status = StatusFromShares(p13, p6, settings.HeavyPollution);
            var main = status is >= WaterStatus.LightlyPolluted
                ? MainPollutants.ForAreaByExceedanceRate(classed.Select(s => s.Evaluation).ToArray(), settings)
                : [];
            return new AreaEvaluation(classed.Length, AreaMethod.ClassShares, null, status, p13, p6, counts, main);
        }
        // Fewer sections: average each indicator over the sections, then class the averages (lake TP limits
        // only when every section is a lake or reservoir point).
        var body = allLake ? WaterBodyType.LakeReservoir : WaterBodyType.River;
        var means = WaterEvaluation2011.Means(classed.Select(s => s.Means), settings.NonDetect);
        var ev = WaterEvaluation2011.Evaluate(means, body, settings);
        return new AreaEvaluation(classed.Length, AreaMethod.MeanOfSections, ev.Class, ev.Status, p13, p6, counts, ev.MainPollutants);
    }
}
