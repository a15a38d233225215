using Workbench.Text;

namespace Workbench.Charts;

/// <summary>Where a section's label goes: its text's centre offset from the dot, in plot pixels (y downwards).</summary>
/// <param name="Dx">Horizontal offset of the text's centre from the dot (px, right positive).</param>
/// <param name="Dy">Vertical offset of the text's centre from the dot (px, down positive).</param>
/// <param name="Width">The text's width (px).</param>
internal readonly record struct SectionLabel(double Dx, double Dy, double Width)
{
    /// <summary>True when the text stands apart from its dot and a leader line joins them.</summary>
    public bool NeedsLeader => Math.Abs(Dx) > Width / 2 + SectionLabelPlacement.Gap + 1 || Math.Abs(Dy) > SectionLabelPlacement.Height / 2 + SectionLabelPlacement.Gap + 1;
}

/// <summary>
/// Label placement for the section map (points on an equal-aspect x/y plot): each label is put where it is clearly its
/// own dot's, never next to another dot. Of twelve places around the dot (then the same places farther out, with a
/// leader line) it takes the first, in a fixed order, whose text overlaps no dot and no label placed before, whose
/// centre is nearer its own dot than any other, and which keeps every other dot <see cref="Clearance"/> away (2.5 times
/// the gap to its own): 东河上游 and 东河出境, 50 px apart, read as each other's when their labels sat above and below
/// them, in the gap between the two, 19 px from the other dot.
/// </summary>
internal static class SectionLabelPlacement
{
    /// <summary>Distance from a dot's centre to the edge of its adjacent label (the marker's radius, 9 px, and 1 px).</summary>
    public const double Gap = 10;

    /// <summary>Height of a label's line of 14 px text.</summary>
    public const double Height = 18;

    /// <summary>Width of a half-width character at 14 px (a CJK character is two).</summary>
    public const double CharPx = 7.2;

    /// <summary>Every other dot's centre is at least this far from a label's text (px): 2.5 times an adjacent label's gap.</summary>
    public const double Clearance = 25;

    /// <summary>Radius of a dot (marker size 18).</summary>
    private const double Radius = 9;

    // Directions in order of preference: above, below, right, left, the corners, then above and below half aside.
    private static readonly (double X, double Y)[] Directions =
        [(0, -1), (0, 1), (1, 0), (-1, 0), (1, -1), (-1, 1), (-1, -1), (1, 1), (0.5, -1), (-0.5, 1), (-0.5, -1), (0.5, 1)];

    // Extra distance of the farther rings (px), reached with a leader line.
    private static readonly double[] Rings = [0, 24, 48, 80];

    /// <summary>The width of a label's text in pixels.</summary>
    public static double WidthOf(string name) => EastAsianWidth.Of(name) * CharPx;

    /// <summary>
    /// The plot pixels per degree of longitude and latitude of the section map (plot box ≈ 1120 × 470 px) for axis spans
    /// of <paramref name="lonSpan"/> and <paramref name="latSpan"/> degrees, a degree of latitude <paramref name="aspect"/>
    /// times as long as one of longitude (the equal-aspect constraint shrinks one axis).
    /// </summary>
    public static (double PxPerLon, double PxPerLat) Scale(double lonSpan, double latSpan, double aspect)
    {
        var pxPerLon = Math.Min(1120 / lonSpan, 470 / (latSpan * aspect));
        return (pxPerLon, pxPerLon * aspect);
    }

    /// <summary>The box of a label (left, top, right, bottom) around the dot at <paramref name="dot"/>.</summary>
    public static (double X0, double Y0, double X1, double Y1) Box((double X, double Y) dot, SectionLabel label) =>
        (dot.X + label.Dx - label.Width / 2, dot.Y + label.Dy - Height / 2, dot.X + label.Dx + label.Width / 2, dot.Y + label.Dy + Height / 2);

    /// <summary>Distance from a point to a box (0 inside).</summary>
    public static double Distance((double X, double Y) p, (double X0, double Y0, double X1, double Y1) b)
    {
        var dx = Math.Max(Math.Max(b.X0 - p.X, 0), p.X - b.X1);
        var dy = Math.Max(Math.Max(b.Y0 - p.Y, 0), p.Y - b.Y1);
        return Math.Sqrt(dx * dx + dy * dy);
    }

    /// <summary>The dots' plot pixels (y downwards).</summary>
    public static (double X, double Y)[] Pixels(IReadOnlyList<SectionPoint> points, double pxPerLon, double pxPerLat) =>
        points.Select(p => (p.Longitude * pxPerLon, -p.Latitude * pxPerLat)).ToArray();

    /// <summary>Each point's label.</summary>
    public static SectionLabel[] Place(IReadOnlyList<SectionPoint> points, double pxPerLon, double pxPerLat)
    {
        ArgumentNullException.ThrowIfNull(points);
        var dots = Pixels(points, pxPerLon, pxPerLat);
        var placed = new List<(double X0, double Y0, double X1, double Y1)>();
        var result = new SectionLabel[points.Count];
        // Most crowded points first: they have the fewest good places.
        var order = Enumerable.Range(0, points.Count)
            .OrderByDescending(i => dots.Count(c => Math.Abs(c.X - dots[i].X) < 120 && Math.Abs(c.Y - dots[i].Y) < 40)).ToArray();
        foreach (var i in order)
        {
            var w = WidthOf(points[i].Name);
            var best = (Label: default(SectionLabel), Cost: double.MaxValue);
            for (var ring = 0; ring < Rings.Length; ring++)
            {
                for (var k = 0; k < Directions.Length; k++)
                {
                    var (x, y) = Directions[k];
                    var label = new SectionLabel(x * (w / 2 + Gap + Rings[ring]), y * (Height / 2 + Gap + Rings[ring]), w);
                    var box = Box(dots[i], label);
                    // Overlaps with dots and labels cost their area; a text within Clearance of another dot costs more …
                    var overlap = placed.Sum(b => Math.Max(0, Math.Min(box.X1, b.X1) - Math.Max(box.X0, b.X0)) * Math.Max(0, Math.Min(box.Y1, b.Y1) - Math.Max(box.Y0, b.Y0)))
                        + dots.Where((_, j) => j != i).Sum(d => Math.Max(0, Radius + 1 - Distance(d, box)) * 20);
                    var nearest = dots.Where((_, j) => j != i).Select(d => Distance(d, box)).DefaultIfEmpty(double.MaxValue).Min();
                    // … and so does a text whose centre is nearer another dot than its own (a wide label beside its dot).
                    var centre = (X: dots[i].X + label.Dx, Y: dots[i].Y + label.Dy);
                    double Far((double X, double Y) d) => Math.Sqrt((d.X - centre.X) * (d.X - centre.X) + (d.Y - centre.Y) * (d.Y - centre.Y));
                    var ambiguity = Math.Max(0, Clearance - nearest) * 100
                        + dots.Where((_, j) => j != i).Sum(d => Math.Max(0, Far(dots[i]) - Far(d) + 1) * 100);
                    var cost = overlap + ambiguity + ring * 50 + k;
                    if (cost < best.Cost) best = (label, cost);
                }
                if (best.Cost < (ring + 1) * 50) break;   // a clear place in this ring: nearer rings always win
            }
            result[i] = best.Label;
            placed.Add(Box(dots[i], best.Label));
        }
        return result;
    }
}
