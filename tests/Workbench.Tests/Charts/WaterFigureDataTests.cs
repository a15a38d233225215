using System.Text.Json;
using Workbench.Charts;
using Workbench.Standards.Water;
using Xunit.Abstractions;

namespace Workbench.Tests.Charts;

/// <summary>Water figures on the committed water sample (14 sections, 2020–2025).</summary>
public class WaterFigureDataTests(ITestOutputHelper output)
{
    [Fact(DisplayName = "Sections per class per year: counts match the assessments; Ⅰ–Ⅲ share = sections ≤ Ⅲ / classified")]
    public void ClassesPerYear()
    {
        var water = ChartFixtures.Water;
        var data = WaterFigureData.ClassesPerYear(water);
        Assert.Equal([2020, 2021, 2022, 2023, 2024, 2025], data.Select(d => d.Year));
        for (var i = 0; i < data.Count; i++)
        {
            var classes = water[i].Sections.Select(s => s.Evaluation.Class).ToArray();
            Assert.Equal(WaterClasses.All.Select(c => classes.Count(x => x == c)), data[i].Counts);
            Assert.Equal(14, data[i].Counts.Sum() + data[i].Unclassified);
            var classified = classes.Count(c => c is not null);
            var good = classes.Count(c => c is not null && c <= WaterClass.III);
            Assert.Equal(Math.Round(100m * good / classified, 1, MidpointRounding.ToEven), data[i].ShareItoIIIPercent);
            output.WriteLine($"{data[i].Year}: {string.Join(" ", data[i].Counts)} Ⅰ–Ⅲ {data[i].ShareItoIIIPercent}% 劣Ⅴ {data[i].ShareWorseThanVPercent}%");
        }
        var figure = Figures.WaterClassesPerYear(water, "示例省", "示例数据");
        using var json = JsonDocument.Parse(figure.ToJson());
        var colours = json.RootElement.GetProperty("data").EnumerateArray().Take(6)
            .Select(t => t.GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal(WaterClasses.All.Select(WaterClassColours.Default.Of), colours);
        Assert.Equal(["Ⅰ类", "Ⅱ类", "Ⅲ类", "Ⅳ类", "Ⅴ类", "劣Ⅴ类"],
            json.RootElement.GetProperty("data").EnumerateArray().Take(6).Select(t => t.GetProperty("name").GetString()));
    }

    [Fact(DisplayName = "Water class colours: Ⅲ–劣Ⅴ equal the status colours (green, yellow, orange, red); Ⅰ and Ⅱ blue")]
    public void ClassColours()
    {
        var c = WaterClassColours.Default;
        foreach (var k in new[] { WaterClass.III, WaterClass.IV, WaterClass.V, WaterClass.WorseThanV })
            Assert.Equal(WaterStatuses.ForClass(k).ColourHex(), c.Of(k));
        Assert.NotEqual(c.ClassI, c.ClassII);
    }

    [Fact(DisplayName = "CWQI trend: one series per section of the city, values equal the assessments'")]
    public void CwqiTrend()
    {
        var water = ChartFixtures.Water;
        var data = WaterFigureData.CwqiTrend(water, "东州");
        Assert.Equal(water.SelectMany(r => r.Sections).Where(s => s.Section.City == "东州").Select(s => s.Section.Name).Distinct().Order(StringComparer.Ordinal),
            data.Sections.Select(s => s.Section));
        var first = data.Sections[0];
        for (var i = 0; i < water.Count; i++)
            Assert.Equal(water[i].Sections.FirstOrDefault(s => s.Section.Name == first.Section)?.Cwqi?.Value, first.Values[i]);
    }

    [Fact(DisplayName = "Section map: sections at their registry coordinates (东河上游 113.62°E 34.81°N), equal-aspect axes, no geo trace")]
    public void SectionMap()
    {
        var latest = ChartFixtures.Water[^1];
        var points = WaterFigureData.Points(latest);
        Assert.Equal(14, points.Count);
        var upstream = points.Single(p => p.Name == "东河上游");
        Assert.Equal((113.62, 34.81), (upstream.Longitude, upstream.Latitude));
        Assert.Equal(WaterClassColours.Default.Of(upstream.Class!.Value), upstream.Colour);
        var figure = Figures.SectionMap(latest, "示例省", "示例数据");
        using var json = JsonDocument.Parse(figure.ToJson());
        Assert.All(json.RootElement.GetProperty("data").EnumerateArray(), t => Assert.Equal("scatter", t.GetProperty("type").GetString()));
        var y = json.RootElement.GetProperty("layout").GetProperty("yaxis");
        Assert.Equal("x", y.GetProperty("scaleanchor").GetString());
        var lat = points.Average(p => p.Latitude);
        Assert.Equal(1 / Math.Cos(lat * Math.PI / 180), y.GetProperty("scaleratio").GetDouble(), 9);
        Assert.DoesNotContain("mapbox", figure.ToJson());
    }

    [Fact(DisplayName = "Section map labels on the sample: each label's centre is nearer its own dot than any other, every other dot 25 px from its text, no two labels overlap")]
    public void LabelsBesideTheirOwnDots()
    {
        var figure = Figures.SectionMap(ChartFixtures.Water[^1], "示例省", "示例数据");
        var labels = MapLabels(figure);
        Assert.Equal(14, labels.Count);
        var dots = labels.Select(l => l.Dot).ToArray();
        var boxes = labels.Select(l => SectionLabelPlacement.Box(l.Dot, l.Label)).ToArray();
        double Centre((double X, double Y) dot, (double X0, double Y0, double X1, double Y1) b) =>
            Math.Sqrt(Math.Pow(dot.X - (b.X0 + b.X1) / 2, 2) + Math.Pow(dot.Y - (b.Y0 + b.Y1) / 2, 2));
        for (var i = 0; i < labels.Count; i++)
        {
            var own = SectionLabelPlacement.Distance(dots[i], boxes[i]);
            output.WriteLine($"{labels[i].Name}: ({labels[i].Label.Dx:F0}, {labels[i].Label.Dy:F0}) 本点 {own:F0} px");
            for (var j = 0; j < labels.Count; j++)
            {
                if (j == i) continue;
                Assert.True(Centre(dots[i], boxes[i]) < Centre(dots[j], boxes[i]), $"“{labels[i].Name}”的中心离“{labels[j].Name}”的点更近");
                Assert.True(SectionLabelPlacement.Distance(dots[j], boxes[i]) >= SectionLabelPlacement.Clearance,
                    $"“{labels[i].Name}”离“{labels[j].Name}”的点 {SectionLabelPlacement.Distance(dots[j], boxes[i]):F0} px，离本点 {own:F0} px");
                var (a, b) = (boxes[i], boxes[j]);
                Assert.False(a.X0 < b.X1 && b.X0 < a.X1 && a.Y0 < b.Y1 && b.Y0 < a.Y1, $"“{labels[i].Name}”与“{labels[j].Name}”重叠");
            }
        }
        // 东河上游 (113.62°E 34.81°N) and 东河出境 (113.95°E 34.70°N), 50 px apart: each label on the far side from the other dot.
        var up = labels.Single(l => l.Name == "东河上游").Label;
        var down = labels.Single(l => l.Name == "东河出境").Label;
        Assert.True(up.Dx <= 0 && down.Dx >= 0, $"东河上游 ({up.Dx:F0}, {up.Dy:F0})，东河出境 ({down.Dx:F0}, {down.Dy:F0})");
    }

    [Fact(DisplayName = "Label placement: a lone section's label goes above it; two sections at one spot get different places")]
    public void LabelsDoNotShareAPlace()
    {
        SectionPoint P(string n, double x, double y) => new(n, x, y, WaterClass.II, null, "#000000");
        var labels = SectionLabelPlacement.Place([P("甲断面", 113.5, 34.5), P("乙断面", 113.5, 34.5), P("丙断面", 114.5, 35.5)], 500, 600);
        Assert.NotEqual(labels[0], labels[1]);
        // Above: centred over the dot, its lower edge 10 px over the dot's centre (9 px marker radius and 1 px).
        Assert.Equal(new SectionLabel(0, -(SectionLabelPlacement.Height / 2 + SectionLabelPlacement.Gap), 6 * SectionLabelPlacement.CharPx), labels[2]);
        Assert.False(labels[2].NeedsLeader);
    }

    /// <summary>The map's labels from the figure's JSON: each annotation on the data axes, with its dot in plot pixels.</summary>
    private static List<(string Name, (double X, double Y) Dot, SectionLabel Label)> MapLabels(Figure figure)
    {
        using var json = JsonDocument.Parse(figure.ToJson());
        var layout = json.RootElement.GetProperty("layout");
        double Span(string axis) => layout.GetProperty(axis).GetProperty("range")[1].GetDouble() - layout.GetProperty(axis).GetProperty("range")[0].GetDouble();
        var (pxPerLon, pxPerLat) = SectionLabelPlacement.Scale(Span("xaxis"), Span("yaxis"), layout.GetProperty("yaxis").GetProperty("scaleratio").GetDouble());
        return layout.GetProperty("annotations").EnumerateArray().Where(a => a.TryGetProperty("xref", out var x) && x.GetString() == "x")
            .Select(a => (Name: a.GetProperty("text").GetString()!,
                Dot: (a.GetProperty("x").GetDouble() * pxPerLon, -a.GetProperty("y").GetDouble() * pxPerLat),
                Label: new SectionLabel(a.GetProperty("ax").GetDouble(), a.GetProperty("ay").GetDouble(), SectionLabelPlacement.WidthOf(a.GetProperty("text").GetString()!))))
            .ToList();
    }
}
