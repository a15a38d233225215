namespace Workbench.Notebooks.Rendering;

/// <summary>
/// One output in the forms a front end may choose from, keyed by MIME type as in Jupyter's display data:
/// <c>text/plain</c> always, <c>text/html</c> for tables and figures, <c>image/png</c> (base64) where a browser rendered one.
/// </summary>
/// <param name="Data">MIME type → content (text, or base64 for binary types).</param>
public sealed record MimeBundle(IReadOnlyDictionary<string, string> Data)
{
    /// <summary>A plain-text bundle.</summary>
    public static MimeBundle Text(string text) => new(new Dictionary<string, string> { ["text/plain"] = text });

    /// <summary>The plain-text form (every bundle has one).</summary>
    public string PlainText => Data.TryGetValue("text/plain", out var text) ? text : "";
}
