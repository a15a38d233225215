using Workbench.Air.Compute;
using Workbench.Air.Method;
using Workbench.Air.Results;
using Workbench.Air.Tables;
using Workbench.Periods;
using Workbench.Registries;
using Workbench.Scale;
using Workbench.Standards;

namespace Workbench.Tests.Scale;

/// <summary>
/// Group values (区域均值) and ranks inside groups, on hand-computed assessments of the first quarter of 2019 (90 days,
/// every day valid): SO2 9, NO2 14, CO 1.1, O3 96 every day; PM2.5 constant per city; PM10 50 on good days and 300 (AQI
/// 173, not heavy) on the others.
/// </summary>
public class GroupTests
{
    private static readonly Period Q1 = Period.Quarter(2019, 1);

    /// <summary>A city whose PM2.5 is <paramref name="pm25"/> every day and which has <paramref name="goodDays"/> good days.</summary>
    internal static AirAssessmentResult City(string name, double pm25, int goodDays, int year = 2019,
        AirQualityStandard standard = AirQualityStandard.Gb3095_2012)
    {
        var days = Period.Quarter(year, 1).DayCount;
        var t = new DailyTable([name], new DateOnly(year, 1, 1), days, DataStatus.Audited);
        for (var d = 0; d < days; d++)
        {
            t.Series(DailyIndicator.SO2, 0)[d] = 9; t.Series(DailyIndicator.NO2, 0)[d] = 14;
            t.Series(DailyIndicator.PM10, 0)[d] = d < goodDays ? 50 : 300; t.Series(DailyIndicator.PM2_5, 0)[d] = pm25;
            t.Series(DailyIndicator.CO, 0)[d] = 1.1; t.Series(DailyIndicator.O3_8hMax, 0)[d] = 96;
            t.Series(DailyIndicator.O3_1hMax, 0)[d] = 96;
        }
        return AirAssessment.Assess(t, 0, Period.Quarter(year, 1), standard, AirSettings.Default);
    }

    [Fact(DisplayName = "Group PM2.5 = mean of UNROUNDED city means, then rounded: 35.4, 36.6, 40.5 → 37.5 → 38 (rounded first: 37)")]
    public void Concentrations_average_unrounded_values()
    {
        AirAssessmentResult[] cities = [City("甲", 35.4, 70), City("乙", 36.6, 70), City("丙", 40.5, 71)];
        Assert.Equal([35m, 37m, 40m], cities.Select(c => c.Indicators["PM2.5"]!.Value));   // 36.6 → 37, 40.5 → 40 (half-even)
        Assert.Equal(35.4m, cities[0].Unrounded("PM2.5"));
        var g = GroupAssessment.Compute("测试组", cities);
        Assert.Equal(38m, g.Indicators["PM2.5"]);   // (35.4 + 36.6 + 40.5) / 3 = 37.5 → 38; (35 + 37 + 40) / 3 = 37.3 → 37
        // PM10 (105.56, 105.56, 102.78) → 104.63 → 105.
        Assert.Equal(105m, g.Indicators["PM10"]);
        Assert.Equal(9m, g.Indicators["SO2"]);
        Assert.Equal(1.1m, g.Indicators["CO_P95"]);
        // The composite index from the group's reported values, as a city's: 0.15 + 0.35 + 0.28 + 0.60 + 1.50 + 1.09 = 3.97.
        Assert.Equal(3.97m, g.Indicators["composite_index"]);
        Assert.Equal(3, g.CityCount);
        Assert.Equal(3, g.CityCounts["PM2.5"]);
        // Day counts are a city's own: no group value.
        Assert.Null(g.Indicators["valid_days"]);
        Assert.Null(g.Indicators["good_days"]);
        Assert.Null(g.Indicators["heavy_days"]);
        Assert.Equal(AirAssessmentResult.IndicatorKeys, g.Indicators.Keys.ToArray());
        // Exactly x.5 rounds to even also when the city means carry binary noise: (35.4 + 36.6 + 37.5) / 3 = 36.5 → 36.
        Assert.Equal(36m, GroupAssessment.Compute("测试组", [cities[0], cities[1], City("丁", 37.5, 70)]).Indicators["PM2.5"]);
    }

