using Workbench.Text;

namespace Workbench.Charts;

/// <summary>
/// Greedy label placement for points on a plain x/y plot: each label takes the side (above, below, right, left) that
/// overlaps least with the markers and the labels already placed, so close sections do not overprint.
/// </summary>
internal static class SectionLabelPlacement
{
    private static readonly string[] Sides = ["top center", "bottom center", "middle right", "middle left", "top right", "bottom left", "top left", "bottom right"];

    /// <summary>plotly textposition of each point's label.</summary>
    public static string[] Place(IReadOnlyList<SectionPoint> points, double pxPerLon, double pxPerLat)
    {
        const double marker = 10, height = 18, charPx = 7.2; // half-width glyph at 14 px ≈ 7 px
        var centres = points.Select(p => (X: p.Longitude * pxPerLon, Y: -p.Latitude * pxPerLat)).ToArray();
        var placed = new List<(double X0, double Y0, double X1, double Y1)>();
        foreach (var (x, y) in centres) placed.Add((x - marker, y - marker, x + marker, y + marker));
        var result = new string[points.Count];
        // Most crowded points first: they have the fewest good sides.
        var order = Enumerable.Range(0, points.Count)
            .OrderByDescending(i => centres.Count(c => Math.Abs(c.X - centres[i].X) < 120 && Math.Abs(c.Y - centres[i].Y) < 40)).ToArray();
        foreach (var i in order)
        {
            var w = EastAsianWidth.Of(points[i].Name) * charPx;
            var (cx, cy) = centres[i];
            (double, double, double, double) Box(string side) => side switch
            {
                "top center" => (cx - w / 2, cy - marker - height, cx + w / 2, cy - marker),
                "bottom center" => (cx - w / 2, cy + marker, cx + w / 2, cy + marker + height),
                "middle right" => (cx + marker, cy - height / 2, cx + marker + w, cy + height / 2),
                "middle left" => (cx - marker - w, cy - height / 2, cx - marker, cy + height / 2),
                "top right" => (cx + marker / 2, cy - marker - height, cx + marker / 2 + w, cy - marker),
                "top left" => (cx - marker / 2 - w, cy - marker - height, cx - marker / 2, cy - marker),
                "bottom right" => (cx + marker / 2, cy + marker, cx + marker / 2 + w, cy + marker + height),
                _ => (cx - marker / 2 - w, cy + marker, cx - marker / 2, cy + marker + height),
            };
            double Overlap((double X0, double Y0, double X1, double Y1) a) => placed.Sum(b =>
                Math.Max(0, Math.Min(a.X1, b.X1) - Math.Max(a.X0, b.X0)) * Math.Max(0, Math.Min(a.Y1, b.Y1) - Math.Max(a.Y0, b.Y0)));
            var best = Sides.Select((s, k) => (Side: s, Cost: Overlap(Box(s)) + k * 0.5)).MinBy(t => t.Cost).Side;
            result[i] = best;
            placed.Add(Box(best));
        }
        return result;
    }
}
