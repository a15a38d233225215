using System.Text;
using Workbench.Air.Compute;
using Workbench.Air.Method;
using Workbench.Air.Tables;
using Workbench.Periods;
using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Tests.Air.Compute;

/// <summary>Assessment of a city over a period: indicators of the CLI contract, composite index, dust policy.</summary>
public class AirAssessmentTests
{
    /// <summary>Q1 2019 with constant daily values, so the means and percentiles equal them (C4 Naiman inputs).</summary>
    internal static DailyTable ConstantQuarter(double so2, double no2, double pm10, double pm25, double co, double mda8,
        string city = "奈曼", int year = 2019)
    {
        var days = Period.Quarter(year, 1).DayCount;
        var t = new DailyTable([city], new DateOnly(year, 1, 1), days, DataStatus.Audited);
        for (var d = 0; d < days; d++)
        {
            t.Series(DailyIndicator.SO2, 0)[d] = so2; t.Series(DailyIndicator.NO2, 0)[d] = no2;
            t.Series(DailyIndicator.PM10, 0)[d] = pm10; t.Series(DailyIndicator.PM2_5, 0)[d] = pm25;
            t.Series(DailyIndicator.CO, 0)[d] = co; t.Series(DailyIndicator.O3_8hMax, 0)[d] = mda8;
            t.Series(DailyIndicator.O3_1hMax, 0)[d] = mda8;
        }
        return t;
    }

    [Fact(DisplayName = "C4 Naiman Q1 (9, 14, 77, 23, 1.1, 96) → composite 3.14; indicators at reported precision")]
    public void NaimanComposite()
    {
        var t = ConstantQuarter(9, 14, 77, 23, 1.1, 96);
        var r = AirAssessment.Assess(t, 0, Period.Quarter(2019, 1), AirQualityStandard.Gb3095_2012, AirSettings.Default);
        Assert.NotNull(r.Composite);
        Assert.Equal(3.14m, r.Composite!.Total);
        Assert.Equal(Pollutant.PM10, r.Composite.Primary);
        var i = r.Indicators;
        Assert.Equal(AirAssessmentResultKeys, i.Keys.ToArray());
        Assert.Equal(23m, i["PM2.5"]);
        Assert.Equal(77m, i["PM10"]);
        Assert.Equal(1.1m, i["CO_P95"]);
        Assert.Equal(96m, i["O3_8h_P90"]);
        Assert.Equal(3.14m, i["composite_index"]);
        Assert.Equal(90m, i["valid_days"]);
        // Every day: PM10 77 → IAQI 64 (2012), the largest: good day.
        Assert.Equal(90m, i["good_days"]);
        Assert.Equal(100.0m, i["good_ratio"]);
        Assert.Equal(0m, i["heavy_days"]);
        Assert.Equal(AirQualityStandard.Gb3095_2012, r.Standard);
        Assert.True(r.Statistics.Pollutants[Pollutant.PM2_5].Validity.IsValid);
        using var json = System.Text.Json.JsonDocument.Parse(Workbench.Air.Output.AirAssessmentJson.Write(r));
        var root = json.RootElement;
        Assert.Equal("奈曼", root.GetProperty("city").GetString());
        Assert.Equal("2019Q1", root.GetProperty("period").GetString());
        Assert.Equal("2012", root.GetProperty("standard").GetString());
        Assert.Equal(0, root.GetProperty("stations").GetArrayLength());
        // Numbers at reported precision, exactly as published (CO 1.1, ratio 100.0).
        var indicators = string.Join(",", root.GetProperty("indicators").EnumerateObject().Select(p => $"{p.Name}={p.Value.GetRawText()}"));
        Assert.Equal("PM2.5=23,PM10=77,SO2=9,NO2=14,CO_P95=1.1,O3_8h_P90=96,composite_index=3.14,"
            + "valid_days=90,good_days=90,good_ratio=100.0,heavy_days=0", indicators);
    }

    private static readonly string[] AirAssessmentResultKeys =
        ["PM2.5", "PM10", "SO2", "NO2", "CO_P95", "O3_8h_P90", "composite_index", "valid_days", "good_days", "good_ratio", "heavy_days"];

    [Fact(DisplayName = "Dust days: PM and composite exclude them, good-day ratio keeps them (CNEMC 2021 policy)")]
    public void DustPolicy()
    {
        var t = ConstantQuarter(9, 14, 77, 23, 1.1, 96);
        var dustDay = new DateOnly(2019, 3, 20);
        var d = t.IndexOfDay(dustDay);
        t.Series(DailyIndicator.PM10, 0)[d] = 900; // sand storm: IAQI 500 on PM10
        var dust = new DustDays([("奈曼旗", new DateOnly(2019, 3, 20)), ("别处", new DateOnly(2019, 3, 21))]);
        var without = AirAssessment.Assess(t, 0, Period.Quarter(2019, 1), AirQualityStandard.Gb3095_2012, AirSettings.Default);
        Assert.Equal(86m, without.Indicators["PM10"]); // (89 × 77 + 900) / 90 = 86.1
        var r = AirAssessment.Assess(t, 0, Period.Quarter(2019, 1), AirQualityStandard.Gb3095_2012, AirSettings.Default, dust);
        // 奈曼旗 ≠ 奈曼: no dust day matched for this city — the list names another city.
        Assert.Empty(r.DustDays);
        var dust2 = new DustDays([("奈曼", dustDay)]);
        r = AirAssessment.Assess(t, 0, Period.Quarter(2019, 1), AirQualityStandard.Gb3095_2012, AirSettings.Default, dust2);
        Assert.True(r.DustApplied);
        Assert.Equal([dustDay], r.DustDays);
        Assert.Equal(77m, r.Indicators["PM10"]);
        Assert.Equal(3.14m, r.Indicators["composite_index"]);
        Assert.Equal(89m, r.Indicators["good_days"]);   // the dust day stays in the day counts, polluted
        Assert.Equal(1m, r.Indicators["heavy_days"]);
        var all = AirAssessment.Assess(t, 0, Period.Quarter(2019, 1), AirQualityStandard.Gb3095_2012,
            AirSettings.Default with { Dust = new DustPolicy(ExcludeFromDayCounts: true) }, dust2);
        Assert.Equal(90m, all.Indicators["good_days"]);
    }

