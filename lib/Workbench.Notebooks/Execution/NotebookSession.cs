using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Workbench.Notebooks.Rendering;

namespace Workbench.Notebooks.Execution;

/// <summary>
/// One notebook's running state: cells run in order as Roslyn script submissions that share variables, types and
/// <c>using</c>s, as in a Jupyter kernel. The runner and the kernel both execute through this class, so a cell gives
/// the same outputs headless and in VS Code. One cell runs at a time.
/// </summary>
public sealed class NotebookSession : IAsyncDisposable
{
    private readonly NotebookSessionOptions _options;
    private readonly ScriptOptions _scriptOptions;
    private readonly NotebookGlobals _globals;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ScriptState<object>? _state;
    // The cells that ran, by the name of the assembly each was compiled into (stack frames name their assembly).
    private readonly Dictionary<string, RanCell> _ran = new(StringComparer.Ordinal);
    private ICellOutputSink _sink = NullSink.Instance;
    private CancellationToken _token;

    private NotebookSession(NotebookSessionOptions options)
    {
        _options = options;
        _scriptOptions = ScriptReferences.For(options.WorkingDirectory);
        Renderer = new OutputRenderer(options.RenderPng, options.BrowserPath, options.MaxTableRows);
        _globals = new NotebookGlobals(() => _sink, Renderer, () => _token);
    }

    /// <summary>Starts a session (cheap: the compiler loads on the first cell).</summary>
    public static NotebookSession Create(NotebookSessionOptions? options = null) => new(options ?? new NotebookSessionOptions());

    /// <summary>The renderer that turns values into outputs (shared with <c>display</c>).</summary>
    public OutputRenderer Renderer { get; }

    /// <summary>Executions counted so far (the next counted cell gets this plus one).</summary>
    public int ExecutionCount { get; private set; }

    /// <summary>
    /// Runs one cell. Printed text and <c>display(x)</c> go to <paramref name="sink"/> as they happen; the value of the
    /// cell's last expression and any error come back in the outcome. A failed cell leaves earlier state usable.
    /// <paramref name="counted"/> false (Jupyter's <c>store_history: false</c>) runs the code without advancing
    /// <see cref="ExecutionCount"/>: the outcome carries the current count.
    /// </summary>
    public async Task<CellOutcome> ExecuteAsync(string code, ICellOutputSink sink, CancellationToken cancellationToken = default,
        bool counted = true)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(sink);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var count = counted ? ++ExecutionCount : ExecutionCount;
        _sink = sink;
        _token = cancellationToken;
        PreparedCell? prepared = null;
        try
        {
            prepared = CellDialect.PrepareMapped(code);
            var script = prepared.Code;
            using var route = ConsoleRouting.Route(sink);
            using var interruption = Interruption.Scope(cancellationToken);
            // A fresh task keeps a synchronous cell (most of them) from running on the caller's thread.
            var state = await Task.Run(() => RunAsync(script, cancellationToken), CancellationToken.None).ConfigureAwait(false);
            // A submission that threw ran up to the throw: its variables stay in scope for the next cell too.
            _state = state;
            if (state.Script.GetCompilation().AssemblyName is { } assembly) _ran[assembly] = new RanCell(count, prepared);
            if (state.Exception is { } thrown)
                return new CellOutcome(count, null, ErrorOf(thrown, cancellationToken), clock.Elapsed);
            if (!HasValue(state)) return new CellOutcome(count, null, null, clock.Elapsed);
            // A list of figures ends a cell as one display per figure; anything else is the cell's one result.
            var outputs = Renderer.RenderEach(state.ReturnValue);
            if (outputs.Count == 1) return new CellOutcome(count, outputs[0], null, clock.Elapsed);
            foreach (var output in outputs) sink.Display(output);
            return new CellOutcome(count, null, null, clock.Elapsed);
        }
        catch (CompilationErrorException e) when (prepared is not null)
        {
            return new CellOutcome(count, null, CellErrors.Compilation(e.Diagnostics, prepared), clock.Elapsed);
        }
        catch (NotebookCellException e)
        {
            return new CellOutcome(count, null, CellErrors.Dialect(e), clock.Elapsed);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new CellOutcome(count, null, CellErrors.Interrupted(), clock.Elapsed);
        }
        finally
        {
            _sink = NullSink.Instance;
            _token = CancellationToken.None;
            Console.Out.Flush();
            _gate.Release();
        }
    }

    private Task<ScriptState<object>> RunAsync(string script, CancellationToken token) =>
        _state is null
            ? CSharpScript.Create<object>(script, _scriptOptions, typeof(NotebookGlobals)).RunAsync(_globals, _ => true, token)
            : _state.ContinueWithAsync<object>(script, _scriptOptions, _ => true, token);

    // A cell ending in a statement (or a void call) has no value to show; one ending in an expression does.
    private static bool HasValue(ScriptState<object> state)
    {
        var tree = state.Script.GetCompilation().SyntaxTrees.LastOrDefault();
        if (tree?.GetRoot() is not Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax root) return state.ReturnValue is not null;
        var last = root.Members.LastOrDefault() as Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax;
        return last?.Statement is Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionStatementSyntax { SemicolonToken.IsMissing: true }
               && state.ReturnValue is not null;
    }

    /// <summary>Whether <paramref name="code"/> is ready to run, unfinished, or wrong beyond repair by more lines.</summary>
    public static CodeCompleteness IsComplete(string code)
    {
        string prepared;
        try { prepared = CellDialect.Prepare(code); }
        catch (NotebookCellException) { return CodeCompleteness.Invalid; }
        var tree = CSharpSyntaxTree.ParseText(prepared, CellDialect.ParseOptions);
        if (!SyntaxFactory.IsCompleteSubmission(tree)) return CodeCompleteness.Incomplete;
        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) ? CodeCompleteness.Invalid : CodeCompleteness.Complete;
    }

    /// <summary>
    /// Names that fit at <paramref name="cursorPosition"/> in <paramref name="code"/>: variables and types in scope
    /// (from earlier cells too), or members after a dot.
    /// </summary>
    public CompletionList Complete(string code, int cursorPosition) =>
        Completion.At(_state?.Script, _scriptOptions, code, Math.Clamp(cursorPosition, 0, code.Length));

    /// <summary>
    /// The declaration and documentation summary of the name at <paramref name="cursorPosition"/> (the called method
    /// inside a call's parentheses), or null when there is no symbol there.
    /// </summary>
    public InspectionResult? Inspect(string code, int cursorPosition) =>
        Inspection.At(_state?.Script, _scriptOptions, code, Math.Clamp(cursorPosition, 0, code.Length));

    /// <summary>Stops the figure browser, if one was started.</summary>
    public async ValueTask DisposeAsync()
    {
        await Renderer.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    private CellError ErrorOf(Exception thrown, CancellationToken token)
    {
        // Library loops run in parallel: their interruption arrives wrapped in an AggregateException.
        if (token.IsCancellationRequested && (thrown is OperationCanceledException
                || thrown is AggregateException a && a.Flatten().InnerExceptions.All(e => e is OperationCanceledException)))
            return CellErrors.Interrupted();
        return CellErrors.Runtime(thrown, assembly => _ran.GetValueOrDefault(assembly));
    }

    private sealed class NullSink : ICellOutputSink
    {
        public static readonly NullSink Instance = new();
        public void WriteStream(string name, string text) { }
        public void Display(MimeBundle bundle) { }
    }
}
