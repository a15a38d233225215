using Workbench.Notebooks.Execution;

namespace Workbench.Kernel;

/// <summary>How a <see cref="KernelServer"/> runs.</summary>
public sealed record KernelServerOptions
{
    /// <summary>
    /// Options of the notebook session cells run in. By default the working directory is the process's current
    /// directory, which Jupyter sets to the notebook's folder.
    /// </summary>
    public NotebookSessionOptions Session { get; init; } = new();

    /// <summary>Where the kernel reports dropped messages and faults (Chinese); null = standard error.</summary>
    public TextWriter? Log { get; init; }
}
