using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Tests.Standards;

/// <summary>REFERENCE.md C2.1–C2.6: daily AQI under HJ 633-2012 and HJ 633-2026.</summary>
public class DailyAqiTests
{
    private const double NaN = double.NaN;
    private static readonly DailyConcentrations C21 = new(SO2: 12, NO2: 45, CO: 1.1, PM10: 89, PM2_5: 56, O3_1hMax: 150, O3_8hMax: 120);

    [Fact(DisplayName = "C2.1 normal day 2012 → AQI 77, level 2 良, primary PM2.5")]
    public void C21_NormalDay()
    {
        var v = DailyAqi.Compute(AqiStandard.Hj633_2012, C21);
        Assert.Equal(new AqiValue(77, AqiTerms.PM2_5), v);
        Assert.Equal("良", AqiLevels.ForAqi(v.Aqi).Category);
        var sub = DailyAqi.SubIndices(AqiStandard.Hj633_2012, C21);
        Assert.Equal(12, sub[AqiTerms.SO2]);
        Assert.Equal(57, sub[AqiTerms.NO2]);
        Assert.Equal(70, sub[AqiTerms.PM10]);
        Assert.Equal(28, sub[AqiTerms.CO]);
        Assert.Equal(77, sub[AqiTerms.PM2_5]);
        Assert.Equal(47, sub[AqiTerms.O3]);
        Assert.Equal(67, sub[AqiTerms.O3_8h]);
        Assert.Equal(7, sub.Count);
        Assert.Equal(AqiTerms.None, DailyAqi.ExceedingPollutants(AqiStandard.Hj633_2012, C21));   // no exceeding pollutant
    }

    [Fact(DisplayName = "C2.2 tie PM10 250 and PM2.5 115 → AQI 150, both primary")]
    public void C22_Tie()
    {
        var c = new DailyConcentrations(SO2: 20, NO2: 60, CO: 1.5, PM10: 250, PM2_5: 115, O3_1hMax: 80, O3_8hMax: 60);
        var v = DailyAqi.Compute(AqiStandard.Hj633_2012, c);
        Assert.Equal(150, v.Aqi);
        Assert.Equal(AqiTerms.PM10 | AqiTerms.PM2_5, v.Primary);
        Assert.Equal("PM10+PM2.5", v.Primary.ToCodes());
        Assert.Equal(3, AqiLevels.ForAqi(v.Aqi).Number);
        var sub = DailyAqi.SubIndices(AqiStandard.Hj633_2012, c);
        Assert.Equal(AqiTerms.PM10 | AqiTerms.PM2_5, DailyAqi.ExceedingPollutants(AqiStandard.Hj633_2012, c)); // 150 > 100
        Assert.Throws<NotSupportedException>(() => DailyAqi.ExceedingPollutants(AqiStandard.Hj633_2026, c));
        Assert.Equal([20, 75, 38, 25, 30], new[] { sub[AqiTerms.SO2], sub[AqiTerms.NO2], sub[AqiTerms.CO], sub[AqiTerms.O3], sub[AqiTerms.O3_8h] });
    }

    [Fact(DisplayName = "C2.2 ties are judged after rounding up (61.5 and 61.25 both give 62)")]
    public void TieAfterRoundingUp()
    {
        // PM10 73 → 61.5 → 62 and PM2.5 43.9 → 61.125 → 62: a tie after rounding up although the raw values differ.
        // PM2.5 43.6 → 60.75 → 61: no tie.
        var c = new DailyConcentrations(NaN, NaN, NaN, PM10: 73, PM2_5: 43.9, NaN, NaN);
        Assert.Equal(new AqiValue(62, AqiTerms.PM10 | AqiTerms.PM2_5), DailyAqi.Compute(AqiStandard.Hj633_2012, c));
        var notTie = c with { PM2_5 = 43.6 };
        Assert.Equal(new AqiValue(62, AqiTerms.PM10), DailyAqi.Compute(AqiStandard.Hj633_2012, notTie));
    }

