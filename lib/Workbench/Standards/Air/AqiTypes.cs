namespace Workbench.Standards.Air;

/// <summary>
/// The terms that can carry an IAQI, in the order primary pollutants are listed:
/// SO2, NO2, CO, O3 (1-hour), O3_8h, PM10, PM2.5.
/// </summary>
[Flags]
public enum AqiTerms : byte
{
    /// <summary>No term.</summary>
    None = 0,
    /// <summary>SO2 (1-hour value in real time, 24-hour mean in the daily report).</summary>
    SO2 = 1,
    /// <summary>NO2 (1-hour or 24-hour).</summary>
    NO2 = 2,
    /// <summary>CO (1-hour or 24-hour), mg/m³.</summary>
    CO = 4,
    /// <summary>O3 1-hour value (daily: the day's 1-hour maximum).</summary>
    O3 = 8,
    /// <summary>O3 8-hour moving mean (daily: MDA8).</summary>
    O3_8h = 16,
    /// <summary>PM10 (1-hour value read on the 24-h table, 24-hour moving mean, or daily mean).</summary>
    PM10 = 32,
    /// <summary>PM2.5 (as PM10).</summary>
    PM2_5 = 64,
}

/// <summary>What to do with a concentration above the top breakpoint (HJ 633 defines nothing there).</summary>
public enum AqiCapPolicy
{
    /// <summary>IAQI 500 (what CNEMC publishes: REFERENCE F1).</summary>
    CapAt500,
    /// <summary>No IAQI for that term.</summary>
    NoValue,
}

/// <summary>Settings of the AQI rules that the standards leave open (REFERENCE ⚠ points).</summary>
/// <param name="Cap">Above the top breakpoint.</param>
/// <param name="Hj633_2026NaRule">HJ 633-2026 §5.3: with a pollutant missing, publish the AQI only when it exceeds 100.</param>
public sealed record AqiSettings(AqiCapPolicy Cap = AqiCapPolicy.CapAt500, bool Hj633_2026NaRule = false)
{
    /// <summary>The defaults.</summary>
    public static AqiSettings Default { get; } = new();
}

/// <summary>
/// An AQI with its primary pollutants (allocation-free, for the hourly hot path).
/// <see cref="Aqi"/> is -1 when no AQI can be computed.
/// </summary>
public readonly record struct AqiValue(short Aqi, AqiTerms Primary)
{
    /// <summary>No AQI.</summary>
    public static AqiValue None => new(-1, AqiTerms.None);

    /// <summary>True when an AQI was computed.</summary>
    public bool HasValue => Aqi >= 0;
}

/// <summary>AQI level of HJ 633 Table 2 (levels 1–6) with its names and colours.</summary>
/// <param name="Number">1–6.</param>
/// <param name="LevelName">一级 … 六级.</param>
/// <param name="Category">优, 良, 轻度污染, 中度污染, 重度污染, 严重污染.</param>
/// <param name="ColourName">绿, 黄, 橙, 红, 紫, 褐红.</param>
/// <param name="ColourHex">#00E400 … #7E0023 (HJ 633 Appendix A).</param>
public sealed record AqiLevel(int Number, string LevelName, string Category, string ColourName, string ColourHex);

/// <summary>Daily concentrations that feed a daily AQI (NaN = missing). CO in mg/m³.</summary>
public readonly record struct DailyConcentrations(
    double SO2, double NO2, double CO, double PM10, double PM2_5, double O3_1hMax, double O3_8hMax);

/// <summary>
/// Concentrations of one station-hour that feed a real-time AQI (NaN = missing). CO in mg/m³.
/// The 24-hour moving means are used only by the HJ 633-2012 real-time method as written.
/// </summary>
public readonly record struct HourlyConcentrations(
    double SO2, double NO2, double CO, double O3, double PM10, double PM2_5,
    double O3_8h = double.NaN, double PM10_24h = double.NaN, double PM2_5_24h = double.NaN,
    double SO2_24h = double.NaN);
