using static Workbench.Briefings.Statements.StatementText;

namespace Workbench.Briefings.Statements;

/// <summary>
/// Statement kinds of water: sections against their targets and class shares (<c>water-sections</c>), the city water
/// quality index and its change (<c>cwqi</c>), and centralized drinking-water sources (<c>drinking-water</c>). All
/// carry <see cref="StatementTopic.Water"/>.
/// </summary>
public static class WaterStatements
{
    /// <summary>"4个考核断面全部达到考核目标，Ⅰ～Ⅲ类断面比例100.0%，劣Ⅴ类断面比例0.0%。" (shares 1 decimal, as the water sheet).</summary>
    public static Statement? Sections(int sectionCount, int targetCount, int attained, decimal shareItoIII, decimal shareWorseThanV)
    {
        if (sectionCount == 0) return null;
        var head = targetCount == 0 ? $"{sectionCount}个断面无考核目标"
            : attained == targetCount ? $"{targetCount}个考核断面全部达到考核目标"
            : $"{targetCount}个考核断面中{attained}个达到考核目标";
        var text = $"{head}，Ⅰ～Ⅲ类断面比例{Headlines.Number(shareItoIII, 1)}%，劣Ⅴ类断面比例{Headlines.Number(shareWorseThanV, 1)}%。";
        return Make("water-sections", text, ("sections", sectionCount), ("with_target", targetCount), ("attained", attained),
            ("share_I_III_percent", shareItoIII), ("share_worse_than_V_percent", shareWorseThanV)) with { Topic = StatementTopic.Water };
    }

    /// <summary>"城市水质指数（CWQI）4.12，同比改善7.36%。" (index and change at 2 decimals; negative change = improved).</summary>
    public static Statement? Cwqi(decimal? cwqi, decimal? changeShown)
    {
        if (cwqi is not { } q) return null;
        var text = $"城市水质指数（CWQI）{Headlines.Number(q, 2)}"
            + (changeShown is { } c ? c == 0 ? "，同比持平" : $"，同比{(c < 0 ? "改善" : "变差")}{Headlines.Number(Math.Abs(c), 2)}%" : "") + "。";
        return Make("cwqi", text, ("cwqi", q), ("change_percent", changeShown)) with { Topic = StatementTopic.Water };
    }

    /// <summary>"3个集中式饮用水水源地全部达标，达标率100.0%。" / "3个集中式饮用水水源地中2个达标，达标率66.7%。"</summary>
    public static Statement? DrinkingWater(int sources, int attained, decimal? ratePercent)
    {
        if (sources == 0) return null;
        var text = (attained == sources ? $"{sources}个集中式饮用水水源地全部达标" : $"{sources}个集中式饮用水水源地中{attained}个达标")
            + (ratePercent is { } r ? $"，达标率{Headlines.Number(r, 1)}%" : "") + "。";
        return Make("drinking-water", text, ("sources", sources), ("attained", attained), ("rate_percent", ratePercent)) with { Topic = StatementTopic.Water };
    }
}
