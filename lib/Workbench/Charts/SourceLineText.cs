using System.Text;
using Workbench.Text;

namespace Workbench.Charts;

/// <summary>Wraps the source and method line to the figure's width so it is never clipped.</summary>
internal static class SourceLineText
{
    /// <summary>Splits at "｜" separators into lines no wider than <paramref name="widthPx"/> at the source-line font size.</summary>
    public static IReadOnlyList<string> Wrap(string text, int widthPx)
    {
        // East Asian width 2 ≈ one em; 1 ≈ half an em at the source-line size.
        var maxUnits = widthPx * 2 / HouseStyle.SourceSize;
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var part in text.Split('｜'))
        {
            var candidate = current.Length == 0 ? part : current + "｜" + part;
            if (current.Length > 0 && EastAsianWidth.Of(candidate) > maxUnits)
            {
                lines.Add(current.ToString());
                current.Clear().Append(part);
            }
            else current.Clear().Append(candidate);
        }
        if (current.Length > 0) lines.Add(current.ToString());
        return lines;
    }
}
