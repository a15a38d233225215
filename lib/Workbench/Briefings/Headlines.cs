using System.Globalization;
using System.Text;
using Workbench.Air.Results;
using Workbench.Standards;
using Workbench.Standards.Rounding;
using Workbench.Standards.Water;

namespace Workbench.Briefings;

/// <summary>
/// The wording primitives of the statements (<see cref="Statements"/>): numbers at fixed decimals (GB/T 8170),
/// 下降/上升/持平 with "%" for concentrations and the index, "个百分点" for ratios, "天" for day counts, Chinese counts
/// ("五降一增"). Pure functions of already-rounded values.
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

    /// <summary>The CWQI change as shown (2 decimals, GB/T 8170); negative = improved.</summary>
    public static decimal? CwqiChangeShown(decimal? changePercent) => changePercent is { } c ? GbT8170.Round(c, 2) : null;
}
