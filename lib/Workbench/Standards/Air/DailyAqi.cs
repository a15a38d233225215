namespace Workbench.Standards.Air;

/// <summary>
/// Daily AQI (日报).
/// HJ 633-2012 §5.1.2 (REFERENCE A2.5): 7 terms: SO2, NO2, CO, PM10, PM2.5 24-hour means, the O3 1-hour maximum (O3 1 h table)
/// and the O3 MDA8 (O3 8 h table); MDA8 &gt; 800 → the O3 IAQI is the 1-hour one (Table 1 note 3).
/// HJ 633-2026: 6 terms (no O3 1-hour), concentrations rounded first by GB/T 8170 (§4.2.2), MDA8 &gt; 800 → 300.
/// Missing terms (NaN) are skipped; with none the result is <see cref="AqiValue.None"/>.
/// </summary>
public static class DailyAqi
{
    /// <summary>AQI and primary pollutants of one day.</summary>
    public static AqiValue Compute(AqiStandard standard, in DailyConcentrations c, AqiSettings? settings = null)
    {
        settings ??= AqiSettings.Default;
        Span<int> iaqi = stackalloc int[AqiTermSet.Count];
        var skip = Evaluate(standard, in c, settings, iaqi, out var anyMissing);
        var naRule = settings.Hj633_2026NaRule && standard == AqiStandard.Hj633_2026;
        return AqiTermSet.Combine(iaqi, skip, anyMissing, naRule);
    }

    /// <summary>The rounded-up IAQI of every present term (for display). A 2012 O3_8h replaced by the 1-hour IAQI shows that value.</summary>
    public static IReadOnlyDictionary<AqiTerms, int> SubIndices(AqiStandard standard, in DailyConcentrations c, AqiSettings? settings = null)
    {
        Span<int> iaqi = stackalloc int[AqiTermSet.Count];
        Evaluate(standard, in c, settings ?? AqiSettings.Default, iaqi, out _);
        return AqiTermSet.ToDictionary(iaqi);
    }

    /// <summary>
    /// 超标污染物 of HJ 633-2012 §4.4.2: every term with IAQI &gt; 100. The concept was removed in HJ 633-2026,
    /// so asking for it under that version is an error rather than an empty answer.
    /// </summary>
    /// <exception cref="NotSupportedException"><paramref name="standard"/> is HJ 633-2026.</exception>
    public static AqiTerms ExceedingPollutants(AqiStandard standard, in DailyConcentrations c, AqiSettings? settings = null)
    {
        if (standard != AqiStandard.Hj633_2012)
            throw new NotSupportedException("HJ 633-2026 已取消“超标污染物”；请按 GB 3095 限值判断超标");
        Span<int> iaqi = stackalloc int[AqiTermSet.Count];
        var skip = Evaluate(standard, in c, settings ?? AqiSettings.Default, iaqi, out _);
        var exceeding = AqiTerms.None;
        for (var i = 0; i < AqiTermSet.Count; i++)
        {
            var term = (AqiTerms)(1 << i);
            if ((skip & term) == 0 && iaqi[i] > 100) exceeding |= term;
        }
        return exceeding;
    }

    private static AqiTerms Evaluate(AqiStandard standard, in DailyConcentrations c, AqiSettings settings, Span<int> iaqi, out bool anyMissing)
    {
        var round = standard == AqiStandard.Hj633_2026;
        var cap = settings.Cap;
        var missing = false;
        iaqi[AqiTermSet.SO2] = AqiTermSet.Term(standard, IaqiItem.SO2_24h, c.SO2, round, cap, ref missing);
        iaqi[AqiTermSet.NO2] = AqiTermSet.Term(standard, IaqiItem.NO2_24h, c.NO2, round, cap, ref missing);
        iaqi[AqiTermSet.CO] = AqiTermSet.Term(standard, IaqiItem.CO_24h, c.CO, round, cap, ref missing);
        iaqi[AqiTermSet.PM10] = AqiTermSet.Term(standard, IaqiItem.PM10_24h, c.PM10, round, cap, ref missing);
        iaqi[AqiTermSet.PM2_5] = AqiTermSet.Term(standard, IaqiItem.PM2_5_24h, c.PM2_5, round, cap, ref missing);
        var skip = AqiTerms.None;
        if (standard == AqiStandard.Hj633_2012)
        {
            iaqi[AqiTermSet.O3] = AqiTermSet.Term(standard, IaqiItem.O3_1h, c.O3_1hMax, false, cap, ref missing);
            if (AqiTermSet.TryInput(IaqiItem.O3_8h, c.O3_8hMax, false, out var mda8) && Iaqi.Above800(IaqiItem.O3_8h, mda8))
            {
                // Note 3: no IAQI from an 8-hour mean above 800; the O3 IAQI is the 1-hour one, already a term.
                iaqi[AqiTermSet.O3_8h] = iaqi[AqiTermSet.O3];
                skip = AqiTerms.O3_8h;
            }
            else
            {
                iaqi[AqiTermSet.O3_8h] = AqiTermSet.Term(standard, IaqiItem.O3_8h, c.O3_8hMax, false, cap, ref missing);
            }
        }
        else
        {
            iaqi[AqiTermSet.O3] = -1; // HJ 633-2026: the O3 1-hour maximum is not a daily term.
            iaqi[AqiTermSet.O3_8h] = AqiTermSet.Term(standard, IaqiItem.O3_8h, c.O3_8hMax, true, cap, ref missing);
        }
        anyMissing = missing;
        return skip;
    }
}
