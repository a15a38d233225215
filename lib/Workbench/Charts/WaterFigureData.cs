using Workbench.Standards.Water;
using Workbench.Water.Results;

namespace Workbench.Charts;

/// <summary>Sections per class in one year.</summary>
/// <param name="Year">Year.</param>
/// <param name="Counts">Sections per class Ⅰ…劣Ⅴ (index 0 = Ⅰ).</param>
/// <param name="Unclassified">Sections without a class (too few items).</param>
/// <param name="ShareItoIIIPercent">Share of classified sections in Ⅰ–Ⅲ, percent (GB/T 8170, 1 decimal), null when none is classified.</param>
/// <param name="ShareWorseThanVPercent">Share in 劣Ⅴ, percent (1 decimal).</param>
public sealed record ClassCounts(int Year, IReadOnlyList<int> Counts, int Unclassified, decimal? ShareItoIIIPercent, decimal? ShareWorseThanVPercent);

/// <summary>One section's CWQI per year (null = no CWQI that year).</summary>
/// <param name="Section">Section name.</param>
/// <param name="Values">CWQI per year of <see cref="CwqiTrendData.Years"/>.</param>
public sealed record SectionCwqi(string Section, IReadOnlyList<decimal?> Values);

/// <summary>Data of the CWQI trend figure.</summary>
/// <param name="Years">Years, oldest first.</param>
/// <param name="Sections">One series per section.</param>
public sealed record CwqiTrendData(IReadOnlyList<int> Years, IReadOnlyList<SectionCwqi> Sections);

/// <summary>One section on the coordinate plot.</summary>
/// <param name="Name">Section name.</param>
/// <param name="Longitude">Degrees east.</param>
/// <param name="Latitude">Degrees north.</param>
/// <param name="Class">The year's class, null when unclassified.</param>
/// <param name="Target">Target class, when set.</param>
/// <param name="Colour">Class colour (grey when unclassified).</param>
public sealed record SectionPoint(string Name, double Longitude, double Latitude, WaterClass? Class, WaterClass? Target, string Colour);

/// <summary>Pure functions that turn water assessments into the numbers each water figure plots.</summary>
public static class WaterFigureData
{
    /// <summary>Sections per class in each annual assessment (optionally one city's), with the Ⅰ–Ⅲ and 劣Ⅴ shares.</summary>
    public static IReadOnlyList<ClassCounts> ClassesPerYear(IEnumerable<WaterAssessmentResult> annual, string? city = null) =>
        annual.OrderBy(r => r.Period.Start).Select(r =>
        {
            var sections = Filter(r, city).ToArray();
            var classes = sections.Where(s => s.Evaluation.Class is not null).Select(s => s.Evaluation.Class!.Value).ToArray();
            var counts = WaterClasses.All.Select(c => classes.Count(x => x == c)).ToArray();
            decimal? itoIII = null, worse = null;
            if (classes.Length > 0)
            {
                var (a, b) = AreaEvaluation2011.Shares(classes);
                itoIII = Standards.Rounding.GbT8170.Round(a, 1);
                worse = Standards.Rounding.GbT8170.Round(b, 1);
            }
            return new ClassCounts(r.Period.Start.Year, counts, sections.Length - classes.Length, itoIII, worse);
        }).ToArray();

    /// <summary>CWQI of each section (optionally one city's) per year.</summary>
    public static CwqiTrendData CwqiTrend(IEnumerable<WaterAssessmentResult> annual, string? city = null)
    {
        var list = annual.OrderBy(r => r.Period.Start).ToArray();
        var years = list.Select(r => r.Period.Start.Year).ToArray();
        var names = list.SelectMany(r => Filter(r, city)).Where(s => s.Cwqi is not null).Select(s => s.Section.Name)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var series = names.Select(n => new SectionCwqi(n,
            list.Select(r => Filter(r, city).FirstOrDefault(s => s.Section.Name == n)?.Cwqi?.Value).ToArray())).ToArray();
        return new CwqiTrendData(years, series);
    }

    /// <summary>Sections with coordinates, coloured by the assessment's class.</summary>
    public static IReadOnlyList<SectionPoint> Points(WaterAssessmentResult assessment, WaterClassColours? colours = null, string? city = null)
    {
        colours ??= WaterClassColours.Default;
        return Filter(assessment, city).Where(s => s.Section.Longitude is not null && s.Section.Latitude is not null)
            .Select(s => new SectionPoint(s.Section.Name, s.Section.Longitude!.Value, s.Section.Latitude!.Value, s.Evaluation.Class,
                s.Section.Target, s.Evaluation.Class is { } c ? colours.Of(c) : HouseStyle.MissingColour)).ToArray();
    }

    private static IEnumerable<SectionAssessment> Filter(WaterAssessmentResult r, string? city) =>
        city is null ? r.Sections : r.Sections.Where(s => s.Section.City == city);
}
