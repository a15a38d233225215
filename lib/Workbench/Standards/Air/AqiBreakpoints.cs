namespace Workbench.Standards.Air;

/// <summary>
/// The IAQI breakpoint tables of HJ 633-2012 Table 1 and HJ 633-2026 Table 1, as data.
/// Row i of every column corresponds to <see cref="IaqiLevels"/>[i]; columns that stop early
/// (SO2 1 h at 800 → 200, O3 8 h at 800 → 300) are shorter.
/// </summary>
internal static class AqiBreakpoints
{
    /// <summary>IAQI values of the table rows.</summary>
    public static readonly decimal[] IaqiLevels = [0m, 50m, 100m, 150m, 200m, 300m, 400m, 500m];

    /// <summary>Concentration above which HJ 633 does not compute an IAQI from SO2 1 h / O3 8 h (notes 2 and 3).</summary>
    public const long Rule800 = 800;

    // Columns in IaqiItem order. CO in mg/m³, the others µg/m³.
    private static readonly decimal[][] Hj633_2012 =
    [
        /* SO2_24h   */ [0m, 50m, 150m, 475m, 800m, 1600m, 2100m, 2620m],
        /* SO2_1h    */ [0m, 150m, 500m, 650m, 800m],
        /* NO2_24h   */ [0m, 40m, 80m, 180m, 280m, 565m, 750m, 940m],
        /* NO2_1h    */ [0m, 100m, 200m, 700m, 1200m, 2340m, 3090m, 3840m],
        /* PM10_24h  */ [0m, 50m, 150m, 250m, 350m, 420m, 500m, 600m],
        /* CO_24h    */ [0m, 2m, 4m, 14m, 24m, 36m, 48m, 60m],
        /* CO_1h     */ [0m, 5m, 10m, 35m, 60m, 90m, 120m, 150m],
        /* O3_1h     */ [0m, 160m, 200m, 300m, 400m, 800m, 1000m, 1200m],
        /* O3_8h     */ [0m, 100m, 160m, 215m, 265m, 800m],
        /* PM2_5_24h */ [0m, 35m, 75m, 115m, 150m, 250m, 350m, 500m],
    ];

    // HJ 633-2026 Table 1: identical except the IAQI-100 breakpoint of PM10 (120) and PM2.5 (60).
    private static readonly decimal[][] Hj633_2026 =
    [
        /* SO2_24h   */ Hj633_2012[0],
        /* SO2_1h    */ Hj633_2012[1],
        /* NO2_24h   */ Hj633_2012[2],
        /* NO2_1h    */ Hj633_2012[3],
        /* PM10_24h  */ [0m, 50m, 120m, 250m, 350m, 420m, 500m, 600m],
        /* CO_24h    */ Hj633_2012[5],
        /* CO_1h     */ Hj633_2012[6],
        /* O3_1h     */ Hj633_2012[7],
        /* O3_8h     */ Hj633_2012[8],
        /* PM2_5_24h */ [0m, 35m, 60m, 115m, 150m, 250m, 350m, 500m],
    ];

    /// <summary>The breakpoint concentrations of one column.</summary>
    public static decimal[] Column(AqiStandard standard, IaqiItem item) => standard switch
    {
        AqiStandard.Hj633_2012 => Hj633_2012[(int)item],
        AqiStandard.Hj633_2026 => Hj633_2026[(int)item],
        _ => throw new ArgumentOutOfRangeException(nameof(standard), standard, "未知的 HJ 633 版本"),
    };

    private static readonly long[][] Hj633_2012Integers = Array.ConvertAll(Hj633_2012, c => Array.ConvertAll(c, v => (long)v));
    private static readonly long[][] Hj633_2026Integers = Array.ConvertAll(Hj633_2026, c => Array.ConvertAll(c, v => (long)v));

    private static readonly double[][] Hj633_2012Doubles = Array.ConvertAll(Hj633_2012, c => Array.ConvertAll(c, v => (double)v));
    private static readonly double[][] Hj633_2026Doubles = Array.ConvertAll(Hj633_2026, c => Array.ConvertAll(c, v => (double)v));

    /// <summary>The same column as doubles (whole numbers, exact), for decisions taken on a double clear of every tie.</summary>
    public static double[] DoubleColumn(AqiStandard standard, IaqiItem item) => standard switch
    {
        AqiStandard.Hj633_2012 => Hj633_2012Doubles[(int)item],
        AqiStandard.Hj633_2026 => Hj633_2026Doubles[(int)item],
        _ => throw new ArgumentOutOfRangeException(nameof(standard), standard, "未知的 HJ 633 版本"),
    };

    /// <summary>IAQI values of the table rows, as integers.</summary>
    public static readonly int[] IaqiLevelIntegers = Array.ConvertAll(IaqiLevels, v => (int)v);

    /// <summary>The same column as integers (every breakpoint of HJ 633 is a whole number), for the exact integer path.</summary>
    public static long[] IntegerColumn(AqiStandard standard, IaqiItem item) => standard switch
    {
        AqiStandard.Hj633_2012 => Hj633_2012Integers[(int)item],
        AqiStandard.Hj633_2026 => Hj633_2026Integers[(int)item],
        _ => throw new ArgumentOutOfRangeException(nameof(standard), standard, "未知的 HJ 633 版本"),
    };

    /// <summary>Decimals to which HJ 633-2026 §4.2.2 rounds an input concentration (CO 1, others 0).</summary>
    public static int InputDecimals(IaqiItem item) => item is IaqiItem.CO_24h or IaqiItem.CO_1h ? 1 : 0;
}
