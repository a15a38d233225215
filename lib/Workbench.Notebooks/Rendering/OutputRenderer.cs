using System.Collections;
using System.Globalization;
using Microsoft.Data.Analysis;
using Workbench.Charts;
using Workbench.Export;
using Workbench.Frames;

namespace Workbench.Notebooks.Rendering;

/// <summary>
/// Turns a cell's value into a notebook output, the same way for the runner and the kernel: text for scalars and
/// records; an HTML table (plus aligned text) for DataFrames and lists of records; for figures, interactive HTML and
/// a PNG drawn by a local browser (started once per session, when one is installed).
/// </summary>
public sealed class OutputRenderer : IAsyncDisposable
{
    private readonly bool _renderPng;
    private readonly string? _browserPath;
    private readonly int _maxTableRows;
    private FigureExporter? _exporter;
    private bool _browserMissing;

    /// <param name="renderPng">Also draw figures as PNG through a local browser, when one is found.</param>
    /// <param name="browserPath">That browser; null looks for one.</param>
    /// <param name="maxTableRows">Rows shown of a table before it is cut.</param>
    internal OutputRenderer(bool renderPng, string? browserPath, int maxTableRows) =>
        (_renderPng, _browserPath, _maxTableRows) = (renderPng, browserPath, maxTableRows);

    /// <summary>Why figures have no PNG, once known (no browser installed, or it failed to start); null otherwise.</summary>
    public string? PngUnavailableReason { get; private set; }

    /// <summary>The output for <paramref name="value"/>, or null when there is nothing to show.</summary>
    public MimeBundle? Render(object? value) => value switch
    {
        null => null,
        MimeBundle bundle => bundle,
        Html html => Bundle(html.Markup, "HTML"),
        Figure figure => RenderFigure(figure),
        // Library frames already hold values at reported precision (decimal columns); a cell's own frame is shown as is.
        DataFrame frame => Bundle(HtmlTable.Of(frame, _maxTableRows), FrameText.ToText(frame, maxRows: _maxTableRows)),
        string text => MimeBundle.Text(text),
        IFormattable formattable => MimeBundle.Text(formattable.ToString(null, CultureInfo.InvariantCulture)),
        IDictionary dictionary => MimeBundle.Text(string.Join("\n", dictionary.Cast<DictionaryEntry>().Select(e => $"{e.Key}: {e.Value}"))),
        IEnumerable items when HtmlTable.OfItems(items, _maxTableRows) is { } table => Bundle(table, PlainList(items)),
        IEnumerable items => MimeBundle.Text(PlainList(items)),
        _ => MimeBundle.Text(value.ToString() ?? ""),
    };

    /// <summary>
    /// The outputs for a displayed value: one per figure for a list of figures (so each keeps its own PNG, which a
    /// front end without scripts shows), otherwise the one output of <see cref="Render"/>.
    /// </summary>
    public IReadOnlyList<MimeBundle> RenderEach(object? value) => value switch
    {
        IEnumerable<Figure> figures => figures.Select(RenderFigure).ToList(),
        _ => Render(value) is { } bundle ? [bundle] : [],
    };

    private MimeBundle RenderFigure(Figure figure)
    {
        var png = Png(figure);
        var data = new Dictionary<string, string>
        {
            ["text/plain"] = $"[图] {figure.Title}",
            ["text/html"] = FigureOutput.Fragment(figure, png),
        };
        if (png is not null) data["image/png"] = png;
        return new MimeBundle(data);
    }

    private string? Png(Figure figure)
    {
        if (!_renderPng || _browserMissing) return null;
        try
        {
            _exporter ??= StartExporter();
            if (_exporter is null) return null;
            return Convert.ToBase64String(_exporter.PngAsync(figure).GetAwaiter().GetResult());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A browser that cannot draw should not fail the analysis: the HTML figure is still there.
            _browserMissing = true;
            PngUnavailableReason = "浏览器渲染 PNG 失败：" + e.Message;
            return null;
        }
    }

    private FigureExporter? StartExporter()
    {
        var path = BrowserLocator.Find(_browserPath);
        if (path is null)
        {
            _browserMissing = true;
            PngUnavailableReason = BrowserLocator.NotFoundMessage;
            return null;
        }
        return FigureExporter.StartAsync(path).GetAwaiter().GetResult();
    }

    private static MimeBundle Bundle(string html, string text) =>
        new(new Dictionary<string, string> { ["text/plain"] = text, ["text/html"] = html });

    private static string PlainList(IEnumerable items) =>
        string.Join("\n", items.Cast<object?>().Take(200).Select(i => i switch
        {
            null => "",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => i.ToString() ?? "",
        }));

    /// <summary>Closes the browser, if one was started.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_exporter is not null) await _exporter.DisposeAsync().ConfigureAwait(false);
        _exporter = null;
    }
}
