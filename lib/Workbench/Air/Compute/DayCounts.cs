using Workbench.Air.Results;
using Workbench.Standards;
using Workbench.Standards.Air;
using Workbench.Standards.Rounding;

namespace Workbench.Air.Compute;

/// <summary>
/// Valid, good (AQI ≤ 100) and heavy-pollution (AQI &gt; 200) days, the good-day ratio and days per level and per
/// primary pollutant (REFERENCE A3.6). Ratios are taken over VALID days and rounded per GB/T 8170 to 1 decimal.
/// </summary>
public static class DayCounts
{
    /// <summary>AQI at or below which a day is 优良 (levels 1–2).</summary>
    public const int GoodMaxAqi = 100;
    /// <summary>AQI above which a day is a heavy-pollution day (levels 5–6).</summary>
    public const int HeavyAboveAqi = 200;

    /// <summary>Counts over the daily AQI of a period, one entry per calendar day (AQI -1 = no valid AQI).</summary>
    public static DayCountsResult Compute(ReadOnlySpan<AqiValue> daily)
    {
        int valid = 0, good = 0, heavy = 0, polluted = 0;
        var perLevel = new Dictionary<int, int>();
        for (var l = 1; l <= 6; l++) perLevel[l] = 0;
        var perPrimary = PollutantInfo.All.ToDictionary(p => p, _ => 0);
        foreach (var v in daily)
        {
            if (!v.HasValue) continue;
            valid++;
            if (v.Aqi <= GoodMaxAqi) good++; else polluted++;
            if (v.Aqi > HeavyAboveAqi) heavy++;
            perLevel[AqiLevels.ForAqi(v.Aqi).Number]++;
            foreach (var p in PrimaryPollutants(v.Primary)) perPrimary[p]++;
        }
        return new DayCountsResult(daily.Length, valid, good, Ratio(good, valid), heavy, Ratio(heavy, valid),
            polluted, perLevel, perPrimary);
    }

    /// <summary>count / valid × 100 in decimal, GB/T 8170 to <paramref name="decimals"/> places; null when valid = 0.</summary>
    public static decimal? Ratio(int count, int valid, int decimals = 1) =>
        valid <= 0 ? null : ReportedValue.Round((decimal)count * 100m / valid, decimals);

    /// <summary>The pollutants of a set of primary terms (O3 1-h and O3 8-h both map to O3, once).</summary>
    public static IEnumerable<Pollutant> PrimaryPollutants(AqiTerms terms)
    {
        if (terms.HasFlag(AqiTerms.SO2)) yield return Pollutant.SO2;
        if (terms.HasFlag(AqiTerms.NO2)) yield return Pollutant.NO2;
        if (terms.HasFlag(AqiTerms.CO)) yield return Pollutant.CO;
        if ((terms & (AqiTerms.O3 | AqiTerms.O3_8h)) != 0) yield return Pollutant.O3;
        if (terms.HasFlag(AqiTerms.PM10)) yield return Pollutant.PM10;
        if (terms.HasFlag(AqiTerms.PM2_5)) yield return Pollutant.PM2_5;
    }
}
