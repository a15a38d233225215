using Workbench.Standards.Water;

namespace Workbench.Water.Registry;

/// <summary>Assessment level of a section (考核级别).</summary>
public enum AssessmentLevel
{
    /// <summary>国考 (national).</summary>
    National,
    /// <summary>省考 (provincial).</summary>
    Provincial,
    /// <summary>市考 (municipal).</summary>
    Municipal,
}

/// <summary>One monitoring section (断面) or lake/reservoir point (点位).</summary>
/// <param name="Name">Canonical name (normalised brackets).</param>
/// <param name="Aliases">Other names files use for it (normalised).</param>
/// <param name="Province">Province (省份), may be empty.</param>
/// <param name="City">City (所在地市), may be empty.</param>
/// <param name="River">River or lake (所属河流), may be empty.</param>
/// <param name="Basin">Basin (流域), may be empty.</param>
/// <param name="BodyType">River or lake/reservoir; null when unknown (then treated as a river, with a quality line).</param>
/// <param name="Target">Target class (目标类别), when assessed.</param>
/// <param name="Level">国考/省考/市考, when given.</param>
/// <param name="DrinkingWaterSource">True for a centralized drinking-water source.</param>
/// <param name="Longitude">Longitude, degrees east.</param>
/// <param name="Latitude">Latitude, degrees north.</param>
/// <param name="AnnualVolume">Water withdrawn per year (万吨) for drinking-water sources, when given.</param>
public sealed record SectionInfo(
    string Name,
    IReadOnlyList<string> Aliases,
    string Province,
    string City,
    string River,
    string Basin,
    WaterBodyType? BodyType,
    WaterClass? Target,
    AssessmentLevel? Level,
    bool DrinkingWaterSource,
    double? Longitude,
    double? Latitude,
    decimal? AnnualVolume)
{
    /// <summary>The body type used for limits: the registry's, or river when unknown.</summary>
    public WaterBodyType EffectiveBodyType => BodyType ?? WaterBodyType.River;
}

/// <summary>Chinese names of <see cref="AssessmentLevel"/>.</summary>
public static class AssessmentLevels
{
    /// <summary>国考/省考/市考.</summary>
    public static string ToChinese(this AssessmentLevel l) => l switch
    {
        AssessmentLevel.National => "国考",
        AssessmentLevel.Provincial => "省考",
        _ => "市考",
    };

    /// <summary>Parses 国考/国控/national, 省考/省控, 市考/市控.</summary>
    public static bool TryParse(string? text, out AssessmentLevel level)
    {
        level = AssessmentLevel.National;
        switch ((text ?? "").Trim().ToLowerInvariant())
        {
            case "国考": case "国控": case "国家": case "national": level = AssessmentLevel.National; return true;
            case "省考": case "省控": case "省级": case "provincial": level = AssessmentLevel.Provincial; return true;
            case "市考": case "市控": case "市级": case "municipal": level = AssessmentLevel.Municipal; return true;
            default: return false;
        }
    }
}
