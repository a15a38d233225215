namespace Workbench.Standards.Water;

/// <summary>GB 3838-2002 water-quality class (Ⅰ–Ⅴ, and 劣Ⅴ for worse than class Ⅴ). Larger is worse.</summary>
public enum WaterClass
{
    /// <summary>Ⅰ类.</summary>
    I = 1,
    /// <summary>Ⅱ类.</summary>
    II = 2,
    /// <summary>Ⅲ类.</summary>
    III = 3,
    /// <summary>Ⅳ类.</summary>
    IV = 4,
    /// <summary>Ⅴ类.</summary>
    V = 5,
    /// <summary>劣Ⅴ类 (worse than class Ⅴ).</summary>
    WorseThanV = 6,
}

/// <summary>Names, parsing and comparison of <see cref="WaterClass"/>.</summary>
public static class WaterClasses
{
    /// <summary>All classes from best to worst.</summary>
    public static IReadOnlyList<WaterClass> All { get; } =
        [WaterClass.I, WaterClass.II, WaterClass.III, WaterClass.IV, WaterClass.V, WaterClass.WorseThanV];

    /// <summary>The Roman-numeral form CNEMC publishes (U+2160…): Ⅰ, Ⅱ, Ⅲ, Ⅳ, Ⅴ, 劣Ⅴ.</summary>
    public static string ToRoman(this WaterClass c) => c switch
    {
        WaterClass.I => "Ⅰ",
        WaterClass.II => "Ⅱ",
        WaterClass.III => "Ⅲ",
        WaterClass.IV => "Ⅳ",
        WaterClass.V => "Ⅴ",
        WaterClass.WorseThanV => "劣Ⅴ",
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "未知水质类别"),
    };

    /// <summary>"Ⅲ类", "劣Ⅴ类".</summary>
    public static string ToLabel(this WaterClass c) => c.ToRoman() + "类";

    /// <summary>True when <paramref name="c"/> is equal to or better than <paramref name="target"/>.</summary>
    public static bool MeetsOrBetter(this WaterClass c, WaterClass target) => c <= target;

    /// <summary>
    /// Parses Ⅰ–Ⅴ/劣Ⅴ in the forms found in real files: Roman numerals (U+2160…), ASCII I/II/III/IV/V,
    /// digits 1–5, with or without 类, and 劣Ⅴ/劣V/劣5. Placeholders (*, -, --, empty) give false.
    /// </summary>
    public static bool TryParse(string? text, out WaterClass c)
    {
        c = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim().Replace("类", "").Replace("　", "").Trim();
        var worse = false;
        if (t.StartsWith('劣')) { worse = true; t = t[1..].Trim(); }
        int? n = t.ToUpperInvariant() switch
        {
            "Ⅰ" or "I" or "1" or "一" => 1,
            "Ⅱ" or "II" or "2" or "二" => 2,
            "Ⅲ" or "III" or "3" or "三" => 3,
            "Ⅳ" or "IV" or "4" or "四" => 4,
            "Ⅴ" or "V" or "5" or "五" => 5,
            _ => null,
        };
        if (n is null) return false;
        if (worse)
        {
            if (n != 5) return false;
            c = WaterClass.WorseThanV;
            return true;
        }
        c = (WaterClass)n.Value;
        return true;
    }

    /// <summary>Parses a class, throwing a Chinese <see cref="FormatException"/> when the text is not one.</summary>
    public static WaterClass Parse(string text) =>
        TryParse(text, out var c) ? c : throw new FormatException($"无法识别的水质类别：“{text}”（应为 Ⅰ、Ⅱ、Ⅲ、Ⅳ、Ⅴ 或 劣Ⅴ）");

    /// <summary>The worst of two classes.</summary>
    public static WaterClass Worst(WaterClass a, WaterClass b) => a >= b ? a : b;
}
