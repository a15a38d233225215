using System.Text.Json;
using System.Text.Json.Nodes;
using Workbench.IO;

namespace Workbench.Notebooks.Ipynb;

/// <summary>
/// The JSON types of the nbformat 4 fields this program reads (the nbformat 4.5 schema: cells, their type, id, source,
/// metadata and tags, execution count and outputs), checked when a notebook is loaded. A field of another type is refused
/// there, naming the cell and the field in Chinese, rather than failing later in a run or a report, or being replaced
/// by an empty one when the notebook is saved. Fields this program does not read are kept as they are, whatever they hold.
/// </summary>
internal static class NotebookSchema
{
    /// <summary>Throws <see cref="WorkbenchDataException"/> at the first field of the wrong type.</summary>
    public static void Check(JsonObject root, string file)
    {
        if (root["nbformat"] is not JsonValue v || !v.TryGetValue<int>(out var major))
            throw Error(file, "nbformat", "整数", root["nbformat"], missing: !root.ContainsKey("nbformat"));
        if (major != 4) throw new WorkbenchDataException(file, null, null, $"只支持 nbformat 4 格式的笔记本（此文件为 {major}）");
        Integer(root, "nbformat_minor", "", file);
        Object(root, "metadata", "", file);
        if (root["cells"] is not JsonArray cells)
            throw Error(file, "cells", "数组", root["cells"], missing: !root.ContainsKey("cells"));
        for (var i = 0; i < cells.Count; i++)
        {
            var where = $"第 {i + 1} 个单元格";
            if (cells[i] is not JsonObject cell) throw Error(file, where, "对象", cells[i]);
            if (cell["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String) where += $"（id {id.GetValue<string>()}）";
            where += "的 ";
            String(cell, "cell_type", where, file);
            String(cell, "id", where, file);
            Text(cell, "source", where, file);
            if (Object(cell, "metadata", where, file)?["tags"] is { } tags)
            {
                if (tags is not JsonArray list) throw Error(file, where + "metadata.tags", "文本的数组", tags);
                Strings(list, where + "metadata.tags", file);
            }
            if (cell["execution_count"] is { } count && !(count is JsonValue c && c.TryGetValue<int>(out _)))
                throw Error(file, where + "execution_count", "整数或 null", count);
            if (cell["outputs"] is not { } outputs) continue;
            if (outputs is not JsonArray outputList) throw Error(file, where + "outputs", "数组", outputs);
            for (var k = 0; k < outputList.Count; k++)
            {
                var at = $"{where}outputs 第 {k + 1} 项的 ";
                if (outputList[k] is not JsonObject o) throw Error(file, $"{where}outputs 第 {k + 1} 项", "对象", outputList[k]);
                String(o, "output_type", at, file);
                String(o, "name", at, file);
                Text(o, "text", at, file);
                if (Object(o, "data", at, file) is { } data)
                    foreach (var (mime, _) in data)
                        Text(data, mime, $"{at}data.", file);
            }
        }
    }

    private static void String(JsonObject o, string key, string where, string file)
    {
        if (o[key] is { } v && v.GetValueKind() != JsonValueKind.String) throw Error(file, where + key, "文本", v);
    }

    private static void Integer(JsonObject o, string key, string where, string file)
    {
        if (o[key] is { } v && !(v is JsonValue n && n.TryGetValue<int>(out _))) throw Error(file, where + key, "整数", v);
    }

    private static JsonObject? Object(JsonObject o, string key, string where, string file) => o[key] switch
    {
        null when !o.ContainsKey(key) => null,
        JsonObject value => value,
        var other => throw Error(file, where + key, "对象", other),
    };

    /// <summary>Text as nbformat stores it: one string, or an array of strings (lines).</summary>
    private static void Text(JsonObject o, string key, string where, string file)
    {
        if (!o.ContainsKey(key)) return;
        var v = o[key];
        if (v is JsonArray lines) Strings(lines, where + key, file);
        else if (v?.GetValueKind() != JsonValueKind.String) throw Error(file, where + key, "文本或文本的数组", v);
    }

    private static void Strings(JsonArray items, string field, string file)
    {
        for (var i = 0; i < items.Count; i++)
            if (items[i]?.GetValueKind() != JsonValueKind.String) throw Error(file, $"{field} 第 {i + 1} 项", "文本", items[i]);
    }

    private static WorkbenchDataException Error(string file, string field, string expected, JsonNode? actual, bool missing = false) =>
        new(file, null, null, missing ? $"笔记本结构不正确：缺少 {field}" : $"笔记本结构不正确：{field} 应为{expected}，实为{KindName(actual)}");

    private static string KindName(JsonNode? node) => (node?.GetValueKind() ?? JsonValueKind.Null) switch
    {
        JsonValueKind.Object => "对象",
        JsonValueKind.Array => "数组",
        JsonValueKind.String => "文本",
        JsonValueKind.Number => "数",
        JsonValueKind.True or JsonValueKind.False => "布尔值",
        _ => "null",
    };
}
