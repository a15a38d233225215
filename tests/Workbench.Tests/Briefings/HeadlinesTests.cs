using Workbench.Briefings;
using Workbench.Standards;

namespace Workbench.Tests.Briefings;

/// <summary>The sentence rules, with hand-written expected sentences (the wording of DESIGN.md's bulletin examples).</summary>
public class HeadlinesTests
{
    [Theory(DisplayName = "Headline numbers round half to even (GB/T 8170), not half away from zero")]
    [InlineData("11.25", 1, "11.2")]
    [InlineData("11.35", 1, "11.4")]
    [InlineData("0.125", 2, "0.12")]
    [InlineData("2.5", 0, "2")]
    [InlineData("48", 0, "48")]
    public void NumberRoundsHalfEven(string value, int decimals, string expected) =>
        Assert.Equal(expected, Headlines.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals));

    [Fact(DisplayName = "PM2.5 56, 同比 −11.1 → “PM2.5浓度56微克/立方米，同比下降11.1%”")]
    public void ConcentrationSentence() =>
        Assert.Equal("PM2.5浓度56微克/立方米，同比下降11.1%", Headlines.Concentration(Pollutant.PM2_5, 56m, -11.1m));

    [Fact(DisplayName = "CO 1.4 mg/m³ with a change of exactly +2 → one decimal in both numbers")]
    public void CoKeepsItsDecimal() =>
        Assert.Equal("一氧化碳浓度1.0毫克/立方米，同比上升2.0%", Headlines.Concentration(Pollutant.CO, 1m, 2m));

    [Fact(DisplayName = "No change → 持平; no baseline → 去年同期无可比数据")]
    public void LevelAndMissing()
    {
        Assert.Equal("二氧化硫浓度9微克/立方米，同比持平", Headlines.Concentration(Pollutant.SO2, 9m, 0m));
        Assert.Equal("臭氧浓度160微克/立方米，去年同期无可比数据", Headlines.Concentration(Pollutant.O3, 160m, null));
    }

    [Theory(DisplayName = "Target gaps in the indicator's unit")]
    [InlineData("PM2.5", "56", "60", "较省定目标低4微克/立方米")]
    [InlineData("PM2.5", "62", "60", "较省定目标高2微克/立方米")]
    [InlineData("good_ratio", "72.1", "70.0", "较省定目标高2.1个百分点")]
    [InlineData("good_ratio", "68.5", "70.0", "较省定目标低1.5个百分点")]
    [InlineData("CO_P95", "1.2", "1.4", "较省定目标低0.2毫克/立方米")]
    [InlineData("heavy_days", "13", "10", "较省定目标多3天")]
    [InlineData("PM2.5", "60", "60", "与省定目标持平")]
    public void TargetGap(string indicator, string actual, string target, string expected) =>
        Assert.Equal(expected, Headlines.TargetGap(indicator, decimal.Parse(actual), decimal.Parse(target)));

    [Fact(DisplayName = "Good days: days, 同比 days, ratio and 个百分点")]
    public void GoodDays()
    {
        Assert.Equal("优良天数210天，同比增加46天；优良天数比例57.5%，同比上升12.6个百分点",
            Headlines.GoodDays(210, 46m, 57.5m, 12.6m));
        Assert.Equal("优良天数200天，同比减少3天；优良天数比例80.0%，同比下降0.8个百分点",
            Headlines.GoodDays(200, -3m, 80m, -0.8m));
        Assert.Equal("重污染天数13天，同比减少3天", Headlines.HeavyDays(13, -3m));
        Assert.Equal("重污染天数0天，同比持平", Headlines.HeavyDays(0, 0m));
    }

    [Fact(DisplayName = "Eight falls and one rise → “八降一增”; with a level one → “五降一增一平”")]
    public void UpDown()
    {
        Assert.Equal("八降一增", Headlines.UpDown([-1m, -2m, -0.1m, -5m, -3m, -1m, -7m, -2m, 4m]));
        Assert.Equal("五降一增一平", Headlines.UpDown([-1m, -2m, -0.1m, -5m, -3m, 0m, 0.6m, null]));
        Assert.Equal("六降", Headlines.UpDown([-1m, -2m, -0.1m, -5m, -3m, -1m]));
        Assert.Equal("十", Headlines.ChineseCount(10));
        Assert.Equal("十二", Headlines.ChineseCount(12));
        Assert.Equal("二十", Headlines.ChineseCount(20));
        Assert.Equal("三十五", Headlines.ChineseCount(35));
    }

    [Fact(DisplayName = "Five-year: “与2015年相比，PM2.5下降35.6%，二氧化硫下降76.0%”")]
    public void FiveYear()
    {
        Assert.Equal("与2015年相比，PM2.5下降35.6%，二氧化硫下降76.0%",
            Headlines.FiveYear("2015年", [("PM2.5", -35.6m), ("二氧化硫", -76m), ("臭氧", null)]));
        Assert.Equal("与2015年相比无可比数据", Headlines.FiveYear("2015年", [("PM2.5", null)]));
    }

    [Fact(DisplayName = "Composite index with rank; water sections with shares and CWQI change")]
    public void CompositeAndWater()
    {
        Assert.Equal("环境空气质量综合指数5.10，同比下降3.2%，在5个城市中排第2位", Headlines.Composite(5.1m, -3.2m, 2, 5));
        Assert.Equal("4个考核断面全部达到考核目标，Ⅰ～Ⅲ类断面比例100.0%，劣Ⅴ类断面比例0.0%，水质指数同比改善7.36%",
            Headlines.Water(4, 4, 4, 100m, 0m, -7.36m));
        Assert.Equal("5个考核断面中3个达到考核目标，Ⅰ～Ⅲ类断面比例60.0%，劣Ⅴ类断面比例20.0%，水质指数同比下降1.20%",
            Headlines.Water(5, 5, 3, 60m, 20m, 1.2m));
    }
}