    [Fact(DisplayName = "C2.3 O3 1-hour max drives the 2012 daily AQI → 165 level 4; 2026 → 110 level 3")]
    public void C23_O31hDrives2012()
    {
        var c = new DailyConcentrations(SO2: 10, NO2: 30, CO: 0.8, PM10: 40, PM2_5: 20, O3_1hMax: 330, O3_8hMax: 170);
        var v2012 = DailyAqi.Compute(AqiStandard.Hj633_2012, c);
        Assert.Equal(new AqiValue(165, AqiTerms.O3), v2012);
        Assert.Equal(4, AqiLevels.ForAqi(v2012.Aqi).Number);
        Assert.Equal(110, DailyAqi.SubIndices(AqiStandard.Hj633_2012, c)[AqiTerms.O3_8h]);
        var v2026 = DailyAqi.Compute(AqiStandard.Hj633_2026, c);
        Assert.Equal(new AqiValue(110, AqiTerms.O3_8h), v2026);
        Assert.Equal(3, AqiLevels.ForAqi(v2026.Aqi).Number);
        Assert.False(DailyAqi.SubIndices(AqiStandard.Hj633_2026, c).ContainsKey(AqiTerms.O3));
    }

    [Fact(DisplayName = "C2.4 O3 8h above 800: 2012 uses the 1-hour IAQI → 400; 2026 → 300")]
    public void C24_O38hAbove800()
    {
        var c = new DailyConcentrations(SO2: 10, NO2: 30, CO: 0.8, PM10: 40, PM2_5: 20, O3_1hMax: 1000, O3_8hMax: 850);
        var v2012 = DailyAqi.Compute(AqiStandard.Hj633_2012, c);
        Assert.Equal(new AqiValue(400, AqiTerms.O3), v2012);
        Assert.Equal(400, DailyAqi.SubIndices(AqiStandard.Hj633_2012, c)[AqiTerms.O3_8h]);
        var v2026 = DailyAqi.Compute(AqiStandard.Hj633_2026, c);
        Assert.Equal(new AqiValue(300, AqiTerms.O3_8h), v2026);
    }

    [Fact(DisplayName = "C2.5 SO2 1h above 800 (real-time): 2012 → SO2 24h IAQI 124; 2026 → 200")]
    public void C25_So21hAbove800()
    {
        var c = new HourlyConcentrations(SO2: 900, NO2: NaN, CO: NaN, O3: NaN, PM10: NaN, PM2_5: NaN, SO2_24h: 300);
        Assert.Equal(123.077m, Math.Round(Iaqi.Raw(AqiStandard.Hj633_2012, IaqiItem.SO2_24h, 300)!.Value, 3));
        Assert.Equal(new AqiValue(124, AqiTerms.SO2), RealtimeAqi.Compute(RealtimeAqiMethod.Hj633_2012Realtime, AqiStandard.Hj633_2012, c));
        Assert.Equal(new AqiValue(124, AqiTerms.SO2), RealtimeAqi.Compute(RealtimeAqiMethod.CnemcRealtime, AqiStandard.Hj633_2012, c));
        Assert.Equal(new AqiValue(200, AqiTerms.SO2), RealtimeAqi.Compute(RealtimeAqiMethod.Hj633_2026Realtime, AqiStandard.Hj633_2026, c));
        Assert.Equal(new AqiValue(200, AqiTerms.SO2), RealtimeAqi.Compute(RealtimeAqiMethod.CnemcRealtime, AqiStandard.Hj633_2026, c));
        // Without a 24-hour mean the 2012 SO2 term is absent.
        Assert.Equal(AqiValue.None, RealtimeAqi.Compute(RealtimeAqiMethod.Hj633_2012Realtime, AqiStandard.Hj633_2012, c with { SO2_24h = NaN }));
    }

    [Fact(DisplayName = "C2.6 HJ 633-2026 with C2.1 inputs → AQI 92, primary PM2.5 (PM10 78)")]
    public void C26_Same2026()
    {
        var v = DailyAqi.Compute(AqiStandard.Hj633_2026, C21);
        Assert.Equal(new AqiValue(92, AqiTerms.PM2_5), v);
        var sub = DailyAqi.SubIndices(AqiStandard.Hj633_2026, C21);
        Assert.Equal(78, sub[AqiTerms.PM10]);
        Assert.Equal(6, sub.Count);
    }

