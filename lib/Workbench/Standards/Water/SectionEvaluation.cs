using System.Globalization;
using Workbench.Standards.Rounding;

namespace Workbench.Standards.Water;

/// <summary>One item of an evaluated sample or period mean.</summary>
/// <param name="Item">The item.</param>
/// <param name="Value">The value (a sample or a period mean).</param>
/// <param name="Class">Its single-factor class; null when GB 3838 gives no class limits for it.</param>
/// <param name="ExceedanceMultiple">(C − S_Ⅲ)/S_Ⅲ to the configured decimals when C exceeds the class Ⅲ limit;
/// null otherwise and always for water temperature, pH and DO (B2.7).</param>
/// <param name="Evaluated">True when the item decides the class (one of the method's items).</param>
public sealed record ItemAssessment(WaterItem Item, MeasuredValue Value, WaterClass? Class, decimal? ExceedanceMultiple, bool Evaluated);

/// <summary>A main pollutant (主要污染指标).</summary>
/// <param name="Item">The item.</param>
/// <param name="Class">Its class (section) or null (river by shares).</param>
/// <param name="ExceedanceMultiple">Its exceedance multiple over class Ⅲ, when defined.</param>
/// <param name="ExceedanceRatePercent">For a river of ≥ 5 sections: share of sections exceeding class Ⅲ, in percent.</param>
public sealed record MainPollutant(WaterItem Item, WaterClass? Class, decimal? ExceedanceMultiple, decimal? ExceedanceRatePercent = null)
{
    /// <summary>"总磷(0.05)" (multiple to 2 decimals, as reported), or "溶解氧" when no multiple is defined.</summary>
    public string Label => ExceedanceMultiple is { } m
        ? $"{Item.ChineseName()}({m.ToString("0.00", CultureInfo.InvariantCulture)})"
        : Item.ChineseName();
}

/// <summary>Single-factor evaluation of one section (a sample or period means).</summary>
/// <param name="Standard">"GB 3838-2002；环办〔2011〕22号".</param>
/// <param name="Body">Water-body type used for the TP limits.</param>
/// <param name="Class">The worst class among evaluated items present; null when none is present.</param>
/// <param name="Status">优/良好/… from the class; null when no class.</param>
/// <param name="Items">Every item present, evaluated or reported only (water temperature, TN, fecal coliform).</param>
/// <param name="EvaluatedItemCount">How many of the method's items were present.</param>
/// <param name="MissingItems">The method's items that were absent.</param>
/// <param name="MainPollutants">Up to 3 main pollutants when the class is worse than Ⅲ.</param>
/// <param name="Settings">The settings used.</param>
public sealed record SectionEvaluation(
    string Standard,
    WaterBodyType Body,
    WaterClass? Class,
    WaterStatus? Status,
    IReadOnlyList<ItemAssessment> Items,
    int EvaluatedItemCount,
    IReadOnlyList<WaterItem> MissingItems,
    IReadOnlyList<MainPollutant> MainPollutants,
    WaterEvaluationSettings Settings)
{
    /// <summary>Main pollutants joined with "、": "总磷(0.05)、氨氮(0.12)".</summary>
    public string MainPollutantLabel => string.Join("、", MainPollutants.Select(p => p.Label));

    /// <summary>The assessment of one item, or null when absent.</summary>
    public ItemAssessment? this[WaterItem item] => Items.FirstOrDefault(i => i.Item == item);
}

/// <summary>
/// The 2011 surface-water evaluation method (《地表水环境质量评价办法（试行）》, 环办〔2011〕22号) for one section:
/// single-factor class (worst class of the evaluated items), status and main pollutants (REFERENCE B2.3, B2.4, B2.7).
/// </summary>
public static class WaterEvaluation2011
{
    /// <summary>Label carried by results.</summary>
    public const string MethodName = "GB 3838-2002；环办〔2011〕22号";

    /// <summary>Evaluates one sample or one set of period means.</summary>
    public static SectionEvaluation Evaluate(IReadOnlyDictionary<WaterItem, MeasuredValue> values, WaterBodyType body,
        WaterEvaluationSettings? settings = null)
    {
        settings ??= WaterEvaluationSettings.Method2011;
        var evaluatedSet = settings.ItemsFor(body);
        var items = new List<ItemAssessment>();
        WaterClass? worst = null;
        var count = 0;
        foreach (var item in WaterItems.All)
        {
            if (!values.TryGetValue(item, out var v)) continue;
            var cls = Gb3838Classifier.ClassOf(item, v, body, settings.NonDetect);
            var evaluated = evaluatedSet.Contains(item) && cls is not null;
            var multiple = v.BelowDetectionLimit ? null
                : ExceedanceMultiple(item, settings.NonDetect.ValueForMeans(v), body, WaterClass.III, settings.ExceedanceDecimals);
            items.Add(new ItemAssessment(item, v, cls, multiple, evaluated));
            if (evaluated)
            {
                count++;
                worst = worst is null ? cls : WaterClasses.Worst(worst.Value, cls!.Value);
            }
        }
        var missing = evaluatedSet.Where(i => !values.ContainsKey(i)).ToArray();
        var main = worst is > WaterClass.III ? MainPollutants.ForSection(items, settings) : [];
        return new SectionEvaluation(MethodName, body, worst, worst is { } w ? WaterStatuses.ForClass(w) : null,
            items, count, missing, main, settings);
    }

    /// <summary>
    /// Exceedance multiple (C − S)/S over the limit of class <paramref name="over"/>, GB/T 8170 to
    /// <paramref name="decimals"/>; null unless the item has "≤" limits and C exceeds S (pH, DO, water temperature: null).
    /// </summary>
    public static decimal? ExceedanceMultiple(WaterItem item, decimal value, WaterBodyType body, WaterClass over, int decimals = 2)
    {
        if (Gb3838Limits.For(item, body) is not { Direction: LimitDirection.Maximum } limits) return null;
        var s = limits.LimitOf(over);
        return value > s ? GbT8170.Round((value - s) / s, decimals) : null;
    }

    /// <summary>
    /// Period means of each item (annual class from annual means, not the worst month: B2.2). A mean is a
    /// non-detect only when every value was (its limit is then the largest limit); otherwise non-detects
    /// contribute the policy's substitute.
    /// </summary>
    public static IReadOnlyDictionary<WaterItem, MeasuredValue> Means(
        IEnumerable<IReadOnlyDictionary<WaterItem, MeasuredValue>> samples, NonDetectPolicy? policy = null)
    {
        policy ??= NonDetectPolicy.Default;
        var sums = new Dictionary<WaterItem, (decimal Sum, int N, int NonDetects, decimal MaxLimit, bool AllKnown)>();
        foreach (var s in samples)
            foreach (var (item, v) in s)
            {
                sums.TryGetValue(item, out var a);
                a.Sum += policy.ValueForMeans(v);
                a.N++;
                if (v.BelowDetectionLimit)
                {
                    a.NonDetects++;
                    a.MaxLimit = Math.Max(a.MaxLimit, v.Value);
                    a.AllKnown = a.NonDetects == 1 ? v.DetectionLimitKnown : a.AllKnown && v.DetectionLimitKnown;
                }
                sums[item] = a;
            }
        var result = new Dictionary<WaterItem, MeasuredValue>();
        foreach (var (item, a) in sums)
            result[item] = a.NonDetects == a.N
                ? new MeasuredValue(a.MaxLimit, true, a.AllKnown)
                : MeasuredValue.Of(a.Sum / a.N);
        return result;
    }
}
