using System.Text;

namespace Workbench.Notebooks.Execution;

/// <summary>
/// Sends what a cell prints (Console.Out/Error) to that cell's sink. Console is process-wide, so one routing
/// writer is installed once and looks up the running cell's sink through an AsyncLocal; text written outside any
/// cell goes to the original console, and two sessions running at once do not mix their output.
/// </summary>
internal static class ConsoleRouting
{
    private static readonly AsyncLocal<ICellOutputSink?> Current = new();
    private static readonly object Gate = new();
    private static bool _installed;

    public static IDisposable Route(ICellOutputSink sink)
    {
        Install();
        var previous = Current.Value;
        Current.Value = sink;
        return new Restore(previous);
    }

    private static void Install()
    {
        lock (Gate)
        {
            if (_installed) return;
            Console.SetOut(new RoutingWriter("stdout", Console.Out));
            Console.SetError(new RoutingWriter("stderr", Console.Error));
            _installed = true;
        }
    }

    private sealed class Restore(ICellOutputSink? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }

    private sealed class RoutingWriter(string name, TextWriter fallback) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(string? value)
        {
            if (string.IsNullOrEmpty(value)) return;
            if (Current.Value is { } sink) sink.WriteStream(name, value);
            else fallback.Write(value);
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void WriteLine(string? value) => Write((value ?? "") + "\n");

        public override void WriteLine() => Write("\n");

        public override void Flush()
        {
            if (Current.Value is null) fallback.Flush();
        }
    }
}
