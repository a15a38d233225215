namespace Workbench.Notebooks.Execution;

/// <summary>How a <see cref="NotebookSession"/> runs cells.</summary>
public sealed record NotebookSessionOptions
{
    /// <summary>Folder that relative paths in cells (<c>#r</c>, data files) start from: the notebook's own folder.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>Also render figures as PNG through a local browser (when one is found); HTML is always produced.</summary>
    public bool RenderPng { get; init; } = true;

    /// <summary>The browser for PNG rendering; null looks for one (see Workbench.Export.BrowserLocator).</summary>
    public string? BrowserPath { get; init; }

    /// <summary>Rows shown of a table before it is cut (the total is always stated).</summary>
    public int MaxTableRows { get; init; } = 200;
}
