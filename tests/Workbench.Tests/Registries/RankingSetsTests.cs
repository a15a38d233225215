using Workbench.Registries;
using Workbench.Tests.Support;

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

    [Fact(DisplayName = "337 (地级及以上城市) by year: 莱芜 in 2018, not 2019; 济源, 雄安新区 and county-level cities never")]
    public void PrefectureCitiesByYear()
    {
        Assert.True(Sets.Contains("337", "莱芜", 2018));
        Assert.False(Sets.Contains("337", "莱芜", 2019));
        Assert.True(Sets.Contains("地级及以上城市", "济南市", 2019));   // alias of the set, alias of the city
        foreach (var notPrefecture in new[] { "济源", "雄安新区", "章丘", "义乌", "昆山" })
            Assert.False(Sets.Contains("337", notPrefecture, 2019), notPrefecture);
        Assert.Empty(Sets.Members("337", 2015));   // no stored source counts the cities before 2016
        // The published counts are 338 (2016, 2018) and 337 (2019, 2020); the registry gives two fewer. It lacks
        // 儋州 (prefecture-level since 2015, no station in the 2020 list) and keeps 巴音郭楞州 only as its county-level seat
        // 库尔勒, as CNEMC's station list names it; whether the official list counts 三沙 and the 兵团 cities is not
        // sourced (prefecture_level.csv, FINDINGS of research 2). The year-to-year change is what the sources give: −1.
        var y2018 = Sets.Members("337", 2018);
        var y2019 = Sets.Members("337", 2019);
        Assert.Equal(336, y2018.Count);
        Assert.Equal(335, y2019.Count);
        Assert.Equal(["莱芜"], y2018.Except(y2019));
        Assert.Empty(y2019.Except(y2018));
        Assert.Equal(y2019, Sets.Members("337", 2024));
        Assert.All(Sets.Rows.Where(r => r.Set == "337"), r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.Contains("国务院批复", Sets.Rows.Single(r => r.Set == "337" && r.City == "莱芜").Source);
    }

    [Fact(DisplayName = "汾渭平原 11 cities from 2018; 洛阳 and 三门峡 move to 2+36 in 2024")]
    public void Fenwei()
    {
        Assert.Empty(Sets.Members("汾渭平原", 2017));
        var m = Sets.Members("汾渭平原", 2018);
        Assert.Equal(["晋中", "运城", "临汾", "吕梁", "洛阳", "三门峡", "西安", "铜川", "宝鸡", "咸阳", "渭南"], m);
        Assert.Equal(m, Sets.Members("汾渭", 2023));
        var y2024 = Sets.Members("汾渭平原", 2024);
        Assert.Equal(9, y2024.Count);
        Assert.Empty(y2024.Intersect(Sets.Members("2+36", 2024)));   // key regions do not overlap
        Assert.Empty(m.Intersect(Sets.Members("2+26", 2018)));
    }

    [SharedDataFact("stations/crea_station_list_with_province.csv")]
    public void Fenwei_matches_the_Fenwei_column_of_the_CREA_station_list()
    {
        var lines = File.ReadAllLines(SharedData.PathOf("stations/crea_station_list_with_province.csv")).Skip(1)
            .Select(l => l.Split(',')).Where(f => f.Length >= 6 && f[5] == "1").Select(f => Sets.Cities.Resolve(f[2]).Name);
        Assert.Equal(Sets.Members("汾渭平原", 2020).Order(), lines.Distinct().Order());
    }

    [Fact(DisplayName = "长三角 41 cities 2018–2023 (上海 + 江苏 13 + 浙江 11 + 安徽 16); 珠三角 9 cities from 2016")]
    public void YangtzeAndPearlRiverDeltas()
    {
        var yrd = Sets.Members("长三角地区", 2020);
        Assert.Equal(41, yrd.Count);
        Assert.Equal(Sets.Members("上海", 2020).Concat(Sets.Members("江苏", 2020)).Concat(Sets.Members("浙江", 2020))
            .Concat(Sets.Members("安徽", 2020)).Order(), yrd.Order());
        Assert.Empty(Sets.Members("长三角", 2017));
        Assert.Empty(Sets.Members("长三角", 2024));   // narrowed by 国发〔2023〕24号; the new list is not sourced
        var prd = Sets.Members("珠三角", 2016);
        Assert.Equal(["广州", "深圳", "珠海", "佛山", "江门", "肇庆", "惠州", "东莞", "中山"], prd);
        Assert.Empty(Sets.Members("珠三角", 2015));
        Assert.Equal(9, Sets.Members("珠三角地区", 2024).Count);
    }

    [Fact(DisplayName = "Set keys and titles: stable column keys, a city's sets by year")]
    public void KeysAndSetsOfACity()
    {
        Assert.Equal(["337", "168", "2p26", "2p36", "fenwei", "yrd", "prd"], Sets.Sets.Select(s => s.Key));
        Assert.Equal("长三角", Sets.InfoOf("长三角地区")!.Set);
        Assert.Null(Sets.InfoOf("河南"));
        Assert.Equal(["337", "168", "fenwei"], Sets.SetsOf("洛阳市", 2020).Select(s => s.Key));
        Assert.Equal(["337", "168", "2p36"], Sets.SetsOf("洛阳", 2024).Select(s => s.Key));
        Assert.Equal(["337", "168", "2p26"], Sets.SetsOf("济南", 2018).Select(s => s.Key));
        Assert.Equal(["337"], Sets.SetsOf("莱芜", 2018).Select(s => s.Key));
        Assert.Empty(Sets.SetsOf("莱芜", 2019));
        Assert.Empty(Sets.SetsOf("东州", 2020));   // unknown to the registry: no set
        Assert.All(Sets.Rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Source), $"{r.Set} {r.City}"));
    }

    [Fact(DisplayName = "Province sets accept the province as the sample registry spells it (示例省)")]
    public void SampleProvince()
    {
        var sample = Workbench.Sample.SampleNetwork.CityRegistry;
        Assert.Equal(["东州", "西州", "南州", "北州", "中州"], sample.OfProvince("示例省").Select(c => c.Name));
        Assert.True(sample.IsProvince("示例省"));
    }
}
