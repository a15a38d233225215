using System.Globalization;
using Workbench.Standards.Water;
using Workbench.Water.Results;
using static Workbench.Charts.FigureBuilder;

namespace Workbench.Charts;

public static partial class Figures
{
    /// <summary>Sections per water-quality class per year, stacked Ⅰ→劣Ⅴ in class colours.</summary>
    /// <param name="annual">Annual water assessments.</param>
    /// <param name="area">Name printed in the title ("东州", "全省").</param>
    /// <param name="dataSource">Data source named on the source line.</param>
    /// <param name="city">Only this city's sections, when given.</param>
    /// <param name="colours">Class colours.</param>
    public static Figure WaterClassesPerYear(IReadOnlyCollection<WaterAssessmentResult> annual, string area, string dataSource, string? city = null, WaterClassColours? colours = null)
    {
        colours ??= WaterClassColours.Default;
        var data = WaterFigureData.ClassesPerYear(annual, city);
        var b = new FigureBuilder();
        var x = data.Select(d => $"{d.Year}年").ToArray();
        foreach (var c in WaterClasses.All)
        {
            var values = data.Select(d => d.Counts[(int)c - 1]).ToArray();
            b.Trace("bar", Map(("x", x), ("y", values), ("name", c.ToLabel()), ("marker", Map(("color", colours.Of(c)), ("line", Map(("color", "#FFFFFF"), ("width", 0.5))))),
                ("text", values.Select(v => v > 0 ? v.ToString(CultureInfo.InvariantCulture) : "").ToArray()), ("textposition", "inside"),
                ("insidetextanchor", "middle"), ("textfont", Map(("size", 15), ("color", c is WaterClass.I or WaterClass.WorseThanV ? "#FFFFFF" : "#222222")))));
        }
        if (data.Any(d => d.Unclassified > 0))
            b.Trace("bar", Map(("x", x), ("y", data.Select(d => d.Unclassified).ToArray()), ("name", "未评价"), ("marker", Map(("color", HouseStyle.MissingColour)))));
        b.Layout("barmode", "stack");
        b.Layout("bargap", 0.35);
        b.Layout("legend", LegendInTraceOrder());
        b.Layout("xaxis", Map(("type", "category")));
        var max = data.Select(d => d.Counts.Sum() + d.Unclassified).DefaultIfEmpty(1).Max();
        b.Layout("yaxis", Map(("title", "断面数（个）"), ("range", new[] { 0, max * 1.1 }), ("dtick", max > 20 ? 5 : 1)));
        return b.Build("water-classes", $"{area}{data[0].Year}—{data[^1].Year}年地表水断面水质类别", SourceLines.Water(annual, dataSource));
    }

    /// <summary>Share of sections in classes Ⅰ–Ⅲ (and 劣Ⅴ) per year, with a target line when given.</summary>
    public static Figure WaterGoodShareTrend(IReadOnlyCollection<WaterAssessmentResult> annual, string area, string dataSource, string? city = null, decimal? targetPercent = null)
    {
        var data = WaterFigureData.ClassesPerYear(annual, city);
        var b = new FigureBuilder();
        var x = data.Select(d => $"{d.Year}年").ToArray();
        var colours = WaterClassColours.Default;
        b.Trace("scatter", Map(("x", x), ("y", data.Select(d => (object?)d.ShareItoIIIPercent).ToArray()), ("name", "Ⅰ～Ⅲ类断面比例"),
            ("mode", "lines+markers+text"), ("line", Map(("color", colours.ClassIII), ("width", 4))), ("marker", Map(("size", 10), ("color", colours.ClassIII))),
            ("text", data.Select(d => d.ShareItoIIIPercent is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "").ToArray()),
            ("textposition", "top center"), ("textfont", Map(("size", 16), ("color", "#1B5E20"))), ("cliponaxis", false)));
        b.Trace("scatter", Map(("x", x), ("y", data.Select(d => (object?)d.ShareWorseThanVPercent).ToArray()), ("name", "劣Ⅴ类断面比例"),
            ("mode", "lines+markers+text"), ("line", Map(("color", colours.WorseThanV), ("width", 3))), ("marker", Map(("size", 9), ("color", colours.WorseThanV))),
            ("text", data.Select(d => d.ShareWorseThanVPercent is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "").ToArray()),
            ("textposition", "top center"), ("textfont", Map(("size", 15), ("color", colours.WorseThanV))), ("cliponaxis", false)));
        b.Layout("xaxis", Map(("type", "category")));
        b.Layout("yaxis", Map(("title", "断面比例（%）"), ("range", new[] { 0, 110 }), ("dtick", 20)));
        if (targetPercent is { } t) b.Reference(new ReferenceLine((double)t, $"Ⅰ～Ⅲ类比例目标<br>{t:0.#}%", HouseStyle.TargetColour));
        return b.Build("water-good-share", $"{area}{data[0].Year}—{data[^1].Year}年Ⅰ～Ⅲ类水质断面比例", SourceLines.Water(annual, dataSource));
    }

