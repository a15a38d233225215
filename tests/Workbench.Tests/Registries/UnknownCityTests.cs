using Workbench.Registries;

namespace Workbench.Tests.Registries;

/// <summary>The message for a city the data do not know: the near names, then the cities with data.</summary>
public class UnknownCityTests
{
    [Fact(DisplayName = "Unknown city: near names by the city registry's rule, the cities with data listed (at most 30)")]
    public void Message()
    {
        string[] henan = ["郑州", "开封", "洛阳", "郑州航空港"];
        Assert.Equal("城市日数据中没有城市“郑洲”（相近的名称：郑州）。数据中的城市（3 个）：郑州、开封、洛阳",
            UnknownCity.Message("城市日数据", "郑洲", henan, henan[..3]));
        // A name containing a known one is near (郑州市 ⊃ 郑州); without a near name there are no brackets.
        Assert.Equal("站点列表 a.csv 中没有城市“郑州市”（相近的名称：郑州）。数据中的城市（1 个）：开封",
            UnknownCity.Message("站点列表 a.csv ", "郑州市", henan[..3], ["开封"]));
        Assert.Equal("站点列表 a.csv 中没有城市“焦作”。数据中没有可评价的城市", UnknownCity.Message("站点列表 a.csv ", "焦作", henan, []));
        var many = Enumerable.Range(1, 31).Select(i => $"城{i:D2}").ToArray();
        Assert.Equal("城市日数据中没有城市“焦作”。数据中的城市（31 个）：" + string.Join("、", many.Take(30)) + "……",
            UnknownCity.Message("城市日数据", "焦作", many, many));
    }
}
