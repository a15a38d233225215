namespace Workbench.Tests.Sample;

/// <summary>
/// An independent, test-only HJ 633-2012 IAQI (Table 1, REFERENCE A2.1) for checking the generated AQI row:
/// linear interpolation in decimal, rounded up, capped at 500.
/// </summary>
internal static class MiniAqi
{
    private static readonly decimal[] Index = [0, 50, 100, 150, 200, 300, 400, 500];
    public static readonly decimal[] So2_1h = [0, 150, 500, 650, 800];
    public static readonly decimal[] No2_1h = [0, 100, 200, 700, 1200, 2340, 3090, 3840];
    public static readonly decimal[] Co_1h = [0, 5, 10, 35, 60, 90, 120, 150];
    public static readonly decimal[] O3_1h = [0, 160, 200, 300, 400, 800, 1000, 1200];
    public static readonly decimal[] Pm10_24h = [0, 50, 150, 250, 350, 420, 500, 600];
    public static readonly decimal[] Pm25_24h = [0, 35, 75, 115, 150, 250, 350, 500];

    public static int Iaqi(decimal[] bp, decimal c)
    {
        if (c >= bp[^1]) return 500;
        for (var i = 1; i < bp.Length; i++)
            if (c <= bp[i])
                return (int)Math.Ceiling((Index[i] - Index[i - 1]) * (c - bp[i - 1]) / (bp[i] - bp[i - 1]) + Index[i - 1]);  // multiply first: exact at breakpoints
        return 500;
    }

    /// <summary>CNEMC real-time practice (REFERENCE F1): six 1-hour values, PM on the 24-h table; null when none.</summary>
    public static int? Realtime(decimal? so2, decimal? no2, decimal? co, decimal? o3, decimal? pm10, decimal? pm25)
    {
        int? max = null;
        void Take(decimal[] bp, decimal? c) { if (c is { } v) max = Math.Max(max ?? 0, Iaqi(bp, v)); }
        Take(So2_1h, so2); Take(No2_1h, no2); Take(Co_1h, co); Take(O3_1h, o3); Take(Pm10_24h, pm10); Take(Pm25_24h, pm25);
        return max;
    }
}
