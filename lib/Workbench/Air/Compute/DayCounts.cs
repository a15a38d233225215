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
    private static readonly Pollutant[] Pollutants = PollutantInfo.All.ToArray();   // an array: no enumerator per day

    /// <summary>AQI at or below which a day is 优良 (levels 1–2).</summary>
    public const int GoodMaxAqi = 100;
    /// <summary>AQI above which a day is a heavy-pollution day (levels 5–6).</summary>
    public const int HeavyAboveAqi = 200;

    /// <summary>Counts over the daily AQI of a period, one entry per calendar day (AQI -1 = no valid AQI).</summary>
    public static DayCountsResult Compute(ReadOnlySpan<AqiValue> daily)
    {
        int valid = 0, good = 0, heavy = 0, polluted = 0;
        Span<int> levels = stackalloc int[7];                          // [level 1–6]
        Span<int> primaries = stackalloc int[PollutantInfo.All.Count]; // [(int)Pollutant]
        foreach (var v in daily)
        {
            if (!v.HasValue) continue;
            valid++;
            if (v.Aqi <= GoodMaxAqi) good++; else polluted++;
            if (v.Aqi > HeavyAboveAqi) heavy++;
            levels[AqiLevels.NumberOf(v.Aqi)]++;
            if (v.Primary != AqiTerms.None)
                foreach (var p in Pollutants) if (IsPrimary(v.Primary, p)) primaries[(int)p]++;
        }
        var perLevel = new Dictionary<int, int>(6);
        for (var l = 1; l <= 6; l++) perLevel[l] = levels[l];
        var perPrimary = new Dictionary<Pollutant, int>(PollutantInfo.All.Count);
        foreach (var p in PollutantInfo.All) perPrimary[p] = primaries[(int)p];
        return new DayCountsResult(daily.Length, valid, good, Ratio(good, valid), heavy, Ratio(heavy, valid),
            polluted, perLevel, perPrimary);
    }

    /// <summary>count / valid × 100 in decimal, GB/T 8170 to <paramref name="decimals"/> places; null when valid = 0.</summary>
    public static decimal? Ratio(int count, int valid, int decimals = 1) =>
        valid <= 0 ? null : ReportedValue.Round((decimal)count * 100m / valid, decimals);

    /// <summary>The pollutants of a set of primary terms (O3 1-h and O3 8-h both map to O3, once).</summary>
    public static IEnumerable<Pollutant> PrimaryPollutants(AqiTerms terms) => PollutantInfo.All.Where(p => IsPrimary(terms, p));

    /// <summary>True when <paramref name="pollutant"/> is among the primary terms (O3: its 1-h or 8-h term).</summary>
    public static bool IsPrimary(AqiTerms terms, Pollutant pollutant) => pollutant switch
    {
        Pollutant.SO2 => (terms & AqiTerms.SO2) != 0,
        Pollutant.NO2 => (terms & AqiTerms.NO2) != 0,
        Pollutant.CO => (terms & AqiTerms.CO) != 0,
        Pollutant.O3 => (terms & (AqiTerms.O3 | AqiTerms.O3_8h)) != 0,
        Pollutant.PM10 => (terms & AqiTerms.PM10) != 0,
        Pollutant.PM2_5 => (terms & AqiTerms.PM2_5) != 0,
        _ => false,
    };
}
