namespace Workbench.Standards.Water;

/// <summary>The 24 basic items of GB 3838-2002 Table 1, in the table's order.</summary>
public enum WaterItem
{
    /// <summary>水温 (°C).</summary>
    WaterTemperature,
    /// <summary>pH (dimensionless).</summary>
    PH,
    /// <summary>溶解氧 DO (mg/L), a minimum.</summary>
    DissolvedOxygen,
    /// <summary>高锰酸盐指数 CODMn (mg/L).</summary>
    PermanganateIndex,
    /// <summary>化学需氧量 COD (mg/L).</summary>
    ChemicalOxygenDemand,
    /// <summary>五日生化需氧量 BOD5 (mg/L).</summary>
    Bod5,
    /// <summary>氨氮 NH3-N (mg/L).</summary>
    AmmoniaNitrogen,
    /// <summary>总磷 TP as P (mg/L); river and lake/reservoir limits differ.</summary>
    TotalPhosphorus,
    /// <summary>总氮 TN as N (mg/L); limits apply to lakes and reservoirs.</summary>
    TotalNitrogen,
    /// <summary>铜 (mg/L).</summary>
    Copper,
    /// <summary>锌 (mg/L).</summary>
    Zinc,
    /// <summary>氟化物 as F⁻ (mg/L).</summary>
    Fluoride,
    /// <summary>硒 (mg/L).</summary>
    Selenium,
    /// <summary>砷 (mg/L).</summary>
    Arsenic,
    /// <summary>汞 (mg/L).</summary>
    Mercury,
    /// <summary>镉 (mg/L).</summary>
    Cadmium,
    /// <summary>铬（六价） (mg/L).</summary>
    Chromium6,
    /// <summary>铅 (mg/L).</summary>
    Lead,
    /// <summary>氰化物 (mg/L).</summary>
    Cyanide,
    /// <summary>挥发酚 (mg/L).</summary>
    VolatilePhenol,
    /// <summary>石油类 (mg/L).</summary>
    Petroleum,
    /// <summary>阴离子表面活性剂 LAS (mg/L).</summary>
    AnionicSurfactant,
    /// <summary>硫化物 (mg/L).</summary>
    Sulfide,
    /// <summary>粪大肠菌群 (个/L).</summary>
    FecalColiform,
}

/// <summary>Description of one item: Chinese name, unit, and its role in the 2011 method.</summary>
/// <param name="Item">The item.</param>
/// <param name="ChineseName">Name as bulletins write it (高锰酸盐指数).</param>
/// <param name="Unit">Unit (mg/L, 无量纲, ℃, 个/L).</param>
/// <param name="ReportedDecimals">Decimals a value is reported with (CNEMC display for automatic items; common laboratory practice otherwise).</param>
/// <param name="IsHeavyMetalOrCyanide">Heavy metals and cyanide take priority as main pollutants (2011 method §7).</param>
/// <param name="Aliases">Header spellings seen in tables (without units).</param>
public sealed record WaterItemInfo(
    WaterItem Item, string ChineseName, string Unit, int ReportedDecimals, bool IsHeavyMetalOrCyanide,
    IReadOnlyList<string> Aliases);

