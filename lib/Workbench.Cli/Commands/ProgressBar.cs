namespace Workbench.Cli.Commands;

/// <summary>
/// A one-line text progress bar on stderr, redrawn in place on a terminal; when stderr is not a terminal (a log, CI),
/// one line per step, at most about twenty per stage. Used by `figures` and, through <see cref="Progress"/>, by the
/// long commands (`air import`, `air assess` over CSV, `sample --national`).
/// </summary>
internal sealed class ProgressBar(int total = 0) : IProgress<ProgressStep>
{
    private const int Width = 30;
    private readonly bool _terminal = !Console.IsErrorRedirected;
    private readonly Lock _gate = new();
    private string? _stage;
    private bool _open;
    private int _shown;

    /// <summary>Opens a scope in which the library's long loops report to a new bar; disposing it ends the bar's line.</summary>
    public static IDisposable ForLibrary()
    {
        var bar = new ProgressBar();
        var scope = Progress.Scope(bar);
        return new Closing(scope, bar);
    }

    /// <summary>Item <paramref name="done"/> of the bar's own total finished.</summary>
    public void Report(int done, string label) => Report(new ProgressStep("", done, total, label));

    public void Report(ProgressStep step)
    {
        lock (_gate)
        {
            if (step.Stage != _stage) { EndLine(); _stage = step.Stage; _shown = 0; }
            // Steps of parallel loops may arrive out of order: never draw the bar backwards.
            if (step.Done < _shown) return;
            var filled = step.Total <= 0 ? Width : Math.Min(Width, step.Done * Width / step.Total);
            var stage = step.Stage.Length > 0 ? step.Stage + " " : "";
            var bar = $"{stage}[{new string('#', filled)}{new string('-', Width - filled)}] {step.Done}/{step.Total} {Trim(step.Item)}";
            if (_terminal)
            {
                // A finished stage ends its line, so what the command prints next starts on a line of its own.
                Console.Error.Write(step.Done == step.Total ? $"\r{bar}\u001b[K\n" : $"\r{bar}\u001b[K");
                _open = step.Done != step.Total;
            }
            else if (step.Total <= 40 || step.Done == step.Total || step.Done * 20 / step.Total != _shown * 20 / step.Total)
                Console.Error.WriteLine(bar);
            _shown = step.Done;
        }
    }

    /// <summary>Ends the bar's line on a terminal (the next message starts on its own line).</summary>
    public void EndLine()
    {
        lock (_gate)
        {
            if (_open) Console.Error.WriteLine();
            _open = false;
        }
    }

    private static string Trim(string s) => s.Length > 24 ? s[..24] + "…" : s;

    private sealed class Closing(IDisposable scope, ProgressBar bar) : IDisposable
    {
        public void Dispose()
        {
            scope.Dispose();
            bar.EndLine();
        }
    }
}
