namespace Workbench.IO;

/// <summary>
/// A file that cannot be read at all. The message is Chinese and names the file, line and column.
/// </summary>
public sealed class WorkbenchDataException : WorkbenchUserException
{
    /// <summary>Creates the error.</summary>
    public WorkbenchDataException(string file, long? line, string? column, string reason, Exception? inner = null)
        : base(Format(file, line, column, reason), inner)
    {
        File = file; Line = line; Column = column; Reason = reason;
    }

    /// <summary>The file (as given by the caller).</summary>
    public string File { get; }
    /// <summary>1-based line, when known.</summary>
    public long? Line { get; }
    /// <summary>Column header or number, when known.</summary>
    public string? Column { get; }
    /// <summary>The reason, in Chinese.</summary>
    public string Reason { get; }

    private static string Format(string file, long? line, string? column, string reason)
    {
        var where = file;
        if (line is not null) where += $" 第 {line} 行";
        if (!string.IsNullOrEmpty(column)) where += $"，列 {column}";
        return $"无法读取 {where}：{reason}";
    }
}