    /// <summary>CWQI per section per year (smaller is cleaner).</summary>
    public static Figure CwqiTrend(IReadOnlyCollection<WaterAssessmentResult> annual, string area, string dataSource, string? city = null)
    {
        var data = WaterFigureData.CwqiTrend(annual, city);
        var b = new FigureBuilder { RightMargin = 170 };
        var x = data.Years.Select(y => $"{y}年").ToArray();
        var palette = new[] { "#1F4E9A", "#D95F02", "#1B9E77", "#7570B3", "#E7298A", "#66A61E", "#A6761D", "#E6AB02", "#666666", "#17BECF" };
        for (var i = 0; i < data.Sections.Count; i++)
        {
            var s = data.Sections[i];
            var colour = palette[i % palette.Length];
            b.Trace("scatter", Map(("x", x), ("y", s.Values.Select(v => (object?)v).ToArray()), ("name", s.Section), ("mode", "lines+markers"),
                ("line", Map(("color", colour), ("width", 3), ("dash", i >= palette.Length ? "dot" : "solid"))), ("marker", Map(("size", 8), ("color", colour)))));
        }
        b.Layout("legend", Map(("orientation", "v"), ("x", 1.02), ("xanchor", "left"), ("y", 1), ("yanchor", "top"), ("font", Map(("size", 15)))));
        b.Layout("xaxis", Map(("type", "category")));
        b.Layout("yaxis", Map(("title", "水质指数 CWQI（越小水质越好）"), ("rangemode", "tozero")));
        return b.Build("water-cwqi-trend", $"{area}各断面水质指数（CWQI）变化", SourceLines.Water(annual, dataSource, cwqi: true));
    }

    /// <summary>
    /// Sections at their coordinates, coloured by class: a plain longitude/latitude scatter (plotly's geo and mapbox
    /// traces fetch map data from the network and would be blank offline). The y axis is scaled by 1/cos(latitude) so
    /// distances look right (a local equirectangular projection).
    /// </summary>
    public static Figure SectionMap(WaterAssessmentResult assessment, string area, string dataSource, string? city = null, WaterClassColours? colours = null)
    {
        colours ??= WaterClassColours.Default;
        var points = WaterFigureData.Points(assessment, colours, city);
        var b = new FigureBuilder { RightMargin = 60 };
        var lat = points.Count > 0 ? points.Average(p => p.Latitude) : 35;
        var ratio = 1 / Math.Cos(lat * Math.PI / 180);
        var (lonMin, lonMax) = points.Count > 0 ? (points.Min(p => p.Longitude), points.Max(p => p.Longitude)) : (0, 1);
        var (latMin, latMax) = points.Count > 0 ? (points.Min(p => p.Latitude), points.Max(p => p.Latitude)) : (0, 1);
        var padLon = Math.Max((lonMax - lonMin) * 0.12, 0.05);
        var padLat = Math.Max((latMax - latMin) * 0.12, 0.05);
        var (pxPerLon, pxPerLat) = SectionLabelPlacement.Scale(lonMax - lonMin + 2 * padLon, latMax - latMin + 2 * padLat, ratio);
        var labels = SectionLabelPlacement.Place(points, pxPerLon, pxPerLat);
        foreach (var c in WaterClasses.All.Cast<WaterClass?>().Append(null))
        {
            var group = points.Where(p => p.Class == c).ToArray();
            if (group.Length == 0) continue;
            b.Trace("scatter", Map(("x", group.Select(p => p.Longitude).ToArray()), ("y", group.Select(p => p.Latitude).ToArray()),
                ("name", c?.ToLabel() ?? "未评价"), ("mode", "markers"), ("text", group.Select(p => p.Name).ToArray()), ("cliponaxis", false),
                ("marker", Map(("size", 18), ("color", group[0].Colour), ("line", Map(("color", "#333333"), ("width", 1)))))));
        }
        // Labels as annotations centred at their offset from the dot, so each sits where it is clearly its own dot's;
        // one set apart is joined to its dot by a thin leader line (stopping at the marker's edge).
        for (var i = 0; i < points.Count; i++)
        {
            var l = labels[i];
            b.Annotation(Map(("x", points[i].Longitude), ("y", points[i].Latitude), ("xref", "x"), ("yref", "y"), ("text", points[i].Name),
                ("showarrow", true), ("ax", l.Dx), ("ay", l.Dy), ("arrowhead", 0), ("arrowwidth", 1), ("standoff", 9),
                ("arrowcolor", l.NeedsLeader ? "#777777" : "rgba(0,0,0,0)"), ("font", Map(("size", 14)))));
        }
        var latTicks = DegreeTicks.For(latMin - padLat, latMax + padLat);
        var lonTicks = DegreeTicks.For(lonMin - padLon, lonMax + padLon, target: 10);
        b.Layout("yaxis", Map(("title", "纬度（°N）"), ("range", new[] { latMin - padLat, latMax + padLat }), ("tickformat", latTicks.Format),
            ("dtick", latTicks.Step), ("scaleanchor", "x"), ("scaleratio", ratio), ("constrain", "domain")));
        b.Layout("xaxis", Map(("title", "经度（°E）"), ("range", new[] { lonMin - padLon, lonMax + padLon }), ("showgrid", true),
            ("tickformat", lonTicks.Format), ("dtick", lonTicks.Step), ("constrain", "domain")));
        return b.Build("water-section-map", $"{area}{assessment.Period.Label}地表水断面水质类别分布",
            SourceLines.Water([assessment], dataSource) + "｜按断面经纬度绘制的示意图，非地图", showLegend: true);
    }
}
