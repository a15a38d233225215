using System.Text.RegularExpressions;

namespace Workbench.Charts;

/// <summary>
/// Hover text of figure traces in Chinese with units, instead of plotly's default "(2022年, 44) 44" or a pie's
/// label, value, percent and text all at once. The unit is the one the axis title already carries in full-width
/// brackets ("PM2.5浓度（微克/立方米）" → 微克/立方米), so hover and axis can never disagree.
/// </summary>
public static partial class HoverText
{
    /// <summary>
    /// The plotly hovertemplate for a trace of <paramref name="type"/>, or null for types left as plotly draws them.
    /// </summary>
    /// <param name="type">plotly trace type ("bar", "scatter", "pie").</param>
    /// <param name="name">The trace's legend name, or null.</param>
    /// <param name="horizontal">A bar with orientation "h" (categories on the y axis).</param>
    /// <param name="hasText">The trace shows per-point text (on the section map, the section names).</param>
    /// <param name="xTitle">Title of the trace's x axis, or null.</param>
    /// <param name="yTitle">Title of the trace's y axis, or null.</param>
    /// <param name="xIsDate">The x axis is a date axis.</param>
    public static string? Template(string type, string? name, bool horizontal, bool hasText, string? xTitle, string? yTitle, bool xIsDate = false)
    {
        if (type == "pie") return "%{label}：%{percent:.1%}<extra></extra>";
        if (type is not ("bar" or "scatter")) return null;
        var x = xIsDate ? "%{x|%Y年%-m月%-d日}" : "%{x}";
        var head = name is { Length: > 0 } ? name + "<br>" : "";
        // Both axes measured (the section map's longitude and latitude): the point's text is its name; name both axes.
        if (!xIsDate && Unit(xTitle) is { } xUnit && Unit(yTitle) is { } yUnit && !horizontal)
            return $"{(hasText ? "%{text}<br>" : head)}{Quantity(xTitle!)} %{{x}}{xUnit}，{Quantity(yTitle!)} %{{y}}{yUnit}<extra></extra>";
        var (category, value, unit) = horizontal ? ("%{y}", "%{x}", Unit(xTitle)) : (x, "%{y}", Unit(yTitle));
        return $"{head}{category}：{value}{Spaced(unit)}<extra></extra>";
    }

    /// <summary>The unit in a title's closing full-width brackets ("…（微克/立方米）" → "微克/立方米"), or null.</summary>
    public static string? Unit(string? title) =>
        title is not null && UnitPattern().Match(title) is { Success: true } m ? m.Groups[1].Value : null;

    private static string Quantity(string title) => UnitPattern().Replace(title, "");

    // Degrees and percent stick to the number; words stand apart ("44 微克/立方米", "12.5%").
    private static string Spaced(string? unit) => unit switch
    {
        null => "",
        "%" or "°N" or "°E" => unit,
        _ => " " + unit,
    };

    [GeneratedRegex("（([^（）]+)）$")]
    private static partial Regex UnitPattern();
}
