using System.Globalization;
using Workbench.Standards.Rounding;

namespace Workbench.Sample;

/// <summary>Computes the planted facts of a range from the plan (by construction).</summary>
internal static class PlantedFacts
{
    private const string DayRule = "日均值按文件日期 0—23 时（DayBoundary.FeedDateHours0To23），站点日有效需≥20小时，城市日均=有效城市站日均的算术平均";

    public static IReadOnlyList<PlantedFact> Compute(SamplePlan plan)
    {
        var o = plan.Options;
        bool Covers(DateOnly from, DateOnly to) => from >= o.Start && to <= o.End;
        static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        static string N(decimal v, int decimals) => GbT8170.Round(v, decimals).ToString(CultureInfo.InvariantCulture);
        var facts = new List<PlantedFact>();

        // (a) and (d): 东州 2020 annual PM2.5.
        var (aCity, aYear, aValue) = SampleEvents.AnnualMean;
        var yFrom = new DateOnly(aYear, 1, 1);
        var yTo = new DateOnly(aYear, 12, 31);
        if (Covers(yFrom, yTo))
        {
            var c = plan.CityIndex(aCity);
            var (mean, days) = plan.PeriodMean(c, yFrom, yTo, Species.PM2_5);
            if (mean != aValue) throw new InvalidOperationException($"示例数据内部错误：{aCity} {aYear} PM2.5 年均 {mean}，应为 {aValue}");
            var invalid = Enumerable.Range(0, yTo.DayNumber - yFrom.DayNumber + 1).Select(i => yFrom.AddDays(i))
                .Where(d => !plan.CityDayValid(c, d, Species.PM2_5)).ToArray();
            facts.Add(new(SampleFacts.AnnualPm25, aCity, $"{aYear}", "PM2.5年均浓度(µg/m³，不含对照点)", $"{aValue}",
                $"精确值 {mean}（非修约）；{DayRule}；无效日：{string.Join("、", invalid.Select(D))}；扣沙不影响（该年无沙尘日）"));
            facts.Add(new(SampleFacts.AnnualValidDays, aCity, $"{aYear}", "PM2.5有效天数", $"{days}",
                $"{yTo.DayNumber - yFrom.DayNumber + 1} 天中 {invalid.Length} 天无效（文件缺失或不足20小时）"));
            var (withControl, _) = plan.PeriodMean(c, yFrom, yTo, Species.PM2_5, includeControl: true);
            facts.Add(new(SampleFacts.AnnualWithControl, aCity, $"{aYear}", "PM2.5年均浓度(µg/m³，误含对照点9006A)",
                N(withControl!.Value, 2), "对照点 9006A 的 PM2.5 日均为城市值的 3 倍；计入对照点时得到此值（修约到 2 位小数），正确结果应为 48"));
        }

        // (c): the 19-hour station-day.
        var (iCode, iDay, iHours, _) = SampleEvents.InvalidStationDay;
        if (Covers(iDay, iDay))
        {
            var s = plan.StationIndex(iCode);
            var city = plan.Stations[s].City;
            var hours = SamplePlan.HourCount(plan.Mask[s][(int)Species.PM2_5][plan.IndexOf(iDay)]);
            var cityName = SampleNetwork.CityNames[city];
            facts.Add(new(SampleFacts.InvalidDayHours, iCode, D(iDay), "PM2.5有效小时数", $"{hours}",
                $"{cityName} {iCode} 当日缺 {string.Join("、", iHours)} 时（所有污染物），仅 {hours} 小时，不足 20 小时，站点日均无效"));
            facts.Add(new(SampleFacts.InvalidDayCityMean, cityName, D(iDay), "城市日均PM2.5(µg/m³)",
                N(plan.CityDailyMean(city, iDay, Species.PM2_5)!.Value, 2), $"剔除无效站 {iCode} 后其余城市站的平均（各站相同）；{DayRule}"));
            facts.Add(new(SampleFacts.InvalidDayCityMeanWrong, cityName, D(iDay), "城市日均PM2.5(µg/m³，误含无效站日)",
                N(plan.CityDailyMean(city, iDay, Species.PM2_5, useInvalidStations: true)!.Value, 2),
                $"{iCode} 当日 19 小时的均值比城市值高 {SampleEvents.InvalidStationDay.Pm25Offset}；误用时得到此值"));
        }

        // (b): heavy-pollution days.
        var (hCity, hYear, hMonth, hDays) = SampleEvents.HeavyMonth;
        var mFrom = new DateOnly(hYear, hMonth, 1);
        var mTo = mFrom.AddMonths(1).AddDays(-1);
        if (Covers(mFrom, mTo))
        {
            var c = plan.CityIndex(hCity);
            var heavy = new List<DateOnly>();
            decimal maxOther = 0, minHeavy = decimal.MaxValue;
            for (var d = mFrom; d <= mTo; d = d.AddDays(1))
            {
                var v = plan.CityDailyMean(c, d, Species.PM2_5)!.Value;
                if (v >= 165) { heavy.Add(d); minHeavy = Math.Min(minHeavy, v); }
                else maxOther = Math.Max(maxOther, v);
            }
            facts.Add(new(SampleFacts.HeavyDays, hCity, $"{hYear}-{hMonth:00}", "重污染天数(HJ 633-2012 日AQI>200)", $"{heavy.Count}",
                $"重污染日：{string.Join("、", heavy.Select(D))}；这些日城市日均PM2.5≥{N(minHeavy, 1)}（IAQI>200），其余日≤{N(maxOther, 1)}（IAQI<200），"
                + "PM10、SO2、NO2、CO、O3 均远低于 IAQI 200 的浓度限值；当月无缺失日"));
        }

        // (e): the station that opens on 2019-06-01.
        var open = SampleNetwork.NewStationOpens;
        if (Covers(open.AddDays(-1), open))
        {
            var s = plan.StationIndex("9011A");
            var c = plan.Stations[s].City;
            var cityName = SampleNetwork.CityNames[c];
            foreach (var day in new[] { open.AddDays(-1), open })
                facts.Add(new(SampleFacts.NewStationCount, cityName, D(day), "城市站点数(不含对照点)",
                    $"{plan.CityStations(c, day, false).Count()}", $"9011A 西州新区自 {D(open)} 启用，china_sites 文件自当日起多一列"));
            var with = plan.CityDailyMean(c, open, Species.PM2_5)!.Value;
            var others = plan.CityStations(c, open, false).Where(x => x != s && plan.StationDayValid(x, open, Species.PM2_5)).ToArray();
            var without = others.Sum(x => (decimal)plan.Target[x][(int)Species.PM2_5][plan.IndexOf(open)]) / others.Length;
            facts.Add(new(SampleFacts.NewStationCityMean, cityName, D(open), "城市日均PM2.5(µg/m³，含新站9011A)", N(with, 2),
                $"9011A 的 PM2.5 约为城市值的 1.35 倍；{DayRule}"));
            facts.Add(new(SampleFacts.NewStationCityMeanWithout, cityName, D(open), "城市日均PM2.5(µg/m³，不含新站)", N(without, 2),
                "若站点集合未按日期更新（漏掉新站）得到此值"));
        }

        // (f), (g): network changes.
        foreach (var (key, code, day, note) in new[]
                 {
                     (SampleFacts.ControlChangeCount, "9017A", SampleNetwork.ControlChangeDay, "9017A 南山自该日起不再是对照点，计入城市站"),
                     (SampleFacts.ClosedCount, "9029A", SampleNetwork.ClosedAfter.AddDays(1), "9029A 老城区于前一日停用，china_sites 文件自该日起少一列"),
                 })
        {
            if (!Covers(day.AddDays(-1), day)) continue;
            var c = plan.Stations[plan.StationIndex(code)].City;
            foreach (var d in new[] { day.AddDays(-1), day })
                facts.Add(new(key, SampleNetwork.CityNames[c], D(d), "城市站点数(不含对照点)", $"{plan.CityStations(c, d, false).Count()}", note));
        }

        // (h): a dust day.
        var (dustCity, dustDay) = SampleEvents.DustDays[0];
        if (Covers(dustDay, dustDay))
        {
            var c = plan.CityIndex(dustCity);
            var pm10 = plan.CityDailyMean(c, dustDay, Species.PM10)!.Value;
            var pm25 = plan.CityDailyMean(c, dustDay, Species.PM2_5)!.Value;
            facts.Add(new(SampleFacts.DustPm10, dustCity, D(dustDay), "城市日均PM10(µg/m³)", N(pm10, 2), "列入 dust_days.csv 的沙尘日；扣沙时该日 PM10、PM2.5 不参与统计"));
            facts.Add(new(SampleFacts.DustRatio, dustCity, D(dustDay), "PM2.5/PM10(城市日均之比)", N(pm25 / pm10, 2), "沙尘日细颗粒物占比低"));
        }

        // (i): file-level gaps.
        var missing = SampleEvents.MissingFiles.Where(d => d >= o.Start && d <= o.End).ToArray();
        facts.Add(new(SampleFacts.MissingFiles, "全部", Range(o), "缺失的 china_sites 文件数", $"{missing.Length}", string.Join("、", missing.Select(D))));
        var shortFiles = SampleEvents.ShortFiles.Where(kv => kv.Key >= o.Start && kv.Key <= o.End).OrderBy(kv => kv.Key).ToArray();
        facts.Add(new(SampleFacts.ShortFiles, "全部", Range(o), "不足20小时的文件数", $"{shortFiles.Length}",
            string.Join("、", shortFiles.Select(kv => $"{D(kv.Key)}（{kv.Value} 小时）"))
            + (o.Start <= SampleEvents.TruncatedLastHour && SampleEvents.TruncatedLastHour <= o.End
                ? $"；另 {D(SampleEvents.TruncatedLastHour)} 的 23 时不完整（文件在 PM10 行中途结束）" : "")));
        return facts;
    }

    private static string Range(SampleOptions o) =>
        $"{o.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{o.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
