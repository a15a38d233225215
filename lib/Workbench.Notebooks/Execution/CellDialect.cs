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
    public static string Prepare(string source)
    {
        var code = StripKernelLines(source);
        return WeaveInterruptChecks(code);
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

    private static string WeaveInterruptChecks(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, ParseOptions);
        var root = (CompilationUnitSyntax)tree.GetRoot();
        // Insertions as (position, text); applied from the end so earlier positions stay valid.
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
        if (insertions.Count == 0) return code;
        var sb = new StringBuilder(code);
        foreach (var (position, text) in insertions.OrderByDescending(i => i.Position))
            sb.Insert(position, text);
        return sb.ToString();
    }
}

/// <summary>A cell that cannot run as written (another kernel's magic, a NuGet reference); the message is Chinese.</summary>
public sealed class NotebookCellException(string message) : Exception(message);
