using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Tests.Standards;

/// <summary>Real-time AQI methods (REFERENCE A2.5, A2.6, F1).</summary>
public class RealtimeAqiTests
{
    private const double NaN = double.NaN;

    // Station 1819A, 2024-01-01 00:00 (CNEMC feed), with moving means added for the HJ 633-2012 method.
    private static readonly HourlyConcentrations Hour = new(
        SO2: 7, NO2: 61, CO: 1.0, O3: NaN, PM10: 142, PM2_5: 86,
        O3_8h: 64, PM10_24h: 133, PM2_5_24h: 99, SO2_24h: 9);

    [Fact(DisplayName = "F1 CnemcRealtime: PM 1-hour values on the 24-h tables, no O3 8h term → 114 PM2.5")]
    public void CnemcRealtime()
    {
        Assert.Equal(new AqiValue(114, AqiTerms.PM2_5), RealtimeAqi.Compute(RealtimeAqiMethod.CnemcRealtime, AqiStandard.Hj633_2012, Hour));
        var sub = RealtimeAqi.SubIndices(RealtimeAqiMethod.CnemcRealtime, AqiStandard.Hj633_2012, Hour);
        Assert.Equal(96, sub[AqiTerms.PM10]);   // 142 → 96
        Assert.Equal(31, sub[AqiTerms.NO2]);    // 61 on the 1 h table → 30.5
        Assert.False(sub.ContainsKey(AqiTerms.O3_8h));
        // An O3 8-hour value never enters the CNEMC practice.
        Assert.Equal(114, RealtimeAqi.Compute(RealtimeAqiMethod.CnemcRealtime, AqiStandard.Hj633_2012, Hour with { O3_8h = 700 }).Aqi);
        // The 2026 breakpoints (PM2.5 60 → 100) give 86 → 123.6 → 124.
        Assert.Equal(new AqiValue(124, AqiTerms.PM2_5), RealtimeAqi.Compute(RealtimeAqiMethod.CnemcRealtime, AqiStandard.Hj633_2026, Hour));
    }

    [Fact(DisplayName = "A2.5 Hj633_2012Realtime: O3 8h term and PM 24-h moving means → 130 PM2.5")]
    public void Hj6332012Realtime()
    {
        var v = RealtimeAqi.Compute(RealtimeAqiMethod.Hj633_2012Realtime, AqiStandard.Hj633_2012, Hour);
        Assert.Equal(new AqiValue(130, AqiTerms.PM2_5), v); // PM2.5 24 h 99 → 130
        var sub = RealtimeAqi.SubIndices(RealtimeAqiMethod.Hj633_2012Realtime, AqiStandard.Hj633_2012, Hour);
        Assert.Equal(92, sub[AqiTerms.PM10]);   // 133 → 91.5
        Assert.Equal(32, sub[AqiTerms.O3_8h]);  // 64 → 32
        Assert.False(sub.ContainsKey(AqiTerms.O3));
    }

    [Fact(DisplayName = "C2.4 real time 2012: O3 8h above 800 → the 1-hour IAQI, O3 primary")]
    public void O38hAbove800Realtime()
    {
        var c = new HourlyConcentrations(SO2: 5, NO2: 20, CO: 0.5, O3: 1000, PM10: 30, PM2_5: 20, O3_8h: 850, PM10_24h: 30, PM2_5_24h: 20);
        Assert.Equal(new AqiValue(400, AqiTerms.O3), RealtimeAqi.Compute(RealtimeAqiMethod.Hj633_2012Realtime, AqiStandard.Hj633_2012, c));
        Assert.Equal(400, RealtimeAqi.SubIndices(RealtimeAqiMethod.Hj633_2012Realtime, AqiStandard.Hj633_2012, c)[AqiTerms.O3_8h]);
    }

    [Fact(DisplayName = "A2.6 Hj633_2026Realtime rounds inputs first: CO 1 h 5.05 → 5.0 → 50 (unrounded 51)")]
    public void Hj6332026RealtimeRounds()
    {
        var c = new HourlyConcentrations(SO2: NaN, NO2: NaN, CO: 5.05, O3: NaN, PM10: NaN, PM2_5: NaN);
        Assert.Equal(new AqiValue(50, AqiTerms.None), RealtimeAqi.Compute(RealtimeAqiMethod.Hj633_2026Realtime, AqiStandard.Hj633_2026, c));
        Assert.Equal(new AqiValue(51, AqiTerms.CO), RealtimeAqi.Compute(RealtimeAqiMethod.CnemcRealtime, AqiStandard.Hj633_2026, c));
        // PM2.5 1 h 75.5 → 76 on the 2026 table → 114.55 → 115; PM10 130.5 → 130 → 104: tie-free, PM2.5 primary.
        var pm = c with { CO = 0.5, PM2_5 = 75.5, PM10 = 130.5 };
        Assert.Equal(new AqiValue(115, AqiTerms.PM2_5), RealtimeAqi.Compute(RealtimeAqiMethod.Hj633_2026Realtime, AqiStandard.Hj633_2026, pm));
    }

    [Fact(DisplayName = "A method written for one HJ 633 version refuses the other's breakpoints")]
    public void MethodVersionMismatch()
    {
        Assert.Throws<ArgumentException>(() => RealtimeAqi.Compute(RealtimeAqiMethod.Hj633_2012Realtime, AqiStandard.Hj633_2026, Hour));
        Assert.Throws<ArgumentException>(() => RealtimeAqi.Compute(RealtimeAqiMethod.Hj633_2026Realtime, AqiStandard.Hj633_2012, Hour));
    }

    [Fact(DisplayName = "Real-time AQI allocates nothing on the hot path")]
    public void AllocationFree()
    {
        var settings = AqiSettings.Default;
        long sum = 0;
        long Measure()
        {
            var c = Hour;
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 10_000; i++)
            {
                c = c with { PM2_5 = i % 300, CO = i % 50 / 10.0 };
                sum += RealtimeAqi.Compute(RealtimeAqiMethod.CnemcRealtime, AqiStandard.Hj633_2012, c, settings).Aqi;
                sum += RealtimeAqi.Compute(RealtimeAqiMethod.Hj633_2012Realtime, AqiStandard.Hj633_2012, c, settings).Aqi;
                sum += RealtimeAqi.Compute(RealtimeAqiMethod.Hj633_2026Realtime, AqiStandard.Hj633_2026, c, settings).Aqi;
                var d = new DailyConcentrations(c.SO2, c.NO2, c.CO, c.PM10, c.PM2_5, 80, 60);
                sum += DailyAqi.Compute(AqiStandard.Hj633_2026, d, settings).Aqi;
            }
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        // The runtime may allocate once on this thread while these methods are first run or recompiled at a higher
        // tier; a hot path that allocates does so in every round, so the least of three rounds is what it costs.
        var rounds = new[] { Measure(), Measure(), Measure() };
        Assert.True(sum > 0);
        Assert.Equal(0, rounds.Min());
    }
}
