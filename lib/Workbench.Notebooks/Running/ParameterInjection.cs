using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Workbench.Notebooks.Execution;

namespace Workbench.Notebooks.Running;

/// <summary>A parameter a notebook declares in its <c>parameters</c> cell.</summary>
/// <param name="Name">The variable name.</param>
/// <param name="Type">Its C# type as the cell gives it (from the declared type or the literal): string, int, long, double, decimal or bool.</param>
/// <param name="DefaultSource">The initializer as written.</param>
public sealed record NotebookParameter(string Name, string Type, string DefaultSource);

/// <summary>
/// Parameters in the papermill convention: the cell tagged <c>parameters</c> declares them with defaults; a run with
/// other values gets a new cell tagged <c>injected-parameters</c> right after it, re-declaring each one with the same
/// type. Unknown names and values of the wrong type are refused before anything runs.
/// </summary>
public static class ParameterInjection
{
    /// <summary>The tag of the cell that declares the parameters.</summary>
    public const string ParametersTag = "parameters";

    /// <summary>The tag of the cell the runner adds.</summary>
    public const string InjectedTag = "injected-parameters";

    /// <summary>The variables declared by a parameters cell, in order.</summary>
    public static IReadOnlyList<NotebookParameter> Declared(string parametersCellSource)
    {
        var tree = CSharpSyntaxTree.ParseText(StripKernelLine(parametersCellSource), CellDialect.ParseOptions);
        var result = new List<NotebookParameter>();
        // In script code a top-level `var x = …;` parses as a field; inside a global statement as a local.
        var declarations = tree.GetRoot().ChildNodes().Select(node => node switch
        {
            FieldDeclarationSyntax field => field.Declaration,
            GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local } => local.Declaration,
            _ => null,
        }).OfType<VariableDeclarationSyntax>();
        foreach (var declaration in declarations)
        {
            foreach (var variable in declaration.Variables)
            {
                if (variable.Initializer is null) continue;
                var type = declaration.Type.IsVar
                    ? TypeOfLiteral(variable.Initializer.Value)
                    : declaration.Type.ToString();
                result.Add(new NotebookParameter(variable.Identifier.Text, type, variable.Initializer.Value.ToString()));
            }
        }
        return result;
    }

    /// <summary>The source of the injected cell for <paramref name="values"/>.</summary>
    /// <exception cref="ArgumentException">A name is not declared, or a value does not fit its type (Chinese message).</exception>
    public static string InjectedSource(IReadOnlyList<NotebookParameter> declared, IReadOnlyDictionary<string, string> values)
    {
        var lines = new List<string> { "#!csharp", "// 运行时注入的参数（覆盖上一个单元格的默认值）" };
        foreach (var (name, value) in values)
        {
            var parameter = declared.FirstOrDefault(p => p.Name == name)
                ?? throw new ArgumentException(
                    $"笔记本没有名为 “{name}” 的参数。可用参数：{string.Join("、", declared.Select(p => p.Name))}");
            lines.Add($"{parameter.Type} {name} = {Literal(parameter, value)};");
        }
        return string.Join("\n", lines);
    }

    private static string Literal(NotebookParameter parameter, string value)
    {
        var invariant = CultureInfo.InvariantCulture;
        string Fail() => throw new ArgumentException($"参数 {parameter.Name} 应为 {parameter.Type} 类型，“{value}” 不是有效的值。");
        return parameter.Type switch
        {
            "string" or "string?" => SymbolDisplay.FormatLiteral(value, quote: true),
            "int" => int.TryParse(value, NumberStyles.Integer, invariant, out var i) ? i.ToString(invariant) : Fail(),
            "long" => long.TryParse(value, NumberStyles.Integer, invariant, out var l) ? l.ToString(invariant) + "L" : Fail(),
            "double" => double.TryParse(value, NumberStyles.Float, invariant, out var d) ? d.ToString("R", invariant) + "d" : Fail(),
            "decimal" => decimal.TryParse(value, NumberStyles.Float, invariant, out var m) ? m.ToString(invariant) + "m" : Fail(),
            "bool" => bool.TryParse(value, out var b) ? (b ? "true" : "false") : Fail(),
            _ => throw new ArgumentException(
                $"参数 {parameter.Name} 的类型 {parameter.Type} 不能从命令行赋值（支持 string、int、long、double、decimal、bool）。"),
        };
    }

    private static string TypeOfLiteral(ExpressionSyntax value) => value switch
    {
        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } => "string",
        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression or (int)SyntaxKind.FalseLiteralExpression } => "bool",
        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } literal => literal.Token.Value switch
        {
            int => "int", long => "long", double => "double", decimal => "decimal", float => "float", _ => "object",
        },
        PrefixUnaryExpressionSyntax { Operand: var operand } => TypeOfLiteral(operand),
        _ => "object",
    };

    private static string StripKernelLine(string source) =>
        string.Join('\n', source.Split('\n').Select(l => l.TrimStart().StartsWith("#!", StringComparison.Ordinal) ? "" : l));
}
