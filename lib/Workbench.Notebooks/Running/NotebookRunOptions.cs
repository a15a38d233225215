namespace Workbench.Notebooks.Running;

/// <summary>How <see cref="NotebookRunner"/> runs a notebook.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>Parameter values by name (text as typed; converted to each parameter's declared type).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Where to write the executed notebook; null writes it back into the notebook itself.</summary>
    public string? OutputPath { get; init; }

    /// <summary>Also write a standalone HTML report here (markdown, code and outputs; works offline).</summary>
    public string? HtmlReportPath { get; init; }

    /// <summary>Render figures as PNG too, when a browser is installed.</summary>
    public bool RenderPng { get; init; } = true;

    /// <summary>The browser for PNG figures; null looks for one.</summary>
    public string? BrowserPath { get; init; }

    /// <summary>Progress lines (one per cell), e.g. the console's error stream; null for silence.</summary>
    public TextWriter? Log { get; init; }
}
