using System.Globalization;
using Workbench.Air.Import;
using Workbench.Air.Results;
using Workbench.IO;
using Workbench.Periods;
using Workbench.Quality;

namespace Workbench.Air.Compute;

/// <summary>One target (目标值) of a city for an indicator over a period.</summary>
/// <param name="City">City as written in the targets file.</param>
/// <param name="Indicator">Indicator key of <see cref="AirAssessmentResult.Indicators"/> (e.g. PM2.5, good_ratio).</param>
/// <param name="Period">The period the target applies to.</param>
/// <param name="Value">Target value: in the indicator's unit (<see cref="TargetKind.Absolute"/>), in percent of the same
/// period last year (<see cref="TargetKind.ChangePercent"/>, −4 = a 4 % fall), or in the indicator's unit as a change
/// (<see cref="TargetKind.ChangeAmount"/>, −1 = one heavy day fewer).</param>
public sealed record AirTarget(string City, string Indicator, Period Period, decimal Value)
{
    /// <summary>What <see cref="Value"/> is (column 类型 of the targets file; 绝对值 when absent).</summary>
    public TargetKind Kind { get; init; } = TargetKind.Absolute;
}

/// <summary>What a target value states (column 类型 of the targets file).</summary>
public enum TargetKind
{
    /// <summary>绝对值: the value itself (PM2.5 ≤ 39 µg/m³, 优良天数比例 ≥ 76.0 %).</summary>
    Absolute,
    /// <summary>同比变化率: the change against the same period last year in percent (−4 = at least a 4 % fall).</summary>
    ChangePercent,
    /// <summary>同比变化量: the change against the same period last year in the indicator's unit (−1 = one day fewer).</summary>
    ChangeAmount,
}

/// <summary>How an assessed value stands against a target.</summary>
/// <param name="Target">The target.</param>
/// <param name="Actual">What is compared with the target value: the reported value (绝对值), or its change against the
/// same period last year (同比变化率 in percent, 1 decimal; 同比变化量 in the indicator's unit); null when not available.</param>
/// <param name="Gap">Actual − target (null when no actual).</param>
/// <param name="Met">Target met (≤ for concentrations, index and heavy days; ≥ for good days and ratio); null when unknown.</param>
/// <param name="Text">Chinese phrase: "较目标低4微克/立方米", "较目标高2.1个百分点", "与目标持平", "变化幅度较目标低11.0个百分点" (a relative target).</param>
public sealed record TargetGap(AirTarget Target, decimal? Actual, decimal? Gap, bool? Met, string Text)
{
    /// <summary>The reported value of the period (for a relative target, the value whose change is compared).</summary>
    public decimal? Current { get; init; }

    /// <summary>The reported value of the same period last year (relative targets), or null.</summary>
    public decimal? Baseline { get; init; }
}

