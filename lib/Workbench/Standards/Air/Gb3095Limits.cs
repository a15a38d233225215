namespace Workbench.Standards.Air;

/// <summary>Averaging time of a GB 3095 concentration limit.</summary>
public enum AveragingTime
{
    /// <summary>Annual mean.</summary>
    Annual,
    /// <summary>24-hour (daily) mean.</summary>
    Day24h,
    /// <summary>1-hour mean.</summary>
    Hour1,
    /// <summary>Daily maximum 8-hour moving mean (日最大8小时平均, O3 only).</summary>
    Mda8,
}

/// <summary>
/// GB 3095 Table 1 concentration limits of the six basic pollutants, as data: GB 3095-2012 (2018 amendment),
/// GB 3095-2026 transition limits (2026-03-01 … 2030-12-31) and final limits (from 2031-01-01), classes 1 and 2.
/// µg/m³, CO mg/m³.
/// </summary>
public static class Gb3095Limits
{
    private const double NA = double.NaN;

    // [standard][pollutant][averaging] = (class 1, class 2). Pollutant order SO2, NO2, CO, O3, PM10, PM2_5;
    // averaging order Annual, Day24h, Hour1, Mda8.
    private static readonly (double C1, double C2)[][][] Table =
    [
        // GB 3095-2012 Table 1
        [
            /* SO2   */ [(20, 60), (50, 150), (150, 500), (NA, NA)],
            /* NO2   */ [(40, 40), (80, 80), (200, 200), (NA, NA)],
            /* CO    */ [(NA, NA), (4, 4), (10, 10), (NA, NA)],
            /* O3    */ [(NA, NA), (NA, NA), (160, 200), (100, 160)],
            /* PM10  */ [(40, 70), (50, 150), (NA, NA), (NA, NA)],
            /* PM2_5 */ [(15, 35), (35, 75), (NA, NA), (NA, NA)],
        ],
        // GB 3095-2026 Table 1, transition limits (equal to 2012 except PM10 and PM2.5 class 2)
        [
            /* SO2   */ [(20, 60), (50, 150), (150, 500), (NA, NA)],
            /* NO2   */ [(40, 40), (80, 80), (200, 200), (NA, NA)],
            /* CO    */ [(NA, NA), (4, 4), (10, 10), (NA, NA)],
            /* O3    */ [(NA, NA), (NA, NA), (160, 200), (100, 160)],
            /* PM10  */ [(40, 60), (50, 120), (NA, NA), (NA, NA)],
            /* PM2_5 */ [(15, 30), (35, 60), (NA, NA), (NA, NA)],
        ],
        // GB 3095-2026 Table 1, final limits
        [
            /* SO2   */ [(20, 20), (50, 50), (150, 150), (NA, NA)],
            /* NO2   */ [(30, 30), (50, 50), (200, 200), (NA, NA)],
            /* CO    */ [(NA, NA), (4, 4), (10, 10), (NA, NA)],
            /* O3    */ [(NA, NA), (NA, NA), (160, 200), (100, 160)],
            /* PM10  */ [(20, 50), (50, 100), (NA, NA), (NA, NA)],
            /* PM2_5 */ [(10, 25), (25, 50), (NA, NA), (NA, NA)],
        ],
    ];

    /// <summary>
    /// The limit of a pollutant for an averaging time; NaN when the standard defines none (e.g. PM2.5 1-hour).
    /// City attainment and rankings use class 2.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="zoneClass"/> is not 1 or 2.</exception>
    public static double Limit(AirQualityStandard standard, Pollutant pollutant, AveragingTime averaging, int zoneClass = 2)
    {
        if (zoneClass is not (1 or 2))
            throw new ArgumentOutOfRangeException(nameof(zoneClass), zoneClass, "功能区类别只能是 1（一类区）或 2（二类区）");
        var (c1, c2) = Table[(int)standard][(int)pollutant][(int)averaging];
        return zoneClass == 1 ? c1 : c2;
    }
}
