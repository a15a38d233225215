using Workbench.Briefings;
using Workbench.Charts;

namespace Workbench.Export;

/// <summary>
/// The pictures a briefing workbook embeds: the AQI calendar (drawn without a browser) and the press figures of the
/// briefing's city and year rendered to PNG. One place, used by <c>workbench brief</c> and by the briefing notebook.
/// </summary>
public static class BriefingFigures
{
    /// <summary>Names of the press figures a briefing embeds (the catalogue's own names, without the reading-order prefix).</summary>
    public static IReadOnlyList<string> PressFigureNames { get; } = ["monthly-trend-pm25", "base-year-comparison", "days-per-level", "composite-ranking"];

    /// <summary>The AQI calendar of the briefing's period (each row a month, grey = no valid data).</summary>
    public static BriefingFigure Calendar(Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        return AqiCalendarFigure.Render($"{briefing.City}{briefing.Period.Label}逐日空气质量级别（每行一个月，灰色为无有效数据）",
            briefing.Period.Start, briefing.DailyAqi) with { Name = "aqi-calendar" };
    }

    /// <summary>
    /// The briefing's press figures (<see cref="PressFigureNames"/> from the catalogue built on <paramref name="inputs"/>),
    /// rendered to PNG with one browser and sized 900 px wide in the sheet, keeping the aspect ratio of the export; with
    /// <paramref name="svg"/> each also as SVG (the press folder keeps both).
    /// </summary>
    public static async Task<IReadOnlyList<BriefingFigure>> PressAsync(PressFigureInputs inputs, string browserPath, bool svg = false)
    {
        var chosen = PressFigureSet.Build(inputs)
            .Where(f => PressFigureNames.Any(n => f.Name.EndsWith(n, StringComparison.Ordinal))).ToArray();
        await using var exporter = await FigureExporter.StartAsync(browserPath).ConfigureAwait(false);
        var list = new List<BriefingFigure>();
        foreach (var f in chosen)
        {
            Interruption.ThrowIfRequested();
            var png = await exporter.PngAsync(f).ConfigureAwait(false);
            var size = Png.Size(png) ?? throw new InvalidOperationException($"图表 {f.Name} 的 PNG 无法识别");
            list.Add(new BriefingFigure(f.Title, png, 900, (int)(900.0 * size.Height / size.Width))
            {
                Name = f.Name,
                Svg = svg ? await exporter.SvgAsync(f).ConfigureAwait(false) : null,
            });
        }
        return list;
    }
}
