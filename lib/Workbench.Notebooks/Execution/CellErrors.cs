using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Workbench.Notebooks.Execution;

/// <summary>A cell the session ran: its <c>In [n]</c> and what was compiled (for lines quoted in tracebacks).</summary>
/// <param name="ExecutionCount">The cell's count (<c>In [n]</c>).</param>
/// <param name="Prepared">The cell as written and as compiled.</param>
public sealed record RanCell(int ExecutionCount, PreparedCell Prepared);

/// <summary>
/// Errors as a Jupyter front end shows them: a Chinese sentence naming the kind of error, the .NET or compiler message
/// and the line, then the traceback as ipykernel formats it (ANSI colours, so front ends show an error; the cell's
/// lines quoted with an arrow at the failing one). Positions are the cell's own, whatever was woven into it. Only the
/// cells' frames are listed: the script machinery (<c>Submission#0</c>, <c>MoveNext</c>) and library internals say
/// nothing to an analyst.
/// </summary>
public static class CellErrors
{
    private const string Red = "\u001b[0;31m";
    private const string Green = "\u001b[0;32m";
    private const string Cyan = "\u001b[0;36m";
    private const string Reset = "\u001b[0m";
    private static readonly string Rule = Red + new string('-', 75) + Reset;

    /// <summary>The message shown when the user stopped a cell.</summary>
    public const string InterruptedMessage = "已中断：单元格在完成前被用户停止。此前单元格的变量仍可使用。";

    /// <summary>A compile error: each error with its line and column in the cell, the line quoted and marked.</summary>
    public static CellError Compilation(IEnumerable<Diagnostic> diagnostics, PreparedCell cell)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var lines = new List<string>();
        string? first = null;
        foreach (var d in errors)
        {
            var (line, column) = d.Location.IsInSource ? cell.LineColumn(d.Location.SourceSpan.Start) : (0, 0);
            var where = line > 0 ? $"第 {line} 行第 {column} 列" : "单元格";
            var sentence = $"{where}：{d.Id} {d.GetMessage(CultureInfo.CurrentUICulture)}";
            first ??= sentence;
            var block = $"{Red}编译错误（{d.Id}）{Reset}：{d.GetMessage(CultureInfo.CurrentUICulture)}，{where}";
            if (line > 0)
            {
                var text = cell.Line(line);
                var prefix = text[..Math.Min(column - 1, text.Length)];
                var marked = text.Substring(prefix.Length, Math.Clamp(d.Location.SourceSpan.Length, 0, text.Length - prefix.Length));
                block += $"\n{Green}{line,6}{Reset} {text}\n{new string(' ', 7 + DisplayWidth(prefix))}{Red}{new string('^', Math.Max(1, DisplayWidth(marked)))}{Reset}";
            }
            lines.Add(block);
        }
        return new CellError("CompilationError", "单元格代码无法编译：" + (first ?? ""), lines);
    }

    /// <summary>A cell written for another kernel or asking for a NuGet package.</summary>
    public static CellError Dialect(NotebookCellException e) =>
        new("CellError", e.Message, [$"{Red}无法运行{Reset}：{e.Message}"]);

    /// <summary>The user stopped the cell.</summary>
    public static CellError Interrupted() => new("Interrupted", InterruptedMessage, [$"{Red}{InterruptedMessage}{Reset}"]);

    /// <summary>
    /// An exception the cell threw. <paramref name="cellOf"/> gives the cell compiled into an assembly (by its name), so
    /// a frame in a method an earlier cell declared is named by that cell's <c>In [n]</c>.
    /// </summary>
    public static CellError Runtime(Exception thrown, Func<string, RanCell?> cellOf)
    {
        var inner = Unwrap(thrown);
        var name = inner.GetType().Name;
        var frames = UserFrames(inner, cellOf);
        var innermost = frames.LastOrDefault();
        var at = innermost is null ? "" : $"，{(frames.Count > 1 || innermost.Cell is null ? CellName(innermost) : "")}第 {innermost.Line} 行";
        var message = $"运行时错误（{name}）：{inner.Message}{at}";
        var traceback = new List<string> { Rule, $"{Red}运行时错误（{name}）{Reset}{at}（调用顺序，最近的调用在最后）" };
        foreach (var frame in frames) traceback.Add(Quote(frame));
        traceback.Add($"{Red}{name}{Reset}: {inner.Message}");
        return new CellError(name, message, traceback);
    }

    private static Exception Unwrap(Exception e)
    {
        while (true)
        {
            switch (e)
            {
                case TargetInvocationException { InnerException: { } i }:
                    e = i;
                    continue;
                case AggregateException a when a.Flatten().InnerExceptions.Count == 1:
                    e = a.Flatten().InnerExceptions[0];
                    continue;
                default:
                    return e;
            }
        }
    }

    private sealed record UserFrame(RanCell? Cell, int Line, string? Method);

    // Frames of code the cells declared (type Submission#N or nested in it), outermost first as Python prints them.
    private static List<UserFrame> UserFrames(Exception e, Func<string, RanCell?> cellOf)
    {
        var result = new List<UserFrame>();
        foreach (var frame in new StackTrace(e, fNeedFileInfo: true).GetFrames())
        {
            var method = frame.GetMethod();
            var type = method?.DeclaringType;
            while (type?.DeclaringType is not null && !IsSubmission(type)) type = type.DeclaringType;
            if (type is null || !IsSubmission(type) || frame.GetFileLineNumber() <= 0) continue;
            // Top-level code runs in <<Initialize>>; lambdas and state machines have compiler names: no method to name.
            var named = method!.DeclaringType == type && !method.Name.Contains('<', StringComparison.Ordinal) ? method.Name : null;
            result.Add(new UserFrame(cellOf(type.Assembly.GetName().Name ?? ""), frame.GetFileLineNumber(), named));
        }
        result.Reverse();
        return result;
    }

    private static bool IsSubmission(Type type) => type.Name.StartsWith("Submission#", StringComparison.Ordinal);

    private static string CellName(UserFrame frame) =>
        (frame.Cell is { } c ? $"In [{c.ExecutionCount}] " : "") + (frame.Method is { } m ? $"{m}() " : "");

    private static string Quote(UserFrame frame)
    {
        var head = $"{Green}{(frame.Cell is { } c ? $"In [{c.ExecutionCount}]" : "单元格")}，第 {frame.Line} 行{Reset}" +
                   (frame.Method is { } m ? $"，在 {Cyan}{m}(){Reset} 中" : "");
        if (frame.Cell is null) return head;
        var lines = new List<string> { head };
        for (var l = Math.Max(1, frame.Line - 1); l <= frame.Line; l++)
        {
            var text = frame.Cell.Prepared.Line(l);
            lines.Add(l == frame.Line ? $"{Green}----> {l}{Reset} {text}" : $"{Green}{l,6}{Reset} {text}");
        }
        return string.Join("\n", lines);
    }

    // Columns a monospace front end gives the text: CJK and full-width characters take two.
    private static int DisplayWidth(string text) => Workbench.Text.EastAsianWidth.Of(text);
}
