using System.Globalization;
using System.Text;
using Workbench.Air.Results;
using Workbench.Standards;
using Workbench.Standards.Rounding;
using Workbench.Standards.Water;

namespace Workbench.Briefings;

/// <summary>
/// The headline sentences of a briefing, worded as analysts word them: 下降/上升/持平, "%" for concentrations and the
/// composite index, "个百分点" for ratios, "天" for day counts, "较省定目标低4微克/立方米", "五降一增", "与2015年相比，
/// PM2.5下降35.6%". Pure functions of already-rounded values: the caller passes the numbers the tables show, and
/// every number is printed with <see cref="Number"/> at the precision the table uses.
/// </summary>
public static class Headlines
{
    /// <summary>A number at fixed decimals, invariant culture (the same text the table's number format shows).</summary>
    // Rounded here (GB/T 8170 half-even) as well: "F" formatting alone rounds halves away from zero.
    public static string Number(decimal value, int decimals) =>
        GbT8170.Round(value, decimals).ToString("F" + decimals, CultureInfo.InvariantCulture);

    /// <summary>The key of a pollutant's headline statistic in <see cref="AirAssessmentResult.Indicators"/>.</summary>
    public static string IndicatorKey(Pollutant p) => p switch
    {
        Pollutant.CO => "CO_P95",
        Pollutant.O3 => "O3_8h_P90",
        Pollutant.PM2_5 => "PM2.5",
        _ => p.Code(),
    };

    /// <summary>The name a sentence uses: PM2.5 and PM10 by code, the gases by Chinese name (二氧化硫 …).</summary>
    public static string SentenceName(Pollutant p) => p is Pollutant.PM2_5 or Pollutant.PM10 ? p.Code() : p.ChineseName();

    /// <summary>"下降11.1%", "上升2.0%", "持平" of a relative change in percent (already rounded to 1 decimal).</summary>
    public static string PercentChange(decimal change) =>
        change == 0 ? "持平" : $"{(change > 0 ? "上升" : "下降")}{Number(Math.Abs(change), 1)}%";

    /// <summary>"上升5.2个百分点", "下降0.3个百分点", "持平" of a change in percentage points (1 decimal).</summary>
    public static string PointsChange(decimal points) =>
        points == 0 ? "持平" : $"{(points > 0 ? "上升" : "下降")}{Number(Math.Abs(points), 1)}个百分点";

    /// <summary>"增加46天", "减少3天", "持平" of a change in days.</summary>
    public static string DaysChange(decimal days) =>
        days == 0 ? "持平" : $"{(days > 0 ? "增加" : "减少")}{Number(Math.Abs(days), 0)}天";

    /// <summary>
    /// "PM2.5浓度48微克/立方米，同比下降11.1%": a concentration at its reported decimals and its year-on-year change
    /// (null change: "去年同期无可比数据").
    /// </summary>
    public static string Concentration(Pollutant p, decimal value, decimal? changePercent) =>
        $"{SentenceName(p)}浓度{Number(value, p.ReportedDecimals())}{p.ChineseUnit()}，"
        + (changePercent is { } c ? $"同比{PercentChange(c)}" : "去年同期无可比数据");

    /// <summary>
    /// "较省定目标低4微克/立方米" / "较省定目标高2.1个百分点" / "与省定目标持平": the gap of an indicator against its
    /// target, in the indicator's unit (decimals of the reported value).
    /// </summary>
    public static string TargetGap(string indicator, decimal actual, decimal target)
    {
        var gap = actual - target;
        if (gap == 0) return "与省定目标持平";
        var (decimals, unit, high, low) = indicator switch
        {
            "good_ratio" => (1, "个百分点", "高", "低"),
            "good_days" or "heavy_days" => (0, "天", "多", "少"),
            "composite_index" => (2, "", "高", "低"),
            "CO_P95" => (1, "毫克/立方米", "高", "低"),
            _ => (0, "微克/立方米", "高", "低"),
        };
        return $"较省定目标{(gap > 0 ? high : low)}{Number(Math.Abs(gap), decimals)}{unit}";
    }