/// <summary>Item metadata and the item sets the methods use.</summary>
public static class WaterItems
{
    private static readonly WaterItemInfo[] Infos =
    [
        new(WaterItem.WaterTemperature, "水温", "℃", 1, false, ["水温", "温度", "WT"]),
        new(WaterItem.PH, "pH", "无量纲", 2, false, ["pH", "PH", "pH值"]),
        new(WaterItem.DissolvedOxygen, "溶解氧", "mg/L", 2, false, ["溶解氧", "DO"]),
        new(WaterItem.PermanganateIndex, "高锰酸盐指数", "mg/L", 2, false, ["高锰酸盐指数", "CODMn", "高锰酸钾指数"]),
        new(WaterItem.ChemicalOxygenDemand, "化学需氧量", "mg/L", 1, false, ["化学需氧量", "COD", "CODCr"]),
        new(WaterItem.Bod5, "五日生化需氧量", "mg/L", 1, false, ["五日生化需氧量", "BOD5", "生化需氧量"]),
        new(WaterItem.AmmoniaNitrogen, "氨氮", "mg/L", 3, false, ["氨氮", "NH3-N", "NH3N"]),
        new(WaterItem.TotalPhosphorus, "总磷", "mg/L", 3, false, ["总磷", "TP"]),
        new(WaterItem.TotalNitrogen, "总氮", "mg/L", 2, false, ["总氮", "TN"]),
        new(WaterItem.Copper, "铜", "mg/L", 3, true, ["铜", "Cu"]),
        new(WaterItem.Zinc, "锌", "mg/L", 3, true, ["锌", "Zn"]),
        new(WaterItem.Fluoride, "氟化物", "mg/L", 2, false, ["氟化物", "氟", "F"]),
        new(WaterItem.Selenium, "硒", "mg/L", 4, true, ["硒", "Se"]),
        new(WaterItem.Arsenic, "砷", "mg/L", 4, true, ["砷", "As"]),
        new(WaterItem.Mercury, "汞", "mg/L", 5, true, ["汞", "Hg"]),
        new(WaterItem.Cadmium, "镉", "mg/L", 4, true, ["镉", "Cd"]),
        new(WaterItem.Chromium6, "六价铬", "mg/L", 3, true, ["六价铬", "铬（六价）", "铬(六价)", "Cr6+", "Cr6"]),
        new(WaterItem.Lead, "铅", "mg/L", 3, true, ["铅", "Pb"]),
        new(WaterItem.Cyanide, "氰化物", "mg/L", 3, true, ["氰化物", "CN"]),
        new(WaterItem.VolatilePhenol, "挥发酚", "mg/L", 4, false, ["挥发酚"]),
        new(WaterItem.Petroleum, "石油类", "mg/L", 2, false, ["石油类"]),
        new(WaterItem.AnionicSurfactant, "阴离子表面活性剂", "mg/L", 2, false, ["阴离子表面活性剂", "LAS"]),
        new(WaterItem.Sulfide, "硫化物", "mg/L", 3, false, ["硫化物"]),
        new(WaterItem.FecalColiform, "粪大肠菌群", "个/L", 0, false, ["粪大肠菌群"]),
    ];

    private static readonly Dictionary<string, WaterItem> ByAlias = BuildAliases();

    /// <summary>Metadata of an item.</summary>
    public static WaterItemInfo Info(this WaterItem item) => Infos[(int)item];

    /// <summary>Chinese name of an item.</summary>
    public static string ChineseName(this WaterItem item) => Infos[(int)item].ChineseName;

    /// <summary>All 24 items in GB 3838 Table 1 order.</summary>
    public static IReadOnlyList<WaterItem> All { get; } = Enum.GetValues<WaterItem>();

    /// <summary>
    /// The 21 items the 2011 evaluation method and CWQI 2017 evaluate: Table 1 without water temperature,
    /// total nitrogen and fecal coliform (环办〔2011〕22号 §B2.1).
    /// </summary>
    public static IReadOnlyList<WaterItem> Evaluated2011 { get; } = All
        .Where(i => i is not (WaterItem.WaterTemperature or WaterItem.TotalNitrogen or WaterItem.FecalColiform))
        .ToArray();

    /// <summary>
    /// The five items from which the national automatic stations publish their class: pH, DO, CODMn, NH3-N, TP
    /// (measured on the 2020–2021 feeds, REFERENCE F2; TN is never used).
    /// </summary>
    public static IReadOnlyList<WaterItem> AutomaticStationFive { get; } =
        [WaterItem.PH, WaterItem.DissolvedOxygen, WaterItem.PermanganateIndex, WaterItem.AmmoniaNitrogen, WaterItem.TotalPhosphorus];

    /// <summary>
    /// Finds the item a table header names: "高锰酸盐指数(mg/L)", "总磷（mg/L）", "pH(无量纲)", "NH3-N".
    /// The unit in brackets is ignored.
    /// </summary>
    public static bool TryFromHeader(string header, out WaterItem item)
    {
        var h = header.Trim().Replace('（', '(').Replace('）', ')');
        var cut = h.IndexOf('(');
        // "铬(六价)" carries its bracket in the name: try the whole header first.
        if (ByAlias.TryGetValue(Key(h), out item)) return true;
        if (cut > 0 && ByAlias.TryGetValue(Key(h[..cut]), out item)) return true;
        return false;
    }

    private static string Key(string s) => s.Trim().Replace('（', '(').Replace('）', ')').ToUpperInvariant();

    private static Dictionary<string, WaterItem> BuildAliases()
    {
        var d = new Dictionary<string, WaterItem>();
        foreach (var info in Infos)
            foreach (var a in info.Aliases)
                d[Key(a)] = info.Item;
        return d;
    }
}
