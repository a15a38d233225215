using Microsoft.Data.Analysis;
using Workbench.Air.Compute;
using Workbench.Air.Results;
using Workbench.Air.Tables;
using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Frames;

/// <summary>
/// Air results as Microsoft.Data.Analysis DataFrames for notebooks: one row per city-period, city-day or ranked city,
/// numbers at reported precision (decimal columns, so nothing prints as 17.600000381469727), Chinese column names.
/// The frames are views of results computed by the library; they are never used to compute means
/// (DataFrame GroupBy().Mean() counts nulls in the denominator).
/// </summary>
public static partial class AirFrames
{
    /// <summary>Reported decimals of the indicator columns, for <see cref="FrameText.ToText"/>.</summary>
    public static IReadOnlyDictionary<string, int> Decimals { get; } = new Dictionary<string, int>
    {
        ["PM2.5"] = 0, ["PM10"] = 0, ["SO2"] = 0, ["NO2"] = 0, ["CO_P95"] = 1, ["O3_8h_P90"] = 0,
        ["综合指数"] = 2, ["优良天数比例%"] = 1, ["CO"] = 1,
        ["PM2.5（微克/立方米）"] = 0, ["PM10（微克/立方米）"] = 0, ["SO₂（微克/立方米）"] = 0, ["NO₂（微克/立方米）"] = 0,
        ["CO第95百分位数（毫克/立方米）"] = 1, ["O₃-8h第90百分位数（微克/立方米）"] = 0,
    };

    /// <summary>
    /// Headers of the six indicators in <see cref="Assessments"/>: the statistic's Chinese name with its unit, as a reader
    /// of the table needs them (the contract codes "CO_P95", "O3_8h_P90" are for programs).
    /// </summary>
    public static IReadOnlyList<(string Indicator, string Header)> IndicatorHeaders { get; } =
    [
        ("PM2.5", "PM2.5（微克/立方米）"), ("PM10", "PM10（微克/立方米）"), ("SO2", "SO₂（微克/立方米）"), ("NO2", "NO₂（微克/立方米）"),
        ("CO_P95", "CO第95百分位数（毫克/立方米）"), ("O3_8h_P90", "O₃-8h第90百分位数（微克/立方米）"),
    ];

    /// <summary>One row per assessment (city × period): the contract indicators plus standard, status and validity.</summary>
    public static DataFrame Assessments(IEnumerable<AirAssessmentResult> results)
    {
        var list = results.ToList();
        var frame = new DataFrame(
            new StringDataFrameColumn("城市", list.Select(r => r.City)),
            new StringDataFrameColumn("时段", list.Select(r => r.Period.Label)),
            new StringDataFrameColumn("标准", list.Select(r => r.Standard.Label())),
            new StringDataFrameColumn("数据状态", list.Select(r => r.Status.ChineseName())));
        foreach (var (key, header) in IndicatorHeaders)
            frame.Columns.Add(new DecimalDataFrameColumn(header, list.Select(r => r.Indicators[key])));
        frame.Columns.Add(new DecimalDataFrameColumn("综合指数", list.Select(r => r.Indicators["composite_index"])));
        frame.Columns.Add(new Int32DataFrameColumn("有效天数", list.Select(r => (int?)r.DayCounts.ValidDays)));
        frame.Columns.Add(new Int32DataFrameColumn("优良天数", list.Select(r => (int?)r.DayCounts.GoodDays)));
        frame.Columns.Add(new DecimalDataFrameColumn("优良天数比例%", list.Select(r => r.DayCounts.GoodRatioPercent)));
        frame.Columns.Add(new Int32DataFrameColumn("重污染天数", list.Select(r => (int?)r.DayCounts.HeavyDays)));
        frame.Columns.Add(new BooleanDataFrameColumn("全部有效", list.Select(r =>
            (bool?)r.Statistics.Pollutants.Values.All(p => p.Validity.IsValid))));
        return frame;
    }

    /// <summary>One row per day of a city series: daily concentrations (NaN → null), stations averaged, AQI, level, primary.</summary>
    public static DataFrame CityDays(CityDailyResult city)
    {
        var days = Enumerable.Range(0, city.DayCount).ToArray();
        var t = city.Table;
        double? V(DailyIndicator i, int d) => t.Series(i, 0)[d] is var v && double.IsNaN(v) ? null : v;
        var frame = new DataFrame(
            new PrimitiveDataFrameColumn<DateTime>("日期", days.Select(d => (DateTime?)city.Table.DayAt(d).ToDateTime(TimeOnly.MinValue))));
        foreach (var (name, indicator) in new[]
                 {
                     ("PM2.5", DailyIndicator.PM2_5), ("PM10", DailyIndicator.PM10), ("SO2", DailyIndicator.SO2),
                     ("NO2", DailyIndicator.NO2), ("CO", DailyIndicator.CO), ("O3_1h最大", DailyIndicator.O3_1hMax),
                     ("O3_8h最大", DailyIndicator.O3_8hMax),
                 })
            frame.Columns.Add(new DoubleDataFrameColumn(name, days.Select(d => V(indicator, d))));
        frame.Columns.Add(new Int32DataFrameColumn("站点数", days.Select(d => (int?)city.StationsOn(d).Count)));
        var aqi = city.DailyAqi.ToArray();
        frame.Columns.Add(new Int32DataFrameColumn("AQI", aqi.Select(a => a.HasValue ? (int?)a.Aqi : null)));
        frame.Columns.Add(new StringDataFrameColumn("类别", aqi.Select(a => a.HasValue ? AqiLevels.ForAqi(a.Aqi).Category : null)));
        frame.Columns.Add(new StringDataFrameColumn("首要污染物", aqi.Select(a => a.HasValue ? a.Primary.ToCodes() : null)));
        return frame;
    }

    /// <summary>A ranking (composite index, a concentration or a change rate) as rank, name, value; ties share a rank.</summary>
    public static DataFrame Ranking(IEnumerable<RankedEntry> entries, string valueName)
    {
        var list = entries.ToList();
        return new DataFrame(
            new Int32DataFrameColumn("排名", list.Select(e => (int?)e.Rank)),
            new StringDataFrameColumn("城市", list.Select(e => e.Name)),
            new DecimalDataFrameColumn(valueName, list.Select(e => (decimal?)e.Value)));
    }

    /// <summary>The per-pollutant statistics of one assessment: mean, percentile, valid days, validity, limits, attainment.</summary>
    public static DataFrame Pollutants(AirAssessmentResult result)
    {
        var list = PollutantInfo.All.Select(p => result.Statistics.Pollutants[p]).ToList();
        return new DataFrame(
            new StringDataFrameColumn("污染物", list.Select(p => p.Pollutant.Code())),
            new DecimalDataFrameColumn("平均浓度", list.Select(p => p.ReportedMean)),
            new StringDataFrameColumn("百分位", list.Select(p => $"P{p.Percent}")),
            new DecimalDataFrameColumn("百分位数浓度", list.Select(p => p.ReportedPercentile)),
            new StringDataFrameColumn("单位", list.Select(p => p.Pollutant.ChineseUnit())),
            new Int32DataFrameColumn("有效天数", list.Select(p => (int?)p.ValidDays)),
            new BooleanDataFrameColumn("数据有效", list.Select(p => (bool?)p.Validity.IsValid)),
            new StringDataFrameColumn("评价", list.Select(p => p.Attains switch { true => "达标", false => "超标", null => "" })));
    }
}
