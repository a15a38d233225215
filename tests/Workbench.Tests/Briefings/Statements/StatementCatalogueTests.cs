using Workbench.Air.Compute;
using Workbench.Briefings;
using Workbench.Briefings.Statements;
using Workbench.Periods;
using Workbench.Standards;

namespace Workbench.Tests.Briefings.Statements;

/// <summary>
/// Golden sentences of every statement kind. The inputs are rounded values as the tables show them; where a number in
/// the sentence is derived (a change rate, a completion rate, a race requirement) the arithmetic is done here by hand.
/// </summary>
public sealed class StatementCatalogueTests
{
    /// <summary>(current − base) / base × 100, half to even at 1 decimal: the hand version of a 同比 rate.</summary>
    private static decimal Rate(decimal current, decimal baseline) => Math.Round((current - baseline) / baseline * 100m, 1, MidpointRounding.ToEven);

    [Fact(DisplayName = "pollutants: levels, 同比 and the gap to the absolute target; no baseline said; nothing without values")]
    public void Pollutants()
    {
        var pm10 = Rate(97m, 109m);   // −12/109 = −11.009… → −11.0
        var pm25 = Rate(56m, 63m);    // −7/63 = −11.111… → −11.1
        var co = Rate(1.7m, 2.2m);    // −0.5/2.2 = −22.727… → −22.7
        Assert.Equal((-11.0m, -11.1m, -22.7m), (pm10, pm25, co));
        var s = AirStatements.Pollutants([
            new PollutantLine(Pollutant.PM10, 97m, pm10, 106m), new PollutantLine(Pollutant.PM2_5, 56m, pm25, 60m),
            new PollutantLine(Pollutant.CO, 1.7m, co), new PollutantLine(Pollutant.O3, 160m, null)])!;
        Assert.Equal("pollutants", s.Kind);
        Assert.Equal("PM10浓度97微克/立方米，同比下降11.0%，较省定目标（106）低9微克/立方米；PM2.5浓度56微克/立方米，同比下降11.1%，"
            + "较省定目标（60）低4微克/立方米；一氧化碳浓度1.7毫克/立方米，同比下降22.7%；臭氧浓度160微克/立方米，去年同期无可比数据。", s.Text);
        Assert.Equal(56m, s.Values["PM2.5"]);
        Assert.Equal(-11.1m, s.Values["PM2.5_change_percent"]);
        Assert.Equal(60m, s.Values["PM2.5_target"]);
        Assert.Null(s.Values["O3_8h_P90_change_percent"]);
        Assert.Null(AirStatements.Pollutants([]));
        Assert.Equal("一氧化碳浓度1.0毫克/立方米，同比上升2.0%，与省定目标（1.0）持平。",
            AirStatements.Pollutants([new PollutantLine(Pollutant.CO, 1m, 2m, 1m)])!.Text);
    }

    [Fact(DisplayName = "composite-index, good-days (个百分点), heavy-days: golden sentences; absent inputs give none")]
    public void LevelsOfDays()
    {
        Assert.Equal("环境空气质量综合指数5.03，同比下降3.8%。", AirStatements.CompositeIndex(5.03m, Rate(5.03m, 5.23m))!.Text);   // −0.20/5.23 = −3.82 %
        Assert.Null(AirStatements.CompositeIndex(null, null));
        var ratio = Math.Round(210m / 365m * 100m, 1, MidpointRounding.ToEven);   // 57.53 → 57.5
        var good = AirStatements.GoodDays(210, 210 - 164, ratio, ratio - 44.9m, 76.0m)!;
        Assert.Equal("优良天数210天，同比增加46天；优良天数比例57.5%，同比上升12.6个百分点，较省定目标（76.0%）低18.5个百分点。", good.Text);
        Assert.Equal(12.6m, good.Values["good_ratio_change_points"]);
        Assert.Equal("优良天数200天。", AirStatements.GoodDays(200, null, null, null)!.Text);
        Assert.Null(AirStatements.GoodDays(null, null, null, null));
        Assert.Equal("重污染天数13天，同比减少14天。", AirStatements.HeavyDays(13, 13 - 27)!.Text);
        Assert.Equal("重污染天数13天，同比持平，较省定目标（10）多3天。", AirStatements.HeavyDays(13, 0m, 10m)!.Text);
    }

