namespace Workbench.Standards.Water;

/// <summary>
/// Single-factor class of one value under GB 3838-2002 Table 1 (REFERENCE B1).
/// A value equal to a limit belongs to that (better) class; classes sharing a limit resolve to the best
/// (从优); DO takes the best class whose minimum it reaches; pH within 6–9 is class Ⅰ, outside 劣Ⅴ.
/// </summary>
public static class Gb3838Classifier
{
    /// <summary>Class of a number; null when the item has no class limits for this water body.</summary>
    public static WaterClass? ClassOf(WaterItem item, decimal value, WaterBodyType body)
    {
        var limits = Gb3838Limits.For(item, body);
        if (limits is null) return null;
        switch (limits.Direction)
        {
            case LimitDirection.Range:
                // pH: every class shares 6–9, so the best class (Ⅰ) applies inside, 劣Ⅴ outside.
                for (var k = 0; k < 5; k++)
                    if (value >= limits.RangeLow[k] && value <= limits.ClassLimits[k]) return (WaterClass)(k + 1);
                return WaterClass.WorseThanV;
            case LimitDirection.Minimum:
                for (var k = 0; k < 5; k++)
                    if (value >= limits.ClassLimits[k]) return (WaterClass)(k + 1);
                return WaterClass.WorseThanV;
            case LimitDirection.Maximum:
                // Scanning from class Ⅰ gives the best class among those sharing a limit.
                for (var k = 0; k < 5; k++)
                    if (value <= limits.ClassLimits[k]) return (WaterClass)(k + 1);
                return WaterClass.WorseThanV;
            default:
                return null;
        }
    }

    /// <summary>
    /// Class of a measured value, applying the non-detect policy: a non-detect whose detection limit is within
    /// class Ⅰ (or unknown) is class Ⅰ; otherwise it is classed by its detection limit.
    /// </summary>
    public static WaterClass? ClassOf(WaterItem item, MeasuredValue value, WaterBodyType body, NonDetectPolicy? policy = null)
    {
        policy ??= NonDetectPolicy.Default;
        if (!value.BelowDetectionLimit) return ClassOf(item, value.Value, body);
        var limits = Gb3838Limits.For(item, body);
        if (limits is null) return null;
        if (policy.ClassIWhenLimitWithinClassI &&
            (!value.DetectionLimitKnown || limits.Direction != LimitDirection.Maximum || value.Value <= limits.ClassLimits[0]))
            return WaterClass.I;
        return ClassOf(item, value.Value, body);
    }
}
