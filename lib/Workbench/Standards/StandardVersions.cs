namespace Workbench.Standards;

/// <summary>Version of the ambient air quality standard whose limits apply (GB 3095).</summary>
public enum AirQualityStandard
{
    /// <summary>GB 3095-2012 (with the 2018 amendment); in force until 2026-02-28.</summary>
    Gb3095_2012,
    /// <summary>GB 3095-2026 transition limits, 2026-03-01 to 2030-12-31.</summary>
    Gb3095_2026Transition,
    /// <summary>GB 3095-2026 final limits, from 2031-01-01.</summary>
    Gb3095_2026Final,
}

/// <summary>Version of the AQI technical regulation (HJ 633).</summary>
public enum AqiStandard
{
    /// <summary>HJ 633-2012; in force until 2026-02-28.</summary>
    Hj633_2012,
    /// <summary>HJ 633-2026; from 2026-03-01.</summary>
    Hj633_2026,
}

/// <summary>How an hourly (real-time) AQI is computed.</summary>
public enum RealtimeAqiMethod
{
    /// <summary>
    /// CNEMC real-time practice (REFERENCE F1): six 1-hour values, PM read on the 24-hour breakpoints,
    /// no O3 8-hour term, breakpoints of the HJ 633 version in force at the hour. Reproduces 99.99 % of
    /// published 2019 station-hours.
    /// </summary>
    CnemcRealtime,
    /// <summary>HJ 633-2012 real-time report as written (A2.5): 1-hour gases, O3 8 h, PM 24-h moving means.</summary>
    Hj633_2012Realtime,
    /// <summary>HJ 633-2026 real-time report as written (A2.6): six 1-hour means, inputs rounded first.</summary>
    Hj633_2026Realtime,
}

/// <summary>Chooses standard versions by date: explicit, never silent.</summary>
public static class StandardVersions
{
    /// <summary>Day the 2026 air standards took effect (GB 3095-2026, HJ 633-2026).</summary>
    public static readonly DateOnly Air2026Effective = new(2026, 3, 1);

    /// <summary>Day the GB 3095-2026 final limits take effect.</summary>
    public static readonly DateOnly Air2026FinalEffective = new(2031, 1, 1);

    /// <summary>The GB 3095 version in force on a day.</summary>
    public static AirQualityStandard AirQualityInForce(DateOnly day) =>
        day < Air2026Effective ? AirQualityStandard.Gb3095_2012
        : day < Air2026FinalEffective ? AirQualityStandard.Gb3095_2026Transition
        : AirQualityStandard.Gb3095_2026Final;

    /// <summary>The HJ 633 version in force on a day.</summary>
    public static AqiStandard AqiInForce(DateOnly day) =>
        day < Air2026Effective ? AqiStandard.Hj633_2012 : AqiStandard.Hj633_2026;

    /// <summary>The HJ 633 version that goes with a GB 3095 version (2026 limits use the 2026 AQI).</summary>
    public static AqiStandard AqiFor(AirQualityStandard standard) =>
        standard == AirQualityStandard.Gb3095_2012 ? AqiStandard.Hj633_2012 : AqiStandard.Hj633_2026;

    /// <summary>Short label used in outputs: 2012, 2026, 2026-final.</summary>
    public static string Label(this AirQualityStandard s) => s switch
    {
        AirQualityStandard.Gb3095_2012 => "2012",
        AirQualityStandard.Gb3095_2026Transition => "2026",
        AirQualityStandard.Gb3095_2026Final => "2026-final",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    /// <summary>Parses 2012, 2026 (transition) or 2026-final.</summary>
    public static bool TryParseAirQuality(string text, out AirQualityStandard standard)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "2012" or "gb3095-2012": standard = AirQualityStandard.Gb3095_2012; return true;
            case "2026" or "2026-transition" or "gb3095-2026": standard = AirQualityStandard.Gb3095_2026Transition; return true;
            case "2026-final": standard = AirQualityStandard.Gb3095_2026Final; return true;
            default: standard = default; return false;
        }
    }

    /// <summary>The assessment-statistics standard every period statistic follows (validity, means, percentiles).</summary>
    public const string StatisticsTitle = "HJ 663-2013";

    /// <summary>Code of the AQI version, as printed in method lines, source lines and JSON: "HJ 633-2012".</summary>
    public static string Title(this AqiStandard s) => s == AqiStandard.Hj633_2026 ? "HJ 633-2026" : "HJ 633-2012";

    /// <summary>Full Chinese name of the version, for method lines and workbooks.</summary>
    public static string ChineseTitle(this AirQualityStandard s) => s switch
    {
        AirQualityStandard.Gb3095_2012 => "GB 3095-2012 二级标准",
        AirQualityStandard.Gb3095_2026Transition => "GB 3095-2026 二级标准（过渡期限值）",
        AirQualityStandard.Gb3095_2026Final => "GB 3095-2026 二级标准（最终限值）",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };
}
