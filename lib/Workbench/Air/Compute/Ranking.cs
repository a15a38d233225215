using Workbench.Air.Results;
using Workbench.Standards;

namespace Workbench.Air.Compute;

/// <summary>One place in a ranking.</summary>
/// <param name="Rank">1-based; equal values share a rank (1, 2, 2, 4).</param>
/// <param name="Name">City, district or station.</param>
/// <param name="Value">The value ranked, at reported precision.</param>
public sealed record RankedEntry(int Rank, string Name, decimal Value);

/// <summary>Change-rate rankings (2017 变化程度排名方案; REFERENCE A4).</summary>
/// <param name="Improvement">Every city by change rate ascending (rank 1 = largest improvement).</param>
/// <param name="Deterioration">Cities by change rate descending (rank 1 = worst), leaving out cities where every pollutant meets Class 2.</param>
/// <param name="ExcludedFromDeterioration">Cities left out of <see cref="Deterioration"/> because every pollutant attains.</param>
/// <param name="Unranked">Cities without a change rate (missing value or zero baseline).</param>
public sealed record ChangeRanking(IReadOnlyList<RankedEntry> Improvement, IReadOnlyList<RankedEntry> Deterioration,
    IReadOnlyList<string> ExcludedFromDeterioration, IReadOnlyList<string> Unranked);

/// <summary>
/// Rankings of cities (or districts: any named assessments) by composite index (ascending: smaller is better) and by
/// change rate; ties at reported precision share a rank.
/// </summary>
public static class Ranking
{
    /// <summary>Competition ranking (1, 2, 2, 4) of values; names break ties in the listing order only.</summary>
    public static IReadOnlyList<RankedEntry> Rank(IEnumerable<(string Name, decimal Value)> items, bool ascending = true)
    {
        var sorted = (ascending ? items.OrderBy(i => i.Value) : items.OrderByDescending(i => i.Value))
            .ThenBy(i => i.Name, StringComparer.Ordinal).ToArray();
        var result = new RankedEntry[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            var rank = i > 0 && sorted[i].Value == sorted[i - 1].Value ? result[i - 1].Rank : i + 1;
            result[i] = new RankedEntry(rank, sorted[i].Name, sorted[i].Value);
        }
        return result;
    }

    /// <summary>Composite-index ranking, ascending (cities without an index are left out; see <paramref name="unranked"/>).</summary>
    public static IReadOnlyList<RankedEntry> ByCompositeIndex(IEnumerable<AirAssessmentResult> results, out IReadOnlyList<string> unranked)
    {
        var list = results.ToArray();
        unranked = list.Where(r => r.Composite is null).Select(r => r.City).ToArray();
        return Rank(list.Where(r => r.Composite is not null).Select(r => (r.City, r.Composite!.Total)));
    }

    /// <summary>Ranking by one indicator of the assessments (e.g. "PM2.5" ascending, "good_ratio" descending).</summary>
    public static IReadOnlyList<RankedEntry> ByIndicator(IEnumerable<AirAssessmentResult> results, string indicator, bool ascending = true) =>
        Rank(results.Select(r => (r.City, Value: r.Indicators.GetValueOrDefault(indicator)))
            .Where(x => x.Value is not null).Select(x => (x.City, x.Value!.Value)), ascending);

    /// <summary>
    /// Change-rate rankings of the composite index (or of <paramref name="indicator"/>): ΔI = (I_cur − I_base) / I_base
    /// × 100 %, 1 decimal. Cities where every pollutant meets Class 2 in the current period are left out of the
    /// deterioration ranking (A4).
    /// </summary>
    public static ChangeRanking ByChangeRate(IEnumerable<(AirAssessmentResult Current, AirAssessmentResult Baseline)> pairs,
        string indicator = "composite_index")
    {
        var rates = new List<(string City, decimal Rate, bool AllAttain)>();
        var unranked = new List<string>();
        foreach (var (current, baseline) in pairs)
        {
            if (current.Standard != baseline.Standard)
                throw new ArgumentException($"{current.City} 的两期标准版本不同，不能排名");
            var c = current.Indicators.GetValueOrDefault(indicator);
            var b = baseline.Indicators.GetValueOrDefault(indicator);
            if (c is null || b is null || b == 0) { unranked.Add(current.City); continue; }
            rates.Add((current.City, ChangeRate.Percent(c.Value, b.Value, 1), current.Statistics.AllAttain == true));
        }
        return new ChangeRanking(
            Rank(rates.Select(r => (r.City, r.Rate))),
            Rank(rates.Where(r => !r.AllAttain).Select(r => (r.City, r.Rate)), ascending: false),
            rates.Where(r => r.AllAttain).Select(r => r.City).ToArray(),
            unranked);
    }
}
