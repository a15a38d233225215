using System.Text.Json;

namespace Workbench.IO;

/// <summary>The workbench's error for JSON that does not parse: the parser's line and byte where it gives them, a Chinese
/// reason, never the parser's English text.</summary>
public static class JsonErrors
{
    /// <summary>The error for <paramref name="e"/> in <paramref name="file"/>.</summary>
    public static WorkbenchDataException Syntax(string file, JsonException e, string reason) =>
        new(file, e.LineNumber + 1, e.BytePositionInLine is { } b ? $"第 {b + 1} 字节" : null, reason, e);
}
