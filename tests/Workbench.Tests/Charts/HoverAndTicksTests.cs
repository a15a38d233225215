using Workbench.Charts;

namespace Workbench.Tests.Charts;

/// <summary>Hover templates in Chinese with the axis unit, and degree ticks that never repeat a label.</summary>
public sealed class HoverAndTicksTests
{
    [Fact(DisplayName = "Hover: a bar shows its category and value with the axis unit, not plotly's raw (2022年, 44) 44")]
    public void BarHover()
    {
        Assert.Equal("%{x}：%{y} 微克/立方米<extra></extra>",
            HoverText.Template("bar", null, horizontal: false, hasText: false, null, "PM2.5浓度（微克/立方米）"));
        Assert.Equal("优<br>%{x}：%{y} 天<extra></extra>", HoverText.Template("bar", "优", false, false, null, "天数（天）"));
        Assert.Equal("%{y}：%{x}%<extra></extra>", HoverText.Template("bar", null, horizontal: true, hasText: false, "变化率（%）", null));
        Assert.Equal("%{x|%Y年%-m月%-d日}：%{y}<extra></extra>", HoverText.Template("scatter", null, false, false, null, "综合指数", xIsDate: true));
    }

    [Fact(DisplayName = "Hover: the composite pie shows label and share once; the section map names the section, longitude and latitude")]
    public void PieAndMapHover()
    {
        Assert.Equal("%{label}：%{percent:.1%}<extra></extra>", HoverText.Template("pie", null, false, false, null, null));
        Assert.Equal("%{text}<br>经度 %{x}°E，纬度 %{y}°N<extra></extra>",
            HoverText.Template("scatter", "Ⅱ类", false, hasText: true, "经度（°E）", "纬度（°N）"));
        Assert.Null(HoverText.Template("heatmap", null, false, false, null, null));
        Assert.Equal("微克/立方米", HoverText.Unit("PM2.5浓度（微克/立方米）"));
        Assert.Null(HoverText.Unit("综合指数"));
    }

    [Fact(DisplayName = "Figures: the annual bars and the composite pie carry the Chinese hover templates")]
    public void FiguresCarryTemplates()
    {
        var annual = Figures.AnnualValues([ChartFixtures.Annual(2019), ChartFixtures.Annual(2020)], "PM2.5", "测试数据");
        var json = annual.ToJson();
        Assert.Contains("<br>%{x}：%{y} 微克/立方米<extra></extra>\"", json);
        var pie = Figures.CompositeShares(ChartFixtures.Annual(2020), "测试数据").ToJson();
        Assert.Contains("\"hovertemplate\":\"%{label}：%{percent:.1%}<extra></extra>\"", pie);
    }

    [Theory(DisplayName = "Degree ticks: a round step and enough decimals, so latitude labels never repeat (34.8, 34.8, 34.9 before)")]
    [InlineData(34.62, 35.05, 0.1, ".1f")]
    [InlineData(34.0, 35.2, 0.2, ".1f")]
    [InlineData(112.1, 114.9, 0.5, ".1f")]
    [InlineData(110.0, 118.0, 2.0, ".0f")]
    public void DegreeTickSteps(double min, double max, double step, string format)
    {
        var ticks = DegreeTicks.For(min, max);
        Assert.Equal((step, format), ticks);
        var labels = new List<string>();
        for (var t = Math.Ceiling(min / step) * step; t <= max + 1e-9; t += step)
            labels.Add(t.ToString(format == ".1f" ? "0.0" : "0", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }
}
