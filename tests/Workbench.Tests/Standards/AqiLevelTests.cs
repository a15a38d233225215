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
}
