using Workbench.Air.Compute;
using Workbench.Air.Method;
using Workbench.Air.Results;
using Workbench.Periods;
using Workbench.Quality;
using Workbench.Standards;

namespace Workbench.Tests.Air.Compute;

/// <summary>Year-on-year and base-year comparisons, targets and rankings.</summary>
public class PeriodComparisonTests
{
    private static AirAssessmentResult Q1(string city, int year, double so2, double no2, double pm10, double pm25, double co, double o3,
        AirQualityStandard standard = AirQualityStandard.Gb3095_2012) =>
        AirAssessment.Assess(AirAssessmentTests.ConstantQuarter(so2, no2, pm10, pm25, co, o3, city, year), 0,
            Period.Quarter(year, 1), standard, AirSettings.Default);

    [Theory(DisplayName = "Change phrases: 56 vs 63 → 同比下降11.1%; 4.35 vs 4.60 → −5.4 %; ratio in points; days as differences")]
    [InlineData("PM2.5", "56", "63", "-11.1", "同比下降11.1%")]
    [InlineData("composite_index", "4.35", "4.60", "-5.4", "同比下降5.4%")]
    [InlineData("good_ratio", "80.3", "75.1", "5.2", "同比上升5.2个百分点")]
    [InlineData("good_days", "210", "164", "46", "同比增加46天")]
    [InlineData("heavy_days", "13", "13", "0", "同比持平")]
    public void Phrases(string indicator, string current, string baseline, string change, string text)
    {
        var c = PeriodComparison.Change(indicator, decimal.Parse(current), decimal.Parse(baseline), "同比");
        Assert.Equal(decimal.Parse(change), c.Change);
        Assert.Equal(text, c.Text);
    }

    [Fact(DisplayName = "Year-on-year of two assessments; different standards refused")]
    public void YearOnYear()
    {
        var y2019 = Q1("奈曼", 2019, 9, 14, 77, 23, 1.1, 96);
        var y2018 = Q1("奈曼", 2018, 9, 14, 80, 26, 1.2, 96);
        var r = PeriodComparison.YearOnYear(y2019, y2018);
        Assert.Equal(-11.5m, r["PM2.5"].Change); // (23 − 26)/26
        Assert.Equal("同比下降11.5%", r["PM2.5"].Text);
        Assert.Equal("同比下降3.8%", r["PM10"].Text);
        Assert.Equal(ChangeKind.PercentagePoints, r["good_ratio"].Kind);
        var other = Q1("奈曼", 2018, 9, 14, 80, 26, 1.2, 96, AirQualityStandard.Gb3095_2026Transition);
        var e = Assert.Throws<ArgumentException>(() => PeriodComparison.YearOnYear(y2019, other));
        Assert.Contains("同一标准版本", e.Message);
        Assert.Throws<ArgumentException>(() => PeriodComparison.YearOnYear(y2019, Q1("奈曼", 2017, 9, 14, 80, 26, 1.2, 96)));
        var five = PeriodComparison.AgainstBaseYear(y2019, Q1("奈曼", 2015, 9, 14, 80, 36, 1.2, 96));
        Assert.Equal("与2015年第一季度相比下降36.1%", five["PM2.5"].Text); // (23 − 36)/36 = −36.11 %
    }

    [Fact(DisplayName = "Targets: PM2.5 56 vs 60 → 较目标低4微克/立方米; good ratio in points; bad rows reported")]
    public void Targets()
    {
        var path = Path.Combine(Path.GetTempPath(), $"targets-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "\uFEFF城市,指标,时段,目标值\n奈曼旗,PM2.5浓度,2019,60\n奈曼,优良天数比例,2019,80.5\n奈曼,臭氧,2019,abc\n奈曼,风速,2019,3\n");
        try
        {
            var quality = new DataQualityReport();
            var targets = AirTargets.Load(path, quality);
            Assert.Equal(2, targets.Count);
            Assert.Equal(2, quality.Issues.Count);
            Assert.Equal(4, quality.Issues[0].Line);
            Assert.Equal("目标值", quality.Issues[0].Column);
            var pm = AirTargets.Gap(targets[0], 56m);
            Assert.Equal("较目标低4微克/立方米", pm.Text);
            Assert.True(pm.Met);
            var ratio = AirTargets.Gap(targets[1], 78.4m);
            Assert.Equal("较目标低2.1个百分点", ratio.Text);
            Assert.False(ratio.Met);
        }
        finally { File.Delete(path); }
    }

    [Fact(DisplayName = "Ranking: ties share a rank (1, 2, 2, 4)")]
    public void Ties()
    {
        var r = Ranking.Rank([("甲", 3.14m), ("乙", 1.73m), ("丙", 3.14m), ("丁", 4.00m)]);
        Assert.Equal([1, 2, 2, 4], r.Select(e => e.Rank));
        Assert.Equal(["乙", "丙", "甲", "丁"], r.Select(e => e.Name));
    }

    [Fact(DisplayName = "Composite and change-rate rankings; a city attaining Class 2 everywhere leaves the deterioration list")]
    public void Rankings()
    {
        var current = new[]
        {
            Q1("甲", 2019, 9, 14, 77, 23, 1.1, 96),   // 3.14
            Q1("乙", 2019, 9, 14, 77, 23, 1.1, 96),   // 3.14 (tie)
            Q1("丙", 2019, 3, 13, 16, 13, 0.9, 87),   // 1.73, every pollutant attains
        };
        var baseline = new[]
        {
            Q1("甲", 2018, 9, 14, 77, 30, 1.1, 96),   // worse a year before: improvement
            Q1("乙", 2018, 9, 10, 60, 20, 1.1, 96),   // better a year before: deterioration
            Q1("丙", 2018, 3, 13, 16, 10, 0.9, 87),   // better a year before, but attains
        };
        var composite = Ranking.ByCompositeIndex(current, out var unranked);
        Assert.Empty(unranked);
        Assert.Equal([("丙", 1), ("乙", 2), ("甲", 2)], composite.Select(e => (e.Name, e.Rank)));
        var change = Ranking.ByChangeRate(current.Zip(baseline));
        Assert.Equal("甲", change.Improvement[0].Name);
        Assert.True(change.Improvement[0].Value < 0);
        Assert.Equal(["丙"], change.ExcludedFromDeterioration);
        Assert.Equal(["乙", "甲"], change.Deterioration.Select(e => e.Name));
        Assert.True(current[2].Statistics.AllAttain);
    }
}

public class ComparisonEmptyBaselineTests
{
    [Fact(DisplayName = "A baseline year without valid days gives no day-count change (not “同比增加N天”)")]
    public void EmptyBaselineHasNoDayCountChange()
    {
        var t = new Workbench.Air.Tables.DailyTable(["甲市"], new DateOnly(2019, 1, 1), 730, Workbench.Air.Tables.DataStatus.Realtime);
        for (var d = 365; d < 730; d++)
            foreach (var i in Enum.GetValues<Workbench.Air.Tables.DailyIndicator>())
                t.Series(i, 0)[d] = i == Workbench.Air.Tables.DailyIndicator.CO ? 0.8 : 30;
        var city = CityDaily.FromCityTable(t, "甲市", AirSettings.Default);
        var r = PeriodComparison.YearOnYear(city, Workbench.Periods.Period.Year(2020), AirSettings.Default);
        var good = r.Changes.Single(c => c.Indicator == "good_days");
        Assert.Null(good.Change);
        Assert.Equal("同比无法比较（2019年无有效数据）", good.Text);
        Assert.Null(r.Changes.Single(c => c.Indicator == "PM2.5").Change);
    }
}
