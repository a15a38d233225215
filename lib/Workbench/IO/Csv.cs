namespace Workbench.IO;

/// <summary>Small CSV helpers shared by writers.</summary>
public static class Csv
{
    /// <summary>Quotes a field when it holds a comma, quote or line break (RFC 4180).</summary>
    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
