namespace Workbench.Standards.Air;

/// <summary>Individual air quality index (IAQI) of one concentration, HJ 633-2012 §4.2 formula.</summary>
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
        // The decimal conversion keeps 15 significant digits, which removes binary noise (35.1 stays 35.1).
        var c = (decimal)concentration;
        if ((item == IaqiItem.SO2_1h || item == IaqiItem.O3_8h) && c > AqiBreakpoints.Rule800)
            return standard == AqiStandard.Hj633_2026 ? Rule800Iaqi2026(item) : null;
        var bp = AqiBreakpoints.Column(standard, item);
        var levels = AqiBreakpoints.IaqiLevels;
        for (var i = 1; i < bp.Length; i++)
        {
            // Multiply before dividing so that exact results stay exact in decimal (no 99.999… before a ceiling).
            if (c <= bp[i])
                return levels[i - 1] + (levels[i] - levels[i - 1]) * (c - bp[i - 1]) / (bp[i] - bp[i - 1]);
        }
        return null;
    }

    /// <summary>
    /// IAQI rounded up to an integer (HJ 633-2012 §6.2, HJ 633-2026 §4.2.6: 进位取整), or -1 when none.
    /// Above the top breakpoint the <paramref name="cap"/> policy decides (500 or none).
    /// </summary>
    public static int Compute(AqiStandard standard, IaqiItem item, double concentration, AqiCapPolicy cap = AqiCapPolicy.CapAt500) =>
        TryClear(standard, item, concentration, cap, out var clear) ? clear : Exact(standard, item, concentration, cap);

    /// <summary><see cref="Compute"/> always through the exact input (the forms of <see cref="AqiInput"/>).</summary>
    internal static int Exact(AqiStandard standard, IaqiItem item, double concentration, AqiCapPolicy cap) =>
        AqiInput.TryCreate(concentration, -1, out var c) ? Of(standard, item, in c, cap) : -1;

    /// <summary>Rounded-up IAQI of a prepared input (already rounded when the standard asks for it); -1 when none.</summary>
    internal static int Of(AqiStandard standard, IaqiItem item, in AqiInput c, AqiCapPolicy cap)
    {
        if (Above800(item, in c))
            return standard == AqiStandard.Hj633_2026 ? (int)Rule800Iaqi2026(item) : -1;
        var bp = AqiBreakpoints.IntegerColumn(standard, item);
        if (!c.TryFindSegment(bp, out var i))
            return cap == AqiCapPolicy.CapAt500 ? 500 : -1;
        var levels = AqiBreakpoints.IaqiLevelIntegers;
        return c.CeilingIaqi(bp, i, levels[i - 1], levels[i]);
    }

    /// <summary>
    /// The rounded-up IAQI of a concentration decided on the double alone: the answer <see cref="Of"/> gives for its exact
    /// input, taken when the value lies clear of every tie (a breakpoint, 800, an integer IAQI) by more than
    /// <see cref="AqiInput.TieMargin"/> (the double and its 15-digit decimal then fall on the same side of each). False,
    /// to be decided exactly, near a tie and for NaN, negative or very large values. Most daily means of a year (sums
    /// of hours divided by their count) are decided here without building the exact input.
    /// </summary>
    internal static bool TryClear(AqiStandard standard, IaqiItem item, double x, AqiCapPolicy cap, out int iaqi)
    {
        iaqi = -1;
        if (!(x >= 0 && x < AqiInput.BinaryMax)) return false;   // NaN fails here too
        if ((item == IaqiItem.SO2_1h || item == IaqiItem.O3_8h) && x > AqiBreakpoints.Rule800 - AqiInput.TieMargin) return false;
        var bp = AqiBreakpoints.DoubleColumn(standard, item);
        var i = 1;
        while (i < bp.Length && x > bp[i]) i++;
        if (i == bp.Length)
        {
            if (x - bp[^1] <= AqiInput.TieMargin) return false;
            iaqi = cap == AqiCapPolicy.CapAt500 ? 500 : -1;
            return true;
        }
        if (bp[i] - x <= AqiInput.TieMargin || x - bp[i - 1] <= AqiInput.TieMargin) return false;
        var levels = AqiBreakpoints.IaqiLevelIntegers;
        var raw = levels[i - 1] + (double)(levels[i] - levels[i - 1]) * (x - bp[i - 1]) / (bp[i] - bp[i - 1]);
        var ceiling = Math.Ceiling(raw);
        if (ceiling - raw <= AqiInput.TieMargin || raw - (ceiling - 1) <= AqiInput.TieMargin) return false;
        iaqi = (int)ceiling;
        return true;
    }

    /// <summary>True when HJ 633 Table 1 notes 2/3 apply: SO2 1 h or O3 8 h above 800 µg/m³.</summary>
    internal static bool Above800(IaqiItem item, in AqiInput c) =>
        (item == IaqiItem.SO2_1h || item == IaqiItem.O3_8h) && c.IsAbove(AqiBreakpoints.Rule800);

    // HJ 633-2026 Table 1 notes: SO2 1 h > 800 → IAQI 200; O3 8 h > 800 → IAQI 300.
    private static decimal Rule800Iaqi2026(IaqiItem item) => item == IaqiItem.SO2_1h ? 200m : 300m;
}