    [Fact(DisplayName = "change-ranks: each pollutant's improvement rank in the group, ties shared (1, 2, 2, 4), a clause per number of cities")]
    public void ChangeRanks()
    {
        // Change rates by hand, 1 decimal (current − last year) / last year:
        // CO  甲 2.2→1.7 −22.7%, 乙 2.0→1.5 −25.0%, 丙 1.0→0.9 −10.0%, 丁 2.2→1.7 −22.7%, 戊 1.0→1.1 +10.0% → 乙1 甲2 丁2 丙4 戊5.
        // SO2 甲 10→9 −10.0%, 乙 10→8 −20.0%, 丙 12→12 0.0%, 丁 8→6 −25.0%, 戊 9→9 0.0% → 丁1 乙2 甲3 丙4 戊4.
        // NO2 (丁 has none) 甲 30→27 −10.0%, 乙 25→25 0.0%, 丙 40→32 −20.0%, 戊 20→22 +10.0% → 丙1 甲2 乙3 戊4.
        var co = Ranking.Rank([("甲", -22.7m), ("乙", -25.0m), ("丙", -10.0m), ("丁", -22.7m), ("戊", 10.0m)]);
        var so2 = Ranking.Rank([("甲", -10.0m), ("乙", -20.0m), ("丙", 0.0m), ("丁", -25.0m), ("戊", 0.0m)]);
        var no2 = Ranking.Rank([("甲", -10.0m), ("乙", 0.0m), ("丙", -20.0m), ("戊", 10.0m)]);
        var s = RankStatements.ChangeRanks("甲", "全省", [("SO2", so2), ("CO_P95", co)])!;
        Assert.Equal("change-ranks", s.Kind);
        Assert.Equal("二氧化硫、一氧化碳浓度同比改善幅度在全省5个城市中分别排第3、2位。", s.Text);
        Assert.Equal((3m, 5m, 2m, 5m), (s.Values["SO2_change_rank"], s.Values["SO2_change_rank_cities"], s.Values["CO_P95_change_rank"], s.Values["CO_P95_change_rank_cities"]));
        Assert.Equal("一氧化碳浓度同比改善幅度在全省5个城市中排第2位。", RankStatements.ChangeRanks("丁", "全省", [("CO_P95", co)])!.Text);
        // 丙 and 戊 tie on SO2 (0.0%) and share 4th place; NO2 has four cities, so its own clause.
        Assert.Equal("二氧化硫、一氧化碳浓度同比改善幅度在全省5个城市中分别排第4、5位；二氧化氮浓度同比改善幅度在全省4个城市中排第4位。",
            RankStatements.ChangeRanks("戊", "全省", [("SO2", so2), ("NO2", no2), ("CO_P95", co)])!.Text);
        // 丁 has no NO2: left out; no group title: "在5个城市中".
        Assert.Equal("二氧化硫浓度同比改善幅度在5个城市中排第1位。", RankStatements.ChangeRanks("丁", null, [("SO2", so2), ("NO2", no2)])!.Text);
        Assert.Null(RankStatements.ChangeRanks("丁", "全省", [("NO2", no2)]));
        Assert.Null(RankStatements.ChangeRanks("甲", "全省", [("CO_P95", Ranking.Rank([("甲", -22.7m)]))]));
    }

    [Fact(DisplayName = "rank: by value and by change rate within the group; one city or no rank gives none")]
    public void Rank()
    {
        var r = RankStatements.Rank("composite_index", "全省", 5, 2, 1)!;
        Assert.Equal("综合指数在全省5个城市中排第2位，改善幅度排第1位。", r.Text);
        Assert.Equal((2m, 1m, 5m), (r.Values["composite_index_rank"], r.Values["composite_index_change_rank"], r.Values["cities"]));
        Assert.Equal("PM2.5浓度改善幅度在全省8个城市中排第4位。", RankStatements.Rank("PM2.5", "全省", 8, null, 4)!.Text);
        Assert.Equal("综合指数在5个城市中排第3位。", RankStatements.Rank("composite_index", null, 5, 3, null)!.Text);
        Assert.Null(RankStatements.Rank("composite_index", "全省", 1, 1, 1));
        Assert.Null(RankStatements.Rank("composite_index", "全省", 5, null, null));
    }

