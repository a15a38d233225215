using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsCheck;
using Workbench.Tests.Support;
using Workbench.Water.Import;
using Xunit.Abstractions;

namespace Workbench.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing of the water API JSON reader (issue 14): the first 25 tbody rows of a real snapshot, mutated
/// 2,000 times with a fixed seed, checked by <see cref="FuzzCheck"/> (a lost value is reported on its tbody row, the
/// reader's line for JSON). Mutations: a comma, a quote, a letter or a full-width comma inside a number of a cell (its
/// shown value, its <c>title</c> raw value, the time), a digit replaced by a letter; a cell deleted or inserted; a cell of
/// the wrong JSON type (true, null, an array, an object); the structure of the wrong type (a row, tbody, thead, an item
/// of thead, the root); the text cut short; a structural character's byte flipped. A syntax error must be the
/// workbench's Chinese error naming the file, line and byte.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class WaterJsonFuzzTests(ITestOutputHelper output)
{
    private const int Iterations = 2000;
    private const int Kinds = 11;
    private const int Rows = 25;
    private const string FileName = "raw_api_snapshot_2021-03-31.json";
    private const int TimeColumn = 3;
    private const int FirstItemColumn = 5;

    private static readonly JsonSerializerOptions WriteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [SharedDataFact("water_quality_cnemc/" + FileName)]
    public void No_value_moves_and_every_loss_is_reported()
    {
        var root = JsonNode.Parse(File.ReadAllText(SharedData.PathOf("water_quality_cnemc/" + FileName)))!;
        var tbody = root["tbody"]!.AsArray();
        while (tbody.Count > Rows) tbody.RemoveAt(tbody.Count - 1);
        var text = root.ToJsonString(WriteOptions);
        var clean = Read(text);
        Assert.True(clean.Values.Count >= 200, $"干净文件只载入 {clean.Values.Count} 个值");
        var check = new FuzzCheck("water_json", clean);
        foreach (var (row, kind, at) in FuzzCheck.Samples("water_json", Gen.Select(Gen.Int[0, Rows - 1], Gen.Int[0, Kinds - 1], Gen.Int[0, 100_000]), Iterations))
        {
            var (mutated, description) = Mutate(text, row, kind, at);
            if (mutated is null) continue;
            check.Check(description, () => Read(mutated), i => i.Line == row + 1, refused: e =>
            {
                Assert.Equal(FileName, e.File);
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", e.Reason);
                if (kind >= 9) Assert.True(e.Line is not null && e.Column is not null, $"{description}：JSON 语法错误应指明行与字节：{e.Message}");
            });
        }
        output.WriteLine(check.Summary());
    }

    private static Loaded Read(string text) => LoadedValues.FromTempFile(Encoding.UTF8.GetBytes(text), FileName,
        (path, quality) => LoadedValues.Automatic(AutomaticStationImporter.Read(path, quality)));

    private static (string? Text, string Description) Mutate(string text, int row, int kind, int at)
    {
        if (kind == 9)
        {
            var cut = at % text.Length;
            return (text[..cut], $"在第 {cut + 1} 个字符处截断");
        }
        if (kind == 10)
        {
            var places = Structural(text);
            var i = places[at % places.Length];
            var flipped = (char)(text[i] ^ (1 << (at / places.Length % 7)));
            return (text[..i] + flipped + text[(i + 1)..], $"第 {i + 1} 个字符“{text[i]}”翻转为 U+{(int)flipped:X4}");
        }
        var root = JsonNode.Parse(text)!;
        var cells = root["tbody"]![row]!.AsArray();
        var where = $"tbody 第 {row + 1} 行";
        switch (kind)
        {
            case <= 4:
            {
                // Inside a number of the time or of an item cell (its shown value or the raw value in its title).
                var places = Enumerable.Range(TimeColumn, cells.Count - TimeColumn).Where(k => k == TimeColumn || k >= FirstItemColumn)
                    .SelectMany(k => Numbers().Matches(Text(cells[k])).SelectMany(m => kind == 4
                        ? Enumerable.Range(m.Index, m.Length).Where(p => char.IsAsciiDigit(Text(cells[k])[p]))
                        : Enumerable.Range(m.Index + 1, m.Length - 1)).Select(p => (k, p))).ToArray();
                if (places.Length == 0) return (null, "");
                var (col, pos) = places[at % places.Length];
                var cell = Text(cells[col]);
                var (changed, what) = kind switch
                {
                    0 => (cell.Insert(pos, ","), "插入逗号"),
                    1 => (cell.Insert(pos, "\""), "插入引号"),
                    2 => (cell.Insert(pos, "x"), "插入字母"),
                    3 => (cell.Insert(pos, "，"), "插入全角逗号"),
                    _ => (cell[..pos] + "O" + cell[(pos + 1)..], "数字改为字母 O"),
                };
                cells[col] = changed;
                return (root.ToJsonString(WriteOptions), $"{where}第 {col + 1} 格第 {pos + 1} 个字符处{what}");
            }
            case 5:
            {
                var k = at % cells.Count;
                cells.RemoveAt(k);
                return (root.ToJsonString(WriteOptions), $"{where}删去第 {k + 1} 格");
            }
            case 6:
            {
                var k = at % cells.Count;
                cells.Insert(k, cells[k]?.DeepClone());
                return (root.ToJsonString(WriteOptions), $"{where}第 {k + 1} 格重复一次");
            }
            case 7:
            {
                // The time, the class or an item of the wrong type (a name turned into another value is undetectable).
                var k = TimeColumn + at % (cells.Count - TimeColumn);
                JsonNode?[] wrong = [JsonValue.Create(true), null, new JsonArray(), new JsonObject()];
                var w = wrong[at / cells.Count % wrong.Length];
                cells[k] = w;
                return (root.ToJsonString(WriteOptions), $"{where}第 {k + 1} 格改为 {w?.ToJsonString() ?? "null"}");
            }
            default:
            {
                string what;
                switch (at % 5)
                {
                    case 0: root["tbody"]![row] = new JsonObject { ["行"] = row }; what = $"{where}改为对象"; break;
                    case 1: root["tbody"] = new JsonObject(); what = "tbody 改为对象"; break;
                    case 2: root["thead"] = "表头"; what = "thead 改为文本"; break;
                    case 3: root["thead"]![at % 17] = 0; what = $"thead 第 {at % 17 + 1} 项改为数"; break;
                    default: root = new JsonArray(root); what = "根改为数组"; break;
                }
                return (root.ToJsonString(WriteOptions), what);
            }
        }
    }

    private static string Text(JsonNode? cell) => cell is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";

    /// <summary>Positions of the characters outside strings (brackets, braces, commas, colons) and of the quotes that
    /// delimit strings.</summary>
    private static int[] Structural(string text)
    {
        var places = new List<int>();
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') { inString = false; places.Add(i); }
                continue;
            }
            if (c == '"') inString = true;
            if (c is '"' or '[' or ']' or '{' or '}' or ',' or ':') places.Add(i);
        }
        return places.ToArray();
    }

    [GeneratedRegex(@"\d[\d.]*\d")]
    private static partial Regex Numbers();
}
