namespace Workbench.Notebooks.Rendering;

/// <summary>Markup a cell wants shown as HTML, not as text: <c>display(new Html("&lt;b&gt;…&lt;/b&gt;"))</c>.</summary>
/// <param name="Markup">The HTML fragment.</param>
public sealed record Html(string Markup);