    [Fact(DisplayName = "target-completion-rank: (last year − actual) / (last year − target); 30 → 19 against 24 = 183.3 %")]
    public void CompletionRank()
    {
        // Heavy days: 30 last year, 19 now, target 24: 11 / 6 = 183.33 % → 183.3.
        Assert.Equal(183.3m, RankStatements.CompletionRatePercent("heavy_days", 30m, 19m, 24m));
        // Good ratio: 70.0 → 73.0 against 75.0: 3 / 5 = 60.0 % (the same formula, both differences negative).
        Assert.Equal(60.0m, RankStatements.CompletionRatePercent("good_ratio", 70.0m, 73.0m, 75.0m));
        Assert.Null(RankStatements.CompletionRatePercent("PM2.5", 40m, 38m, 40m));
        // Last year (77.6 %) already above the target (76.0 %): no improvement asked, no rate (not −487.5 %).
        Assert.Null(RankStatements.CompletionRatePercent("good_ratio", 77.6m, 85.4m, 76.0m));
        Assert.Null(RankStatements.CompletionRatePercent("PM2.5", null, 38m, 35m));
        var rates = Ranking.Rank([("甲", 183.3m), ("乙", 200.0m), ("丙", 90.0m)], ascending: false);
        var mine = rates.Single(e => e.Name == "甲");
        var s = RankStatements.CompletionRank("heavy_days", "全省", rates.Count, mine.Value, mine.Rank)!;
        Assert.Equal("重污染天数目标完成率183.3%，居全省第2位（3个城市）。", s.Text);
        Assert.Equal("target-completion-rank", s.Kind);
        Assert.Equal((183.3m, 2m), (s.Values["heavy_days_completion_rate_percent"], s.Values["heavy_days_completion_rank"]));
        Assert.Null(RankStatements.CompletionRank("heavy_days", "全省", 3, null, null));
    }

    [Fact(DisplayName = "streak: a streak that breaks counts from the break (60 55 57 52 50 48 → 三年, 累计 −15.8 %); 双下降 of two; under two years none")]
    public void Streak()
    {
        static IndicatorHistory H(string k, int from, params decimal[] v) => new(k, v.Select((x, i) => new YearValue(from + i, x)).ToArray());
        var broken = H("PM2.5", 2019, 60, 55, 57, 52, 50, 48);
        Assert.Equal(3, HistoryStatements.StreakLength(broken));
        var s = HistoryStatements.Streak([broken])!;
        // From 2021's 57 to 48: −9/57 = −15.789 % → −15.8.
        Assert.Equal("PM2.5浓度连续三年下降，累计下降15.8%。", s.Text);
        Assert.Equal((3m, 2021m, -15.8m), (s.Values["years"], s.Values["from_year"], s.Values["PM2.5_cumulative_change_percent"]));
        // Two pollutants, five falls each: PM10 110 → 80 = −27.27 %, PM2.5 70 → 45 = −35.71 %.
        var both = HistoryStatements.Streak([H("PM10", 2019, 110, 100, 95, 90, 85, 80), H("PM2.5", 2019, 70, 65, 60, 55, 50, 45)])!;
        Assert.Equal("PM10、PM2.5浓度连续五年实现“双下降”，累计下降幅度分别达到27.3%、35.7%。", both.Text);
        // The common streak is the shorter one (PM2.5 broke in 2022).
        Assert.Equal("PM10、PM2.5浓度连续两年实现“双下降”，累计下降幅度分别达到11.1%、7.7%。",
            HistoryStatements.Streak([H("PM10", 2019, 110, 100, 95, 90, 85, 80), H("PM2.5", 2019, 70, 60, 50, 52, 50, 48)])!.Text);
        Assert.Null(HistoryStatements.Streak([H("PM2.5", 2021, 50, 52, 51)]));
        // A year without a value ends the streak: 2024 < 2023 is one fall only.
        Assert.Null(HistoryStatements.Streak([new IndicatorHistory("PM2.5", [new(2021, 50m), new(2022, null), new(2023, 45m), new(2024, 44m)])]));
        Assert.Equal("优良天数连续两年同期增加，累计上升10.0%。", HistoryStatements.Streak([H("good_days", 2021, 90, 95, 99)], sameSeason: true)!.Text);
    }

