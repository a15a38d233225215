namespace Workbench;

/// <summary>One step of long work: <paramref name="Done"/> of <paramref name="Total"/> items of a stage, the last one named.</summary>
/// <param name="Stage">What is being done (Chinese), e.g. 读取文件.</param>
/// <param name="Done">Items finished so far.</param>
/// <param name="Total">Items of the stage.</param>
/// <param name="Item">The item just finished (a file, a month, a city, a day).</param>
public sealed record ProgressStep(string Stage, int Done, int Total, string Item);

/// <summary>
/// Progress of the library's long loops (files read, months imported into a store, cities assessed, days of the
/// national sample written), told to whoever opened a <see cref="Scope"/>: the CLI's progress bar. Ambient like
/// <see cref="Interruption"/>, so the loops take no extra parameter; outside a scope a step costs one read. Only the
/// outermost stage running reports: the files read for each month of a store import do not interleave with the months.
/// </summary>
public static class Progress
{
    internal sealed class State(IProgress<ProgressStep> sink)
    {
        public IProgress<ProgressStep> Sink { get; } = sink;
        public int Open; // stages started and not finished; the first one reports
    }

    // AsyncLocal, not static: hosts may run several pieces of work at once, each with its own sink.
    private static readonly AsyncLocal<State?> Current = new();

    /// <summary>Makes <paramref name="sink"/> the one told of progress, until the returned scope is disposed.</summary>
    public static IDisposable Scope(IProgress<ProgressStep> sink)
    {
        var previous = Current.Value;
        Current.Value = new State(sink);
        return new Restore(previous);
    }

    /// <summary>Starts a stage of <paramref name="total"/> items; dispose it when the stage ends.</summary>
    public static Stage Start(string stage, int total)
    {
        var state = Current.Value;
        if (state is null) return Stage.Silent;
        // Parallel workers of a stage share the State object: a stage they open inside it stays silent.
        return Interlocked.Increment(ref state.Open) == 1 ? new Stage(state.Sink, state, stage, total) : new Stage(null, state, stage, total);
    }

    /// <summary>A stage in progress; <see cref="Step"/> may be called from parallel loops.</summary>
    public sealed class Stage : IDisposable
    {
        internal static readonly Stage Silent = new(null, null, "", 0);
        private readonly IProgress<ProgressStep>? _sink;
        private readonly State? _state;
        private readonly string _name;
        private readonly int _total;
        private int _done;
        private int _disposed;

        internal Stage(IProgress<ProgressStep>? sink, State? state, string name, int total)
        {
            _sink = sink; _state = state; _name = name; _total = total;
        }

        /// <summary>One more item finished.</summary>
        public void Step(string item)
        {
            if (_sink is null) return;
            _sink.Report(new ProgressStep(_name, Interlocked.Increment(ref _done), _total, item));
        }

        /// <summary>Ends the stage.</summary>
        public void Dispose()
        {
            if (_state is not null && Interlocked.Exchange(ref _disposed, 1) == 0) Interlocked.Decrement(ref _state.Open);
        }
    }

    private sealed class Restore(State? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