    [Fact(DisplayName = "C2.6 HJ 633-2026 inputs rounded half-even first → AQI 115, level 3")]
    public void C26_InputRounding()
    {
        var c = new DailyConcentrations(SO2: 12, NO2: 45, CO: 1.05, PM10: 130.5, PM2_5: 75.5, O3_1hMax: NaN, O3_8hMax: 120.5);
        var v = DailyAqi.Compute(AqiStandard.Hj633_2026, c);
        Assert.Equal(new AqiValue(115, AqiTerms.PM2_5), v);
        Assert.Equal(3, AqiLevels.ForAqi(v.Aqi).Number);
        var sub = DailyAqi.SubIndices(AqiStandard.Hj633_2026, c);
        Assert.Equal(115, sub[AqiTerms.PM2_5]); // 76 → 114.55
        Assert.Equal(104, sub[AqiTerms.PM10]);  // 130 → 103.85
        Assert.Equal(25, sub[AqiTerms.CO]);     // 1.0
        Assert.Equal(67, sub[AqiTerms.O3_8h]);  // 120
        Assert.Equal(12, sub[AqiTerms.SO2]);
        Assert.Equal(57, sub[AqiTerms.NO2]);
        // The single IAQI does not round its input: CO 1.05 gives 26.25 → 27, not 25.
        Assert.Equal(27, Iaqi.Compute(AqiStandard.Hj633_2026, IaqiItem.CO_24h, 1.05));
    }

    [Fact(DisplayName = "Missing terms skipped; none → AqiValue.None; AQI ≤ 50 has no primary")]
    public void MissingAndClean()
    {
        var none = new DailyConcentrations(NaN, NaN, NaN, NaN, NaN, NaN, NaN);
        Assert.Equal(AqiValue.None, DailyAqi.Compute(AqiStandard.Hj633_2012, none));
        Assert.False(DailyAqi.Compute(AqiStandard.Hj633_2026, none).HasValue);
        var onlyPm = none with { PM2_5 = 56 };
        Assert.Equal(new AqiValue(77, AqiTerms.PM2_5), DailyAqi.Compute(AqiStandard.Hj633_2012, onlyPm));
        // PM2.5 35 → exactly 50 is the maximum: AQI 50, level 1, no primary pollutant (HJ 633 §4.4.2: only when AQI > 50).
        var clean = new DailyConcentrations(5, 10, 0.3, 20, 35, 60, 40);
        Assert.Equal(new AqiValue(50, AqiTerms.None), DailyAqi.Compute(AqiStandard.Hj633_2012, clean));
        Assert.Equal(new AqiValue(51, AqiTerms.PM2_5), DailyAqi.Compute(AqiStandard.Hj633_2012, clean with { PM2_5 = 35.1 }));
    }

    [Fact(DisplayName = "A2.6 §5.3 NA rule: with a pollutant missing, AQI ≤ 100 is not published, > 100 is")]
    public void NaRule2026()
    {
        var na = new AqiSettings(Hj633_2026NaRule: true);
        var missingSo2 = C21 with { SO2 = NaN };
        Assert.Equal(new AqiValue(92, AqiTerms.PM2_5), DailyAqi.Compute(AqiStandard.Hj633_2026, missingSo2));
        Assert.Equal(AqiValue.None, DailyAqi.Compute(AqiStandard.Hj633_2026, missingSo2, na));
        Assert.Equal(new AqiValue(92, AqiTerms.PM2_5), DailyAqi.Compute(AqiStandard.Hj633_2026, C21, na)); // complete: published
        var polluted = missingSo2 with { PM2_5 = 80 };
        Assert.Equal(new AqiValue(119, AqiTerms.PM2_5), DailyAqi.Compute(AqiStandard.Hj633_2026, polluted, na)); // 118.18
    }

    [Fact(DisplayName = "Cap policy: PM2.5 above 500 → 500 or no term")]
    public void CapPolicy()
    {
        var c = new DailyConcentrations(10, 20, 0.5, 300, 600, 50, 40);
        Assert.Equal(new AqiValue(500, AqiTerms.PM2_5), DailyAqi.Compute(AqiStandard.Hj633_2012, c));
        Assert.Equal(new AqiValue(175, AqiTerms.PM10), DailyAqi.Compute(AqiStandard.Hj633_2012, c, new AqiSettings(Cap: AqiCapPolicy.NoValue)));
    }
}
