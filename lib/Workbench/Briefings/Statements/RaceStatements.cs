using static Workbench.Briefings.Statements.StatementText;

namespace Workbench.Briefings.Statements;

/// <summary>The year-end race in words (<c>year-end-race</c>), one statement per target.</summary>
public static class RaceStatements
{
    /// <summary>
    /// "完成2025年PM2.5浓度目标（39微克/立方米），12月（31天）PM2.5平均浓度须不高于31微克/立方米。" or, when it cannot be
    /// met, "2025年PM2.5浓度目标（39微克/立方米）已无法完成：即使12月（31天）浓度为0，全年均值仍高于目标。"; good days:
    /// "… 12月（31天）中还须至少有28天为优良（目标需全年优良278天，已有250天）。"; heavy days: "… 已出现3天，12月（31天）
    /// 最多还可出现2天。"
    /// </summary>
    /// <param name="r">The computed race.</param>
    /// <param name="targetLabel">The target period's label (2025年).</param>
    /// <param name="remainingLabel">The remaining days' label (12月).</param>
    public static Statement Race(RaceResult r, string targetLabel, string remainingLabel)
    {
        var rest = $"{remainingLabel}（{r.RemainingDays}天）";
        var target = $"{targetLabel}{IndicatorName(r.Indicator)}目标（{Value(r.Indicator, r.Target)}）";
        string text = r.Indicator switch
        {
            "PM2.5" or "PM10" => r.Possible
                ? $"完成{target}，{rest}{r.Indicator}平均浓度须不高于{Headlines.Number(r.Required, 0)}微克/立方米。"
                : $"{target}已无法完成：即使{rest}{r.Indicator}浓度为0，全年均值仍高于目标。",
            "good_ratio" or "good_days" => r.Required <= 0
                ? $"{target}已经完成（已有优良天{Headlines.Number(r.SoFar, 0)}天）。"
                : r.Possible
                    ? $"完成{target}，{rest}中还须至少有{Headlines.Number(r.Required, 0)}天为优良（已有优良天{Headlines.Number(r.SoFar, 0)}天）。"
                    : $"{target}已无法完成：还须{Headlines.Number(r.Required, 0)}天优良，而{remainingLabel}只剩{r.RemainingDays}天。",
            _ => r.Possible
                ? $"{target}：已出现重污染天{Headlines.Number(r.SoFar, 0)}天，{rest}最多还可出现{Headlines.Number(r.Required, 0)}天。"
                : $"{target}已无法完成：已出现重污染天{Headlines.Number(r.SoFar, 0)}天，超出目标{Headlines.Number(-r.Required, 0)}天。",
        };
        var k = r.Indicator + "_";
        return Make("year-end-race", text, (k + "target", r.Target), ("target_days", r.TargetDays), ("remaining_days", r.RemainingDays),
            (k + "required", r.Required), (k + "possible", r.Possible ? 1 : 0), (k + "so_far", r.SoFar));
    }
}
