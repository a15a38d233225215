using Microsoft.Data.Analysis;
using Workbench.Air.Compute;
using Workbench.Air.Method;
using Workbench.Air.Tables;
using Workbench.Frames;
using Workbench.Periods;
using Workbench.Standards;

namespace Workbench.Tests.Frames;

public class AirFramesTests
{
    // Three days of a city-daily table: C2.1's day (AQI 77, PM2.5 primary), a good day, and a day without PM2.5.
    private static Workbench.Air.Results.CityDailyResult Make()
    {
        var t = new DailyTable(["测试市"], new DateOnly(2020, 1, 1), 3, DataStatus.Audited);
        void Day(int d, double so2, double no2, double pm10, double co, double pm25, double o31, double o38)
        {
            t.Series(DailyIndicator.SO2, 0)[d] = so2; t.Series(DailyIndicator.NO2, 0)[d] = no2;
            t.Series(DailyIndicator.PM10, 0)[d] = pm10; t.Series(DailyIndicator.CO, 0)[d] = co;
            t.Series(DailyIndicator.PM2_5, 0)[d] = pm25; t.Series(DailyIndicator.O3_1hMax, 0)[d] = o31;
            t.Series(DailyIndicator.O3_8hMax, 0)[d] = o38;
        }
        Day(0, 12, 45, 89, 1.1, 56, 150, 120);
        Day(1, 5, 20, 30, 0.4, 15, 60, 50);
        Day(2, 5, 20, 30, 0.4, double.NaN, 60, 50);
        return CityDaily.FromCityTable(t, "测试市", AirSettings.Default);
    }

    [Fact]
    public void CityDaysCarryConcentrationsAqiLevelAndPrimary()
    {
        var frame = AirFrames.CityDays(Make());
        Assert.Equal(3, frame.Rows.Count);
        Assert.Equal(77, frame["AQI"][0]);          // REFERENCE C2.1 under HJ 633-2012
        Assert.Equal("良", frame["类别"][0]);
        Assert.Equal("PM2.5", frame["首要污染物"][0]);
        Assert.Equal("", frame["首要污染物"][1]);    // AQI ≤ 50: no primary pollutant
        Assert.Null(frame["PM2.5"][2]);              // missing stays missing, not 0 or NaN
        Assert.Equal(56.0, frame["PM2.5"][0]);
    }

    [Fact]
    public void AssessmentRowsUseReportedPrecisionAndRenderWithoutNoise()
    {
        var city = Make();
        var r = AirAssessment.Assess(city, Period.Range(new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 3)),
            AirSettings.Default with { SpanValidity = SpanValidityRule.None }, AirQualityStandard.Gb3095_2012);
        var frame = AirFrames.Assessments([r]);
        // PM2.5 mean of the two valid days: (56 + 15) / 2 = 35.5 → GB/T 8170 half-even → 36.
        Assert.Equal(36m, frame["PM2.5（微克/立方米）"][0]);
        Assert.Equal(["城市", "时段", "标准", "数据状态", "PM2.5（微克/立方米）", "PM10（微克/立方米）", "SO₂（微克/立方米）", "NO₂（微克/立方米）",
            "CO第95百分位数（毫克/立方米）", "O₃-8h第90百分位数（微克/立方米）", "综合指数", "有效天数", "优良天数", "优良天数比例%", "重污染天数", "全部有效"],
            frame.Columns.Select(c => c.Name));
        Assert.Equal("审核", frame["数据状态"][0]);
        Assert.Equal(3, frame["有效天数"][0]);
        Assert.Equal(3, frame["优良天数"][0]);
        var text = FrameText.ToText(frame, AirFrames.Decimals);
        Assert.Contains("测试市", text);
        Assert.DoesNotContain("E-", text);
        Assert.Contains("100.0", text); // good-day ratio at one decimal

        var pollutants = AirFrames.Pollutants(r);
        Assert.Equal(6, pollutants.Rows.Count);
        Assert.Equal("P95", pollutants["百分位"][2]); // CO
    }

    [Fact]
    public void RankingFrameKeepsTies()
    {
        var frame = AirFrames.Ranking([new(1, "甲", 3.10m), new(2, "乙", 3.20m), new(2, "丙", 3.20m), new(4, "丁", 4.00m)], "综合指数");
        Assert.Equal(new object?[] { 1, 2, 2, 4 }, Enumerable.Range(0, 4).Select(i => frame["排名"][i]).ToArray());
    }
}
