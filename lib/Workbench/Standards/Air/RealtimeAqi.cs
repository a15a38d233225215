namespace Workbench.Standards.Air;

/// <summary>
/// Real-time (hourly) AQI of one station-hour. Primary pollutant only when AQI &gt; 50; ties after rounding up are all primary.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="RealtimeAqiMethod.CnemcRealtime"/> (REFERENCE F1): SO2, NO2, CO, O3 1-hour values on their 1 h tables,
/// PM10 and PM2.5 1-hour values on the 24 h tables, no O3 8 h term, no input rounding, breakpoints of <c>breakpoints</c>
/// (2012 for data before 2026-03-01); SO2 1 h &gt; 800 follows that version's rule (2012: the IAQI of the <c>SO2_24h</c> field; 2026: 200).</item>
/// <item><see cref="RealtimeAqiMethod.Hj633_2012Realtime"/> (HJ 633-2012 §5.1.3 and Table 1): 1-hour gases, O3 8-hour moving mean,
/// PM 24-hour moving means; SO2 1 h &gt; 800 → the SO2 24-hour IAQI; O3 8 h &gt; 800 → the O3 1-hour IAQI.
/// Requires <c>breakpoints</c> = HJ 633-2012.</item>
/// <item><see cref="RealtimeAqiMethod.Hj633_2026Realtime"/> (HJ 633-2026, REFERENCE A2.6): six 1-hour means, PM on the 24 h tables,
/// inputs rounded first (§4.2.2), SO2 1 h &gt; 800 → 200. Requires <c>breakpoints</c> = HJ 633-2026.</item>
/// </list>
/// Above the top breakpoint <see cref="AqiSettings.Cap"/> applies. The HJ 633-2026 §5.3 NA rule
/// (<see cref="AqiSettings.Hj633_2026NaRule"/>) applies whenever the breakpoints are HJ 633-2026.
/// </remarks>
public static class RealtimeAqi
{
    /// <summary>AQI and primary pollutants of one station-hour; <see cref="AqiValue.None"/> when no term is present.</summary>
    /// <exception cref="ArgumentException">A method written for one HJ 633 version used with the other's breakpoints.</exception>
    public static AqiValue Compute(RealtimeAqiMethod method, AqiStandard breakpoints, in HourlyConcentrations c, AqiSettings? settings = null)
    {
        settings ??= AqiSettings.Default;
        Span<int> iaqi = stackalloc int[AqiTermSet.Count];
        var skip = Evaluate(method, breakpoints, in c, settings, iaqi, out var anyMissing);
        var naRule = settings.Hj633_2026NaRule && breakpoints == AqiStandard.Hj633_2026;
        return AqiTermSet.Combine(iaqi, skip, anyMissing, naRule);
    }

    /// <summary>The rounded-up IAQI of every present term (for display).</summary>
    public static IReadOnlyDictionary<AqiTerms, int> SubIndices(RealtimeAqiMethod method, AqiStandard breakpoints, in HourlyConcentrations c, AqiSettings? settings = null)
    {
        Span<int> iaqi = stackalloc int[AqiTermSet.Count];
        Evaluate(method, breakpoints, in c, settings ?? AqiSettings.Default, iaqi, out _);
        return AqiTermSet.ToDictionary(iaqi);
    }

    private static AqiTerms Evaluate(RealtimeAqiMethod method, AqiStandard bp, in HourlyConcentrations c, AqiSettings settings, Span<int> iaqi, out bool anyMissing)
    {
        if ((method == RealtimeAqiMethod.Hj633_2012Realtime && bp != AqiStandard.Hj633_2012)
            || (method == RealtimeAqiMethod.Hj633_2026Realtime && bp != AqiStandard.Hj633_2026))
            throw new ArgumentException($"实时 AQI 方法 {method} 不能与 {bp} 的分指数表一起使用", nameof(bp));

        var round = method == RealtimeAqiMethod.Hj633_2026Realtime;
        var cap = settings.Cap;
        var missing = false;
        var skip = AqiTerms.None;

        // SO2 1 h; HJ 633-2012 note 2: above 800 the SO2 IAQI is the one of the 24-hour mean.
        if (bp == AqiStandard.Hj633_2012
            && AqiTermSet.TryInput(IaqiItem.SO2_1h, c.SO2, round, out var so2) && Iaqi.Above800(IaqiItem.SO2_1h, so2))
            iaqi[AqiTermSet.SO2] = AqiTermSet.Term(bp, IaqiItem.SO2_24h, c.SO2_24h, round, cap, ref missing);
        else
            iaqi[AqiTermSet.SO2] = AqiTermSet.Term(bp, IaqiItem.SO2_1h, c.SO2, round, cap, ref missing);

        iaqi[AqiTermSet.NO2] = AqiTermSet.Term(bp, IaqiItem.NO2_1h, c.NO2, round, cap, ref missing);
        iaqi[AqiTermSet.CO] = AqiTermSet.Term(bp, IaqiItem.CO_1h, c.CO, round, cap, ref missing);
        iaqi[AqiTermSet.O3] = AqiTermSet.Term(bp, IaqiItem.O3_1h, c.O3, round, cap, ref missing);

        if (method == RealtimeAqiMethod.Hj633_2012Realtime)
        {
            if (AqiTermSet.TryInput(IaqiItem.O3_8h, c.O3_8h, false, out var o38) && Iaqi.Above800(IaqiItem.O3_8h, o38))
            {
                iaqi[AqiTermSet.O3_8h] = iaqi[AqiTermSet.O3]; // note 3: report the 1-hour IAQI
                skip = AqiTerms.O3_8h;
            }
            else
            {
                iaqi[AqiTermSet.O3_8h] = AqiTermSet.Term(bp, IaqiItem.O3_8h, c.O3_8h, false, cap, ref missing);
            }
            iaqi[AqiTermSet.PM10] = AqiTermSet.Term(bp, IaqiItem.PM10_24h, c.PM10_24h, false, cap, ref missing);
            iaqi[AqiTermSet.PM2_5] = AqiTermSet.Term(bp, IaqiItem.PM2_5_24h, c.PM2_5_24h, false, cap, ref missing);
        }
        else
        {
            iaqi[AqiTermSet.O3_8h] = -1; // no O3 8-hour term in CNEMC practice nor in HJ 633-2026 real time
            // PM 1-hour values are read on the 24-hour tables.
            iaqi[AqiTermSet.PM10] = AqiTermSet.Term(bp, IaqiItem.PM10_24h, c.PM10, round, cap, ref missing);
            iaqi[AqiTermSet.PM2_5] = AqiTermSet.Term(bp, IaqiItem.PM2_5_24h, c.PM2_5, round, cap, ref missing);
        }
        anyMissing = missing;
        return skip;
    }
}
