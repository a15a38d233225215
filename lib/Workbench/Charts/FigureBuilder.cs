using Plotly.NET;

namespace Workbench.Charts;

/// <summary>
/// The thin façade over Plotly.NET: traces and layout are plotly.js attribute maps set on Plotly.NET's own objects,
/// so no F# option or curried function reaches the catalogue code. Applies the house style on <see cref="Build"/>.
/// </summary>
internal sealed class FigureBuilder
{
    private readonly List<Trace> _traces = [];
    private readonly List<(string Type, Dictionary<string, object?> Attributes)> _traceAttributes = [];
    private readonly Dictionary<string, object?> _layout = [];
    private readonly List<object> _annotations = [];
    private readonly List<object> _shapes = [];
    private readonly List<ReferenceLine> _lines = [];

    /// <summary>Bottom margin, px: room for tick labels, an axis title and the source line.</summary>
    public int BottomMargin { get; set; } = 130;

    /// <summary>Top margin, px: title and a horizontal legend.</summary>
    public int TopMargin { get; set; } = 120;

    /// <summary>Left margin, px.</summary>
    public int LeftMargin { get; set; } = 100;

    /// <summary>Right margin, px (room for reference-line labels).</summary>
    public int RightMargin { get; set; } = 60;

    /// <summary>Adds a trace of plotly.js type <paramref name="type"/> with attributes.</summary>
    public FigureBuilder Trace(string type, Dictionary<string, object?> attributes)
    {
        var trace = new Trace2D(type);
        foreach (var (k, v) in attributes)
            if (v is not null) trace.SetProperty(k, v);
        _traces.Add(trace);
        _traceAttributes.Add((type, attributes));
        return this;
    }

    /// <summary>Sets a layout attribute ("xaxis", "yaxis2", "barmode", …), merging house-style axis defaults for axes.</summary>
    public FigureBuilder Layout(string key, object value)
    {
        _layout[key] = key.StartsWith("xaxis", StringComparison.Ordinal) || key.StartsWith("yaxis", StringComparison.Ordinal)
            ? WithAxisDefaults(key, (Dictionary<string, object?>)value)
            : value;
        return this;
    }

    /// <summary>Adds a plotly.js annotation.</summary>
    public FigureBuilder Annotation(Dictionary<string, object?> annotation)
    {
        _annotations.Add(annotation);
        return this;
    }

    /// <summary>Adds a plotly.js shape.</summary>
    public FigureBuilder Shape(Dictionary<string, object?> shape)
    {
        _shapes.Add(shape);
        return this;
    }

    /// <summary>
    /// Draws a dashed horizontal reference line across the plot; its label sits in the right margin, outside the data,
    /// above the line for the highest line and below it for the others, so two close lines never overprint.
    /// </summary>
    public FigureBuilder Reference(ReferenceLine line, string xDomain = "x domain")
    {
        _lines.Add(line);
        _referenceDomains.Add(xDomain);
        return this;
    }

    private readonly List<string> _referenceDomains = [];

    private void AddReferenceShapes(List<object> annotations)
    {
        var highest = _lines.Count == 0 ? 0 : _lines.Max(l => l.Value);
        for (var i = 0; i < _lines.Count; i++)
        {
            var line = _lines[i];
            var xDomain = _referenceDomains[i];
            _shapes.Add(new Dictionary<string, object?>
            {
                ["type"] = "line", ["xref"] = xDomain, ["x0"] = 0, ["x1"] = 1, ["yref"] = line.Axis, ["y0"] = line.Value, ["y1"] = line.Value,
                ["line"] = new Dictionary<string, object?> { ["color"] = line.Colour, ["width"] = 2.5, ["dash"] = "dash" },
                ["layer"] = "above",
            });
            annotations.Add(new Dictionary<string, object?>
            {
                ["text"] = line.Label, ["xref"] = xDomain, ["x"] = 1, ["xanchor"] = "left", ["xshift"] = 8, ["align"] = "left",
                ["yref"] = line.Axis, ["y"] = line.Value, ["yanchor"] = line.Value >= highest ? "bottom" : "top", ["showarrow"] = false,
                ["font"] = new Dictionary<string, object?> { ["color"] = line.Colour, ["size"] = HouseStyle.FontSize - 1 },
            });
        }
    }