    [Fact(DisplayName = "Group good-day ratio = mean of the cities' unrounded ratios: 70, 70, 71 of 90 → 78.1 (rounded first: 78.2)")]
    public void Good_ratio_averages_unrounded_ratios()
    {
        AirAssessmentResult[] cities = [City("甲", 30, 70), City("乙", 30, 70), City("丙", 30, 71)];
        Assert.Equal([77.8m, 77.8m, 78.9m], cities.Select(c => c.Indicators["good_ratio"]!.Value));
        Assert.Equal(7000m / 90m, cities[0].Unrounded("good_ratio"));
        var g = GroupAssessment.Compute("测试组", cities);
        // (77.78 + 77.78 + 78.89) / 3 = 78.148 → 78.1; (77.8 + 77.8 + 78.9) / 3 = 78.167 → 78.2.
        Assert.Equal(78.1m, g.Indicators["good_ratio"]);
        Assert.Equal("78.1", g.Indicators["good_ratio"]!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact(DisplayName = "A member without data does not count; mixed periods or standards are refused")]
    public void Members_without_data_and_mismatches()
    {
        var empty = AirAssessment.Assess(new DailyTable(["丁"], new DateOnly(2019, 1, 1), 90, DataStatus.Audited), 0, Q1,
            AirQualityStandard.Gb3095_2012, AirSettings.Default);
        var g = GroupAssessment.Compute("测试组", [City("甲", 35.4, 70), empty, City("乙", 36.6, 70)]);
        Assert.Equal(2, g.CityCount);
        Assert.Equal(["甲", "乙"], g.Cities);
        Assert.Equal(36m, g.Indicators["PM2.5"]);   // (35.4 + 36.6) / 2 = 36.0
        Assert.Throws<ArgumentException>(() => GroupAssessment.Compute("测试组", [City("甲", 35.4, 70), City("乙", 36.6, 70, 2018)]));
        Assert.Throws<ArgumentException>(() => GroupAssessment.Compute("测试组",
            [City("甲", 35.4, 70), City("乙", 36.6, 70, standard: AirQualityStandard.Gb3095_2026Transition)]));
        var none = GroupAssessment.Compute("测试组", []);
        Assert.Equal(0, none.CityCount);
        Assert.All(none.Indicators.Values, v => Assert.Null(v));
    }

    private static readonly CityRegistry Registry = new(
    [
        new CityInfo("甲", "测试省", []), new CityInfo("乙", "测试省", []), new CityInfo("丙", "测试省", []),
        new CityInfo("丁", "测试省", []), new CityInfo("戊", "他省", []),
    ]);

    private static readonly RankingSets TestSets = new(
        [
            new RankingSetMember("测试组", "乙", 2019, null, "测试"), new RankingSetMember("测试组", "丁", 2019, null, "测试"),
            new RankingSetMember("测试组", "戊", 2019, null, "测试"), new RankingSetMember("测试组", "甲", 2020, null, "测试"),
        ],
        Registry, [new RankingSetInfo("测试组", "test", "测试组", ["测试"])]);

    [Fact(DisplayName = "Ranks in each group: competition ranking with ties (1, 2, 2, 4); change-rate ranks (1 = largest improvement)")]
    public void Ranks_with_ties_and_change_rates()
    {
        // Composite indices: 甲 PM2.5 30 → lowest; 乙 and 丙 tie (40); 丁 50. 戊 is in another province.
        AirAssessmentResult[] cities = [City("甲", 30, 90), City("乙", 40, 90), City("丙", 40, 90), City("丁", 50, 90), City("戊", 60, 90)];
        var baseline = new[] { City("甲", 30, 90, 2018), City("乙", 50, 90, 2018), City("丙", 44, 90, 2018), City("丁", 55, 90, 2018), City("戊", 60, 90, 2018) }
            .ToDictionary(c => c.City);
        var groups = NetworkGroups.Compute(cities, baseline, TestSets, c => Registry.Resolve(c).Province, 2019);
        Assert.Equal(["他省", "测试省", "测试组"], groups.Select(g => g.Name));   // provinces (by name), then the sets

        var province = groups.Single(g => g.Name == "测试省");
        Assert.Equal(RankingSets.ProvinceKey, province.Key);
        Assert.Equal("全省", province.Title);
        Assert.Equal(["甲", "乙", "丙", "丁"], province.Cities);
        Assert.Equal([1, 2, 2, 4], province.Cities.Select(c => province.Ranks[c].Composite!.Value));
        Assert.Equal([1, 2, 2, 4], province.Cities.Select(c => province.Ranks[c].PM25!.Value));
        // PM2.5 change: 甲 0.0 %, 乙 −20.0 %, 丙 −9.1 %, 丁 −9.1 % → 乙 1, 丙 and 丁 2, 甲 4.
        Assert.Equal([4, 1, 2, 2], province.Cities.Select(c => province.Ranks[c].PM25Change!.Value));
        Assert.Equal(40m, province.Values.Indicators["PM2.5"]);          // (30 + 40 + 40 + 50) / 4
        Assert.Equal(45m, province.BaseValues!.Indicators["PM2.5"]);   // (30 + 50 + 44 + 55) / 4 = 44.75 → 45

        // The set uses 2019 membership: 甲 joins only in 2020; 戊 ranks with 乙 and 丁 across provinces.
        var set = groups.Single(g => g.Key == "test");
        Assert.Equal(["乙", "丁", "戊"], set.Cities);
        Assert.Equal([1, 2, 3], set.Cities.Select(c => set.Ranks[c].PM25!.Value));
        Assert.Equal(50m, set.Values.Indicators["PM2.5"]);
        var in2020 = NetworkGroups.Compute(cities, null, TestSets, c => Registry.Resolve(c).Province, 2020).Single(g => g.Key == "test");
        Assert.Equal(["甲", "乙", "丁", "戊"], in2020.Cities);
        Assert.Null(in2020.BaseValues);
        Assert.Null(in2020.Ranks["甲"].PM25Change);
    }

    [Fact(DisplayName = "A county-level city (a parent in the city registry) ranks in no province group; its set memberships stay")]
    public void County_level_cities_are_not_in_the_province_group()
    {
        var registry = new CityRegistry(
        [
            new CityInfo("甲", "测试省", []), new CityInfo("乙", "测试省", []),
            new CityInfo("甲县", "测试省", []) { Parent = "甲" },
        ]);
        var sets = new RankingSets([new RankingSetMember("测试组", "甲县", 2019, null, "测试")], registry,
            [new RankingSetInfo("测试组", "test", "测试组", ["测试"])]);
        AirAssessmentResult[] cities = [City("甲", 30, 90), City("乙", 40, 90), City("甲县", 20, 90)];
        var groups = NetworkGroups.Compute(cities, null, sets, c => registry.Resolve(c).Province, 2019);
        var province = groups.Single(g => g.Key == RankingSets.ProvinceKey);
        Assert.Equal(["甲", "乙"], province.Cities);
        Assert.Equal(35m, province.Values.Indicators["PM2.5"]);
        Assert.Equal(["甲县"], groups.Single(g => g.Key == "test").Cities);
    }

    [Fact(DisplayName = "Change of a city or group: ChangeRate.Percent on reported values, 1 decimal; none without a base value")]
    public void Base_change()
    {
        var c = BaseChange.Of(City("甲", 40, 90).Indicators, City("甲", 44, 90, 2018).Indicators);
        Assert.Equal(44m, c.PM25Base);
        Assert.Equal(-9.1m, c.PM25Change);   // (40 − 44) / 44 = −9.09 %
        Assert.NotNull(c.CompositeChange);
        var empty = AirAssessmentResult.IndicatorKeys.ToDictionary(k => k, _ => (decimal?)null);
        Assert.Null(BaseChange.Of(City("甲", 40, 90).Indicators, empty).PM25Change);
    }
}
