namespace Workbench.Standards.Air;

/// <summary>
/// The shared steps of the daily and real-time AQI: one IAQI per term (in a stack span indexed by
/// term bit), AQI = max, primary pollutants. Allocation-free for the hourly hot path.
/// </summary>
internal static class AqiTermSet
{
    /// <summary>Number of terms (bits of <see cref="AqiTerms"/>).</summary>
    public const int Count = 7;

    public const int SO2 = 0, NO2 = 1, CO = 2, O3 = 3, O3_8h = 4, PM10 = 5, PM2_5 = 6;

    /// <summary>
    /// Rounded-up IAQI of one input; -1 when the input is missing (NaN) or invalid (negative), which
    /// also sets <paramref name="missing"/>. With <paramref name="roundInput"/> the concentration is first
    /// rounded by GB/T 8170 (HJ 633-2026 §4.2.2: integers, CO one decimal).
    /// </summary>
    public static int Term(AqiStandard standard, IaqiItem item, double concentration, bool roundInput, AqiCapPolicy cap, ref bool missing)
    {
        if (!roundInput && Iaqi.TryClear(standard, item, concentration, cap, out var clear)) return clear;
        if (!TryInput(item, concentration, roundInput, out var c)) { missing = true; return -1; }
        return Iaqi.Of(standard, item, in c, cap);
    }

    /// <summary>The exact input, rounded when asked; false when missing or negative.</summary>
    public static bool TryInput(IaqiItem item, double concentration, bool roundInput, out AqiInput input) =>
        AqiInput.TryCreate(concentration, roundInput ? AqiBreakpoints.InputDecimals(item) : -1, out input);

    /// <summary>
    /// AQI = max of the IAQIs (HJ 633 §4.4.1); primary pollutants = every term whose rounded-up IAQI equals
    /// the AQI, only when AQI &gt; 50 (§4.4.2). <paramref name="skip"/> terms are shown but not counted
    /// (an O3 8 h IAQI replaced by the 1 h one). With <paramref name="naRule"/> and a missing term, an
    /// AQI ≤ 100 is not published (HJ 633-2026 §5.3).
    /// </summary>
    public static AqiValue Combine(ReadOnlySpan<int> iaqi, AqiTerms skip, bool anyMissing, bool naRule)
    {
        var max = -1;
        var primary = AqiTerms.None;
        for (var i = 0; i < Count; i++)
        {
            var term = (AqiTerms)(1 << i);
            if ((skip & term) != 0) continue;
            var v = iaqi[i];
            if (v < 0) continue;
            if (v > max) { max = v; primary = term; }
            else if (v == max) primary |= term;
        }
        if (max < 0) return AqiValue.None;
        if (naRule && anyMissing && max <= 100) return AqiValue.None;
        return new AqiValue((short)max, max > 50 ? primary : AqiTerms.None);
    }

    /// <summary>The present IAQIs as a dictionary (display only, allocates).</summary>
    public static IReadOnlyDictionary<AqiTerms, int> ToDictionary(ReadOnlySpan<int> iaqi)
    {
        var d = new Dictionary<AqiTerms, int>();
        for (var i = 0; i < Count; i++)
            if (iaqi[i] >= 0) d[(AqiTerms)(1 << i)] = iaqi[i];
        return d;
    }
}
