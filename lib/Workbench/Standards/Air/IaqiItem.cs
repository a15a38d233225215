namespace Workbench.Standards.Air;

/// <summary>A column of the HJ 633 IAQI breakpoint table (Table 1): pollutant and averaging time.</summary>
public enum IaqiItem
{
    /// <summary>SO2 24-hour mean, µg/m³.</summary>
    SO2_24h,
    /// <summary>SO2 1-hour mean, µg/m³ (real-time only; table ends at 800).</summary>
    SO2_1h,
    /// <summary>NO2 24-hour mean, µg/m³.</summary>
    NO2_24h,
    /// <summary>NO2 1-hour mean, µg/m³ (real-time only).</summary>
    NO2_1h,
    /// <summary>PM10 24-hour mean, µg/m³ (2026: also the 1-hour value in real time).</summary>
    PM10_24h,
    /// <summary>CO 24-hour mean, mg/m³.</summary>
    CO_24h,
    /// <summary>CO 1-hour mean, mg/m³ (real-time only).</summary>
    CO_1h,
    /// <summary>O3 1-hour mean, µg/m³.</summary>
    O3_1h,
    /// <summary>O3 8-hour moving mean, µg/m³ (table ends at 800).</summary>
    O3_8h,
    /// <summary>PM2.5 24-hour mean, µg/m³ (2026: also the 1-hour value in real time).</summary>
    PM2_5_24h,
}
