namespace Workbench.Standards.Water;

/// <summary>
/// Water-body type of a section. It decides the total-phosphorus limits of GB 3838-2002 Table 1
/// (lakes and reservoirs have their own, stricter TP column); section names mislead (REFERENCE F2).
/// </summary>
public enum WaterBodyType
{
    /// <summary>River (河流).</summary>
    River,
    /// <summary>Lake or reservoir (湖库).</summary>
    LakeReservoir,
}

/// <summary>Chinese names and parsing of <see cref="WaterBodyType"/>.</summary>
public static class WaterBodyTypes
{
    /// <summary>河流 / 湖库.</summary>
    public static string ToChinese(this WaterBodyType t) => t == WaterBodyType.River ? "河流" : "湖库";

    /// <summary>Parses 河流/河/river and 湖库/湖泊/水库/湖/库/lake/reservoir; false otherwise (also for empty).</summary>
    public static bool TryParse(string? text, out WaterBodyType type)
    {
        type = WaterBodyType.River;
        var t = (text ?? "").Trim().ToLowerInvariant();
        switch (t)
        {
            case "河流": case "河": case "river": case "江河": case "河流型":
                type = WaterBodyType.River; return true;
            case "湖库": case "湖泊": case "水库": case "湖": case "库": case "湖泊水库": case "湖、库":
            case "lake": case "reservoir": case "lake/reservoir": case "湖库型":
                type = WaterBodyType.LakeReservoir; return true;
            default:
                return false;
        }
    }
}
