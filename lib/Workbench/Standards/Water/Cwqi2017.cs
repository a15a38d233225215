using Workbench.Standards;

namespace Workbench.Standards.Water;

/// <summary>CWQI of a section over the items present.</summary>
/// <param name="Value">Σ CWQI(i), full precision (round only for display, REFERENCE B3).</param>
/// <param name="ItemCount">How many items entered the sum (automatic stations measure only 5–9 items).</param>
/// <param name="ItemIndices">CWQI(i) per item.</param>
/// <param name="MissingItems">The 21 items that were absent (they drop out of the sum).</param>
/// <param name="Body">Water-body type (lake TP S_i = 0.05).</param>
public sealed record CwqiResult(decimal Value, int ItemCount, IReadOnlyDictionary<WaterItem, decimal> ItemIndices,
    IReadOnlyList<WaterItem> MissingItems, WaterBodyType Body)
{
    /// <summary>True when all 21 items entered the sum.</summary>
    public bool IsComplete => MissingItems.Count == 0;
}

/// <summary>A mean CWQI over sections (a city).</summary>
/// <param name="Value">Arithmetic mean of the section indices, full precision.</param>
/// <param name="SectionCount">Sections averaged.</param>
/// <param name="MinItemCount">Fewest items any section's index used.</param>
/// <param name="MaxItemCount">Most items any section's index used.</param>
public sealed record CwqiMean(decimal Value, int SectionCount, int MinItemCount, int MaxItemCount);

/// <summary>
/// City water quality index (《城市地表水环境质量排名技术规定（试行）》, 环办监测〔2017〕51号; REFERENCE B3):
/// CWQI(i) = C/S_Ⅲ; DO: S/C with S = 5; pH: (7 − pH)/(7 − 6) when pH ≤ 7, (pH − 7)/(9 − 7) above;
/// lakes use the lake TP limit 0.05. Section index = Σ over the items present; city = mean of sections.
/// </summary>
public static class Cwqi2017
{
    /// <summary>Label carried by results.</summary>
    public const string MethodName = "CWQI（环办监测〔2017〕51号）";

    /// <summary>CWQI(i) of one item value; null when the item is not one of the 21 or the value is unusable (DO ≤ 0).</summary>
    public static decimal? ItemIndex(WaterItem item, decimal value, WaterBodyType body)
    {
        if (!WaterItems.Evaluated2011.Contains(item)) return null;
        switch (item)
        {
            case WaterItem.PH:
                return value <= 7.0m ? (7.0m - value) / (7.0m - 6m) : (value - 7.0m) / (9m - 7.0m);
            case WaterItem.DissolvedOxygen:
                return value > 0m ? Gb3838Limits.ClassIIILimit(item, body)!.Value / value : null;
            default:
                return Gb3838Limits.ClassIIILimit(item, body) is { } s ? value / s : null;
        }
    }

    /// <summary>Section CWQI from period means (monthly values for a month; means of monthly values for a year).</summary>
    public static CwqiResult Section(IReadOnlyDictionary<WaterItem, MeasuredValue> means, WaterBodyType body, NonDetectPolicy? policy = null)
    {
        policy ??= NonDetectPolicy.Default;
        var indices = new Dictionary<WaterItem, decimal>();
        foreach (var item in WaterItems.Evaluated2011)
            if (means.TryGetValue(item, out var v) && ItemIndex(item, policy.ValueForMeans(v), body) is { } idx)
                indices[item] = idx;
        var missing = WaterItems.Evaluated2011.Where(i => !indices.ContainsKey(i)).ToArray();
        return new CwqiResult(indices.Values.Sum(), indices.Count, indices, missing, body);
    }

    /// <summary>City CWQI: the arithmetic mean of its sections' indices (⚠ no weighting confirmed); null when none.</summary>
    public static CwqiMean? Mean(IReadOnlyCollection<CwqiResult> sections) =>
        sections.Count == 0 ? null
            : new CwqiMean(sections.Sum(s => s.Value) / sections.Count, sections.Count,
                sections.Min(s => s.ItemCount), sections.Max(s => s.ItemCount));

    /// <summary>
    /// ΔCWQI = (current − same period last year) / same period last year × 100 %, full precision; negative = improved.
    /// Null when the base is not positive.
    /// </summary>
    public static decimal? ChangePercent(decimal current, decimal lastYear) =>
        // The shared change-rate rule, kept at full precision (28 decimals): CWQI rounds only for display.
        lastYear > 0m ? ChangeRate.Percent(current, lastYear, 28) : null;
}
