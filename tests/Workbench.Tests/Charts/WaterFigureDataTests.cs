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

    [Fact(DisplayName = "Label placement: two sections at one spot get different sides")]
    public void LabelsDoNotShareASide()
    {
        SectionPoint P(string n, double x, double y) => new(n, x, y, WaterClass.II, null, "#000000");
        var sides = SectionLabelPlacement.Place([P("甲断面", 113.5, 34.5), P("乙断面", 113.5, 34.5), P("丙断面", 114.5, 35.5)], 500, 600);
        Assert.NotEqual(sides[0], sides[1]);
        Assert.Equal("top center", sides[2]);
    }
}
