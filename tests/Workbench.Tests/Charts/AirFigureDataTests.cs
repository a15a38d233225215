using System.Text.Json;
using Workbench.Air.Compute;
using Workbench.Charts;
using Workbench.Periods;
using Workbench.Standards;

namespace Workbench.Tests.Charts;

/// <summary>The numbers the air figures plot, on the hand-checkable 东州 fixture (see <see cref="ChartFixtures"/>).</summary>
public class AirFigureDataTests
{
    private const string Source = "测试数据";

    [Fact(DisplayName = "Monthly trend: 2019 PM2.5 10…120, 2020 5…60; limit line 35 (GB 3095-2012 annual); target 30")]
    public void MonthlyTrendValues()
    {
        var monthly = ChartFixtures.Monthly(2019).Concat(ChartFixtures.Monthly(2020)).ToArray();
        var target = new AirTarget(ChartFixtures.City, "PM2.5", Period.Year(2020), 30m);
        var data = AirFigureData.MonthlyTrend(monthly, Pollutant.PM2_5, target);
        Assert.Equal([2019, 2020], data.Years.Select(y => y.Year));
        Assert.Equal(Enumerable.Range(1, 12).Select(m => (decimal?)(10 * m)), data.Years[0].Values);
        Assert.Equal(Enumerable.Range(1, 12).Select(m => (decimal?)(5 * m)), data.Years[1].Values);
        Assert.Equal(35, data.Limit.Value);
        Assert.Equal(HouseStyle.LimitColour, data.Limit.Colour);
        Assert.Contains("35", data.Limit.Label);
        Assert.Equal(30, data.Target!.Value);
        Assert.Contains("2020年目标", data.Target.Label);

        var figure = Figures.MonthlyTrend(monthly, Pollutant.PM2_5, Source, target);
        using var json = JsonDocument.Parse(figure.ToJson());
        var traces = json.RootElement.GetProperty("data");
        Assert.Equal(2, traces.GetArrayLength());
        Assert.Equal(["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
            traces[0].GetProperty("x").EnumerateArray().Select(x => x.GetString()));
        // The newest year is drawn strongest.
        Assert.Equal(4, traces[1].GetProperty("line").GetProperty("width").GetInt32());
        var shapes = json.RootElement.GetProperty("layout").GetProperty("shapes").EnumerateArray().ToArray();
        Assert.Contains(shapes, s => s.GetProperty("y0").GetDouble() == 35 && s.GetProperty("line").GetProperty("color").GetString() == HouseStyle.LimitColour);
        Assert.Contains(shapes, s => s.GetProperty("y0").GetDouble() == 30 && s.GetProperty("line").GetProperty("color").GetString() == HouseStyle.TargetColour);
        Assert.Equal("东州2019—2020年PM2.5月均浓度逐月变化", figure.Title);
        Assert.Contains("微克/立方米", figure.ToJson());
    }

    [Fact(DisplayName = "Monthly trend of O3 uses the MDA8 limit 160; CO the 24-hour limit 4")]
    public void ShortTermLimits()
    {
        var monthly = ChartFixtures.Monthly(2019);
        Assert.Equal(160, AirFigureData.MonthlyTrend(monthly, Pollutant.O3).Limit.Value);
        Assert.Equal(4, AirFigureData.MonthlyTrend(monthly, Pollutant.CO).Limit.Value);
        Assert.Equal(60, AirFigureData.MonthlyTrend(monthly, Pollutant.SO2).Limit.Value);
    }

    [Fact(DisplayName = "Annual values: PM2.5 65 → 33, label 同比下降49.2% in green")]
    public void AnnualValues()
    {
        var annual = new[] { ChartFixtures.Annual(2019), ChartFixtures.Annual(2020) };
        var data = AirFigureData.AnnualValues(annual, "PM2.5");
        Assert.Equal(["2019年", "2020年"], data.Bars.Select(b => b.Label));
        Assert.Equal([65m, 33m], data.Bars.Select(b => b.Value));
        Assert.Null(data.Bars[0].ChangeText);
        Assert.Equal("同比下降49.2%", data.Bars[1].ChangeText);
        Assert.Equal(-49.2m, data.Bars[1].Change);
        Assert.Equal(35, data.Limit!.Value);

        var figure = Figures.AnnualValues(annual, "PM2.5", Source);
        using var json = JsonDocument.Parse(figure.ToJson());
        var change = json.RootElement.GetProperty("layout").GetProperty("annotations").EnumerateArray()
            .Single(a => a.GetProperty("text").GetString()!.Contains("下降49.2%"));
        Assert.Equal(HouseStyle.ImprovementColour, change.GetProperty("font").GetProperty("color").GetString());
    }

    [Fact(DisplayName = "Good-day ratio: a rise is good news (green), in percentage points")]
    public void GoodRatioColour()
    {
        var annual = new[] { ChartFixtures.Annual(2019), ChartFixtures.Annual(2020) };
        var data = AirFigureData.AnnualValues(annual, "good_ratio");
        Assert.Contains("个百分点", data.Bars[1].ChangeText);
        Assert.Null(data.Limit);
        Assert.Equal(HouseStyle.ImprovementColour, Figures.ChangeColour("good_ratio", 5m));
        Assert.Equal(HouseStyle.DeteriorationColour, Figures.ChangeColour("good_ratio", -5m));
        Assert.Equal(HouseStyle.DeteriorationColour, Figures.ChangeColour("PM2.5", 5m));
    }

    [Fact(DisplayName = "Base-year comparison: six pollutants in bulletin order, PM2.5 与2019年相比下降49.2%")]
    public void BaseYear()
    {
        var current = ChartFixtures.Annual(2020);
        var baseline = ChartFixtures.Annual(2019);
        var data = AirFigureData.BaseYear(PeriodComparison.AgainstBaseYear(current, baseline));
        Assert.Equal([Pollutant.PM2_5, Pollutant.PM10, Pollutant.O3, Pollutant.SO2, Pollutant.NO2, Pollutant.CO], data.Pairs.Select(p => p.Pollutant));
        var pm = data.Pairs[0];
        Assert.Equal((65m, 33m, -49.2m), (pm.Baseline!.Value, pm.Current!.Value, pm.Change!.Value));
        Assert.Equal("与2019年相比下降49.2%", pm.Text);
        Assert.Equal(("2019年", "2020年"), (data.BaselineLabel, data.CurrentLabel));
        var so2 = data.Pairs[3];
        Assert.Equal(10m, so2.Current);
        Assert.Equal(0m, so2.Change);
        var figure = Figures.BaseYearComparison(PeriodComparison.AgainstBaseYear(current, baseline), current, baseline, Source);
        Assert.Contains("毫克/立方米", figure.ToJson()); // CO's own unit in its panel
        Assert.Contains("下降49.2%", figure.ToJson());
    }

    [Fact(DisplayName = "Source line names source, GB 3095-2012, HJ 633-2012, HJ 663 valid days 364/365 and the dust policy")]
    public void SourceLine()
    {
        var line = SourceLines.Air([ChartFixtures.Annual(2019)], "示例数据");
        Assert.Contains("数据来源：示例数据（审核数据）", line);
        Assert.Contains("GB 3095-2012 二级标准", line);
        Assert.Contains("HJ 633-2012", line);
        Assert.Contains("有效天数364/365天", line);
        Assert.Contains("沙尘", line);
    }
}