    /// <summary>Chinese numeral for 0–99 (一, 十, 十二, 二十 …), as in "八降一增".</summary>
    public static string ChineseCount(int n)
    {
        if (n is < 0 or > 99) throw new ArgumentOutOfRangeException(nameof(n), n, "只支持 0—99");
        const string digits = "零一二三四五六七八九";
        if (n < 10) return digits[n].ToString();
        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? "" : digits[tens].ToString()) + "十" + (ones == 0 ? "" : digits[ones].ToString());
    }

    /// <summary>
    /// "八降一增", "五降一增一平", "六降": how many of the changes fell, rose and stayed level (null changes are not counted).
    /// </summary>
    public static string UpDown(IEnumerable<decimal?> changes)
    {
        int down = 0, up = 0, level = 0;
        foreach (var c in changes)
        {
            if (c is null) continue;
            if (c < 0) down++; else if (c > 0) up++; else level++;
        }
        var sb = new StringBuilder();
        if (down > 0) sb.Append(ChineseCount(down)).Append('降');
        if (up > 0) sb.Append(ChineseCount(up)).Append('增');
        if (level > 0) sb.Append(ChineseCount(level)).Append('平');
        return sb.ToString();
    }

    /// <summary>"与2015年相比，PM2.5下降35.6%，二氧化硫下降76.0%": a base-year comparison of several indicators (missing ones left out).</summary>
    public static string FiveYear(string baseLabel, IEnumerable<(string Name, decimal? ChangePercent)> changes)
    {
        var parts = changes.Where(c => c.ChangePercent is not null).Select(c => $"{c.Name}{PercentChange(c.ChangePercent!.Value)}").ToArray();
        return parts.Length == 0 ? $"与{baseLabel}相比无可比数据" : $"与{baseLabel}相比，{string.Join("，", parts)}";
    }

    /// <summary>"环境空气质量综合指数5.16，同比下降3.2%，在5个城市中排第2位".</summary>
    public static string Composite(decimal index, decimal? changePercent, int? rank, int cityCount, string? group = null) =>
        $"环境空气质量综合指数{Number(index, 2)}"
        + (changePercent is { } c ? $"，同比{PercentChange(c)}" : "")
        + (rank is { } r && cityCount > 1 ? $"，在{group}{cityCount}个城市中排第{r}位" : "");

    /// <summary>"优良天数302天，同比增加46天；优良天数比例83.0%，同比上升5.2个百分点".</summary>
    public static string GoodDays(int goodDays, decimal? dayChange, decimal? ratio, decimal? pointsChange) =>
        $"优良天数{goodDays}天" + (dayChange is { } d ? $"，同比{DaysChange(d)}" : "")
        + (ratio is { } r ? $"；优良天数比例{Number(r, 1)}%" + (pointsChange is { } p ? $"，同比{PointsChange(p)}" : "") : "");

    /// <summary>"重污染天数13天，同比减少3天".</summary>
    public static string HeavyDays(int heavyDays, decimal? dayChange) =>
        $"重污染天数{heavyDays}天" + (dayChange is { } d ? $"，同比{DaysChange(d)}" : "");

    /// <summary>The CWQI change as shown (2 decimals, GB/T 8170); negative = improved.</summary>
    public static decimal? CwqiChangeShown(decimal? changePercent) => changePercent is { } c ? GbT8170.Round(c, 2) : null;

    /// <summary>
    /// "4个断面全部达到考核目标，Ⅰ～Ⅲ类断面比例100.0%，劣Ⅴ类0.0%，水质指数同比改善7.36%" (shares at 1 decimal, the CWQI change
    /// at 2 decimals, both as the water sheet shows them).
    /// </summary>
    public static string Water(int sectionCount, int targetCount, int attained, decimal shareItoIII, decimal shareWorseThanV, decimal? cwqiChangeShown)
    {
        var sb = new StringBuilder();
        sb.Append(targetCount == 0 ? $"{sectionCount}个断面无考核目标"
            : attained == targetCount ? $"{targetCount}个考核断面全部达到考核目标"
            : $"{targetCount}个考核断面中{attained}个达到考核目标");
        sb.Append($"，Ⅰ～Ⅲ类断面比例{Number(shareItoIII, 1)}%，劣Ⅴ类断面比例{Number(shareWorseThanV, 1)}%");
        if (cwqiChangeShown is { } c)
            sb.Append(c == 0 ? "，水质指数同比持平" : $"，水质指数同比{(c < 0 ? "改善" : "下降")}{Number(Math.Abs(c), 2)}%");
        return sb.ToString();
    }

    /// <summary>The headline sentences of a briefing, from its rounded results.</summary>
    public static IReadOnlyList<string> Compose(Briefing b)
    {
        var list = new List<string>();
        var yoy = b.YearOnYear;
        var head = $"{b.Period.Label}，{b.City}";
        if (yoy["composite_index"].Current is { } index)
            list.Add($"{head}{Composite(index, yoy["composite_index"].Change, b.Ranking.RankOf(b.City), b.Ranking.Composite.Count, b.Ranking.GroupTitle)}。");

        var parts = new List<string>();
        foreach (var p in new[] { Pollutant.PM2_5, Pollutant.PM10, Pollutant.SO2, Pollutant.NO2, Pollutant.CO, Pollutant.O3 })
        {
            var c = yoy[IndicatorKey(p)];
            if (c.Current is not { } v) continue;
            var s = Concentration(p, v, c.Change);
            if (b.TargetOf(IndicatorKey(p)) is { } t) s += "，" + TargetGap(t.Target.Indicator, v, t.Target.Value);
            parts.Add(s);
        }
        if (parts.Count > 0) list.Add((list.Count == 0 ? head : "") + string.Join("；", parts) + "。");

        var d = b.Current.DayCounts;
        var good = GoodDays(d.GoodDays, yoy["good_days"].Change, d.GoodRatioPercent, yoy["good_ratio"].Change);
        if (b.TargetOf("good_ratio") is { } gt && d.GoodRatioPercent is { } gr) good += "，" + TargetGap("good_ratio", gr, gt.Target.Value);
        list.Add($"{good}；{HeavyDays(d.HeavyDays, yoy["heavy_days"].Change)}。");

        var counted = PollutantInfo.All.Select(p => yoy[IndicatorKey(p)].Change).Append(yoy["composite_index"].Change).ToArray();
        if (UpDown(counted) is { Length: > 0 } updown)
            list.Add($"六项污染物浓度及综合指数同比“{updown}”。");

        var five = b.FiveYear.Comparison;
        list.Add(FiveYear(five.Baseline.Label,
            new[] { Pollutant.PM2_5, Pollutant.PM10, Pollutant.SO2, Pollutant.NO2, Pollutant.CO, Pollutant.O3 }
                .Select(p => (SentenceName(p), five[IndicatorKey(p)].Change))) + "。");

        if (BriefingWater.Summary(b) is { } w)
            list.Add(Water(w.Sections.Count, w.TargetCount, w.Attained, w.ShareItoIII, w.ShareWorseThanV, w.CwqiChangeShown) + "。");
        return list;
    }
}
