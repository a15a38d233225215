using Workbench.Air;
using Workbench.Air.Method;
using Workbench.Air.Compute;
using Workbench.Briefings;
using Workbench.Periods;
using Workbench.Registries;
using Workbench.Sample.National;
using Workbench.Tests.Support;

namespace Workbench.Tests.Briefings;

/// <summary>The briefing ranks a city within its province group (全省第N), not among every city of the data.</summary>
public sealed class BriefingRankingTests : IDisposable
{
    private const string StationList = "stations/cnemc_station_list_2020-01-01.csv";
    private readonly string _temp = Directory.CreateTempSubdirectory("wb-brief-rank-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact(DisplayName = "Rank statement names the group: 在全省5个城市中排第2位")]
    public void Sentence_names_the_group()
    {
        Assert.Equal("综合指数在全省5个城市中排第2位，改善幅度排第1位。",
            Workbench.Briefings.Statements.RankStatements.Rank("composite_index", "全省", 5, 2, 1)!.Text);
        Assert.Equal("综合指数在全区14个城市中排第1位。", Workbench.Briefings.Statements.RankStatements.Rank("composite_index", "全区", 14, 1, null)!.Text);
    }

    [SharedDataFact(StationList)]
    public void A_Hebei_city_is_ranked_among_the_Hebei_cities_of_the_data()
    {
        // 150 real stations: 北京, 天津, 11 河北 cities, 太原, 呼和浩特, 沈阳… (generated values), January 2019.
        var sample = NationalSampleGenerator.Generate(new NationalSampleOptions(SharedData.PathOf(StationList),
            new DateOnly(2019, 1, 1), new DateOnly(2019, 1, 31), Path.Combine(_temp, "feed"), StationLimit: 150));
        var data = AirDataSet.Load([sample.Folder], sample.StationsPath);
        var hebei = data.Cities().Where(c => CityRegistry.Default.Resolve(c).Province == "河北").ToArray();
        Assert.True(hebei.Length >= 10 && data.Cities().Count > hebei.Length, string.Join("、", data.Cities()));

        var b = BriefingCompute.Compute(data, new BriefingRequest("石家庄", Period.Month(2019, 1)));
        Assert.Equal("河北", b.Ranking.Group);
        Assert.Equal("全省", b.Ranking.GroupTitle);
        Assert.Equal(hebei.Order(), b.Ranking.Assessments.Select(a => a.City).Order());
        var rank = b.Ranking.RankOf("石家庄");
        Assert.NotNull(rank);
        Assert.Contains($"综合指数在全省{b.Ranking.Composite.Count}个城市中排第{rank}位", b.Statements.Single(s => s.Kind == "rank" && s.Text.StartsWith("综合指数", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
        // The ranks are those of the all-city table's province columns.
        var network = Workbench.Scale.NetworkAssessment.Assess(data, Period.Month(2019, 1), AirSettings.Default, includeStations: false);
        foreach (var e in b.Ranking.Composite) Assert.Equal(e.Rank, network.RankOf(e.Name, RankingSets.ProvinceKey)!.Composite);
    }
}
