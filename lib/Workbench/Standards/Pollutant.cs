namespace Workbench.Standards;

/// <summary>The six basic pollutants of GB 3095 (Table 1).</summary>
/// <remarks>CO is in mg/m³ everywhere in the library; the others in µg/m³ (CNEMC convention).</remarks>
public enum Pollutant
{
    SO2,
    NO2,
    CO,
    O3,
    PM10,
    PM2_5,
}

/// <summary>Codes, Chinese names, units and reporting precision of <see cref="Pollutant"/>.</summary>
public static class PollutantInfo
{
    /// <summary>The six pollutants in the order bulletins list them.</summary>
    public static IReadOnlyList<Pollutant> All { get; } =
        [Pollutant.SO2, Pollutant.NO2, Pollutant.CO, Pollutant.O3, Pollutant.PM10, Pollutant.PM2_5];

    /// <summary>The code used in feeds and in our CSV/JSON outputs: SO2, NO2, CO, O3, PM10, PM2.5.</summary>
    public static string Code(this Pollutant p) => p switch
    {
        Pollutant.PM2_5 => "PM2.5",
        _ => p.ToString(),
    };

    /// <summary>Parses a feed code (case-insensitive; PM2.5, PM25, PM2_5 and pm2_5 accepted).</summary>
    public static bool TryParse(string code, out Pollutant pollutant)
    {
        switch (code.Trim().ToUpperInvariant())
        {
            case "SO2": pollutant = Pollutant.SO2; return true;
            case "NO2": pollutant = Pollutant.NO2; return true;
            case "CO": pollutant = Pollutant.CO; return true;
            case "O3": pollutant = Pollutant.O3; return true;
            case "PM10": pollutant = Pollutant.PM10; return true;
            case "PM2.5" or "PM25" or "PM2_5": pollutant = Pollutant.PM2_5; return true;
            default: pollutant = default; return false;
        }
    }

    /// <summary>Chinese name as used in bulletins.</summary>
    public static string ChineseName(this Pollutant p) => p switch
    {
        Pollutant.SO2 => "二氧化硫",
        Pollutant.NO2 => "二氧化氮",
        Pollutant.CO => "一氧化碳",
        Pollutant.O3 => "臭氧",
        Pollutant.PM10 => "可吸入颗粒物",
        Pollutant.PM2_5 => "细颗粒物",
        _ => throw new ArgumentOutOfRangeException(nameof(p)),
    };

    /// <summary>Unit of concentrations: mg/m³ for CO, µg/m³ otherwise.</summary>
    public static string Unit(this Pollutant p) => p == Pollutant.CO ? "mg/m³" : "µg/m³";

    /// <summary>Unit in Chinese, as printed under press figures and in workbooks.</summary>
    public static string ChineseUnit(this Pollutant p) => p == Pollutant.CO ? "毫克/立方米" : "微克/立方米";

    /// <summary>Decimals of a reported concentration (REFERENCE A3.4): integers, CO one decimal.</summary>
    public static int ReportedDecimals(this Pollutant p) => p == Pollutant.CO ? 1 : 0;
}
