using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Workbench.IO;
using Workbench.Notebooks.Execution;
using Workbench.Notebooks.Ipynb;
using Workbench.Notebooks.Rendering;
using Workbench.Notebooks.Running;
using Xunit.Abstractions;

namespace Workbench.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing of the notebook reader (issue 14): a small notebook with outputs of every kind, as this program
/// saves it, mutated 2,000 times with a fixed seed: cut short, one bit of one byte flipped, a key repeated, one value of
/// the wrong JSON type. Under every mutation the notebook is either refused with the workbench's own Chinese error
/// naming the file (and the line and column where the JSON parser gives them; no .NET message inside), or it loads, and
/// then every cell reads, the HTML report renders, and saving it gives the cells the mutation did not touch exactly as
/// they were. Bytes that are not UTF-8 are refused, never replaced.
/// </summary>
[Trait("Category", "Slow")]
public sealed class NotebookFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int Iterations = 2000;
    private const int Kinds = 4;
    private static readonly string Smoke = Path.Combine(AppContext.BaseDirectory, "Notebooks", "Fixtures", "runner-smoke.ipynb");
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);
    private readonly string _folder = Directory.CreateTempSubdirectory("wb-nbfuzz-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_damaged_notebook_is_refused_in_Chinese_and_a_loaded_one_keeps_its_untouched_cells()
    {
        var text = CleanNotebook();
        var bytes = Encoding.UTF8.GetBytes(text);
        var spans = CellSpans(bytes);
        var cells = JsonNode.Parse(text)!["cells"]!.AsArray();
        Assert.Equal(cells.Count, spans.Count);
        var path = Path.Combine(_folder, "月报分析.ipynb");
        var outcomes = new Dictionary<string, int>();
        foreach (var (kind, at) in FuzzCheck.Samples("notebook", Gen.Select(Gen.Int[0, Kinds - 1], Gen.Int[0, 1_000_000]), Iterations))
        {
            var (mutated, touched, description) = Mutate(text, bytes, spans, kind, at);
            File.WriteAllBytes(path, mutated);
            NotebookDocument document;
            try
            {
                document = NotebookDocument.Load(path);
            }
            catch (WorkbenchDataException e)
            {
                Assert.True(e.File == path, $"{description}：错误应指明文件：{e.Message}");
                Assert.Matches(@"^\P{IsBasicLatin}*\p{IsCJKUnifiedIdeographs}", e.Reason);
                if (e.InnerException is { } inner) Assert.DoesNotContain(inner.Message, e.Message);
                if (e.InnerException is JsonException or DecoderFallbackException)
                    Assert.True(e.Line is not null && e.Column is not null, $"{description}：语法错误应指明行与列：{e.Message}");
                outcomes["拒读"] = outcomes.GetValueOrDefault("拒读") + 1;
                continue;
            }
            Assert.True(IsUtf8(mutated), $"{description}：不是有效的 UTF-8，却载入了");
            var saved = Exercise(document);
            var back = JsonNode.Parse(saved)!["cells"]!.AsArray();
            if (touched != Touched.AllCells)
            {
                Assert.True(back.Count == cells.Count, $"{description}：单元格数 {cells.Count} 变为 {back.Count}");
                for (var i = 0; i < cells.Count; i++)
                    if (i != touched)
                        Assert.True(JsonNode.DeepEquals(cells[i], back[i]), $"{description}：未变异的第 {i + 1} 个单元格保存后不同：\n{back[i]!.ToJsonString()}");
            }
            outcomes["载入"] = outcomes.GetValueOrDefault("载入") + 1;
        }
        output.WriteLine($"notebook：{Iterations} 次变异，" + string.Join("，", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}")));
    }

    /// <summary>What a mutation touched: a cell's index, no cell, or the cells array itself.</summary>
    private static class Touched
    {
        public const int None = -1;
        public const int AllCells = -2;
    }

    private static (byte[] Bytes, int Touched, string Description) Mutate(string text, byte[] bytes, List<(int Start, int End)> spans, int kind, int at)
    {
        switch (kind)
        {
            case 0:
            {
                var cut = at % bytes.Length;
                return (bytes[..cut], Touched.AllCells, $"在第 {cut + 1} 字节处截断");
            }
            case 1:
            {
                var i = at % bytes.Length;
                var flipped = bytes.ToArray();
                flipped[i] ^= (byte)(1 << (at / bytes.Length % 8));
                return (flipped, CellAt(spans, i), $"第 {i + 1} 字节 0x{bytes[i]:X2} 翻转为 0x{flipped[i]:X2}");
            }
            case 2:
            {
                // A key repeated at the start of a cell (an editor's merge): JSON allows it, nbformat does not.
                var c = at % spans.Count;
                var key = new[] { "cell_type", "id", "metadata", "source" }[at / spans.Count % 4];
                var repeated = Encoding.UTF8.GetBytes($"\"{key}\": \"重复\", ");
                return ([.. bytes[..(spans[c].Start + 1)], .. repeated, .. bytes[(spans[c].Start + 1)..]], c, $"第 {c + 1} 个单元格开头重复键 {key}");
            }
            default:
            {
                var root = JsonNode.Parse(text)!;
                var nodes = new List<(JsonNode Parent, string? Key, int Index, string Path)>();
                Collect(root, nodes);
                var (parent, key, index, path) = nodes[at % nodes.Count];
                var old = key is null ? parent[index] : parent[key];
                JsonNode?[] kinds = [7, 1.5, "文本", true, null, new JsonArray(), new JsonObject()];
                var wrong = kinds.Where(w => (w?.GetValueKind() ?? JsonValueKind.Null) != (old?.GetValueKind() ?? JsonValueKind.Null)).ToArray();
                var w = wrong[at / nodes.Count % wrong.Length];
                if (key is null) parent[index] = w; else parent[key] = w;
                var touched = path == "$.cells" ? Touched.AllCells
                    : path.StartsWith("$.cells[", StringComparison.Ordinal) ? int.Parse(path["$.cells[".Length..path.IndexOf(']')]) : Touched.None;
                return (Encoding.UTF8.GetBytes(root.ToJsonString()), touched, $"{path} 改为 {w?.ToJsonString() ?? "null"}");
            }
        }
    }

    private static int CellAt(List<(int Start, int End)> spans, int offset) =>
        spans.FindIndex(s => offset >= s.Start && offset < s.End) is var i and >= 0 ? i : Touched.None;

    /// <summary>Every value of the tree with its parent and place (the root excepted).</summary>
    private static void Collect(JsonNode node, List<(JsonNode Parent, string? Key, int Index, string Path)> nodes)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o.ToList())
                {
                    nodes.Add((o, k, 0, v?.GetPath() ?? $"{o.GetPath()}.{k}"));
                    if (v is not null) Collect(v, nodes);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    nodes.Add((a, null, i, a[i]?.GetPath() ?? $"{a.GetPath()}[{i}]"));
                    if (a[i] is { } v) Collect(v, nodes);
                }
                break;
        }
    }

    /// <summary>Reads what a run and a report read, and saves; returns the saved text.</summary>
    private static string Exercise(NotebookDocument document)
    {
        foreach (var cell in document.Cells)
        {
            _ = (cell.CellType, cell.IsCode, cell.Id, cell.Source, cell.Tags, cell.ExecutionCount, cell.Metadata);
            foreach (var o in cell.Outputs) _ = o.ToJsonString();
        }
        NotebookRunner.InjectParameters(document, new Dictionary<string, string>());
        _ = NotebookHtmlReport.Page(document, "月报分析");
        return document.ToJson();
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException) { return false; }
    }

    /// <summary>The byte range of each cell object in the file.</summary>
    private static List<(int Start, int End)> CellSpans(byte[] json)
    {
        var r = new Utf8JsonReader(json);
        var spans = new List<(int, int)>();
        var inCells = false;
        var start = 0;
        while (r.Read())
        {
            if (r.TokenType == JsonTokenType.PropertyName && r.CurrentDepth == 1) inCells = r.ValueTextEquals("cells");
            else if (inCells && r.TokenType == JsonTokenType.StartObject && r.CurrentDepth == 2) start = (int)r.TokenStartIndex;
            else if (inCells && r.TokenType == JsonTokenType.EndObject && r.CurrentDepth == 2) spans.Add((start, (int)r.TokenStartIndex + 1));
        }
        return spans;
    }

    /// <summary>The runner's small notebook with outputs of every kind (printed text, a value, a table with a picture, an
    /// error), as this program saves it.</summary>
    private static string CleanNotebook()
    {
        var document = NotebookDocument.Load(Smoke);
        var c1 = document.Cells[2];
        c1.ExecutionCount = 1;
        c1.AddStream("stdout", "城市：东州，年份：2020\n");
        c1.AddResult(1, MimeBundle.Text("3030"));
        var c2 = document.Cells[3];
        c2.ExecutionCount = 2;
        c2.AddDisplay(new MimeBundle(new Dictionary<string, string>
        {
            ["text/plain"] = "城市  PM2.5\n东州  48\n西州  35.25",
            ["text/html"] = "<table>\n<tr><th>城市</th><th>PM2.5</th></tr>\n<tr><td>东州</td><td class=\"n\">48</td></tr>\n</table>",
            ["image/png"] = Convert.ToBase64String([0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10]),
        }));
        c2.AddStream("stderr", "警告：西州缺 3 天\n");
        c2.AddError(new CellError("DivideByZeroException", "试图除以零。", ["第 2 行：var x = 1 / 0;", "   at Submission#2"]));
        return document.ToJson();
    }
}
