namespace Workbench.Standards.Air;

/// <summary>Individual air quality index (IAQI) of one concentration, HJ 633 §4.3 formula (1).</summary>
public static class Iaqi
{
    /// <summary>
    /// Unrounded IAQI by linear interpolation between the bracketing breakpoints, in decimal.
    /// A concentration on a breakpoint belongs to the lower segment (both give the same value).
    /// Null when undefined: missing or negative input, above the top breakpoint, or the HJ 633-2012
    /// notes 2/3 (SO2 1 h &gt; 800, O3 8 h &gt; 800: the IAQI comes from another average).
    /// HJ 633-2026 sets those two to 200 and 300.
    /// </summary>
    /// <remarks>No input rounding here: HJ 633-2026 input rounding is applied by <see cref="DailyAqi"/> and <see cref="RealtimeAqi"/>.</remarks>
    public static decimal? Raw(AqiStandard standard, IaqiItem item, double concentration)
    {
        if (!double.IsFinite(concentration) || concentration < 0) return null;
        var outcome = Interpolate(standard, item, (decimal)concentration, out var raw);
        return outcome == Outcome.Value ? raw : null;
    }

    /// <summary>
    /// IAQI rounded up to an integer (HJ 633-2012 §6.2, HJ 633-2026 §4.2.6: 进位取整), or -1 when none.
    /// Above the top breakpoint the <paramref name="cap"/> policy decides (500 or none).
    /// </summary>
    public static int Compute(AqiStandard standard, IaqiItem item, double concentration, AqiCapPolicy cap = AqiCapPolicy.CapAt500)
    {
        if (!double.IsFinite(concentration) || concentration < 0) return -1;
        // The decimal conversion keeps 15 significant digits, which removes binary noise (35.1 stays 35.1).
        return OfDecimal(standard, item, (decimal)concentration, cap);
    }

    /// <summary>Rounded-up IAQI of a decimal concentration (already rounded when the standard asks for it); -1 when none.</summary>
    internal static int OfDecimal(AqiStandard standard, IaqiItem item, decimal concentration, AqiCapPolicy cap)
    {
        if (concentration < 0) return -1;
        return Interpolate(standard, item, concentration, out var raw) switch
        {
            Outcome.Value => (int)decimal.Ceiling(raw),
            Outcome.AboveTable => cap == AqiCapPolicy.CapAt500 ? 500 : -1,
            _ => -1,
        };
    }

    /// <summary>True when HJ 633-2012 notes 2/3 apply: SO2 1 h or O3 8 h above 800 µg/m³.</summary>
    internal static bool Above800(IaqiItem item, decimal concentration) =>
        (item == IaqiItem.SO2_1h || item == IaqiItem.O3_8h) && concentration > AqiBreakpoints.Rule800;

    internal enum Outcome { Value, AboveTable, Hj633_2012Rule800 }

    private static Outcome Interpolate(AqiStandard standard, IaqiItem item, decimal c, out decimal raw)
    {
        if (Above800(item, c))
        {
            if (standard == AqiStandard.Hj633_2026)
            {
                // HJ 633-2026 Table 1 notes: SO2 1 h > 800 → IAQI 200; O3 8 h > 800 → IAQI 300.
                raw = item == IaqiItem.SO2_1h ? 200m : 300m;
                return Outcome.Value;
            }
            raw = 0m;
            return Outcome.Hj633_2012Rule800;
        }
        var bp = AqiBreakpoints.Column(standard, item);
        var levels = AqiBreakpoints.IaqiLevels;
        for (var i = 1; i < bp.Length; i++)
        {
            if (c <= bp[i])
            {
                // Multiply before dividing so that exact results stay exact in decimal (no 99.999… before the ceiling).
                raw = levels[i - 1] + (levels[i] - levels[i - 1]) * (c - bp[i - 1]) / (bp[i] - bp[i - 1]);
                return Outcome.Value;
            }
        }
        raw = 0m;
        return Outcome.AboveTable;
    }
}
