using System.Globalization;
using System.Xml;
using Microsoft.CodeAnalysis;

namespace Workbench.Notebooks.Execution;

/// <summary>
/// An assembly's XML documentation file for Roslyn (the scripting package has no public provider): read on the first
/// question, as member id → the member element's XML.
/// </summary>
internal sealed class XmlDocumentation(string path) : DocumentationProvider
{
    private readonly Lazy<Dictionary<string, string>> _members = new(() => Read(path));

    protected override string? GetDocumentationForSymbol(string documentationMemberID, CultureInfo preferredCulture, CancellationToken cancellationToken = default) =>
        _members.Value.GetValueOrDefault(documentationMemberID);

    public override bool Equals(object? obj) => obj is XmlDocumentation other && other.Path == Path;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path);

    private string Path { get; } = path;

    private static Dictionary<string, string> Read(string path)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.Name != "member") { reader.Read(); continue; }
                // ReadOuterXml moves past the element, possibly onto the next member: no Read in between.
                var name = reader.GetAttribute("name");
                var xml = reader.ReadOuterXml();
                if (name is not null) members[name] = xml;
            }
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            // A damaged documentation file only costs the summaries.
        }
        return members;
    }
}
