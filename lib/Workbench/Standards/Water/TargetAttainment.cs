namespace Workbench.Standards.Water;

/// <summary>An item worse than the target class, with its multiple over the target-class limit.</summary>
/// <param name="Item">The item.</param>
/// <param name="Class">Its class.</param>
/// <param name="MultipleOverTarget">(C − S_target)/S_target for "≤" items; null for pH and DO.</param>
public sealed record TargetExceedance(WaterItem Item, WaterClass Class, decimal? MultipleOverTarget)
{
    /// <summary>"总磷(0.05)" or "溶解氧".</summary>
    public string Label => MultipleOverTarget is { } m ? $"{Item.ChineseName()}({m.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)})" : Item.ChineseName();
}

/// <summary>Attainment of a section against its target class.</summary>
/// <param name="Target">The target class (考核目标).</param>
/// <param name="Class">The evaluated class.</param>
/// <param name="Attains">True when the class is equal to or better than the target.</param>
/// <param name="Exceedances">Items worse than the target, multiples relative to the target-class limit.</param>
public sealed record AttainmentResult(WaterClass Target, WaterClass Class, bool Attains, IReadOnlyList<TargetExceedance> Exceedances);

/// <summary>
/// Attainment of a section with a target class (2011 method, REFERENCE B2.8): attains when its class is equal to or
/// better than the target; exceeding items and multiples are relative to the target-class limit (DO against the
/// target-class minimum, pH against 6–9, through the item classes).
/// </summary>
public static class TargetAttainment
{
    /// <summary>Attainment of an evaluated section; null when the section has no class.</summary>
    public static AttainmentResult? Evaluate(SectionEvaluation evaluation, WaterClass target)
    {
        if (evaluation.Class is not { } cls) return null;
        var exceed = new List<TargetExceedance>();
        if (target < WaterClass.WorseThanV)
            foreach (var i in evaluation.Items.Where(i => i.Evaluated && i.Class > target))
            {
                var value = evaluation.Settings.NonDetect.ValueForMeans(i.Value);
                exceed.Add(new TargetExceedance(i.Item, i.Class!.Value,
                    i.Value.BelowDetectionLimit ? null
                        : WaterEvaluation2011.ExceedanceMultiple(i.Item, value, evaluation.Body, target, evaluation.Settings.ExceedanceDecimals)));
            }
        return new AttainmentResult(target, cls, cls.MeetsOrBetter(target),
            exceed.OrderByDescending(e => e.Class).ThenByDescending(e => e.MultipleOverTarget ?? -1m).ToArray());
    }
}
