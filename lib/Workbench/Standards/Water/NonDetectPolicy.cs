namespace Workbench.Standards.Water;

/// <summary>What number a non-detect contributes to means and to CWQI.</summary>
public enum NonDetectSubstitution
{
    /// <summary>Half the detection limit (common practice, REFERENCE B2.9 ⚠).</summary>
    HalfDetectionLimit,
    /// <summary>The detection limit itself (conservative).</summary>
    DetectionLimit,
    /// <summary>Zero.</summary>
    Zero,
}

/// <summary>
/// How results below the detection limit are used. The 2011 method leaves this open (REFERENCE B2.9 ⚠,
/// E3), so it is a setting.
/// </summary>
/// <param name="ForMeans">Value a non-detect contributes to means and to CWQI.</param>
/// <param name="ClassIWhenLimitWithinClassI">A non-detect counts as class Ⅰ when its detection limit is at or
/// below the class Ⅰ limit (or unknown, as for a bare "ND"). Otherwise it is classed by its detection limit.</param>
public sealed record NonDetectPolicy(
    NonDetectSubstitution ForMeans = NonDetectSubstitution.HalfDetectionLimit,
    bool ClassIWhenLimitWithinClassI = true)
{
    /// <summary>Half the limit in means; class Ⅰ when the limit is within class Ⅰ.</summary>
    public static NonDetectPolicy Default { get; } = new();

    /// <summary>The number a value contributes to a mean or to CWQI.</summary>
    public decimal ValueForMeans(MeasuredValue v) => !v.BelowDetectionLimit ? v.Value : ForMeans switch
    {
        NonDetectSubstitution.HalfDetectionLimit => v.Value / 2m,
        NonDetectSubstitution.DetectionLimit => v.Value,
        _ => 0m,
    };

    /// <summary>Chinese description for method sheets.</summary>
    public string Describe() =>
        (ForMeans switch
        {
            NonDetectSubstitution.HalfDetectionLimit => "未检出按检出限一半参与均值和CWQI计算",
            NonDetectSubstitution.DetectionLimit => "未检出按检出限参与均值和CWQI计算",
            _ => "未检出按0参与均值和CWQI计算",
        }) + (ClassIWhenLimitWithinClassI ? "；检出限不高于Ⅰ类标准限值时按Ⅰ类评价" : "；按检出限评价类别");
}
