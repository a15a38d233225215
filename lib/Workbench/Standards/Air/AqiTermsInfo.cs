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
}
