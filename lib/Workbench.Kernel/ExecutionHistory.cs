using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Workbench.Kernel.Protocol;

namespace Workbench.Kernel;

/// <summary>
/// The inputs executed with <c>store_history</c>, kept in memory for the kernel's lifetime, answered as a
/// history_reply (messaging protocol 5.3: tail, range and search; entries are [session, line, input], or
/// [session, line, [input, output]] when output is asked for: outputs are not kept, so output is null).
/// </summary>
internal sealed class ExecutionHistory
{
    /// <summary>This kernel's session number in history entries (the only session it knows).</summary>
    public const int Session = 1;

    private readonly List<(int Line, string Input)> _entries = [];
    private readonly Lock _gate = new();

    public void Add(int line, string input)
    {
        lock (_gate) _entries.Add((line, input));
    }

    public JsonObject Reply(JupyterMessage request)
    {
        List<(int Line, string Input)> entries;
        lock (_gate) entries = [.. _entries];
        var output = request.ContentBool("output", false);
        var selected = request.ContentString("hist_access_type") switch
        {
            "tail" => entries.TakeLast(Math.Max(0, request.ContentInt("n", 10))),
            "range" => Range(entries, request),
            "search" => Search(entries, request),
            _ => [],
        };
        return new JsonObject
        {
            ["status"] = "ok",
            ["history"] = new JsonArray(selected.Select(e => (JsonNode?)new JsonArray(
                Session, e.Line, output ? new JsonArray(e.Input, null) : JsonValue.Create(e.Input))).ToArray()),
        };
    }

    // Session 0 (or this one's number) is the current session; earlier sessions are not kept. stop is exclusive.
    private static IEnumerable<(int Line, string Input)> Range(List<(int Line, string Input)> entries, JupyterMessage request)
    {
        var session = request.ContentInt("session", 0);
        if (session != 0 && session != Session) return [];
        var start = request.ContentInt("start", 0);
        var stop = request.ContentInt("stop", int.MaxValue);
        return entries.Where(e => e.Line >= start && e.Line < stop);
    }

    // IPython's glob: * any text, ? one character; newest last, at most n (unique drops repeated inputs).
    private static IEnumerable<(int Line, string Input)> Search(List<(int Line, string Input)> entries, JupyterMessage request)
    {
        var pattern = request.ContentString("pattern");
        var glob = new Regex("^" + Regex.Escape(pattern.Length == 0 ? "*" : pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$", RegexOptions.Singleline);
        var found = entries.Where(e => glob.IsMatch(e.Input));
        if (request.ContentBool("unique", false))
            found = found.Reverse().DistinctBy(e => e.Input, StringComparer.Ordinal).Reverse();
        var n = request.ContentInt("n", 0);
        return n > 0 ? found.TakeLast(n) : found;
    }
}