    /// <summary>Builds the figure: title, fonts, margins, legend, the source line under the plot, no mode bar.</summary>
    public Figure Build(string name, string title, string sourceLine, bool showLegend = true)
    {
        var sourceLines = SourceLineText.Wrap(sourceLine, HouseStyle.Width - LeftMargin / 2 - 20);
        if (sourceLines.Count > 1) BottomMargin += 20 * (sourceLines.Count - 1);
        if (_lines.Count > 0) RightMargin = Math.Max(RightMargin, 190);
        var annotations = new List<object>(_annotations)
        {
            // The source line sits at the bottom of the bottom margin, whatever the plot's height.
            new Dictionary<string, object?>
            {
                ["text"] = string.Join("<br>", sourceLines), ["xref"] = "paper", ["x"] = 0, ["xshift"] = -(LeftMargin / 2), ["xanchor"] = "left", ["align"] = "left",
                ["yref"] = "paper", ["y"] = 0, ["yanchor"] = "bottom", ["yshift"] = -(BottomMargin - 12), ["showarrow"] = false,
                ["font"] = new Dictionary<string, object?> { ["size"] = HouseStyle.SourceSize, ["color"] = "#555555" },
            },
        };
        var layout = new Layout();
        layout.SetProperty("width", HouseStyle.Width);
        layout.SetProperty("height", HouseStyle.Height);
        layout.SetProperty("paper_bgcolor", "#FFFFFF");
        layout.SetProperty("plot_bgcolor", "#FFFFFF");
        layout.SetProperty("font", new Dictionary<string, object?> { ["family"] = HouseStyle.FontFamily, ["size"] = HouseStyle.FontSize, ["color"] = HouseStyle.TextColour });
        layout.SetProperty("title", new Dictionary<string, object?>
        {
            ["text"] = title, ["x"] = 0.5, ["xanchor"] = "center", ["y"] = 0.97, ["yanchor"] = "top",
            ["font"] = new Dictionary<string, object?> { ["size"] = HouseStyle.TitleSize },
        });
        layout.SetProperty("margin", new Dictionary<string, object?> { ["l"] = LeftMargin, ["r"] = RightMargin, ["t"] = TopMargin, ["b"] = BottomMargin });
        layout.SetProperty("showlegend", showLegend);
        layout.SetProperty("legend", new Dictionary<string, object?>
        {
            ["orientation"] = "h", ["x"] = 0.5, ["xanchor"] = "center", ["y"] = 1.0, ["yanchor"] = "bottom", ["yref"] = "paper",
            ["font"] = new Dictionary<string, object?> { ["size"] = HouseStyle.FontSize },
        });
        layout.SetProperty("hoverlabel", new Dictionary<string, object?> { ["font"] = new Dictionary<string, object?> { ["family"] = HouseStyle.FontFamily } });
        foreach (var (k, v) in _layout) layout.SetProperty(k, v);
        AddHoverTemplates();
        AddReferenceShapes(annotations);
        layout.SetProperty("annotations", annotations);
        if (_shapes.Count > 0) layout.SetProperty("shapes", _shapes);

        var config = new Config();
        config.SetProperty("displayModeBar", false);
        config.SetProperty("responsive", false);

        var chart = GenericChart.ofTraceObjects(false, _traces);
        chart = GenericChart.setLayout(layout, chart);
        chart = GenericChart.setConfig(config, chart);
        return new Figure(name, title, sourceLine, chart, _lines.ToArray());
    }

    // Traces that set no hover text of their own get HoverText's Chinese template with the axis unit.
    private void AddHoverTemplates()
    {
        for (var i = 0; i < _traces.Count; i++)
        {
            var (type, a) = _traceAttributes[i];
            if (a.GetValueOrDefault("hovertemplate") is not null || a.GetValueOrDefault("hovertext") is not null
                || a.GetValueOrDefault("hoverinfo") is not null) continue;
            var xAxis = AxisKey("xaxis", a.GetValueOrDefault("xaxis") as string);
            var yAxis = AxisKey("yaxis", a.GetValueOrDefault("yaxis") as string);
            var template = HoverText.Template(type, a.GetValueOrDefault("name") as string, a.GetValueOrDefault("orientation") as string == "h",
                a.GetValueOrDefault("text") is not null && (a.GetValueOrDefault("mode") as string ?? "").Contains("text", StringComparison.Ordinal),
                AxisTitle(xAxis), AxisTitle(yAxis), AxisAttribute(xAxis, "type") as string == "date");
            if (template is not null) _traces[i].SetProperty("hovertemplate", template);
        }
    }

    // "x2" → "xaxis2"; none → "xaxis".
    private static string AxisKey(string prefix, string? reference) => prefix + (reference is { Length: > 1 } r ? r[1..] : "");

    private object? AxisAttribute(string key, string attribute) =>
        _layout.GetValueOrDefault(key) is Dictionary<string, object?> axis ? axis.GetValueOrDefault(attribute) : null;

    private string? AxisTitle(string key) => AxisAttribute(key, "title") switch
    {
        string s => s,
        Dictionary<string, object?> d => d.GetValueOrDefault("text") as string,
        _ => null,
    };

    /// <summary>House-style axis: horizontal grid, no zero line clutter, automargin so tick labels are never clipped.</summary>
    private static Dictionary<string, object?> WithAxisDefaults(string key, Dictionary<string, object?> axis)
    {
        var merged = new Dictionary<string, object?>
        {
            // Horizontal grid lines only: vertical ones cut through bars and category labels.
            ["automargin"] = true, ["showgrid"] = key.StartsWith("yaxis", StringComparison.Ordinal), ["gridcolor"] = HouseStyle.GridColour, ["zeroline"] = false,
            ["linecolor"] = "#888888", ["showline"] = true, ["ticks"] = "outside", ["tickcolor"] = "#888888",
            ["title"] = null,
        };
        foreach (var (k, v) in axis) merged[k] = v;
        if (merged["title"] is string t)
            merged["title"] = new Dictionary<string, object?> { ["text"] = t, ["standoff"] = 12 };
        // Date axes tick in Chinese (plotly's default ticks are English month names).
        if (merged.TryGetValue("type", out var type) && type as string == "date" && !merged.ContainsKey("tickformat"))
            merged["tickformat"] = HouseStyle.DateTickFormat;
        foreach (var k in merged.Where(kv => kv.Value is null).Select(kv => kv.Key).ToArray()) merged.Remove(k);
        return merged;
    }

    /// <summary>Shorthand for an attribute map.</summary>
    public static Dictionary<string, object?> Map(params (string Key, object? Value)[] items)
    {
        var d = new Dictionary<string, object?>();
        foreach (var (k, v) in items) d[k] = v;
        return d;
    }
}
