namespace Workbench.Export;

/// <summary>Output formats of a figure.</summary>
public enum FigureFormat
{
    /// <summary>Self-contained HTML (no browser needed).</summary>
    Html,
    /// <summary>PNG at 1920×1080 (the 1280×720 layout at scale 1.5).</summary>
    Png,
    /// <summary>PNG at 2560×1440 (16:9, scale 2), file name "name@2x.png".</summary>
    Png2x,
    /// <summary>SVG at the layout size (vector; text needs the CJK font where it is opened).</summary>
    Svg,
}

/// <summary>Parsing and file naming of <see cref="FigureFormat"/>.</summary>
public static class FigureFormats
{
    /// <summary>Parses "html,png,svg": png means both PNG sizes (1920×1080 and the 2× 16:9 size).</summary>
    /// <exception cref="ArgumentException">An unknown format.</exception>
    public static IReadOnlyList<FigureFormat> Parse(string text)
    {
        var result = new List<FigureFormat>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            FigureFormat[] formats = part.ToLowerInvariant() switch
            {
                "html" => [FigureFormat.Html],
                "png" => [FigureFormat.Png, FigureFormat.Png2x],
                "png1x" => [FigureFormat.Png],
                "png2x" => [FigureFormat.Png2x],
                "svg" => [FigureFormat.Svg],
                _ => throw new ArgumentException($"未知的图片格式“{part}”：可用 html、png、svg"),
            };
            foreach (var f in formats)
                if (!result.Contains(f)) result.Add(f);
        }
        return result.Count > 0 ? result : throw new ArgumentException("没有给出任何图片格式");
    }

    /// <summary>File name of a figure in a format.</summary>
    public static string FileName(string name, FigureFormat format) => format switch
    {
        FigureFormat.Html => name + ".html",
        FigureFormat.Png => name + ".png",
        FigureFormat.Png2x => name + "@2x.png",
        FigureFormat.Svg => name + ".svg",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>True for the formats that need a browser.</summary>
    public static bool NeedsBrowser(this FigureFormat format) => format != FigureFormat.Html;

    /// <summary>Scale applied to the house-style layout size.</summary>
    public static double Scale(this FigureFormat format) => format switch
    {
        FigureFormat.Png => 1.5,
        FigureFormat.Png2x => 2,
        _ => 1,
    };
}
