using Workbench.Standards.Rounding;
using Workbench.Standards.Water;
using Workbench.Water.Results;

namespace Workbench.Briefings;

/// <summary>The water figures of a briefing as shown (shares to 1 decimal, CWQI change to 2, GB/T 8170).</summary>
/// <param name="Sections">The sections shown, in registry order.</param>
/// <param name="TargetCount">Sections with a target and a class.</param>
/// <param name="Attained">Of those, sections meeting their target.</param>
/// <param name="ShareItoIII">Share of classed sections in Ⅰ–Ⅲ, percent, 1 decimal.</param>
/// <param name="ShareWorseThanV">Share of classed sections in 劣Ⅴ, percent, 1 decimal.</param>
/// <param name="Cwqi">Mean CWQI of the sections (2 decimals as shown), or null.</param>
/// <param name="CwqiChangeShown">ΔCWQI year on year in percent, 2 decimals (negative = improved), or null.</param>
public sealed record WaterSummary(IReadOnlyList<SectionAssessment> Sections, int TargetCount, int Attained,
    decimal ShareItoIII, decimal ShareWorseThanV, decimal? Cwqi, decimal? CwqiChangeShown);

/// <summary>Selects and rounds the water figures of a briefing (the water sheet and the sentence read this one record).</summary>
public static class BriefingWater
{
    /// <summary>The water summary of the briefing's city (or of every section), or null without water data.</summary>
    public static WaterSummary? Summary(Briefing b)
    {
        if (b.Water is not { } w) return null;
        var key = b.Request.WaterCity?.Trim().TrimEnd('市');
        var sections = w.Sections.Where(s => key is null || s.Section.City.Trim().TrimEnd('市') == key).ToArray();
        if (sections.Length == 0) return null;
        var classes = sections.Where(s => s.Evaluation.Class is not null).Select(s => s.Evaluation.Class!.Value).ToArray();
        var (i3, v6) = AreaEvaluation2011.Shares(classes);
        var withTarget = sections.Where(s => s.Attainment is not null).ToArray();
        // The area's CWQI and its change compare like with like (sections with an index in both years), as the
        // water assessment computes them; with no city filter, every city's sections together.
        var area = key is null ? null : w.Cities.FirstOrDefault(a => a.Name.Trim().TrimEnd('市') == key);
        var cwqi = area?.Cwqi?.Value ?? Cwqi2017.Mean(sections.Where(s => s.Cwqi is not null).Select(s => s.Cwqi!).ToArray())?.Value;
        decimal? change = area?.CwqiChangePercent;
        if (area is null)
        {
            var paired = sections.Where(s => s.Cwqi is not null && s.CwqiLastYear is not null).ToArray();
            var now = Cwqi2017.Mean(paired.Select(s => s.Cwqi!).ToArray());
            var last = Cwqi2017.Mean(paired.Select(s => s.CwqiLastYear!).ToArray());
            change = now is not null && last is not null ? Cwqi2017.ChangePercent(now.Value, last.Value) : null;
        }
        return new WaterSummary(sections, withTarget.Length, withTarget.Count(s => s.Attainment!.Attains),
            GbT8170.Round(i3, 1), GbT8170.Round(v6, 1), cwqi is { } c ? GbT8170.Round(c, 2) : null, Headlines.CwqiChangeShown(change));
    }
}
