using Workbench.Air;
using Workbench.Air.Method;
using Workbench.Periods;
using Workbench.Scale;
using Workbench.Tests.Air.Import;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Scale;

/// <summary>
/// The official method on the real national 2019 feed (opt-in: WORKBENCH_NATIONAL_2019 names the unpacked folder),
/// against what MEE published for 2019 (real-time data here, audited data there):
/// <list type="bullet">
/// <item>337 地级及以上城市: PM2.5 36 µg/m³ and 82.0 % good days (《2019中国生态环境状况公报》; 《2019年全国生态环境质量简况》,
/// 生态环境部 2020-05: “全国337个地级及以上城市PM2.5平均浓度为36微克/立方米……平均优良天数比例为82.0%”).</item>
/// <item>The 20 worst of the 168 key cities by composite index, from 168th up (same sources): 安阳、邢台、石家庄、邯郸、临汾、
/// 唐山、太原、淄博、焦作、晋城、保定、济南、聊城、新乡、鹤壁、临沂、洛阳、枣庄、咸阳、郑州.</item>
/// </list>
/// </summary>
public sealed class National2019GroupTests(ITestOutputHelper output)
{
    private static readonly string[] MeeWorst20 =
        ["安阳", "邢台", "石家庄", "邯郸", "临汾", "唐山", "太原", "淄博", "焦作", "晋城", "保定", "济南", "聊城", "新乡", "鹤壁", "临沂", "洛阳", "枣庄", "咸阳", "郑州"];

    [NationalYearFact]
    public void Group_337_and_the_168_worst_20_match_MEE_2019()
    {
        var folder = Environment.GetEnvironmentVariable(NationalYearFactAttribute.Variable)!;
        var data = AirDataSet.Load([folder], SharedData.PathOf("stations/cnemc_station_list_2020-01-01.csv"));
        foreach (var (name, settings) in new[]
                 {
                     ("city-hourly（默认）", AirSettings.Default),
                     ("station-daily", AirSettings.Default with { CityAggregation = CityAggregation.MeanOfStationDaily }),
                 })
        {
            var result = NetworkAssessment.Assess(data, Period.Year(2019), settings, includeStations: false);
            var g337 = result.Groups.Single(g => g.Key == "337");
            var pm = g337.Values.Indicators["PM2.5"];
            var ratio = g337.Values.Indicators["good_ratio"];
            output.WriteLine($"{name}：337 城市组 {g337.Values.CityCount} 个城市有数据，PM2.5 {pm}（生态环境部 36），优良天数比例 {ratio}%（生态环境部 82.0%）");

            var g168 = result.Groups.Single(g => g.Key == "168");
            var worst = result.Rows.Where(r => r.Level == NetworkLevel.City && g168.Cities.Contains(r.Name) && r.Assessment.Composite is not null)
                .OrderByDescending(r => r.Assessment.Composite!.Total).Take(20).Select(r => r.Name).ToArray();
            var common = worst.Intersect(MeeWorst20).Count();
            output.WriteLine($"{name}：168 城市综合指数倒数 20 名（由差到好）：{string.Join("、", worst)}；与生态环境部名单相同 {common} 个");
            output.WriteLine($"    生态环境部：{string.Join("、", MeeWorst20)}");

            Assert.InRange(pm!.Value, 34m, 38m);
            Assert.InRange(ratio!.Value, 80.0m, 84.0m);
            Assert.True(common >= 18, $"{name}：只有 {common} 个与生态环境部倒数 20 名相同");
        }
    }
}
