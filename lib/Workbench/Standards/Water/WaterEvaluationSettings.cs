namespace Workbench.Standards.Water;

/// <summary>
/// The condition for 重度污染 in the class-share table of the 2011 method (REFERENCE B2.5 ❓).
/// </summary>
public enum HeavyPollutionRule
{
    /// <summary>P(Ⅰ–Ⅲ) &lt; 75 % and P(劣Ⅴ) ≥ 40 %: the complete table (every share pair gets a status). Default.</summary>
    ShareItoIIIBelow75,
    /// <summary>P(Ⅰ–Ⅲ) &lt; 60 % and P(劣Ⅴ) ≥ 40 %: the recalled official wording; leaves P(Ⅰ–Ⅲ) = 60 %–75 % with
    /// P(劣Ⅴ) ≥ 40 % unclassified.</summary>
    ShareItoIIIBelow60,
}

/// <summary>
/// Settings of the 2011 surface-water evaluation method (环办〔2011〕22号). Every ⚠/❓ point of REFERENCE B2 is here.
/// </summary>
public sealed record WaterEvaluationSettings
{
    /// <summary>The 2011 method with the documented defaults.</summary>
    public static WaterEvaluationSettings Method2011 { get; } = new();

    /// <summary>
    /// The class the national automatic stations publish: the five automatic items only (REFERENCE F2).
    /// </summary>
    public static WaterEvaluationSettings AutomaticStation { get; } = new() { Items = WaterItems.AutomaticStationFive };

    /// <summary>Items that decide the class (default: the 21 items of the 2011 method).</summary>
    public IReadOnlyList<WaterItem> Items { get; init; } = WaterItems.Evaluated2011;

    /// <summary>Non-detect handling (REFERENCE B2.9 ⚠).</summary>
    public NonDetectPolicy NonDetect { get; init; } = NonDetectPolicy.Default;

    /// <summary>A river or basin with at least this many sections uses the class-share method (B2.5: "≥ 5" ⚠).</summary>
    public int MinSectionsForShareMethod { get; init; } = 5;

    /// <summary>The 重度污染 condition (B2.5 ❓).</summary>
    public HeavyPollutionRule HeavyPollution { get; init; } = HeavyPollutionRule.ShareItoIIIBelow75;

    /// <summary>How many main pollutants are named (B2.7: 3).</summary>
    public int MainPollutantCount { get; init; } = 3;

    /// <summary>Decimals of exceedance multiples (B2.7: 2), GB/T 8170.</summary>
    public int ExceedanceDecimals { get; init; } = 2;

    /// <summary>
    /// Whether pH and DO can be named as main pollutants (without a multiple) when they are worse than class Ⅲ.
    /// B2.7 says no multiple is computed for them; whether they are named is not stated ⚠. Default true.
    /// </summary>
    public bool MainPollutantsIncludePhAndDo { get; init; } = true;

    /// <summary>
    /// Whether TN enters the class of lake and reservoir points. The 2011 method assesses it separately ⚠ (default false).
    /// </summary>
    public bool LakeTotalNitrogenInClass { get; init; }

    /// <summary>The items that decide the class of a section of this water body.</summary>
    public IReadOnlyList<WaterItem> ItemsFor(WaterBodyType body) =>
        LakeTotalNitrogenInClass && body == WaterBodyType.LakeReservoir && !Items.Contains(WaterItem.TotalNitrogen)
            ? [.. Items, WaterItem.TotalNitrogen]
            : Items;
}
