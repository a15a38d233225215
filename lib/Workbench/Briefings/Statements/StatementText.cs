using Workbench.Standards;

namespace Workbench.Briefings.Statements;

/// <summary>
/// The wording shared by the statement kinds: indicator names and units as bulletins write them, values with their
/// unit at reported precision, lists joined "甲、乙和丙", and the values dictionary of a <see cref="Statement"/>.
/// Numbers go through <see cref="Headlines.Number"/> (GB/T 8170 half-even).
/// </summary>
public static class StatementText
{
    /// <summary>"PM2.5浓度", "二氧化硫浓度", "综合指数", "优良天数比例", "优良天数", "重污染天数" of an indicator key.</summary>
    public static string IndicatorName(string indicator) => indicator switch
    {
        "PM2.5" => "PM2.5浓度",
        "PM10" => "PM10浓度",
        "SO2" => "二氧化硫浓度",
        "NO2" => "二氧化氮浓度",
        "CO_P95" => "一氧化碳浓度",
        "O3_8h_P90" => "臭氧浓度",
        "composite_index" => "综合指数",
        "good_ratio" => "优良天数比例",
        "good_days" => "优良天数",
        "heavy_days" => "重污染天数",
        "valid_days" => "有效监测天数",
        _ => indicator,
    };

    /// <summary>Decimals an indicator is stated with (REFERENCE A3.4: µg/m³ integers, CO 1, ratio 1, index 2).</summary>
    public static int Decimals(string indicator) => indicator switch
    {
        "CO_P95" or "good_ratio" => 1,
        "composite_index" => 2,
        _ => 0,
    };

    /// <summary>The unit written after a value: 微克/立方米, 毫克/立方米, %, 天, or nothing (the index).</summary>
    public static string Unit(string indicator) => indicator switch
    {
        "good_ratio" => "%",
        "good_days" or "heavy_days" or "valid_days" => "天",
        "composite_index" => "",
        "CO_P95" => "毫克/立方米",
        _ => "微克/立方米",
    };

    /// <summary>"39微克/立方米", "76.0%", "5天", "1.2毫克/立方米", "4.50": a value with its unit.</summary>
    public static string Value(string indicator, decimal value) => Headlines.Number(value, Decimals(indicator)) + Unit(indicator);

    /// <summary>The unit of a difference of two values: 个百分点 for the ratio, otherwise the value's unit.</summary>
    public static string DifferenceUnit(string indicator) => indicator == "good_ratio" ? "个百分点" : Unit(indicator);

    /// <summary>"甲", "甲和乙", "甲、乙和丙".</summary>
    public static string JoinAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join("、", items.Take(items.Count - 1)) + "和" + items[^1],
    };

    /// <summary>The key of a pollutant's headline statistic (<see cref="Headlines.IndicatorKey"/>).</summary>
    public static string Key(Pollutant p) => Headlines.IndicatorKey(p);

    /// <summary>A statement with its values (null values are kept: the JSON says what was absent).</summary>
    public static Statement Make(string kind, string text, params (string Name, decimal? Value)[] values) =>
        new(kind, text, values.ToDictionary(v => v.Name, v => v.Value));
}
