using System.Text.Json.Nodes;
using Workbench.Notebooks.Execution;
using Workbench.Notebooks.Rendering;

namespace Workbench.Notebooks.Ipynb;

/// <summary>One cell of a <see cref="NotebookDocument"/>, a view over its JSON object.</summary>
public sealed class NotebookCell
{
    private readonly JsonObject _json;

    internal NotebookCell(JsonObject json) => _json = json;

    /// <summary><c>code</c>, <c>markdown</c> or <c>raw</c>.</summary>
    public string CellType => _json["cell_type"]?.GetValue<string>() ?? "";

    /// <summary>True for code cells.</summary>
    public bool IsCode => CellType == "code";

    /// <summary>The cell id (nbformat 4.5), or null in older files until saved.</summary>
    public string? Id => _json["id"]?.GetValue<string>();

    /// <summary>The cell's source text (a list of lines or one string in the file).</summary>
    public string Source
    {
        get => JoinLines(_json["source"]);
        set => _json["source"] = Lines(value);
    }

    /// <summary>The cell's tags (<c>parameters</c>, <c>injected-parameters</c>, …).</summary>
    public IReadOnlyList<string> Tags =>
        (_json["metadata"] as JsonObject)?["tags"] is JsonArray tags ? tags.Select(t => t?.GetValue<string>() ?? "").ToList() : [];

    /// <summary>The cell's metadata object.</summary>
    public JsonObject Metadata => _json["metadata"] as JsonObject ?? (JsonObject)(_json["metadata"] = new JsonObject());

    /// <summary>The <c>In [n]</c> number of a code cell, null when not run.</summary>
    public int? ExecutionCount
    {
        get => _json["execution_count"]?.GetValue<int>();
        set => _json["execution_count"] = value;
    }

    /// <summary>The outputs of a code cell, as JSON objects in nbformat's output schema.</summary>
    public IReadOnlyList<JsonObject> Outputs =>
        _json["outputs"] is JsonArray outputs ? outputs.OfType<JsonObject>().ToList() : [];

    /// <summary>Removes all outputs and the execution count (a code cell about to run).</summary>
    public void ClearOutputs()
    {
        if (!IsCode) return;
        _json["outputs"] = new JsonArray();
        _json["execution_count"] = null;
    }

    /// <summary>Appends printed text, joined to the previous output when that is the same stream.</summary>
    public void AddStream(string name, string text)
    {
        var outputs = OutputArray();
        if (outputs.Count > 0 && outputs[^1] is JsonObject last && last["output_type"]?.GetValue<string>() == "stream"
            && last["name"]?.GetValue<string>() == name)
        {
            last["text"] = Lines(JoinLines(last["text"]) + text);
            return;
        }
        outputs.Add(new JsonObject { ["name"] = name, ["output_type"] = "stream", ["text"] = Lines(text) });
    }

    /// <summary>Appends a <c>display_data</c> output.</summary>
    public void AddDisplay(MimeBundle bundle) =>
        OutputArray().Add(new JsonObject { ["data"] = Data(bundle), ["metadata"] = new JsonObject(), ["output_type"] = "display_data" });

    /// <summary>Appends the <c>execute_result</c> output (the value of the cell's last expression).</summary>
    public void AddResult(int executionCount, MimeBundle bundle) =>
        OutputArray().Add(new JsonObject
        {
            ["data"] = Data(bundle), ["execution_count"] = executionCount, ["metadata"] = new JsonObject(), ["output_type"] = "execute_result",
        });

    /// <summary>Appends an <c>error</c> output.</summary>
    public void AddError(CellError error) =>
        OutputArray().Add(new JsonObject
        {
            ["ename"] = error.Name, ["evalue"] = error.Message, ["output_type"] = "error",
            ["traceback"] = new JsonArray(error.Traceback.Select(l => (JsonNode)l).ToArray()),
        });

    internal void EnsureId()
    {
        if (string.IsNullOrEmpty(Id)) _json["id"] = NewId();
        if (IsCode)
        {
            _json["outputs"] ??= new JsonArray();
            if (!_json.ContainsKey("execution_count")) _json["execution_count"] = null;
        }
        _json["metadata"] ??= new JsonObject();
    }

    internal static string NewId() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>Text as nbformat writes it: lines keeping their line ends.</summary>
    internal static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') { lines.Add(text[start..(i + 1)]); start = i + 1; }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    /// <summary>Text stored either as a list of lines or as one string, joined.</summary>
    internal static string JoinLines(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? "")),
        JsonValue v => v.GetValue<string>(),
        _ => "",
    };

    private JsonArray OutputArray() => _json["outputs"] as JsonArray ?? (JsonArray)(_json["outputs"] = new JsonArray());

    // Text MIME types are stored as lists of lines; binary ones (image/png) as one base64 string, as Jupyter does.
    private static JsonObject Data(MimeBundle bundle)
    {
        var data = new JsonObject();
        foreach (var (mime, content) in bundle.Data)
            data[mime] = mime.StartsWith("text/", StringComparison.Ordinal) ? Lines(content) : content;
        return data;
    }
}
