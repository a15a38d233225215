using Workbench.Air.Compute;
using Workbench.Periods;
using static Workbench.Briefings.Statements.StatementText;

namespace Workbench.Briefings.Statements;

/// <summary>
/// Statement kinds of targets: the completion of the period's absolute and relative targets (<c>targets</c>) and of
/// monthly targets over the months of a period (<c>monthly-targets</c>).
/// </summary>
public static class TargetStatements
{
    /// <summary>
    /// How a target reads: "PM2.5浓度39微克/立方米" (绝对值), "PM2.5浓度同比下降4%" (同比变化率), "重污染天数同比减少1天"
    /// (同比变化量).
    /// </summary>
    public static string Phrase(AirTarget t)
    {
        var name = IndicatorName(t.Indicator);
        if (t.Kind == TargetKind.Absolute) return name + Value(t.Indicator, t.Value);
        var abs = Math.Abs(t.Value);
        if (t.Value == 0) return name + "同比持平";
        if (t.Kind == TargetKind.ChangePercent)
            return $"{name}同比{(t.Value > 0 ? "上升" : "下降")}{Headlines.Number(abs, abs == decimal.Truncate(abs) ? 0 : 1)}%";
        var countable = t.Indicator is "good_days" or "heavy_days";
        return $"{name}同比{(t.Value > 0 ? (countable ? "增加" : "上升") : (countable ? "减少" : "下降"))}"
            + Headlines.Number(abs, Decimals(t.Indicator)) + DifferenceUnit(t.Indicator);
    }

    /// <summary>
    /// "超额完成PM2.5浓度87微克/立方米、PM2.5浓度同比下降4%和重污染天数同比减少1天的目标。" (a target met with room:
    /// 超额完成; met exactly: 完成; missed: 未完成 …（差2.1个百分点）; unknown: 无法判断 …（去年同期无可比数据）).
    /// Null without targets.
    /// </summary>
    public static Statement? Targets(IReadOnlyList<TargetGap> gaps)
    {
        if (gaps.Count == 0) return null;
        var exceeded = gaps.Where(g => g.Met == true && g.Gap != 0).ToArray();
        var exactly = gaps.Where(g => g.Met == true && g.Gap == 0).ToArray();
        var missed = gaps.Where(g => g.Met == false).ToArray();
        var unknown = gaps.Where(g => g.Met is null).ToArray();
        var parts = new List<string>();
        if (exceeded.Length > 0) parts.Add($"超额完成{JoinAnd(exceeded.Select(g => Phrase(g.Target)).ToArray())}的目标");
        if (exactly.Length > 0) parts.Add($"完成{JoinAnd(exactly.Select(g => Phrase(g.Target)).ToArray())}的目标");
        if (missed.Length > 0)
            parts.Add($"未完成{JoinAnd(missed.Select(g => Phrase(g.Target) + $"（差{Shortfall(g)}）").ToArray())}的目标");
        if (unknown.Length > 0) parts.Add($"{JoinAnd(unknown.Select(g => Phrase(g.Target)).ToArray())}的目标无法判断（{unknown[0].Text}）");
        var values = new List<(string, decimal?)> { ("targets", gaps.Count), ("met", exceeded.Length + exactly.Length), ("missed", missed.Length) };
        foreach (var g in gaps)
        {
            var key = $"{g.Target.Indicator}_{g.Target.Kind switch { TargetKind.ChangePercent => "change_percent", TargetKind.ChangeAmount => "change", _ => "value" }}";
            values.Add((key + "_target", g.Target.Value));
            values.Add((key + "_actual", g.Actual));
        }
        return Make("targets", string.Join("；", parts) + "。", [.. values]);
    }

    /// <summary>"2.1个百分点", "3微克/立方米", "2天": how far a missed target is, in the unit of what was compared.</summary>
    private static string Shortfall(TargetGap g)
    {
        var abs = Math.Abs(g.Gap!.Value);
        return g.Target.Kind == TargetKind.ChangePercent
            ? Headlines.Number(abs, 1) + "个百分点"
            : Headlines.Number(abs, Decimals(g.Target.Indicator)) + DifferenceUnit(g.Target.Indicator);
    }

    /// <summary>
    /// "PM2.5浓度月度目标：12个月中完成9个月，未完成3个月（2月、11月、12月）。": the months of a period that have a target
    /// for one indicator (months without a value are counted as 无法判断). Null without monthly targets.
    /// </summary>
    public static Statement? MonthlyTargets(string indicator, IReadOnlyList<(Period Month, TargetGap Gap)> months)
    {
        if (months.Count == 0) return null;
        var met = months.Where(m => m.Gap.Met == true).ToArray();
        var missed = months.Where(m => m.Gap.Met == false).ToArray();
        var unknown = months.Where(m => m.Gap.Met is null).ToArray();
        var oneYear = months.Select(m => m.Month.Start.Year).Distinct().Count() == 1;
        string Name(Period p) => oneYear ? $"{p.Start.Month}月" : p.Label;
        var text = $"{IndicatorName(indicator)}月度目标：{months.Count}个月中完成{met.Length}个月";
        if (missed.Length > 0) text += $"，未完成{missed.Length}个月（{string.Join("、", missed.Select(m => Name(m.Month)))}）";
        if (unknown.Length > 0) text += $"，{unknown.Length}个月无法判断（{string.Join("、", unknown.Select(m => Name(m.Month)))}）";
        return Make("monthly-targets", text + "。", ("months", months.Count), ("met", met.Length), ("missed", missed.Length), ("unknown", unknown.Length));
    }
}