    [Fact(DisplayName = "record: best over the years present (为2015年以来最低/最多); not a record when an earlier year was better")]
    public void Record()
    {
        static IndicatorHistory H(string k, params decimal?[] v) => new(k, v.Select((x, i) => new YearValue(2015 + i, x)).ToArray());
        var s = HistoryStatements.Records([H("PM2.5", 60, 58, 55, 52, 50, 48), H("composite_index", 5.1m, 4.9m, 4.5m, 4.6m, 4.7m, 4.6m),
            H("good_days", 200, null, 220, 230, 240, 250)])!;
        Assert.Equal("PM2.5浓度为2015年以来最低，优良天数为2015年以来最多。", s.Text);
        Assert.Equal((48m, 250m, 2015m), (s.Values["PM2.5"], s.Values["good_days"], s.Values["since_year"]));
        Assert.False(s.Values.ContainsKey("composite_index"));
        Assert.Equal("PM2.5浓度为2017年以来同期最低。", HistoryStatements.Records([H("PM2.5", null, null, 55, 52, 50)], sameSeason: true)!.Text);
        Assert.Equal("PM2.5浓度为2015—2016年秋冬季以来最低。",
            HistoryStatements.Records([H("PM2.5", 60, 55, 50)], since: y => Period.AutumnWinter(y).Label)!.Text);
        Assert.Null(HistoryStatements.Records([H("PM2.5", 50, 48, 48)]));   // equal to 2016: no record
        Assert.Null(HistoryStatements.Records([H("PM2.5", 50, 48)]));       // one earlier year is no history
    }

    [Fact(DisplayName = "cumulative-change against a base year; indicators without a change left out; none at all gives none")]
    public void Cumulative()
    {
        var pm = Rate(29m, 45m);   // −16/45 = −35.56 → −35.6
        Assert.Equal("与2015年相比，PM2.5浓度下降35.6%，二氧化硫浓度下降76.0%。",
            HistoryStatements.CumulativeChange("2015年", [("PM2.5", pm), ("SO2", Rate(6m, 25m)), ("O3_8h_P90", null)])!.Text);
        Assert.Null(HistoryStatements.CumulativeChange("2015年", [("PM2.5", null)]));
    }

    [Fact(DisplayName = "targets: absolute and relative with completion (超额完成 … 同比下降4% …), missed with the shortfall, unknown said")]
    public void Targets()
    {
        var aw = Period.AutumnWinter(2019);
        var gaps = new[]
        {
            AirTargets.Gap(new AirTarget("某区", "PM2.5", aw, 87m), 77m),
            AirTargets.RelativeGap(new AirTarget("某区", "PM2.5", aw, -4m) { Kind = TargetKind.ChangePercent }, 77m, 90.6m),   // −15.0 %
            AirTargets.Gap(new AirTarget("某区", "heavy_days", aw, 30m), 19m),
            AirTargets.RelativeGap(new AirTarget("某区", "heavy_days", aw, -1m) { Kind = TargetKind.ChangeAmount }, 19m, 31m),   // −12
        };
        var s = TargetStatements.Targets(gaps)!;
        Assert.Equal("超额完成PM2.5浓度87微克/立方米、PM2.5浓度同比下降4%、重污染天数30天和重污染天数同比减少1天的目标。", s.Text);
        Assert.Equal((-4m, -15.0m), (s.Values["PM2.5_change_percent_target"], s.Values["PM2.5_change_percent_actual"]));
        var mixed = TargetStatements.Targets([
            AirTargets.Gap(new AirTarget("东州", "PM2.5", Period.Year(2025), 39m), 39m),
            AirTargets.Gap(new AirTarget("东州", "good_ratio", Period.Year(2025), 76.0m), 73.9m),
            AirTargets.RelativeGap(new AirTarget("东州", "PM10", Period.Year(2025), -5m) { Kind = TargetKind.ChangePercent }, 70m, 72m),   // −2.8 %
            AirTargets.RelativeGap(new AirTarget("东州", "SO2", Period.Year(2025), -5m) { Kind = TargetKind.ChangePercent }, 9m, null)])!;
        Assert.Equal("完成PM2.5浓度39微克/立方米的目标；未完成优良天数比例76.0%（差2.1个百分点）和PM10浓度同比下降5%（差2.2个百分点）的目标；"
            + "二氧化硫浓度同比下降5%的目标无法判断（去年同期无可比数据，无法与目标比较）。", mixed.Text);
        Assert.Equal((4m, 1m, 2m), (mixed.Values["targets"], mixed.Values["met"], mixed.Values["missed"]));
        Assert.Null(TargetStatements.Targets([]));
    }

