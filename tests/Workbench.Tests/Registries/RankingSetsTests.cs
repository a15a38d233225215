using Workbench.Registries;

namespace Workbench.Tests.Registries;

public class RankingSetsTests
{
    private static readonly RankingSets Sets = RankingSets.Default;

    [Fact(DisplayName = "2+26 in 2020: 28 cities incl. 焦作, 安阳, 邯郸, not 许昌")]
    public void TwoPlus26()
    {
        var m = Sets.Members("2+26", 2020);
        Assert.Equal(28, m.Count);
        Assert.Contains("焦作", m);
        Assert.Contains("安阳", m);
        Assert.Contains("邯郸", m);
        Assert.DoesNotContain("许昌", m);
        Assert.Contains("太原", m);
        Assert.True(Sets.Contains("2+26", "焦作市", 2017));
        Assert.Empty(Sets.Members("2+26", 2016));
        Assert.Empty(Sets.Members("2+26", 2024));
    }

    [Fact(DisplayName = "2+36 from 2024: 38 cities, 许昌 in, Shanxi out")]
    public void TwoPlus36()
    {
        Assert.Empty(Sets.Members("2+36", 2023));
        var m = Sets.Members("2＋36", 2025);   // full-width plus accepted
        Assert.Equal(38, m.Count);
        Assert.Contains("许昌", m);
        Assert.Contains("秦皇岛", m);
        Assert.DoesNotContain("太原", m);
        Assert.DoesNotContain("长治", m);
        // Every 2+26 city except the 4 Shanxi ones stays.
        var moved = Sets.Members("2+26", 2020).Except(m).ToArray();
        Assert.Equal(["太原", "阳泉", "长治", "晋城"], moved);
    }

    [Fact(DisplayName = "168 key cities from 2018")]
    public void KeyCities168()
    {
        Assert.Empty(Sets.Members("168", 2017));
        var m = Sets.Members("168", 2020);
        Assert.Equal(168, m.Count);
        Assert.Equal(168, m.Distinct().Count());
        Assert.Contains("许昌", m);
        Assert.Contains("拉萨", m);
        Assert.DoesNotContain("鄂尔多斯", m);
        Assert.Empty(Sets.Members("2+26", 2020).Except(m));   // 2+26 ⊂ 168
    }

    [Fact(DisplayName = "Province sets come from the city registry")]
    public void ProvinceSets()
    {
        var henan = Sets.Members("河南省", 2020);
        Assert.Equal(18, henan.Count);
        Assert.Equal(henan, Sets.Members("province:河南", 2020));
        Assert.Equal(13, Sets.Members("江苏", 2020).Count);     // county-level 昆山, 江阴… not counted
        Assert.Throws<ArgumentException>(() => Sets.Members("3+30", 2020));
    }
}
