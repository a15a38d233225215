using Workbench.Registries;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Registries;

public class CityRegistryTests(ITestOutputHelper output)
{
    private static readonly CityRegistry Cities = CityRegistry.Default;

    [Theory(DisplayName = "City aliases resolve to the CNEMC name")]
    [InlineData("焦作市", "焦作")]
    [InlineData("焦作", "焦作")]
    [InlineData("　焦作市　", "焦作")]           // full-width spaces trimmed
    [InlineData("吐鲁番地区", "吐鲁番地区")]     // the CNEMC name itself still matches
    [InlineData("吐鲁番", "吐鲁番地区")]
    [InlineData("吐鲁番市", "吐鲁番地区")]
    [InlineData("临夏回族自治州", "临夏州")]
    [InlineData("临夏", "临夏州")]
    [InlineData("锡林郭勒", "锡林郭勒盟")]
    [InlineData("昌都地区", "昌都")]             // CREA's older form
    [InlineData("北京市", "北京")]
    [InlineData("吉林市", "吉林")]
    public void Resolves(string input, string expected)
    {
        Assert.True(Cities.TryResolve(input, out var city));
        Assert.Equal(expected, city.Name);
        Assert.Equal(expected, Cities.Resolve(input).Name);
    }

    [Fact(DisplayName = "海南 is a province, not an alias of 海南州")]
    public void ProvinceNameIsNotACityAlias()
    {
        Assert.False(Cities.TryResolve("海南", out _));
        Assert.Equal("青海", Cities.Resolve("海南藏族自治州").Province);
        Assert.True(Cities.IsProvince("海南省"));
    }

    [Fact(DisplayName = "Unknown city: Chinese message listing near matches")]
    public void UnknownCityListsNearMatches()
    {
        var e = Assert.Throws<ArgumentException>(() => Cities.Resolve("焦做"));
        Assert.Contains("焦做", e.Message);
        Assert.Contains("焦作", e.Message);
        Assert.Contains("相近的城市", e.Message);
    }

    [Fact(DisplayName = "Provinces of well-known cities")]
    public void Provinces()
    {
        Assert.Equal("河南", Cities.Resolve("焦作").Province);
        Assert.Equal("河北", Cities.Resolve("邯郸").Province);
        Assert.Equal("新疆", Cities.Resolve("吐鲁番").Province);
        Assert.Equal("西藏", Cities.Resolve("林芝").Province);
        Assert.Equal("海南", Cities.Resolve("三沙").Province);
        Assert.Equal("黑龙江", Cities.Resolve("大兴安岭地区").Province);
        Assert.Equal("金华", Cities.Resolve("义乌").Parent);
    }

    [Fact(DisplayName = "Henan province set: 17 prefecture-level cities + 济源")]
    public void HenanCities()
    {
        var henan = Cities.OfProvince("河南省").Select(c => c.Name).ToArray();
        Assert.Equal(18, henan.Length);
        Assert.Contains("焦作", henan);
        Assert.Contains("济源", henan);
        Assert.Equal(henan, Cities.OfProvince("河南").Select(c => c.Name));
    }

    [Fact(DisplayName = "With() adds cities; a clashing alias is refused")]
    public void WithAddsCities()
    {
        var extended = Cities.With([new CityInfo("东州", "示例省", ["东州市"])]);
        Assert.Equal("示例省", extended.Resolve("东州市").Province);
        Assert.False(Cities.TryResolve("东州", out _));
        Assert.Throws<ArgumentException>(() => Cities.With([new CityInfo("假城", "示例省", ["焦作市"])]));
    }

    [SharedDataFact("stations/cnemc_station_list_2020-01-01.csv")]
    public void EveryCnemcCityIsKnown()
    {
        var lines = File.ReadAllLines(SharedData.PathOf("stations/cnemc_station_list_2020-01-01.csv")).Skip(1);
        var names = lines.Select(l => l.Split(',')[2]).Distinct().ToArray();
        var missing = names.Where(n => !Cities.TryResolve(n, out var c) || c.Name != n).ToArray();
        output.WriteLine($"2020 站点表城市 {names.Length} 个，注册表 {Cities.Cities.Count} 个，未收录 {missing.Length} 个");
        Assert.Equal(367, names.Length);
        Assert.Empty(missing);
        Assert.All(Cities.Cities, c => Assert.False(string.IsNullOrEmpty(c.Province)));
    }

    [SharedDataFact("stations/crea_station_list_with_province.csv")]
    public void CreaProvincesAgree()
    {
        var rows = File.ReadAllLines(SharedData.PathOf("stations/crea_station_list_with_province.csv")).Skip(1)
            .Select(l => l.Split(',')).Where(f => f[7] != "NA").ToArray();
        var agree = rows.Count(f => Cities.TryResolve(f[2], out var c) && c.Province == f[7].Trim());
        var unresolved = rows.Where(f => !Cities.TryResolve(f[2], out _)).Select(f => f[2]).Distinct().ToArray();
        output.WriteLine($"CREA 站点 {rows.Length} 个：省份一致 {agree}（{100.0 * agree / rows.Length:F2}%），未识别城市：{string.Join("、", unresolved)}");
        Assert.Empty(unresolved);
        // Only 大兴安岭地区 differs: administratively 黑龙江, CREA writes 内蒙古 by location.
        var differing = rows.Where(f => Cities.Resolve(f[2]).Province != f[7].Trim()).Select(f => f[2]).Distinct().ToArray();
        Assert.Equal(["大兴安岭地区"], differing);
    }
}
