using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Workbench.Notebooks.Execution;

/// <summary>
/// The cell dialect analysts know from .NET Interactive, turned into plain C# script: a leading <c>#!csharp</c>
/// (or <c>#!c#</c>) line is dropped, other <c>#!</c> kernels are refused, <c>#r "nuget:…"</c> is refused with a way
/// out, and interruption checks are woven in before each top-level statement and at the top of every loop body,
/// on the same lines, so compiler messages keep their line numbers.
/// </summary>
public static class CellDialect
{
    /// <summary>The call woven into cells; it throws once the cell's interrupt token is cancelled.</summary>
    public const string InterruptCheck = "global::Workbench.Interruption.ThrowIfRequested();";

    /// <summary>Script parse options (C# latest, script kind).</summary>
    public static CSharpParseOptions ParseOptions { get; } =
        new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>Turns a cell's source into the script to compile.</summary>
    /// <exception cref="NotebookCellException">The cell is written for another kernel, or asks for a NuGet package.</exception>
    public static string Prepare(string source) => PrepareMapped(source).Code;

    /// <summary>
    /// Turns a cell's source into the script to compile, keeping what was inserted where, so that a position the
    /// compiler reports in the script maps back to the line and column the analyst wrote.
    /// </summary>
    /// <exception cref="NotebookCellException">The cell is written for another kernel, or asks for a NuGet package.</exception>
    public static PreparedCell PrepareMapped(string source)
    {
        var code = StripKernelLines(source);
        var insertions = InterruptChecks(code);
        var sb = new StringBuilder(code);
        foreach (var (position, text) in insertions.OrderByDescending(i => i.Position))
            sb.Insert(position, text);
        return new PreparedCell(code, sb.ToString(),
            insertions.OrderBy(i => i.Position).Select(i => new CellInsertion(i.Position, i.Text.Length)).ToList());
    }

    private static string StripKernelLines(string source)
    {
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                var kernel = line[2..].Trim();
                if (kernel is "csharp" or "c#" or "C#") { lines[i] = ""; continue; }
                throw new NotebookCellException($"第 {i + 1} 行：本工作台只运行 C# 单元格，不支持 “{line}”。");
            }
            if (line.StartsWith("#r", StringComparison.Ordinal) && line.Contains("\"nuget:", StringComparison.OrdinalIgnoreCase))
                throw new NotebookCellException(
                    $"第 {i + 1} 行：不支持 #r \"nuget:…\"（离线环境无法下载程序包）。请改用已随工作台提供的库，或用 #r \"路径/程序集.dll\" 引用本机的 DLL。");
        }
        return string.Join('\n', lines);
    }

    private static List<(int Position, string Text)> InterruptChecks(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, ParseOptions);
        var root = (CompilationUnitSyntax)tree.GetRoot();
        // Insertions as (position in the cell, text); applied from the end so earlier positions stay valid.
        var insertions = new List<(int Position, string Text)>();
        foreach (var member in root.Members.OfType<GlobalStatementSyntax>())
            insertions.Add((member.SpanStart, InterruptCheck + " "));
        foreach (var loop in root.DescendantNodes())
        {
            var body = loop switch
            {
                ForStatementSyntax s => s.Statement,
                ForEachStatementSyntax s => s.Statement,
                ForEachVariableStatementSyntax s => s.Statement,
                WhileStatementSyntax s => s.Statement,
                DoStatementSyntax s => s.Statement,
                _ => null,
            };
            if (body is null || body.IsMissing) continue;
            if (body is BlockSyntax block)
                insertions.Add((block.OpenBraceToken.Span.End, " " + InterruptCheck));
            else
            {
                insertions.Add((body.SpanStart, "{ " + InterruptCheck + " "));
                insertions.Add((body.Span.End, " }"));
            }
        }
        return insertions;
    }
}

/// <summary>Text woven into a cell: <paramref name="Length"/> characters inserted at <paramref name="Position"/> of the cell.</summary>
public sealed record CellInsertion(int Position, int Length);

/// <summary>
/// A cell made ready to compile: <paramref name="Source"/> is the cell as written (kernel line blanked, line ends
/// normalised, so its lines are the cell's lines), <paramref name="Code"/> the script with the interrupt checks woven in.
/// </summary>
public sealed record PreparedCell(string Source, string Code, IReadOnlyList<CellInsertion> Insertions)
{
    /// <summary>The position in <see cref="Source"/> of position <paramref name="scriptPosition"/> of <see cref="Code"/>
    /// (a position inside woven text maps to where it was inserted).</summary>
    public int SourcePosition(int scriptPosition)
    {
        var shift = 0;
        foreach (var insertion in Insertions)
        {
            var start = insertion.Position + shift;
            if (scriptPosition < start) break;
            if (scriptPosition < start + insertion.Length) return insertion.Position;
            shift += insertion.Length;
        }
        return Math.Clamp(scriptPosition - shift, 0, Source.Length);
    }

    /// <summary>1-based line and column in the cell of position <paramref name="scriptPosition"/> of <see cref="Code"/>.</summary>
    public (int Line, int Column) LineColumn(int scriptPosition)
    {
        var position = SourcePosition(scriptPosition);
        var lineStart = Source.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        if (position == 0) lineStart = 0;
        var line = 1 + Source.AsSpan(0, lineStart).Count('\n');
        return (line, position - lineStart + 1);
    }

    /// <summary>Line <paramref name="line"/> (1-based) of the cell, or "" beyond its end.</summary>
    public string Line(int line)
    {
        var lines = Source.Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1] : "";
    }
}

/// <summary>A cell that cannot run as written (another kernel's magic, a NuGet reference); the message is Chinese.</summary>
public sealed class NotebookCellException(string message) : Exception(message);
