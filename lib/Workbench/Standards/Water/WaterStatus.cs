namespace Workbench.Standards.Water;

/// <summary>Qualitative water-quality status of the 2011 method (水质状况).</summary>
public enum WaterStatus
{
    /// <summary>优 (classes Ⅰ–Ⅱ; rivers: P(Ⅰ–Ⅲ) ≥ 90 %).</summary>
    Excellent,
    /// <summary>良好 (class Ⅲ; rivers: 75 % ≤ P(Ⅰ–Ⅲ) &lt; 90 %).</summary>
    Good,
    /// <summary>轻度污染 (class Ⅳ).</summary>
    LightlyPolluted,
    /// <summary>中度污染 (class Ⅴ).</summary>
    ModeratelyPolluted,
    /// <summary>重度污染 (劣Ⅴ).</summary>
    HeavilyPolluted,
}

/// <summary>Section status by class (环办〔2011〕22号, REFERENCE B2.4) and Chinese names.</summary>
public static class WaterStatuses
{
    /// <summary>Status of a section from its class: Ⅰ–Ⅱ 优, Ⅲ 良好, Ⅳ 轻度污染, Ⅴ 中度污染, 劣Ⅴ 重度污染.</summary>
    public static WaterStatus ForClass(WaterClass c) => c switch
    {
        WaterClass.I or WaterClass.II => WaterStatus.Excellent,
        WaterClass.III => WaterStatus.Good,
        WaterClass.IV => WaterStatus.LightlyPolluted,
        WaterClass.V => WaterStatus.ModeratelyPolluted,
        _ => WaterStatus.HeavilyPolluted,
    };

    /// <summary>优, 良好, 轻度污染, 中度污染, 重度污染.</summary>
    public static string ToChinese(this WaterStatus s) => s switch
    {
        WaterStatus.Excellent => "优",
        WaterStatus.Good => "良好",
        WaterStatus.LightlyPolluted => "轻度污染",
        WaterStatus.ModeratelyPolluted => "中度污染",
        _ => "重度污染",
    };

    /// <summary>Display colour name (⚠ colours are not confirmed in the official text).</summary>
    public static string ColourHex(this WaterStatus s) => s switch
    {
        WaterStatus.Excellent => "#0000FF",
        WaterStatus.Good => "#00B050",
        WaterStatus.LightlyPolluted => "#FFFF00",
        WaterStatus.ModeratelyPolluted => "#FFA500",
        _ => "#FF0000",
    };
}