    [Fact(DisplayName = "One standard for all: the 2026 limits and AQI change the numbers of the same data")]
    public void StandardIsExplicit()
    {
        var t = ConstantQuarter(9, 14, 77, 23, 1.1, 96);
        var r2026 = AirAssessment.Assess(t, 0, Period.Quarter(2019, 1), AirQualityStandard.Gb3095_2026Transition, AirSettings.Default);
        Assert.Equal(AqiStandard.Hj633_2026, r2026.AqiStandard);
        // PM10 77 on the 2026 table (50→50, 120→100): 69.3 → 70: still good.
        Assert.Equal(90m, r2026.Indicators["good_days"]);
        // PM2.5 annual limit 30 under the transition: 23 attains, PM10 77 > 60 does not.
        Assert.True(r2026.Statistics.Pollutants[Pollutant.PM2_5].Attains);
        Assert.False(r2026.Statistics.Pollutants[Pollutant.PM10].Attains);
    }
}

/// <summary>Dust-day list file and the ⚠ HJ 633-2026 NA rule for valid days.</summary>
public class DustAndNaRuleTests
{
    [Fact(DisplayName = "Dust list: header 城市,日期; bad date reported with line and column; aliases through the city registry")]
    public void DustListFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dust-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "\uFEFF城市,日期\n吐鲁番市,2019-03-20\n焦作市　,20190321\n焦作,2019-13-01\n");
        try
        {
            var quality = new Workbench.Quality.DataQualityReport();
            var dust = DustDays.Load(path, quality, Workbench.Registries.CityRegistry.Default);
            Assert.Equal(2, dust.Count);
            Assert.True(dust.Contains("吐鲁番地区", new DateOnly(2019, 3, 20)));
            Assert.True(dust.Contains("焦作", new DateOnly(2019, 3, 21)));
            var issue = Assert.Single(quality.Issues);
            Assert.Equal(4, issue.Line);
            Assert.Equal("日期", issue.Column);
        }
        finally { File.Delete(path); }
        var bad = Path.Combine(Path.GetTempPath(), $"dust-{Guid.NewGuid():N}.csv");
        File.WriteAllText(bad, "city,date\n焦作,2019-03-20\n");
        try
        {
            var e = Assert.Throws<Workbench.IO.WorkbenchDataException>(() => DustDays.Load(bad));
            Assert.Contains("第 1 行", e.Message);
        }
        finally { File.Delete(bad); }
    }

    [Fact(DisplayName = "Dust list: extra columns (a reviewed `dust suggest` file) ignored, quoted fields and GBK read")]
    public void DustListWithEvidenceColumns()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dust-{Guid.NewGuid():N}.csv");
        try
        {
            // 日期 before 城市, quoted evidence with commas and a line break, then the same saved by Excel as GBK.
            const string text = "序号,日期,城市,依据\r\n1,2021-03-15,西州,\"PM10 713.4, 比值 0.238\"\r\n2,2021-03-16,\"北州\",\"两行\n依据\"\r\n3,2021/3/17,中州,\r\n";
            foreach (var bytes in new[] { Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
                         Workbench.Air.Import.TextDecoding.Gbk.GetBytes(text) })
            {
                File.WriteAllBytes(path, bytes);
                var quality = new Workbench.Quality.DataQualityReport();
                var dust = DustDays.Load(path, quality);
                Assert.Equal(3, dust.Count);
                Assert.True(dust.Contains("西州", new DateOnly(2021, 3, 15)));
                Assert.True(dust.Contains("北州", new DateOnly(2021, 3, 16)));
                Assert.True(dust.Contains("中州", new DateOnly(2021, 3, 17)));
                Assert.Empty(quality.Issues);
            }
        }
        finally { File.Delete(path); }
    }

    [Fact(DisplayName = "HJ 633-2026 §5.3 NA rule (⚠ flag): a day missing NO2 with AQI ≤ 100 is not a valid day when on")]
    public void NaRule()
    {
        var t = AirAssessmentTests.ConstantQuarter(9, 14, 77, 23, 1.1, 96);
        t.Series(DailyIndicator.NO2, 0)[0] = double.NaN; // Jan 1: NO2 missing, AQI (PM10 77 → 70 under 2026) ≤ 100
        var period = Period.Quarter(2019, 1);
        var off = AirAssessment.Assess(t, 0, period, AirQualityStandard.Gb3095_2026Transition, AirSettings.Default);
        Assert.Equal(90m, off.Indicators["valid_days"]);
        var on = AirAssessment.Assess(t, 0, period, AirQualityStandard.Gb3095_2026Transition,
            AirSettings.Default with { Aqi = new AqiSettings(Hj633_2026NaRule: true) });
        Assert.Equal(89m, on.Indicators["valid_days"]);
        Assert.Equal(100.0m, on.Indicators["good_ratio"]);
    }
}
