using System.Text;
using Workbench.Standards;
using static Workbench.Briefings.Statements.StatementText;

namespace Workbench.Briefings.Statements;

/// <summary>A pollutant's line: its headline value, change against the same period last year, and absolute target.</summary>
/// <param name="Pollutant">The pollutant.</param>
/// <param name="Value">Reported value (µg/m³ integer; CO mg/m³ 1 decimal).</param>
/// <param name="ChangePercent">同比 change in percent, 1 decimal; null without last year's value.</param>
/// <param name="Target">The absolute target of the period (省定目标), or null.</param>
public sealed record PollutantLine(Pollutant Pollutant, decimal Value, decimal? ChangePercent, decimal? Target = null);

/// <summary>An indicator's change for the rises-and-falls summary.</summary>
/// <param name="Indicator">Indicator key (PM2.5, CO_P95, composite_index, heavy_days, good_days …).</param>
/// <param name="Change">同比 change (null = not comparable: left out of the summary).</param>
public sealed record IndicatorMove(string Indicator, decimal? Change);

/// <summary>
/// Statement kinds of the air levels: the six pollutants (<c>pollutants</c>), the composite index
/// (<c>composite-index</c>), good days (<c>good-days</c>), heavy days (<c>heavy-days</c>) and the rises-and-falls
/// summary (<c>rises-falls</c>). Each a pure function of reported values; null when its inputs are absent.
/// </summary>
public static class AirStatements
{
    /// <summary>
    /// "PM10浓度97微克/立方米，同比下降11.0%，较省定目标（106）低9微克/立方米；PM2.5浓度56微克/立方米，同比下降11.1%。"
    /// </summary>
    public static Statement? Pollutants(IReadOnlyList<PollutantLine> lines)
    {
        if (lines.Count == 0) return null;
        var parts = new List<string>();
        var values = new List<(string, decimal?)>();
        foreach (var l in lines)
        {
            var key = Key(l.Pollutant);
            var s = $"{Headlines.SentenceName(l.Pollutant)}浓度{Value(key, l.Value)}，"
                + (l.ChangePercent is { } c ? $"同比{Headlines.PercentChange(c)}" : "去年同期无可比数据");
            if (l.Target is { } t) s += "，" + TargetGap(key, l.Value, t);
            parts.Add(s);
            values.Add((key, l.Value));
            values.Add((key + "_change_percent", l.ChangePercent));
            if (l.Target is not null) values.Add((key + "_target", l.Target));
        }
        return Make("pollutants", string.Join("；", parts) + "。", [.. values]);
    }

    /// <summary>
    /// "较省定目标（60）低4微克/立方米", "较省定目标（76.0%）低2.1个百分点", "与省定目标（39）持平": the gap of a value against
    /// its absolute target, in the indicator's unit at its reported decimals.
    /// </summary>
    public static string TargetGap(string indicator, decimal actual, decimal target)
    {
        var targetText = Headlines.Number(target, Decimals(indicator)) + (indicator == "good_ratio" ? "%" : "");
        var gap = actual - target;
        if (gap == 0) return $"与省定目标（{targetText}）持平";
        var (high, low) = indicator is "good_days" or "heavy_days" ? ("多", "少") : ("高", "低");
        return $"较省定目标（{targetText}）{(gap > 0 ? high : low)}{Headlines.Number(Math.Abs(gap), Decimals(indicator))}{DifferenceUnit(indicator)}";
    }

    /// <summary>"环境空气质量综合指数5.03，同比下降3.8%。"</summary>
    public static Statement? CompositeIndex(decimal? index, decimal? changePercent)
    {
        if (index is not { } i) return null;
        var text = $"环境空气质量综合指数{Headlines.Number(i, 2)}" + (changePercent is { } c ? $"，同比{Headlines.PercentChange(c)}" : "") + "。";
        return Make("composite-index", text, ("composite_index", i), ("change_percent", changePercent));
    }

    /// <summary>"优良天数210天，同比增加46天；优良天数比例57.5%，同比上升12.6个百分点，较省定目标（76.0%）低18.5个百分点。"</summary>
    public static Statement? GoodDays(int? goodDays, decimal? dayChange, decimal? ratio, decimal? pointsChange, decimal? ratioTarget = null)
    {
        if (goodDays is not { } g) return null;
        var sb = new StringBuilder($"优良天数{g}天");
        if (dayChange is { } d) sb.Append($"，同比{Headlines.DaysChange(d)}");
        if (ratio is { } r)
        {
            sb.Append($"；优良天数比例{Headlines.Number(r, 1)}%");
            if (pointsChange is { } p) sb.Append($"，同比{Headlines.PointsChange(p)}");
            if (ratioTarget is { } t) sb.Append('，').Append(TargetGap("good_ratio", r, t));
        }
        return Make("good-days", sb.Append('。').ToString(), ("good_days", g), ("good_days_change", dayChange), ("good_ratio", ratio),
            ("good_ratio_change_points", pointsChange), ("good_ratio_target", ratioTarget));
    }

    /// <summary>"重污染天数13天，同比减少14天。" (with an absolute target: "，较省定目标（5）多8天").</summary>
    public static Statement? HeavyDays(int? heavyDays, decimal? dayChange, decimal? target = null)
    {
        if (heavyDays is not { } h) return null;
        var text = $"重污染天数{h}天" + (dayChange is { } d ? $"，同比{Headlines.DaysChange(d)}" : "")
            + (target is { } t ? "，" + TargetGap("heavy_days", h, t) : "") + "。";
        return Make("heavy-days", text, ("heavy_days", h), ("heavy_days_change", dayChange), ("heavy_days_target", target));
    }

    /// <summary>
    /// "PM2.5、PM10、二氧化硫、二氧化氮、一氧化碳、臭氧浓度、综合指数、重污染天数和优良天数同比实现“八降一增”。": over
    /// the indicators present (a null change is left out, so nothing absent is claimed). "实现" only when every move is
    /// an improvement; otherwise the worsening ones are named.
    /// </summary>
    public static Statement? RisesAndFalls(IReadOnlyList<IndicatorMove> moves)
    {
        var present = moves.Where(m => m.Change is not null).ToArray();
        if (present.Length < 2) return null;
        var updown = Headlines.UpDown(present.Select(m => m.Change));
        var concentrations = present.Where(m => IndicatorName(m.Indicator).EndsWith("浓度", StringComparison.Ordinal))
            .Select(m => IndicatorName(m.Indicator)[..^2]).ToArray();
        var names = new List<string>();
        if (concentrations.Length > 0) names.Add(string.Join("、", concentrations) + "浓度");
        names.AddRange(present.Where(m => !IndicatorName(m.Indicator).EndsWith("浓度", StringComparison.Ordinal)).Select(m => IndicatorName(m.Indicator)));
        var worse = present.Where(m => m.Change != 0 && (m.Change > 0) != Air.Compute.AirTargets.HigherIsBetter(m.Indicator))
            .Select(m => IndicatorName(m.Indicator) + Worsened(m.Indicator)).ToArray();
        var text = $"{JoinAnd(names)}同比" + (worse.Length == 0 ? $"实现“{updown}”" : $"“{updown}”，其中{string.Join("、", worse)}") + "。";
        int down = present.Count(m => m.Change < 0), up = present.Count(m => m.Change > 0);
        return Make("rises-falls", text, ("indicators", present.Length), ("down", down), ("up", up), ("level", present.Length - down - up));
    }

    private static string Worsened(string indicator) => indicator switch
    {
        "good_days" => "减少",
        "heavy_days" => "增加",
        "good_ratio" => "下降",
        _ => "上升",
    };
}
