using Plotly.NET;

namespace Workbench.Charts;

/// <summary>A horizontal reference line drawn on a figure (a limit or a target), with its label.</summary>
/// <param name="Value">Position on the value axis, in the axis unit.</param>
/// <param name="Label">Chinese label printed at the line's right end.</param>
/// <param name="Colour">Line and label colour.</param>
/// <param name="Axis">The y axis it belongs to ("y", "y2", …).</param>
public sealed record ReferenceLine(double Value, string Label, string Colour, string Axis = "y");

/// <summary>
/// One press figure: a Plotly.NET chart already in the house style, the file stem it is saved under, its title and
/// the source and method line printed under it.
/// </summary>
public sealed class Figure
{
    internal Figure(string name, string title, string sourceLine, GenericChart chart, IReadOnlyList<ReferenceLine> referenceLines)
    {
        Name = name; Title = title; SourceLine = sourceLine; Chart = chart; ReferenceLines = referenceLines;
    }

    /// <summary>File stem (ASCII, no extension), e.g. "01-monthly-trend-pm25".</summary>
    public string Name { get; }

    /// <summary>Chinese title shown on the figure.</summary>
    public string Title { get; }

    /// <summary>Source and method line under the figure (data source, standard version, validity, dust exclusion).</summary>
    public string SourceLine { get; }

    /// <summary>The underlying Plotly.NET chart (for analysts who want to restyle it in a notebook).</summary>
    public GenericChart Chart { get; }

    /// <summary>Reference lines drawn (limits, targets).</summary>
    public IReadOnlyList<ReferenceLine> ReferenceLines { get; }

    /// <summary>The plotly.js figure as JSON: <c>{"data": [...], "layout": {...}}</c>.</summary>
    public string ToJson() => GenericChart.toFigureJson(Chart);

    /// <summary>A self-contained HTML page (plotly.js inlined once, no mode bar, no network request).</summary>
    public string ToHtml() => FigureHtml.Page(this);
}
