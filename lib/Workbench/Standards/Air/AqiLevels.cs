namespace Workbench.Standards.Air;

/// <summary>The six AQI levels of HJ 633 Table 2 with the colours of Appendix A (unchanged in HJ 633-2026).</summary>
public static class AqiLevels
{
    /// <summary>Levels 1–6 in order.</summary>
    public static IReadOnlyList<AqiLevel> All { get; } =
    [
        new(1, "一级", "优", "绿", "#00E400"),
        new(2, "二级", "良", "黄", "#FFFF00"),
        new(3, "三级", "轻度污染", "橙", "#FF7E00"),
        new(4, "四级", "中度污染", "红", "#FF0000"),
        new(5, "五级", "重度污染", "紫", "#99004C"), // China's purple 153,0,76, not the US EPA one
        new(6, "六级", "严重污染", "褐红", "#7E0023"),
    ];

    /// <summary>Level of an AQI: 0–50 → 1, 51–100 → 2, 101–150 → 3, 151–200 → 4, 201–300 → 5, &gt;300 → 6.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative AQI (no value).</exception>
    public static AqiLevel ForAqi(int aqi) => All[NumberOf(aqi) - 1];

    /// <summary>Level number (1–6) of an AQI, by HJ 633 Table 2: 0–50 → 1, 51–100 → 2, 101–150 → 3, 151–200 → 4, 201–300 → 5, &gt;300 → 6.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative AQI (no value).</exception>
    public static int NumberOf(int aqi) => aqi switch
    {
        < 0 => throw new ArgumentOutOfRangeException(nameof(aqi), aqi, "AQI 不能为负数（无 AQI 时没有级别）"),
        <= 50 => 1,
        <= 100 => 2,
        <= 150 => 3,
        <= 200 => 4,
        <= 300 => 5,
        _ => 6,
    };
}