    [Fact(DisplayName = "monthly-targets: months met, missed and without a value, by month")]
    public void MonthlyTargets()
    {
        (Period, TargetGap) M(int m, decimal target, decimal? actual) =>
            (Period.Month(2025, m), AirTargets.Gap(new AirTarget("东州", "PM2.5", Period.Month(2025, m), target), actual));
        var s = TargetStatements.MonthlyTargets("PM2.5", [M(1, 60, 58), M(2, 55, 57), M(3, 45, 45), M(11, 40, 44), M(12, 50, null)])!;
        Assert.Equal("PM2.5浓度月度目标：5个月中完成2个月，未完成2个月（2月、11月），1个月无法判断（12月）。", s.Text);
        Assert.Null(TargetStatements.MonthlyTargets("PM2.5", []));
    }

    [Fact(DisplayName = "year-end-race: PM2.5 that can (⌊(39×365 − 13200)/31⌋ = 33) and cannot still be met; good days; heavy days")]
    public void Race()
    {
        var rest = YearEndRace.RemainingLabel(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31));
        Assert.Equal("12月", rest);
        // 39 × 365 = 14235; 14235 − 13200 = 1035; 1035 / 31 = 33.39 → 33.
        var can = YearEndRace.AllowedMean("PM2.5", 39m, 365, 13200m, 31);
        Assert.Equal((33m, true), (can.Required, can.Possible));
        Assert.Equal("完成2025年PM2.5浓度目标（39微克/立方米），12月（31天）PM2.5平均浓度须不高于33微克/立方米。",
            RaceStatements.Race(can, "2025年", rest).Text);
        // 14235 − 14300 = −65; −65 / 31 = −2.10 → ⌊⌋ = −3: impossible.
        var cannot = YearEndRace.AllowedMean("PM2.5", 39m, 365, 14300m, 31);
        Assert.Equal((-3m, false), (cannot.Required, cannot.Possible));
        var s = RaceStatements.Race(cannot, "2025年", rest);
        Assert.Equal("2025年PM2.5浓度目标（39微克/立方米）已无法完成：即使12月（31天）PM2.5浓度为0，全年均值仍高于目标。", s.Text);
        Assert.Equal((0m, -3m, 14300m), (s.Values["PM2.5_possible"], s.Values["PM2.5_required"], s.Values["PM2.5_so_far"]));
        // ⌈76.0 % × 365⌉ = ⌈277.4⌉ = 278; 278 − 250 = 28 ≤ 31; 278 − 240 = 38 > 31.
        var good = YearEndRace.GoodDaysNeeded("good_ratio", 76.0m, 365, 250, 31);
        Assert.Equal("完成2025年优良天数比例目标（76.0%），12月（31天）中还须至少有28天为优良（已有优良天250天）。", RaceStatements.Race(good, "2025年", rest).Text);
        Assert.Equal("2025年优良天数比例目标（76.0%）已无法完成：还须38天优良，而12月只剩31天。",
            RaceStatements.Race(YearEndRace.GoodDaysNeeded("good_ratio", 76.0m, 365, 240, 31), "2025年", rest).Text);
        Assert.Equal("2025年优良天数目标（280天）已经完成（已有优良天281天）。",
            RaceStatements.Race(YearEndRace.GoodDaysNeeded("good_days", 280m, 365, 281, 31), "2025年", rest).Text);
        Assert.Equal("2025年重污染天数目标（5天）：已出现重污染天3天，11—12月（61天）最多还可出现2天。",
            RaceStatements.Race(YearEndRace.HeavyDaysAllowed(5m, 365, 3, 61), "2025年", YearEndRace.RemainingLabel(new DateOnly(2025, 11, 1), new DateOnly(2025, 12, 31))).Text);
        Assert.Equal("2025年重污染天数目标（5天）已无法完成：已出现重污染天7天，超出目标2天。",
            RaceStatements.Race(YearEndRace.HeavyDaysAllowed(5m, 365, 7, 31), "2025年", rest).Text);
        Assert.Equal("2025年12月15日至2025年12月31日", YearEndRace.RemainingLabel(new DateOnly(2025, 12, 15), new DateOnly(2025, 12, 31)));
    }

    [Fact(DisplayName = "districts: ranked by value, the largest improvement named, a district without data said; fewer than two none")]
    public void Districts()
    {
        var s = RankStatements.Districts("PM2.5", [
            new DistrictValue("东城区", 52m, Rate(52m, 54m)), new DistrictValue("高新区", 45m, Rate(45m, 48m)),
            new DistrictValue("南湖区", 48m, Rate(48m, 49m)), new DistrictValue("新区", null, null)])!;
        // 52/54 → −3.7 %, 45/48 → −6.25 → −6.2 (half to even), 48/49 → −2.0 %.
        Assert.Equal("各区县PM2.5浓度由低到高依次为：高新区45微克/立方米、南湖区48微克/立方米、东城区52微克/立方米；同比改善幅度最大的是高新区（下降6.2%）；新区无有效数据。", s.Text);
        Assert.Equal((1m, 2m, 3m), (s.Values["高新区_rank"], s.Values["南湖区_rank"], s.Values["东城区_rank"]));
        Assert.Null(RankStatements.Districts("PM2.5", [new DistrictValue("东城区", 52m, null), new DistrictValue("新区", null, null)]));
    }

    [Fact(DisplayName = "water: sections, CWQI and its change, drinking-water sources; topic 水")]
    public void Water()
    {
        var sections = WaterStatements.Sections(4, 4, 4, 100m, 0m)!;
        Assert.Equal("4个考核断面全部达到考核目标，Ⅰ～Ⅲ类断面比例100.0%，劣Ⅴ类断面比例0.0%。", sections.Text);
        Assert.Equal(StatementTopic.Water, sections.Topic);
        Assert.Equal("5个考核断面中3个达到考核目标，Ⅰ～Ⅲ类断面比例60.0%，劣Ⅴ类断面比例20.0%。", WaterStatements.Sections(5, 5, 3, 60m, 20m)!.Text);
        Assert.Equal("城市水质指数（CWQI）4.12，同比改善7.36%。", WaterStatements.Cwqi(4.12m, -7.36m)!.Text);
        Assert.Equal("城市水质指数（CWQI）4.12，同比变差1.20%。", WaterStatements.Cwqi(4.12m, 1.2m)!.Text);
        Assert.Null(WaterStatements.Cwqi(null, null));
        var rate = Math.Round(2m / 3m * 100m, 1, MidpointRounding.ToEven);   // 66.67 → 66.7
        Assert.Equal("3个集中式饮用水水源地中2个达标，达标率66.7%。", WaterStatements.DrinkingWater(3, 2, rate)!.Text);
        Assert.Equal("2个集中式饮用水水源地全部达标，达标率100.0%。", WaterStatements.DrinkingWater(2, 2, 100m)!.Text);
        Assert.Null(WaterStatements.DrinkingWater(0, 0, null));
    }

    [Fact(DisplayName = "rises-falls over the indicators present: “八降一增”; a missing NO2 is not claimed and a rise is named")]
    public void RisesAndFalls()
    {
        IndicatorMove M(string k, decimal? c) => new(k, c);
        var all = AirStatements.RisesAndFalls([M("PM2.5", -11.1m), M("PM10", -11.0m), M("SO2", -5m), M("NO2", -3m), M("CO_P95", -22.7m),
            M("O3_8h_P90", -1m), M("composite_index", -3.8m), M("heavy_days", -14m), M("good_days", 46m)])!;
        Assert.Equal("PM2.5、PM10、二氧化硫、二氧化氮、一氧化碳、臭氧浓度、综合指数、重污染天数和优良天数同比实现“八降一增”。", all.Text);
        var mixed = AirStatements.RisesAndFalls([M("PM2.5", -11.1m), M("PM10", -11.0m), M("SO2", -5m), M("NO2", null), M("CO_P95", -22.7m),
            M("O3_8h_P90", 2m), M("composite_index", -3.8m), M("heavy_days", -14m), M("good_days", 46m)])!;
        Assert.Equal("PM2.5、PM10、二氧化硫、一氧化碳、臭氧浓度、综合指数、重污染天数和优良天数同比“六降二增”，其中臭氧浓度上升。", mixed.Text);
        Assert.Equal((8m, 6m, 2m, 0m), (mixed.Values["indicators"], mixed.Values["down"], mixed.Values["up"], mixed.Values["level"]));
        Assert.Null(AirStatements.RisesAndFalls([M("PM2.5", -1m), M("NO2", null)]));
    }
}
