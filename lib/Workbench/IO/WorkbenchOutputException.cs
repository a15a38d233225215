namespace Workbench.IO;

/// <summary>An output that cannot be written (or must not be: it is an input). The message names the path.</summary>
public sealed class WorkbenchOutputException : WorkbenchUserException
{
    /// <summary>Creates the error: “无法写入“path”：reason”.</summary>
    public WorkbenchOutputException(string path, string reason, Exception? inner = null)
        : base($"无法写入“{path}”：{reason}", inner)
    {
        Path = path; Reason = reason;
    }

    /// <summary>The output path (as given by the caller).</summary>
    public string Path { get; }

    /// <summary>What went wrong, in Chinese.</summary>
    public string Reason { get; }
}
