using Workbench.Standards.Rounding;

namespace Workbench.Standards.Water;

/// <summary>
/// Main pollutants (主要污染指标) of the 2011 method (REFERENCE B2.7): cyanide and heavy metals exceeding class Ⅲ
/// first; then, for a section, the worst classes ranked by exceedance multiple; for a river of ≥ 5 sections, the
/// section exceedance rate; for a river of &lt; 5 sections, the multiple of the averaged values.
/// </summary>
public static class MainPollutants
{
    /// <summary>Main pollutants of one section (call only when its class is worse than Ⅲ).</summary>
    public static IReadOnlyList<MainPollutant> ForSection(IReadOnlyList<ItemAssessment> items, WaterEvaluationSettings settings)
    {
        var candidates = items
            .Where(i => i.Evaluated && i.Class is > WaterClass.III)
            .Where(i => settings.MainPollutantsIncludePhAndDo || i.Item is not (WaterItem.PH or WaterItem.DissolvedOxygen))
            .OrderByDescending(i => i.Item.Info().IsHeavyMetalOrCyanide)
            .ThenByDescending(i => i.Class)
            .ThenByDescending(i => i.ExceedanceMultiple ?? -1m)
            .ThenBy(i => i.Item);
        return candidates.Take(settings.MainPollutantCount)
            .Select(i => new MainPollutant(i.Item, i.Class, i.ExceedanceMultiple)).ToArray();
    }

    /// <summary>
    /// Main pollutants of a river or area of ≥ 5 sections: items ranked by the share of sections whose class is
    /// worse than Ⅲ (ties by the larger mean multiple), heavy metals and cyanide first.
    /// </summary>
    public static IReadOnlyList<MainPollutant> ForAreaByExceedanceRate(IReadOnlyList<SectionEvaluation> sections, WaterEvaluationSettings settings)
    {
        if (sections.Count == 0) return [];
        var rows = new List<(WaterItem Item, decimal Rate, decimal? Multiple)>();
        foreach (var item in settings.Items)
        {
            if (!settings.MainPollutantsIncludePhAndDo && item is WaterItem.PH or WaterItem.DissolvedOxygen) continue;
            var withItem = sections.Select(s => s[item]).Where(a => a is { Evaluated: true }).ToArray();
            if (withItem.Length == 0) continue;
            var exceeding = withItem.Count(a => a!.Class > WaterClass.III);
            if (exceeding == 0) continue;
            var multiples = withItem.Where(a => a!.ExceedanceMultiple is not null).Select(a => a!.ExceedanceMultiple!.Value).ToArray();
            decimal? meanMultiple = multiples.Length > 0 ? GbT8170.Round(multiples.Average(), settings.ExceedanceDecimals) : null;
            rows.Add((item, 100m * exceeding / sections.Count, meanMultiple));
        }
        return rows
            .OrderByDescending(r => r.Item.Info().IsHeavyMetalOrCyanide)
            .ThenByDescending(r => r.Rate)
            .ThenByDescending(r => r.Multiple ?? -1m)
            .ThenBy(r => r.Item)
            .Take(settings.MainPollutantCount)
            .Select(r => new MainPollutant(r.Item, null, r.Multiple, GbT8170.Round(r.Rate, 1)))
            .ToArray();
    }
}
