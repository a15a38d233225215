using Workbench.Standards;
using Workbench.Standards.Air;
using Workbench.Standards.Water;

namespace Workbench.Charts;

/// <summary>
/// The one house style of press figures: fonts, sizes, colours and Chinese labels. Figures are laid out at
/// <see cref="Width"/>×<see cref="Height"/> logical pixels and exported at scale 1.5 (1920×1080) or 2 (2560×1440),
/// so text and lines keep their proportions at every press size.
/// </summary>
public static class HouseStyle
{
    /// <summary>Logical width of every figure, px (16:9).</summary>
    public const int Width = 1280;

    /// <summary>Logical height of every figure, px.</summary>
    public const int Height = 720;

    /// <summary>Font stack: Noto Sans CJK SC (Debian fonts-noto-cjk) first, then the usual Windows/macOS CJK fonts.</summary>
    public const string FontFamily = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif";

    /// <summary>Body text size, px.</summary>
    public const int FontSize = 16;

    /// <summary>Title size, px.</summary>
    public const int TitleSize = 26;

    /// <summary>Size of the source and method line, px.</summary>
    public const int SourceSize = 13;

    /// <summary>Text colour (near black, prints well).</summary>
    public const string TextColour = "#222222";

    /// <summary>Grid-line colour.</summary>
    public const string GridColour = "#E3E3E3";

    /// <summary>Colour of missing data (no valid AQI, no sample).</summary>
    public const string MissingColour = "#C8C8C8";

    /// <summary>Colour of limit reference lines.</summary>
    public const string LimitColour = "#C00000";

    /// <summary>Colour of target reference lines.</summary>
    public const string TargetColour = "#1F4E9A";

    /// <summary>Colour of the analyst's own city in rankings.</summary>
    public const string HighlightColour = "#D9480F";

    /// <summary>Colour of the other cities in rankings.</summary>
    public const string NeutralColour = "#8FA9C8";

    /// <summary>Colour of a base (earlier) period in paired comparisons.</summary>
    public const string BaselineColour = "#9DB4D3";

    /// <summary>Colour of the current period in paired comparisons.</summary>
    public const string CurrentColour = "#1F4E9A";

    /// <summary>Colour of an improvement label (a fall of a concentration).</summary>
    public const string ImprovementColour = "#1B7F3B";

    /// <summary>Colour of a deterioration label.</summary>
    public const string DeteriorationColour = "#C00000";

    /// <summary>Line colours of overlaid years, oldest first; the newest year always takes the last, strongest colour.</summary>
    public static IReadOnlyList<string> YearColours { get; } =
        ["#B8C4D6", "#9AA9C0", "#7D8FAA", "#A6761D", "#66A61E", "#E7298A", "#7570B3", "#1B9E77", "#D95F02", "#1F4E9A"];

    /// <summary>Colour of each pollutant (shares, multi-pollutant figures).</summary>
    public static string PollutantColour(Pollutant p) => p switch
    {
        Pollutant.PM2_5 => "#6A3D9A",
        Pollutant.PM10 => "#B15928",
        Pollutant.O3 => "#1F78B4",
        Pollutant.NO2 => "#E31A1C",
        Pollutant.SO2 => "#FF7F00",
        Pollutant.CO => "#33A02C",
        _ => throw new ArgumentOutOfRangeException(nameof(p)),
    };

    /// <summary>HJ 633 Appendix A colour of AQI level 1–6 (from <see cref="AqiLevels.All"/>, the one place they live).</summary>
    public static string AqiLevelColour(int level) => AqiLevels.All[level - 1].ColourHex;

    /// <summary>Short pollutant label used on axes and legends: PM2.5, PM10, SO₂, NO₂, CO, O₃.</summary>
    public static string ShortName(Pollutant p) => p switch
    {
        Pollutant.PM2_5 => "PM2.5",
        Pollutant.PM10 => "PM10",
        Pollutant.SO2 => "SO₂",
        Pollutant.NO2 => "NO₂",
        Pollutant.CO => "CO",
        Pollutant.O3 => "O₃",
        _ => throw new ArgumentOutOfRangeException(nameof(p)),
    };

    /// <summary>Axis label of a pollutant's headline statistic with its Chinese unit: "PM2.5浓度（微克/立方米）".</summary>
    public static string ConcentrationAxis(Pollutant p) => $"{StatisticName(p)}（{p.ChineseUnit()}）";

    /// <summary>Name of the headline statistic: "PM2.5浓度", "CO-95per浓度"-style bulletin names "CO第95百分位数浓度", "O₃-8h第90百分位数浓度".</summary>
    public static string StatisticName(Pollutant p) => p switch
    {
        Pollutant.CO => "CO第95百分位数浓度",
        Pollutant.O3 => "O₃-8h第90百分位数浓度",
        _ => $"{ShortName(p)}浓度",
    };

    /// <summary>Title phrase of a monthly series: "PM2.5月均浓度", "O₃-8h第90百分位数浓度" (O3 and CO are percentiles, not means).</summary>
    public static string MonthlyStatisticName(Pollutant p) => p is Pollutant.CO or Pollutant.O3 ? StatisticName(p) : $"{ShortName(p)}月均浓度";

    /// <summary>Tick format of date axes: "2025年3月" (d3 format; plotly's default would print "Mar 2025").</summary>
    public const string DateTickFormat = "%Y年%-m月";

    /// <summary>Chinese month label "1月"…"12月" (never English month names).</summary>
    public static string MonthLabel(int month) => $"{month}月";
}

/// <summary>
/// Colours of water-quality classes. REFERENCE B2.4 (环办〔2011〕22号) names them (Ⅰ–Ⅱ blue, Ⅲ green, Ⅳ yellow,
/// Ⅴ orange, 劣Ⅴ red) but gives no RGB (⚠), so the hex values are a setting; Ⅲ–劣Ⅴ default to the status colours of
/// WaterStatuses.ColourHex, Ⅰ and Ⅱ to two blues (both 优).
/// </summary>
/// <param name="ClassI">Ⅰ类 (blue, darker).</param>
/// <param name="ClassII">Ⅱ类 (blue, lighter).</param>
/// <param name="ClassIII">Ⅲ类 (green).</param>
/// <param name="ClassIV">Ⅳ类 (yellow).</param>
/// <param name="ClassV">Ⅴ类 (orange).</param>
/// <param name="WorseThanV">劣Ⅴ类 (red).</param>
public sealed record WaterClassColours(
    string ClassI = "#0050D0", string ClassII = "#4FA3F7", string ClassIII = "#00B050",
    string ClassIV = "#FFFF00", string ClassV = "#FFA500", string WorseThanV = "#FF0000")
{
    /// <summary>The default colours.</summary>
    public static WaterClassColours Default { get; } = new();

    /// <summary>Colour of one class.</summary>
    public string Of(WaterClass c) => c switch
    {
        WaterClass.I => ClassI,
        WaterClass.II => ClassII,
        WaterClass.III => ClassIII,
        WaterClass.IV => ClassIV,
        WaterClass.V => ClassV,
        _ => WorseThanV,
    };
}
