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
/// <param name="Value">Target value in the indicator's unit.</param>
public sealed record AirTarget(string City, string Indicator, Period Period, decimal Value);

/// <summary>How an assessed value stands against a target.</summary>
/// <param name="Target">The target.</param>
/// <param name="Actual">The reported value, or null when not available.</param>
/// <param name="Gap">Actual − target (null when no actual).</param>
/// <param name="Met">Target met (≤ for concentrations, index and heavy days; ≥ for good days and ratio); null when unknown.</param>
/// <param name="Text">Chinese phrase: "较目标低4微克/立方米", "较目标高2.1个百分点", "与目标持平".</param>
public sealed record TargetGap(AirTarget Target, decimal? Actual, decimal? Gap, bool? Met, string Text);

/// <summary>
/// Targets file (CSV, header <c>城市,指标,时段,目标值</c>; 时段 in the text <see cref="Period.Parse"/> accepts, e.g. 2020,
/// 2020-01..2020-05; 指标 a key of the assessment or a Chinese name such as PM2.5浓度, 优良天数比例, 重污染天数) and the
/// gaps of an assessment against it.
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
        reader.ExpectedFields = header.Length;
        var result = new List<AirTarget>();
        while (records.MoveNext())
        {
            var f = records.Current.Fields.Select(x => x.Trim()).ToArray();
            var lineNo = records.Current.Line;
            void Reject(string column, string reason) =>
                quality?.Add(file, lineNo, column, f.ElementAtOrDefault(city), null, "target-row", reason, QualityAction.Rejected);
            var key = IndicatorKey(f[indicator]);
            if (key is null) { Reject("指标", $"未知指标：“{f[indicator]}”"); continue; }
            if (!Period.TryParse(f[period], out var p)) { Reject("时段", $"无法识别的时段：“{f[period]}”"); continue; }
            decimal v;
            if (f[value].Contains(',') && StructureIssues.IsThousandsGrouped(f[value])
                && decimal.TryParse(f[value].Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out v))
                quality?.Add(StructureIssues.Thousands(file, lineNo, "目标值", f[city], f[period], f[value], (double)v));   // quoted "1,234" (issue 14)
            else if (!decimal.TryParse(f[value], NumberStyles.Float, CultureInfo.InvariantCulture, out v))
            { Reject("目标值", $"目标值不是数字：“{f[value]}”"); continue; }
            result.Add(new AirTarget(f[city], key, p, v));
        }
        quality?.CountFile();
        quality?.CountAccepted(result.Count);
        return result;
    }

    /// <summary>The gaps of an assessment against the targets of its city and period.</summary>
    public static IReadOnlyList<TargetGap> Evaluate(AirAssessmentResult result, IEnumerable<AirTarget> targets)
    {
        var city = DustDays.NormaliseCity(result.City);
        return targets
            .Where(t => DustDays.NormaliseCity(t.City) == city && t.Period.Start == result.Period.Start && t.Period.End == result.Period.End)
            .Select(t => Gap(t, result.Indicators.GetValueOrDefault(t.Indicator)))
            .ToArray();
    }

    /// <summary>The gap of one value against one target.</summary>
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
        return new TargetGap(target, actual, gap, met, text);
    }
}
