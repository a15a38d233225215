using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace Workbench.Notebooks.Execution;

/// <summary>
/// Name completion for the kernel: the code is compiled as the next submission after the session's state, then
/// the semantic model is asked what is in scope at the cursor (or what members the expression before a dot has).
/// </summary>
internal static class Completion
{
    public static CompletionList At(Script? previous, ScriptOptions options, string code, int cursor)
    {
        var start = cursor;
        while (start > 0 && (char.IsLetterOrDigit(code[start - 1]) || code[start - 1] == '_')) start--;
        var prefix = code[start..cursor];
        var script = previous is null
            ? CSharpScript.Create<object>(code, options, typeof(NotebookGlobals))
            : previous.ContinueWith<object>(code, options);
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.Last();
        var model = compilation.GetSemanticModel(tree);
        IEnumerable<ISymbol> symbols;
        if (start > 0 && code[start - 1] == '.')
        {
            var token = tree.GetRoot().FindToken(start - 1);
            var receiver = token.Parent switch
            {
                MemberAccessExpressionSyntax m => m.Expression,
                QualifiedNameSyntax q => q.Left,
                _ => null,
            };
            if (receiver is null) return new CompletionList([], start, cursor);
            var info = model.GetSymbolInfo(receiver).Symbol;
            var type = model.GetTypeInfo(receiver).Type;
            symbols = info switch
            {
                INamespaceSymbol ns => ns.GetMembers(),
                // A type name (the semantic model gives it a type too): its static members and nested types only.
                INamedTypeSymbol named => model.LookupStaticMembers(start, named),
                // After a value (a variable, a property, a call's result) only instance members and extension methods
                // can follow: static members and nested types are reached through the type, never an instance.
                _ when type is not null => model.LookupSymbols(start, type, includeReducedExtensionMethods: true)
                    .Where(s => !s.IsStatic && s is not ITypeSymbol),
                _ => [],
            };
        }
        else
        {
            symbols = model.LookupSymbols(start);
        }
        var matches = symbols
            .Where(s => s.CanBeReferencedByName || s is INamespaceSymbol)
            .Select(s => s.Name)
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && !n.StartsWith('<'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new CompletionList(matches, start, cursor);
    }
}
