namespace Workbench;

/// <summary>
/// Cooperative interruption for long work started from a notebook cell. The notebook executor opens a scope with
/// the cell's token; the library's long loops (file by file, city by city) call <see cref="ThrowIfRequested"/>, so
/// an interrupt stops them at the next item instead of ending the process. Outside a scope it costs one read.
/// </summary>
public static class Interruption
{
    // AsyncLocal, not static: tests and hosts may run several sessions at once, each with its own token.
    private static readonly AsyncLocal<CancellationToken> Current = new();

    /// <summary>Makes <paramref name="token"/> the one library loops check, until the returned scope is disposed.</summary>
    public static IDisposable Scope(CancellationToken token)
    {
        var previous = Current.Value;
        Current.Value = token;
        return new Restore(previous);
    }

    /// <summary>Throws <see cref="OperationCanceledException"/> when the current scope's token was cancelled.</summary>
    public static void ThrowIfRequested() => Current.Value.ThrowIfCancellationRequested();

    private sealed class Restore(CancellationToken previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
