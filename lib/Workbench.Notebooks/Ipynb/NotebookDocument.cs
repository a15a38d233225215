using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Workbench.IO;

namespace Workbench.Notebooks.Ipynb;

/// <summary>
/// A Jupyter notebook file (nbformat 4), kept as its JSON tree so that metadata this program does not know (VS Code's,
/// JupyterLab's) survives a run untouched. Saved as nbformat 4.5: every cell has an id, sources and texts are lists of
/// lines, and Chinese is written as is, as Jupyter itself writes it.
/// </summary>
public sealed class NotebookDocument
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true, IndentSize = 1, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly JsonObject _root;

    private NotebookDocument(JsonObject root, string? path)
    {
        _root = root;
        Path = path;
        Cells = ((JsonArray)_root["cells"]!).Select(c => new NotebookCell((JsonObject)c!)).ToList();
    }

    /// <summary>Where the notebook was read from, if from a file.</summary>
    public string? Path { get; }

    /// <summary>The cells in order (a view over the JSON; changes write through).</summary>
    public IReadOnlyList<NotebookCell> Cells { get; private set; }

    /// <summary>The notebook's metadata object (kernelspec, language_info, …).</summary>
    public JsonObject Metadata => _root["metadata"] as JsonObject ?? (JsonObject)(_root["metadata"] = new JsonObject());

    /// <summary>Reads a notebook; a file that is not a notebook gives a Chinese error naming file, line and column.</summary>
    /// <exception cref="WorkbenchDataException">The file is not UTF-8, not valid JSON or not an nbformat 4 notebook.</exception>
    public static NotebookDocument Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"找不到笔记本文件：{path}", path);
        return Parse(Decode(File.ReadAllBytes(path), path), path);
    }

    /// <summary>Parses notebook JSON text.</summary>
    /// <exception cref="WorkbenchDataException">The text is not valid JSON (a key repeated included) or not an nbformat 4
    /// notebook whose fields have the types nbformat gives them (<see cref="NotebookSchema"/>).</exception>
    public static NotebookDocument Parse(string json, string? path = null)
    {
        var file = path ?? "（笔记本）";
        JsonNode? node;
        try
        {
            // A repeated key is refused: which of its values was meant cannot be known.
            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, AllowDuplicateProperties = false });
        }
        catch (JsonException e) when (e.LineNumber is null && RepeatedKey(json) is var (line, column, key))
        {
            // System.Text.Json names no place for a repeated key: found here.
            throw new WorkbenchDataException(file, line, column, $"笔记本不是有效的 JSON：键“{key}”在同一对象中重复出现，无法确定取哪一个值", e);
        }
        catch (JsonException e)
        {
            throw JsonErrors.Syntax(file, e, "笔记本不是有效的 JSON（引号或括号未闭合、缺少逗号、文件被截断等）");
        }
        if (node is not JsonObject root) throw new WorkbenchDataException(file, null, null, "笔记本的顶层不是 JSON 对象");
        NotebookSchema.Check(root, file);
        return new NotebookDocument(root, path);
    }

    /// <summary>The file's text: UTF-8 as nbformat requires, a BOM allowed. Bytes that are not UTF-8 are refused with their
    /// line and byte, never replaced (a replaced character would be saved back into the notebook).</summary>
    private static string Decode(byte[] bytes, string path)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var text = new char[bytes.Length];
        if (Utf8.ToUtf16(bytes.AsSpan(start), text, out var read, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
            return new string(text, 0, written);
        var (line, column) = Position(bytes, start + read);
        throw new WorkbenchDataException(path, line, column, "笔记本不是有效的 UTF-8 文本（nbformat 规定 UTF-8；另存为 UTF-8 后再试）");
    }

    /// <summary>The line and byte of the first key repeated within one object, and the key; null when none is.</summary>
    private static (long Line, string Column, string Key)? RepeatedKey(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true });
        var keys = new Stack<HashSet<string>>();
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.StartObject) keys.Push([]);
                else if (reader.TokenType == JsonTokenType.EndObject) keys.Pop();
                else if (reader.TokenType == JsonTokenType.PropertyName && !keys.Peek().Add(reader.GetString()!))
                {
                    var (line, column) = Position(bytes, (int)reader.TokenStartIndex);
                    return (line, column, reader.GetString()!);
                }
            }
        }
        catch (JsonException) { }   // another syntax error first: reported as such
        return null;
    }

    /// <summary>The 1-based line of a byte offset and its byte in that line (as the Chinese column text).</summary>
    private static (long Line, string Column) Position(byte[] bytes, int offset)
    {
        var lineStart = offset == 0 ? 0 : Array.LastIndexOf(bytes, (byte)'\n', offset - 1) + 1;
        return (bytes.AsSpan(0, offset).Count((byte)'\n') + 1, $"第 {offset - lineStart + 1} 字节");
    }

    /// <summary>Inserts a new code cell at <paramref name="index"/> and returns it.</summary>
    public NotebookCell InsertCodeCell(int index, string source, params string[] tags)
    {
        var cell = new JsonObject
        {
            ["cell_type"] = "code", ["execution_count"] = null, ["id"] = NotebookCell.NewId(),
            ["metadata"] = new JsonObject { ["tags"] = new JsonArray(tags.Select(t => (JsonNode)t).ToArray()) },
            ["outputs"] = new JsonArray(), ["source"] = NotebookCell.Lines(source),
        };
        ((JsonArray)_root["cells"]!).Insert(index, cell);
        Cells = ((JsonArray)_root["cells"]!).Select(c => new NotebookCell((JsonObject)c!)).ToList();
        return Cells[index];
    }

    /// <summary>Removes the cell at <paramref name="index"/>.</summary>
    public void RemoveCell(int index)
    {
        ((JsonArray)_root["cells"]!).RemoveAt(index);
        Cells = ((JsonArray)_root["cells"]!).Select(c => new NotebookCell((JsonObject)c!)).ToList();
    }

    /// <summary>The notebook as nbformat 4.5 JSON text.</summary>
    public string ToJson()
    {
        _root["nbformat"] = 4;
        if ((_root["nbformat_minor"]?.GetValue<int>() ?? 0) < 5) _root["nbformat_minor"] = 5;
        foreach (var cell in Cells) cell.EnsureId();
        return _root.ToJsonString(WriteOptions) + "\n";
    }

    /// <summary>Writes the notebook atomically (a crash leaves the old file, never half a notebook).</summary>
    public void Save(string path) => AtomicFile.WriteText(path, w => w.Write(ToJson()));
}
