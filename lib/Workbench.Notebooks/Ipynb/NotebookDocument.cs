using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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
        if (_root["cells"] is not JsonArray cells) throw new InvalidDataException("缺少 cells");
        Cells = cells.Select((c, i) => new NotebookCell(c as JsonObject ?? throw new InvalidDataException($"第 {i + 1} 个单元格不是 JSON 对象"))).ToList();
    }

    /// <summary>Where the notebook was read from, if from a file.</summary>
    public string? Path { get; }

    /// <summary>The cells in order (a view over the JSON; changes write through).</summary>
    public IReadOnlyList<NotebookCell> Cells { get; private set; }

    /// <summary>The notebook's metadata object (kernelspec, language_info, …).</summary>
    public JsonObject Metadata => _root["metadata"] as JsonObject ?? (JsonObject)(_root["metadata"] = new JsonObject());

    /// <summary>Reads a notebook; a file that is not a notebook gives a Chinese error naming file, line and column.</summary>
    /// <exception cref="WorkbenchDataException">The file is not valid JSON or not an nbformat 4 notebook.</exception>
    public static NotebookDocument Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"找不到笔记本文件：{path}", path);
        var text = File.ReadAllText(path, Encoding.UTF8);
        try
        {
            return Parse(text, path);
        }
        catch (JsonException e)
        {
            throw new WorkbenchDataException(path, (e.LineNumber ?? 0) + 1, ((e.BytePositionInLine ?? 0) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "笔记本不是有效的 JSON：" + e.Message, e);
        }
    }

    /// <summary>Parses notebook JSON text.</summary>
    public static NotebookDocument Parse(string json, string? path = null)
    {
        if (JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true }) is not JsonObject root)
            throw new WorkbenchDataException(path ?? "（笔记本）", null, null, "笔记本的顶层不是 JSON 对象");
        var major = root["nbformat"]?.GetValue<int>() ?? 0;
        if (major != 4)
            throw new WorkbenchDataException(path ?? "（笔记本）", null, null, $"只支持 nbformat 4 格式的笔记本（此文件为 {major}）");
        try
        {
            return new NotebookDocument(root, path);
        }
        catch (InvalidDataException e)
        {
            throw new WorkbenchDataException(path ?? "（笔记本）", null, null, "笔记本结构不正确：" + e.Message);
        }
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
