using Workbench.Quality;
using Workbench.Standards.Water;
using Workbench.Water.Import;
using Workbench.Water.Registry;

namespace Workbench.Water.Compute;

/// <summary>One automatic reading with the class computed for it.</summary>
/// <param name="Reading">The reading.</param>
/// <param name="Section">The registry entry, when the section is registered.</param>
/// <param name="Body">Water-body type used for the TP limits.</param>
/// <param name="BodySource">Where the body type came from.</param>
/// <param name="Evaluation">The single-factor evaluation over the automatic items present; null when none is present.</param>
public sealed record ClassifiedReading(AutomaticReading Reading, SectionInfo? Section, WaterBodyType Body, BodyTypeSource BodySource, SectionEvaluation? Evaluation)
{
    /// <summary>The computed class (计算类别), or null when nothing can be classed.</summary>
    public WaterClass? Class => Evaluation?.Class;

    /// <summary>True/false when both a published and a computed class exist; null otherwise.</summary>
    public bool? AgreesWithPublished => Reading.PublishedClass is { } p && Class is { } c ? p == c : null;
}

/// <summary>Where the water-body type of a reading came from.</summary>
public enum BodyTypeSource
{
    /// <summary>The section registry.</summary>
    Registry,
    /// <summary>Registered without a type (both limit sets give the same class), or not registered with the stand-in off: river.</summary>
    DefaultRiver,
    /// <summary>Not registered: lake when the section measures chlorophyll-a or algae density (REFERENCE F2 stand-in).</summary>
    AlgaeStandIn,
}

/// <summary>
/// The class of automatic-station readings as CNEMC publishes it: the worst single-factor class of pH, DO, CODMn,
/// NH3-N and TP (TN never), with TP limits from the section registry (REFERENCE F2).
/// </summary>
public static class AutomaticClassification
{
    /// <summary>Classifies one reading.</summary>
    public static SectionEvaluation? Evaluate(AutomaticReading reading, WaterBodyType body, WaterEvaluationSettings? settings = null)
    {
        settings ??= WaterEvaluationSettings.AutomaticStation;
        if (!settings.Items.Any(reading.Values.ContainsKey)) return null;
        var ev = WaterEvaluation2011.Evaluate(reading.Values, body, settings);
        return ev.Class is null ? null : ev;
    }

    /// <summary>
    /// Classifies every reading of a file, in input order. Sections missing from the registry are listed once each in
    /// the quality report (they are classed with river limits).
    /// </summary>
    /// <remarks>For a section whose type the registry does not give (not registered, or registered without a type),
    /// <paramref name="algaeStandIn"/> (default on) uses lake limits when any of its readings in the file measures
    /// chlorophyll-a or algae density: the best stand-in found without a registry (REFERENCE F2).</remarks>
    public static IReadOnlyList<ClassifiedReading> ClassifyAll(AutomaticStationData data, SectionRegistry registry,
        DataQualityReport quality, WaterEvaluationSettings? settings = null, bool algaeStandIn = true)
    {
        var algae = data.Readings.Where(r => r.AlgaeMeasured).Select(r => (r.Province, r.Section)).ToHashSet();
        var result = new List<ClassifiedReading>(data.Readings.Count);
        var cache = new Dictionary<(string, string), SectionMatch?>();
        var reported = new HashSet<(string, string)>();
        foreach (var r in data.Readings)
        {
            var key = (r.Province, r.Section);
            if (!cache.TryGetValue(key, out var match)) cache[key] = match = registry.Resolve(r.Section, r.Province.Length > 0 ? r.Province : null);
            if (reported.Add(key) && registry.Sections.Count > 0)
            {
                if (match is null)
                    quality.Add(data.File, r.Line, "断面名称", r.Section, null, "section-not-in-registry",
                        algaeStandIn && algae.Contains(key)
                            ? $"断面不在名录中：{r.Province}{r.Section}（监测叶绿素α/藻密度，按湖库总磷限值评价）"
                            : $"断面不在名录中：{r.Province}{r.Section}（按河流总磷限值评价）", QualityAction.Flagged);
                else if (match.Kind is SectionMatchKind.Alias or SectionMatchKind.BaseName)
                    quality.Add(data.File, r.Line, "断面名称", r.Section, null, "section-alias",
                        $"断面别名：{r.Section} → {match.Section.Name}", QualityAction.Corrected);
            }
            var (body, source) = match?.Section.BodyType is { } t ? (t, BodyTypeSource.Registry)
                : algaeStandIn && algae.Contains(key) ? (WaterBodyType.LakeReservoir, BodyTypeSource.AlgaeStandIn)
                : (WaterBodyType.River, BodyTypeSource.DefaultRiver);
            result.Add(new ClassifiedReading(r, match?.Section, body, source, Evaluate(r, body, settings)));
        }
        return result;
    }

    /// <summary>
    /// Lists every row whose computed class differs from the published one in the quality report, with its most
    /// specific cause (<see cref="DisagreementCauses"/>). Returns the number of such rows.
    /// </summary>
    public static int ReportDisagreements(IReadOnlyList<ClassifiedReading> rows, string file, DataQualityReport quality)
    {
        var n = 0;
        foreach (var c in rows)
        {
            if (DisagreementCauses.Explain(c, rows) is not { } cause) continue;
            n++;
            quality.Add(file, c.Reading.Line, "水质类别", c.Reading.Section, c.Reading.TimeText, "class-disagreement",
                $"计算类别与发布类别不一致：发布 {c.Reading.PublishedClassText}，计算 {c.Class?.ToRoman()}；原因：{cause}", QualityAction.Flagged);
        }
        return n;
    }
}
