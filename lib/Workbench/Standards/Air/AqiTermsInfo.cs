using System.Text;

namespace Workbench.Standards.Air;

/// <summary>Display helpers for <see cref="AqiTerms"/>.</summary>
public static class AqiTermsInfo
{
    /// <summary>The single terms in the order primary pollutants are listed.</summary>
    public static IReadOnlyList<AqiTerms> Order { get; } =
        [AqiTerms.SO2, AqiTerms.NO2, AqiTerms.CO, AqiTerms.O3, AqiTerms.O3_8h, AqiTerms.PM10, AqiTerms.PM2_5];

    /// <summary>Codes joined by '+', e.g. "PM10+PM2.5", in the order SO2, NO2, CO, O3, O3_8h, PM10, PM2.5; "" for None.</summary>
    public static string ToCodes(this AqiTerms terms)
    {
        if (terms == AqiTerms.None) return "";
        var sb = new StringBuilder();
        foreach (var t in Order)
        {
            if ((terms & t) == 0) continue;
            if (sb.Length > 0) sb.Append('+');
            sb.Append(Code(t));
        }
        return sb.ToString();
    }

    /// <summary>Code of a single term: SO2, NO2, CO, O3, O3_8h, PM10, PM2.5.</summary>
    public static string Code(AqiTerms term) => term switch
    {
        AqiTerms.SO2 => "SO2",
        AqiTerms.NO2 => "NO2",
        AqiTerms.CO => "CO",
        AqiTerms.O3 => "O3",
        AqiTerms.O3_8h => "O3_8h",
        AqiTerms.PM10 => "PM10",
        AqiTerms.PM2_5 => "PM2.5",
        _ => throw new ArgumentOutOfRangeException(nameof(term), term, "不是单个 AQI 指标"),
    };

    /// <summary>CNEMC's Chinese name of a single term: 二氧化硫, 二氧化氮, 一氧化碳, 臭氧1小时, 臭氧8小时, 颗粒物(PM10), 细颗粒物(PM2.5).</summary>
    public static string ChineseName(AqiTerms term) => term switch
    {
        AqiTerms.SO2 => "二氧化硫",
        AqiTerms.NO2 => "二氧化氮",
        AqiTerms.CO => "一氧化碳",
        AqiTerms.O3 => "臭氧1小时",
        AqiTerms.O3_8h => "臭氧8小时",
        AqiTerms.PM10 => "颗粒物(PM10)",
        AqiTerms.PM2_5 => "细颗粒物(PM2.5)",
        _ => throw new ArgumentOutOfRangeException(nameof(term), term, "不是单个 AQI 指标"),
    };

    /// <summary>Chinese names joined by <paramref name="separator"/> in the standard order ("" for None), for bulletins.</summary>
    public static string ToChineseNames(this AqiTerms terms, string separator = "、")
    {
        var sb = new StringBuilder();
        foreach (var t in Order)
        {
            if ((terms & t) == 0) continue;
            if (sb.Length > 0) sb.Append(separator);
            sb.Append(ChineseName(t));
        }
        return sb.ToString();
    }

    /// <summary>
    /// Reads a primary-pollutant field as CNEMC feeds and pages write it: "细颗粒物(PM2.5)", "颗粒物(PM10),细颗粒物(PM2.5)",
    /// names on separate lines, "臭氧1小时", "臭氧8小时", and our codes joined by + (<see cref="ToCodes"/>). Empty, "NaN", "—", "-" and "--" mean none.
    /// False when a part is not recognised.
    /// </summary>
    public static bool TryParsePrimary(string? text, out AqiTerms terms)
    {
        terms = AqiTerms.None;
        if (text is null) return true;
        foreach (var raw in text.Split([',', '，', '、', ';', '；', '+', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var part = raw.Trim().Trim('\u3000').Replace('（', '(').Replace('）', ')');
            if (part.Length == 0 || part is "NaN" or "nan" or "—" or "-" or "--" or "*") continue;
            var upper = part.ToUpperInvariant();
            AqiTerms t;
            if (upper.Contains("PM2.5") || upper.Contains("PM2_5") || upper.Contains("PM25") || part.Contains("细颗粒物")) t = AqiTerms.PM2_5;
            else if (upper.Contains("PM10") || part.Contains("颗粒物")) t = AqiTerms.PM10;
            else if (upper.Contains("SO2") || part.Contains("二氧化硫")) t = AqiTerms.SO2;
            else if (upper.Contains("NO2") || part.Contains("二氧化氮")) t = AqiTerms.NO2;
            else if (upper == "CO" || part.Contains("一氧化碳")) t = AqiTerms.CO;
            else if (upper.Contains("8H") || part.Contains("8小时")) t = AqiTerms.O3_8h;
            else if (upper.Contains("O3") || part.Contains("臭氧")) t = AqiTerms.O3;
            else { terms = AqiTerms.None; return false; }
            terms |= t;
        }
        return true;
    }
}
