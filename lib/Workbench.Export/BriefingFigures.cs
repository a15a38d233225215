using Workbench.Briefings;
using Workbench.Charts;

namespace Workbench.Export;

/// <summary>
/// The pictures of a briefing: the press figures of the briefing's city and period rendered to PNG (the press calendar
/// among them), and the bare AQI calendar drawn without a browser for a press release that has no other picture. One
/// place, used by <c>workbench brief</c>, <c>workbench press</c> and the briefing notebook. The workbook itself always
/// carries the calendar in cells (its 空气质量日历 sheet).
/// </summary>
public static class BriefingFigures
{
    /// <summary>Names of the press figures a press release shows (the catalogue's own names, without the reading-order prefix).</summary>
    public static IReadOnlyList<string> PressFigureNames { get; } = ["monthly-trend-pm25", "base-year-comparison", "days-per-level", "composite-ranking"];

    /// <summary>Name of the press calendar in the catalogue; the workbook embeds it with <see cref="PressFigureNames"/>.</summary>
    public const string CalendarName = "aqi-calendar";

    /// <summary>True for the calendar (the press calendar or the bare one), which the workbook shows but the release does not.</summary>
    public static bool IsCalendar(BriefingFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Name?.EndsWith(CalendarName, StringComparison.Ordinal) == true;
    }

    /// <summary>
    /// The bare AQI calendar of the briefing's period (a colour grid, each row a month, grey = no valid data): the
    /// press release's only picture when no browser renders the press figures.
    /// </summary>
    public static BriefingFigure Calendar(Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        return AqiCalendarFigure.Render($"{briefing.City}{briefing.Period.Label}逐日空气质量级别（每行一个月，灰色为无有效数据）",
            briefing.Period.Start, briefing.DailyAqi) with { Name = "aqi-calendar" };
    }

    /// <summary>
    /// The briefing's press figures (the press calendar and <see cref="PressFigureNames"/> from the catalogue built on
    /// <paramref name="inputs"/>, in the catalogue's order), rendered to PNG with one browser and sized 900 px wide in the sheet, keeping the aspect ratio of the export; with
    /// <paramref name="svg"/> each also as SVG (the press folder keeps both).
    /// </summary>
    public static async Task<IReadOnlyList<BriefingFigure>> PressAsync(PressFigureInputs inputs, string browserPath, bool svg = false)
    {
        var chosen = PressFigureSet.Build(inputs)
            .Where(f => PressFigureNames.Append(CalendarName).Any(n => f.Name.EndsWith(n, StringComparison.Ordinal))).ToArray();
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