/// <summary>
/// Targets file (CSV, header <c>城市,指标,时段,目标值</c> and an optional <c>类型</c>: 绝对值 (default), 同比变化率,
/// 同比变化量; 时段 in the text <see cref="Period.Parse"/> accepts, e.g. 2020, 2020-01, 2020AW, 2020-01..2020-05; 指标 a
/// key of the assessment or a Chinese name such as PM2.5浓度, 优良天数比例, 重污染天数) and the gaps of an assessment
/// against it.
/// </summary>
public static class AirTargets
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PM2.5"] = "PM2.5", ["PM25"] = "PM2.5", ["PM2.5浓度"] = "PM2.5", ["细颗粒物"] = "PM2.5",
        ["PM10"] = "PM10", ["PM10浓度"] = "PM10", ["可吸入颗粒物"] = "PM10",
        ["SO2"] = "SO2", ["二氧化硫"] = "SO2", ["NO2"] = "NO2", ["二氧化氮"] = "NO2",
        ["CO"] = "CO_P95", ["CO_P95"] = "CO_P95", ["一氧化碳"] = "CO_P95",
        ["O3"] = "O3_8h_P90", ["O3_8h_P90"] = "O3_8h_P90", ["臭氧"] = "O3_8h_P90",
        ["composite_index"] = "composite_index", ["综合指数"] = "composite_index",
        ["good_ratio"] = "good_ratio", ["优良天数比例"] = "good_ratio", ["优良率"] = "good_ratio",
        ["good_days"] = "good_days", ["优良天数"] = "good_days",
        ["heavy_days"] = "heavy_days", ["重污染天数"] = "heavy_days",
    };

    /// <summary>The indicator key of a name written in a targets file, or null when unknown.</summary>
    public static string? IndicatorKey(string text) => Aliases.GetValueOrDefault(text.Trim());

    /// <summary>The kind a 类型 cell names (empty = 绝对值), or null when unknown.</summary>
    public static TargetKind? KindOf(string text) => text.Trim() switch
    {
        "" or "绝对值" => TargetKind.Absolute,
        "同比变化率" or "同比变化率(%)" or "同比变化率（%）" => TargetKind.ChangePercent,
        "同比变化量" => TargetKind.ChangeAmount,
        _ => null,
    };

    /// <summary>True when a larger value is better (good days and ratio).</summary>
    public static bool HigherIsBetter(string indicator) => indicator is "good_ratio" or "good_days";

    /// <summary>Reads a targets file; unreadable rows are listed in <paramref name="quality"/> and skipped.</summary>
    public static IReadOnlyList<AirTarget> Load(string path, DataQualityReport? quality = null)
    {
        var file = Path.GetFileName(path);
        // The air readers' CSV reader (issue 14): quoted fields, other widths than the header's refused, lines decoded one by one.
        using var reader = new CsvRecordReader(File.OpenRead(InputFiles.Require(path)), file, quality ?? new DataQualityReport());
        using var records = reader.Records().GetEnumerator();
        if (!records.MoveNext()) throw new WorkbenchDataException(file, 1, null, "文件为空，应有表头“城市,指标,时段,目标值”");
        var header = records.Current.Fields.Select(h => h.Trim()).ToArray();
        int Col(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i
            : throw new WorkbenchDataException(file, 1, name, $"表头缺少“{name}”列（应为 城市,指标,时段,目标值）");
        int city = Col("城市"), indicator = Col("指标"), period = Col("时段"), value = Col("目标值");
        var kindColumn = Array.IndexOf(header, "类型");   // optional: 绝对值 when the file has no such column
        reader.ExpectedFields = header.Length;
        var result = new List<AirTarget>();
        var seen = new Dictionary<(string, string, Period, TargetKind), long>();
        while (records.MoveNext())
        {
            var f = records.Current.Fields.Select(x => x.Trim()).ToArray();
            var lineNo = records.Current.Line;
            void Reject(string column, string reason) =>
                quality?.Add(file, lineNo, column, f.ElementAtOrDefault(city), null, "target-row", reason, QualityAction.Rejected);
            var key = IndicatorKey(f[indicator]);
            if (key is null) { Reject("指标", $"未知指标：“{f[indicator]}”"); continue; }
            if (!Period.TryParse(f[period], out var p)) { Reject("时段", $"无法识别的时段：“{f[period]}”"); continue; }
            var kindText = kindColumn >= 0 ? f[kindColumn] : "";
            if (KindOf(kindText) is not { } kind)
            {
                quality?.Add(file, lineNo, "类型", f.ElementAtOrDefault(city), null, "target-type",
                    $"无法识别的目标类型：“{kindText}”（应为 绝对值、同比变化率 或 同比变化量）", QualityAction.Rejected);
                continue;
            }
            decimal v;
            if (f[value].Contains(',') && StructureIssues.IsThousandsGrouped(f[value])
                && decimal.TryParse(f[value].Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out v))
                quality?.Add(StructureIssues.Thousands(file, lineNo, "目标值", f[city], f[period], f[value], (double)v));   // quoted "1,234" (issue 14)
            else if (!decimal.TryParse(f[value], NumberStyles.Float, CultureInfo.InvariantCulture, out v))
            { Reject("目标值", $"目标值不是数字：“{f[value]}”"); continue; }
            // A second target for the same city, indicator, period and kind would make the sentence pick one silently.
            var id = (DustDays.NormaliseCity(f[city]), key, p, kind);
            if (seen.TryGetValue(id, out var firstLine))
            {
                quality?.Add(file, lineNo, "指标", f[city], null, "target-duplicate",
                    $"与第 {firstLine} 行重复（同一城市、指标、时段和类型）：保留第 {firstLine} 行", QualityAction.Rejected);
                continue;
            }
            seen[id] = lineNo;
            result.Add(new AirTarget(f[city], key, p, v) { Kind = kind });
        }
        quality?.CountFile();
        quality?.CountAccepted(result.Count);
        return result;
    }

    /// <summary>
    /// The gaps of an assessment against the targets of its city and period. A relative target (同比变化率, 同比变化量)
    /// needs <paramref name="lastYear"/>, the same period a year earlier under the same standard; without it, or without
    /// the indicator's value there, its gap is unknown and says so.
    /// </summary>
    public static IReadOnlyList<TargetGap> Evaluate(AirAssessmentResult result, IEnumerable<AirTarget> targets, AirAssessmentResult? lastYear = null)
    {
        var city = DustDays.NormaliseCity(result.City);
        return targets
            .Where(t => DustDays.NormaliseCity(t.City) == city && t.Period.Start == result.Period.Start && t.Period.End == result.Period.End)
            .Select(t => t.Kind == TargetKind.Absolute
                ? Gap(t, result.Indicators.GetValueOrDefault(t.Indicator))
                : RelativeGap(t, result.Indicators.GetValueOrDefault(t.Indicator), lastYear?.Indicators.GetValueOrDefault(t.Indicator)))
            .ToArray();
    }

    /// <summary>
    /// The gap of a relative target: the change of the reported value against last year's (同比变化率: percent of last
    /// year's value, GB/T 8170 to 1 decimal, as the year-on-year table shows it; 同比变化量: the difference) compared
    /// with the target's change. Met when the change is at or below the target (at or above for good days and ratio).
    /// </summary>
    public static TargetGap RelativeGap(AirTarget target, decimal? current, decimal? baseline)
    {
        decimal? change = current is null || baseline is null ? null : target.Kind switch
        {
            TargetKind.ChangePercent => baseline == 0 ? null : Standards.ChangeRate.Percent(current.Value, baseline.Value, 1),
            _ => current.Value - baseline.Value,
        };
        if (change is null)
            return new TargetGap(target, null, null, null, "去年同期无可比数据，无法与目标比较") { Current = current, Baseline = baseline };
        var gap = change.Value - target.Value;
        var met = HigherIsBetter(target.Indicator) ? gap >= 0 : gap <= 0;
        var abs = Math.Abs(gap).ToString(CultureInfo.InvariantCulture);
        var unit = target.Kind == TargetKind.ChangePercent ? "个百分点" : UnitOf(target.Indicator);
        var text = gap == 0 ? "与目标持平" : $"变化幅度较目标{(gap > 0 ? "高" : "低")}{abs}{unit}";
        return new TargetGap(target, change, gap, met, text) { Current = current, Baseline = baseline };
    }

    /// <summary>The unit an indicator's value (and an absolute change of it) is stated in.</summary>
    public static string UnitOf(string indicator) => indicator switch
    {
        "good_ratio" => "个百分点",
        "good_days" or "heavy_days" or "valid_days" => "天",
        "composite_index" => "",
        "CO_P95" => "毫克/立方米",
        _ => "微克/立方米",
    };

    /// <summary>The gap of one value against one (absolute) target.</summary>
    public static TargetGap Gap(AirTarget target, decimal? actual)
    {
        if (actual is null) return new TargetGap(target, null, null, null, "无实测值，无法与目标比较");
        var gap = actual.Value - target.Value;
        var met = HigherIsBetter(target.Indicator) ? gap >= 0 : gap <= 0;
        var abs = Math.Abs(gap).ToString(CultureInfo.InvariantCulture);
        var text = gap == 0 ? "与目标持平" : target.Indicator switch
        {
            "good_ratio" => $"较目标{(gap > 0 ? "高" : "低")}{abs}个百分点",
            "good_days" or "heavy_days" => $"较目标{(gap > 0 ? "多" : "少")}{abs}天",
            "composite_index" => $"较目标{(gap > 0 ? "高" : "低")}{abs}",
            "CO_P95" => $"较目标{(gap > 0 ? "高" : "低")}{abs}毫克/立方米",
            _ => $"较目标{(gap > 0 ? "高" : "低")}{abs}微克/立方米",
        };
        return new TargetGap(target, actual, gap, met, text) { Current = actual };
    }
}
