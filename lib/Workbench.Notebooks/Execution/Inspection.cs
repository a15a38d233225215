using System.Text;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace Workbench.Notebooks.Execution;

/// <summary>What a front end shows for the name at the cursor (Jupyter's inspect_request, Shift-Tab).</summary>
/// <param name="Signatures">The symbol's declaration (one line per overload when the call is not resolved yet).</param>
/// <param name="Summary">The XML documentation summary as plain text, or "" when the symbol has none.</param>
public sealed record InspectionResult(IReadOnlyList<string> Signatures, string Summary)
{
    /// <summary>Signature lines, then a blank line and the summary: the text/plain a tooltip shows.</summary>
    public string Text => string.Join("\n", Signatures) + (Summary.Length > 0 ? "\n\n" + Summary : "");
}

/// <summary>
/// The symbol at a cursor, found as completion finds names: the code is compiled as the next submission after the
/// session's state and the semantic model is asked. Inside a call's parentheses the called method is meant, as
/// ipykernel's Shift-Tab inside <c>f(</c> shows <c>f</c>.
/// </summary>
internal static class Inspection
{
    private static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.MinimallyQualifiedFormat
        .WithMemberOptions(SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeParameters
                           | SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeModifiers
                           | SymbolDisplayMemberOptions.IncludeRef)
        .WithParameterOptions(SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName
                              | SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeParamsRefOut)
        .WithLocalOptions(SymbolDisplayLocalOptions.IncludeType)
        .WithKindOptions(SymbolDisplayKindOptions.IncludeTypeKeyword | SymbolDisplayKindOptions.IncludeNamespaceKeyword);

    public static InspectionResult? At(Script? previous, ScriptOptions options, string code, int cursor)
    {
        var script = previous is null
            ? CSharpScript.Create<object>(code, options, typeof(NotebookGlobals))
            : previous.ContinueWith<object>(code, options);
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.Last();
        var model = compilation.GetSemanticModel(tree);
        var node = NodeAt(tree.GetRoot(), cursor);
        if (node is null) return null;
        var symbols = SymbolsOf(model, node);
        if (symbols.Count == 0) return null;
        var position = node.SpanStart;
        var signatures = symbols.Take(8).Select(s => Signature(s, model, position)).Distinct().ToList();
        if (symbols.Count > 8) signatures.Add($"（另有 {symbols.Count - 8} 个重载）");
        return new InspectionResult(signatures, Summary(symbols[0]));
    }

    // A type as its declaration starts ("static class System.Console"); members with their type and parameters.
    private static string Signature(ISymbol symbol, SemanticModel model, int position)
    {
        if (symbol is not INamedTypeSymbol type) return symbol.ToMinimalDisplayString(model, position, Format);
        var kind = type.IsRecord ? (type.TypeKind == TypeKind.Struct ? "record struct" : "record") : type.TypeKind switch
        {
            TypeKind.Struct => "struct", TypeKind.Interface => "interface", TypeKind.Enum => "enum", TypeKind.Delegate => "delegate",
            _ => "class",
        };
        return $"{(type.IsStatic ? "static " : "")}{kind} {type.ToDisplayString()}";
    }

    // The name the cursor is in or just after; inside the parentheses of a call, the called expression.
    private static SyntaxNode? NodeAt(SyntaxNode root, int cursor)
    {
        foreach (var position in new[] { cursor, cursor - 1 })
        {
            if (position < 0 || position >= root.FullSpan.End) continue;
            var token = root.FindToken(position);
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.Span.Contains(position) || token.Span.End == position && token.IsKind(SyntaxKind.IdentifierToken))
                return token.Parent;
        }
        var near = root.FindToken(Math.Max(0, cursor - 1));
        var call = near.Parent?.AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault(i => i.ArgumentList.Span.Contains(cursor - 1));
        if (call is not null) return call.Expression is MemberAccessExpressionSyntax m ? m.Name : call.Expression;
        var creation = near.Parent?.AncestorsAndSelf().OfType<ObjectCreationExpressionSyntax>().FirstOrDefault();
        return creation?.Type;
    }

    private static List<ISymbol> SymbolsOf(SemanticModel model, SyntaxNode node)
    {
        var info = model.GetSymbolInfo(node);
        if (info.Symbol is { } symbol) return [symbol];
        if (info.CandidateSymbols.Length > 0) return [.. info.CandidateSymbols];
        if (model.GetDeclaredSymbol(node) is { } declared) return [declared];
        if (model.GetTypeInfo(node).Type is { TypeKind: not TypeKind.Error } type) return [type];
        // A method group before its argument list is complete: every overload.
        var group = model.GetMemberGroup(node);
        return [.. group];
    }

    /// <summary>The summary of the symbol's XML documentation as plain text (cref and paramref as names).</summary>
    internal static string Summary(ISymbol symbol)
    {
        var target = symbol is IMethodSymbol { ReducedFrom: { } reduced } ? reduced : symbol.OriginalDefinition;
        var xml = target.GetDocumentationCommentXml(expandIncludes: true);
        if (string.IsNullOrWhiteSpace(xml)) return "";
        try
        {
            var summary = XElement.Parse(xml).Element("summary");
            return summary is null ? "" : Collapse(PlainText(summary));
        }
        catch (System.Xml.XmlException)
        {
            return "";
        }
    }

    private static string PlainText(XElement element)
    {
        var sb = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    sb.Append(text.Value);
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } see:
                    var cref = (string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? (string?)see.Attribute("href") ?? "";
                    sb.Append(see.Value.Length > 0 ? see.Value : ShortName(cref));
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } reference:
                    sb.Append((string?)reference.Attribute("name"));
                    break;
                case XElement other:
                    sb.Append(PlainText(other));
                    break;
            }
        }
        return sb.ToString();
    }

    // "M:Workbench.Air.AirDataSet.Load(System.String[])" → "AirDataSet.Load".
    private static string ShortName(string cref)
    {
        var name = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
        var paren = name.IndexOf('(');
        if (paren >= 0) name = name[..paren];
        var parts = name.Split('.');
        return parts.Length >= 2 && cref.StartsWith("M:", StringComparison.Ordinal) || cref.StartsWith("P:", StringComparison.Ordinal)
            || cref.StartsWith("F:", StringComparison.Ordinal)
            ? string.Join('.', parts.TakeLast(2))
            : parts[^1];
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
