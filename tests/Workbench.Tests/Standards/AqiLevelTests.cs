using Workbench.Standards.Air;

namespace Workbench.Tests.Standards;

/// <summary>REFERENCE.md A2.3: HJ 633 Table 2 levels, names and Appendix A colours.</summary>
public class AqiLevelTests
{
    [Theory(DisplayName = "A2.3 level, category and colour of each AQI range")]
    [InlineData(0, 1, "一级", "优", "绿", "#00E400")]
    [InlineData(50, 1, "一级", "优", "绿", "#00E400")]
    [InlineData(51, 2, "二级", "良", "黄", "#FFFF00")]
    [InlineData(100, 2, "二级", "良", "黄", "#FFFF00")]
    [InlineData(101, 3, "三级", "轻度污染", "橙", "#FF7E00")]
    [InlineData(150, 3, "三级", "轻度污染", "橙", "#FF7E00")]
    [InlineData(151, 4, "四级", "中度污染", "红", "#FF0000")]
    [InlineData(200, 4, "四级", "中度污染", "红", "#FF0000")]
    [InlineData(201, 5, "五级", "重度污染", "紫", "#99004C")]
    [InlineData(300, 5, "五级", "重度污染", "紫", "#99004C")]
    [InlineData(301, 6, "六级", "严重污染", "褐红", "#7E0023")]
    [InlineData(500, 6, "六级", "严重污染", "褐红", "#7E0023")]
    public void LevelsAndColours(int aqi, int number, string levelName, string category, string colour, string hex)
    {
        var level = AqiLevels.ForAqi(aqi);
        Assert.Equal(new AqiLevel(number, levelName, category, colour, hex), level);
    }

    [Fact(DisplayName = "A2.3 six levels in order; negative AQI rejected")]
    public void AllLevels()
    {
        Assert.Equal([1, 2, 3, 4, 5, 6], AqiLevels.All.Select(l => l.Number));
        Assert.Throws<ArgumentOutOfRangeException>(() => AqiLevels.ForAqi(-1));
    }

    [Fact(DisplayName = "AqiTerms codes in the order SO2,NO2,CO,O3,O3_8h,PM10,PM2.5")]
    public void TermCodes()
    {
        Assert.Equal("", AqiTerms.None.ToCodes());
        Assert.Equal("PM2.5", AqiTerms.PM2_5.ToCodes());
        Assert.Equal("PM10+PM2.5", (AqiTerms.PM2_5 | AqiTerms.PM10).ToCodes());
        Assert.Equal("SO2+NO2+CO+O3+O3_8h+PM10+PM2.5", ((AqiTerms)127).ToCodes());
    }

    [Theory(DisplayName = "Primary pollutant fields of the CNEMC feed and pages are read back")]
    [InlineData("细颗粒物(PM2.5)", AqiTerms.PM2_5)]
    [InlineData("颗粒物(PM10),细颗粒物(PM2.5)", AqiTerms.PM10 | AqiTerms.PM2_5)]
    [InlineData("\n                      颗粒物(PM10)\n                      \n                      细颗粒物(PM2.5)\n                      \n", AqiTerms.PM10 | AqiTerms.PM2_5)]
    [InlineData("\n   细颗粒物(PM2.5)\n   \n   臭氧1小时\n", AqiTerms.PM2_5 | AqiTerms.O3)]
    [InlineData("臭氧8小时", AqiTerms.O3_8h)]
    [InlineData("二氧化氮、一氧化碳", AqiTerms.NO2 | AqiTerms.CO)]
    [InlineData("PM10+PM2.5", AqiTerms.PM10 | AqiTerms.PM2_5)]   // our own ToCodes form
    [InlineData("SO2+NO2+CO+O3+O3_8h+PM10+PM2.5", (AqiTerms)127)]
    [InlineData("NaN", AqiTerms.None)]
    [InlineData("", AqiTerms.None)]
    [InlineData("—", AqiTerms.None)]
    public void ParsePrimary(string text, AqiTerms expected)
    {
        Assert.True(AqiTermsInfo.TryParsePrimary(text, out var terms));
        Assert.Equal(expected, terms);
    }

    [Fact(DisplayName = "Unknown primary pollutant text is refused; Chinese names in standard order")]
    public void ParsePrimaryRejectsAndNames()
    {
        Assert.False(AqiTermsInfo.TryParsePrimary("沙尘", out _));
        Assert.Equal("颗粒物(PM10)、细颗粒物(PM2.5)", (AqiTerms.PM2_5 | AqiTerms.PM10).ToChineseNames());
        Assert.Equal("臭氧8小时", AqiTerms.O3_8h.ToChineseNames());
        Assert.Equal("", AqiTerms.None.ToChineseNames());
    }
}
