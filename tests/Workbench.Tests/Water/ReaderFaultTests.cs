using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using Workbench.IO;
using Workbench.Quality;
using Workbench.Standards.Water;
using Workbench.Tests.Support;
using Workbench.Water.Compute;
using Workbench.Water.Files;
using Workbench.Water.Import;
using Workbench.Water.Registry;
using Xunit.Abstractions;

namespace Workbench.Tests.Water;

/// <summary>
/// Issue 14, water readers: each reader gets a real-shaped file (an excerpt of the CNEMC feeds in ../shared/data, or the
/// committed sample in data/sample/water) with exactly one fault, and the outcome is checked exactly: the reason codes
/// with file and line, the refused rows or values absent, every other loaded value equal to the clean file's, and the
/// class of the untouched rows unchanged. <see cref="Cases"/> is the table "reader × fault → outcome".
/// </summary>
public class ReaderFaultTests(ITestOutputHelper output)
{
    /// <summary>The water readers.</summary>
    public enum Reader { SeventeenColumnCsv, SnapshotCsv, ApiJson, ManualCsv, ManualXlsx, RegistryCsv, RegistryXlsx }

    /// <summary>One report line the fault must cause (and nothing else may be new).</summary>
    public sealed record Expected(string Code, long Line, QualityAction Action, string? Column = null);

    /// <summary>What a reader made of a file: per source line, the key fields and the loaded values.</summary>
    public sealed record RowView(string Key, IReadOnlyDictionary<string, string> Cells, string? Class);

    /// <summary>One case of the table.</summary>
    /// <param name="Reader">The reader.</param>
    /// <param name="Fault">The fault class (the reason code it must give, or a short name).</param>
    /// <param name="Outcome">The outcome in words, for the matrix.</param>
    /// <param name="Make">Builds the faulty file from the clean one; returns the expected report lines, refused lines
    /// and refused cells (line, cell name), or the expected error text when the whole file must be refused.</param>
    public sealed record FaultCase(Reader Reader, string Fault, string Outcome, Func<Source, Injected> Make);

    /// <summary>A clean source: its file name and lines (text, without line ends).</summary>
    public sealed record Source(string FileName, IReadOnlyList<string> Lines)
    {
        /// <summary>0-based field index of a header column.</summary>
        public int Column(string name) => Array.FindIndex(Lines[0].TrimStart('\uFEFF').Split(','), h => h == name) is var k and >= 0 ? k
            : throw new InvalidOperationException($"no column {name}");

        /// <summary>The fields of a 1-based line.</summary>
        public string[] Fields(long line) => Lines[(int)line - 1].Split(',');
    }

    /// <summary>A faulty file and what it must give.</summary>
    public sealed record Injected(byte[] Bytes, IReadOnlyList<Expected> Issues, IReadOnlyCollection<long> RefusedLines,
        IReadOnlyCollection<(long Line, string Cell)> RefusedCells, string[]? ErrorContains = null, Action<XLWorkbook>? Workbook = null,
        Func<byte[], byte[]>? PatchXlsx = null);

    private const string Folder = "water_quality_cnemc/";
    private const int TargetLine = 5;          // the fourth data row (JSON: tbody row 5): unique in every excerpt (asserted)

    // ---- the case table -------------------------------------------------------------------------------------------

    // Set before the cases below, whose builders use it.
    private static readonly Encoding Gbk = GetGbk();

    private static Encoding GetGbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    /// <summary>Every case: reader × fault class → outcome.</summary>
    public static IReadOnlyList<FaultCase> Cases { get; } =
    [
        .. CsvCases(Reader.SeventeenColumnCsv, "pH(无量纲)", "pH(无量纲)"),
        .. CsvCases(Reader.SnapshotCsv, "pH(无量纲)", "pH(无量纲)_原始值"),
        .. CsvCases(Reader.ManualCsv, "pH(无量纲)", "pH(无量纲)"),
        new(Reader.ManualCsv, "thousands-separator", "\"1,250\" 读作 1250，修正并列出", s => Thousands(s, "粪大肠菌群(个/L)")),
        .. CsvCases(Reader.RegistryCsv, null, null),
        new(Reader.RegistryCsv, "thousands-separator", "\"3,650\" 读作 3650，修正并列出", s => Thousands(s, "年取水量(万吨)")),
        new(Reader.ApiJson, "field-count (+1)", "整行剔除并列出", s => JsonRow(s, cells => cells.Insert(6, cells[6]!.DeepClone()), "field-count")),
        new(Reader.ApiJson, "field-count (−1)", "整行剔除并列出", s => JsonRow(s, cells => cells.RemoveAt(6), "field-count")),
        new(Reader.ApiJson, "out-of-range", "pH 85.0 剔除并列出，按其余项目定类", s => JsonRow(s, cells =>
            cells[6] = "<span data-toggle='tooltip' data-placement='right' title='原始值：85.0'>85.0</span>", "out-of-range")),
        new(Reader.ApiJson, "unterminated-quote", "JSON 语法错误：整个文件拒读，错误指明文件、行、字节", s =>
        {
            var text = string.Join('\n', s.Lines);
            var at = text.IndexOf("\"Ⅱ\"", StringComparison.Ordinal);
            return new Injected(Encoding.UTF8.GetBytes(text.Remove(at + 2, 1)), [], [], [], [s.FileName, "第 1 行", "JSON 语法错误"]);
        }),
        new(Reader.ApiJson, "mixed-encoding", "一行中混有 GBK 字段：整个文件（仅 1 行）拒读，错误指明文件、行、字段", s =>
        {
            var text = string.Join('\n', s.Lines);
            var at = text.IndexOf("果河桥", StringComparison.Ordinal);
            var bytes = Encoding.UTF8.GetBytes(text[..at]).Concat(Gbk.GetBytes("果河桥")).Concat(Encoding.UTF8.GetBytes(text[(at + 3)..])).ToArray();
            return new Injected(bytes, [], [], [], [s.FileName, "第 1 行", "UTF-8", "GBK"]);
        }),
        new(Reader.ManualXlsx, "formula-without-value", "公式单元格无计算结果：该值不载入，列出单元格地址", s => Formula(s, "总磷(mg/L)", cached: false)),
        new(Reader.ManualXlsx, "formula (stored value)", "公式单元格读其保存的结果，与原值相同，不列出", s => Formula(s, "总磷(mg/L)", cached: true)),
        new(Reader.ManualXlsx, "out-of-range", "pH 85 剔除并列出，按其余项目定类", s => XlsxCell(s, "pH(无量纲)", 85.0, "out-of-range")),
        new(Reader.ManualXlsx, "thousands-separator", "文本单元格 \"1,250\" 读作 1250，修正并列出", s => XlsxThousands(s, "粪大肠菌群(个/L)")),
        new(Reader.RegistryXlsx, "formula-without-value", "公式单元格无计算结果：年取水量不载入，列出单元格地址", s => Formula(s, "年取水量(万吨)", cached: false)),
        new(Reader.RegistryXlsx, "formula (stored value)", "公式单元格读其保存的结果，不列出", s => Formula(s, "年取水量(万吨)", cached: true)),
        new(Reader.ManualXlsx, "field-count (inserted cell)", "插入单元格（右移）使末值落在表头之外：整行剔除并列出", _ => XlsxInsertedCell()),
        new(Reader.RegistryXlsx, "field-count (inserted cell)", "插入单元格（右移）使末值落在表头之外：整行剔除并列出", _ => XlsxInsertedCell()),
    ];

    /// <summary>Combinations that do not apply, with the reason (for the matrix).</summary>
    public static IReadOnlyList<(Reader Reader, string Fault, string Why)> NotApplicable { get; } =
    [
        (Reader.SeventeenColumnCsv, "thousands-separator", "自动站五项及其余项目均 < 1000，无千位分隔的数值（电导率、藻密度不是评价项目，按原文保留）"),
        (Reader.SnapshotCsv, "thousands-separator", "同上"),
        (Reader.ApiJson, "thousands-separator", "同上"),
        (Reader.RegistryCsv, "out-of-range", "名录没有监测项目"),
        (Reader.ManualXlsx, "unterminated-quote / mixed-encoding", "XLSX 单元格自带边界与编码"),
        (Reader.RegistryXlsx, "unterminated-quote / mixed-encoding", "同上"),
    ];

    public static TheoryData<Reader, string> CaseKeys()
    {
        var d = new TheoryData<Reader, string>();
        foreach (var c in Cases) d.Add(c.Reader, c.Fault);
        return d;
    }

    private static IEnumerable<FaultCase> CsvCases(Reader reader, string? phColumn, string? phCell)
    {
        yield return new(reader, "field-count (+1)", "整行剔除并列出（应有与实有字段数、行号）", s => Line(s, f => [.. f[..3], f[2], .. f[3..]], "field-count"));
        yield return new(reader, "field-count (−1)", "整行剔除并列出", s => Line(s, f => [.. f[..3], .. f[4..]], "field-count"));
        yield return new(reader, "unterminated-quote", "该行剔除，从下一行恢复，列出起始行与影响行数", s =>
            Line(s, f => { var g = f.ToArray(); g[1] = "\"" + g[1]; return g; }, "unterminated-quote"));
        yield return new(reader, "mixed-encoding (GBK line)", "该行按 GBK 解码，数值与原文相同，修正并列出", s => MixedLine(s, wholeLine: true));
        yield return new(reader, "mixed-encoding (GBK field)", "一行中混有 UTF-8 与 GBK：整行剔除并列出", s => MixedLine(s, wholeLine: false));
        if (phColumn is not null)
            yield return new(reader, "out-of-range", "pH 85.0 剔除并列出（项目、值、范围），按其余项目定类", s =>
            {
                var k = s.Column(phCell!);
                var inj = Line(s, f => { var g = f.ToArray(); g[k] = "85.0"; return g; }, "out-of-range", phCell);
                return inj with { RefusedLines = [], RefusedCells = [(TargetLine, WaterItem.PH.ToString())] };
            });
    }

    // ---- fault builders ---------------------------------------------------------------------------------------------

    private static byte[] Utf8(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");

    private static Injected Line(Source s, Func<string[], string[]> change, string code, string? column = null)
    {
        var lines = s.Lines.ToArray();
        lines[TargetLine - 1] = string.Join(',', change(s.Fields(TargetLine)));
        return new Injected(Utf8(lines), [new(code, TargetLine, QualityAction.Rejected, column)], [TargetLine], []);
    }

    private static Injected MixedLine(Source s, bool wholeLine)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < s.Lines.Count; i++)
        {
            var line = s.Lines[i];
            if (i + 1 != TargetLine) bytes.AddRange(Encoding.UTF8.GetBytes(line));
            else if (wholeLine) bytes.AddRange(Gbk.GetBytes(line));
            else
            {
                // Only the section (or city) field in GBK, the rest UTF-8: an edit in another editor.
                var f = line.Split(',');
                var k = Array.FindIndex(f, x => x.Any(ch => ch >= 0x4E00));
                for (var j = 0; j < f.Length; j++)
                {
                    if (j > 0) bytes.Add((byte)',');
                    bytes.AddRange(j == k ? Gbk.GetBytes(f[j]) : Encoding.UTF8.GetBytes(f[j]));
                }
            }
            bytes.Add((byte)'\n');
        }
        return wholeLine
            ? new Injected([.. bytes], [new("mixed-encoding", TargetLine, QualityAction.Corrected)], [], [])
            : new Injected([.. bytes], [new("mixed-encoding", TargetLine, QualityAction.Rejected)], [TargetLine], []);
    }

    private static long LineWithAtLeast(Source s, string column, decimal min)
    {
        var k = s.Column(column);
        for (var i = 2; i <= s.Lines.Count; i++)
            if (decimal.TryParse(s.Fields(i)[k], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= min) return i;
        throw new InvalidOperationException($"no {column} ≥ {min} in {s.FileName}");
    }

    private static Injected Thousands(Source s, string column)
    {
        var line = LineWithAtLeast(s, column, 1000);
        var k = s.Column(column);
        var lines = s.Lines.ToArray();
        var f = s.Fields(line);
        f[k] = "\"" + decimal.Parse(f[k], CultureInfo.InvariantCulture).ToString("#,##0.####", CultureInfo.InvariantCulture) + "\"";
        lines[line - 1] = string.Join(',', f);
        return new Injected(Utf8(lines), [new("thousands-separator", line, QualityAction.Corrected, column)], [], []);
    }

    private static Injected JsonRow(Source s, Action<JsonArray> change, string code)
    {
        var root = JsonNode.Parse(string.Join('\n', s.Lines))!;
        change(root["tbody"]![TargetLine - 1]!.AsArray());
        var json = root.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return code == "out-of-range"
            ? new Injected(Encoding.UTF8.GetBytes(json), [new(code, TargetLine, QualityAction.Rejected, "pH(无量纲)")], [], [(TargetLine, WaterItem.PH.ToString())])
            : new Injected(Encoding.UTF8.GetBytes(json), [new(code, TargetLine, QualityAction.Rejected)], [TargetLine], []);
    }

    private static Injected Formula(Source s, string column, bool cached)
    {
        var line = column.StartsWith("年取水量") ? LineWithAtLeast(s, column, 1) : TargetLine;
        var k = s.Column(column);
        var value = s.Fields(line)[k];
        var formula = $"{value}*1";
        var address = XLHelper.GetColumnLetterFromNumber(k + 1) + line;
        return new Injected([],
            cached ? [] : [new("formula-without-value", line, QualityAction.Rejected, column)],
            [], cached ? [] : [(line, CellName(column))],
            Workbook: wb => wb.Worksheets.First().Cell(address).FormulaA1 = formula,
            // ClosedXML writes formulas without a stored value (as openpyxl does); for the stored case add Excel's <v>.
            PatchXlsx: cached ? bytes => XlsxFiles.AddStoredValue(bytes, address, value) : null);
    }

    private static Injected XlsxCell(Source s, string column, double value, string code)
    {
        var address = XLHelper.GetColumnLetterFromNumber(s.Column(column) + 1) + TargetLine;
        return new Injected([], [new(code, TargetLine, QualityAction.Rejected, column)], [], [(TargetLine, WaterItem.PH.ToString())],
            Workbook: wb => wb.Worksheets.First().Cell(address).Value = value);
    }

    private static Injected XlsxThousands(Source s, string column)
    {
        var line = LineWithAtLeast(s, column, 1000);
        var k = s.Column(column);
        var text = decimal.Parse(s.Fields(line)[k], CultureInfo.InvariantCulture).ToString("#,##0.####", CultureInfo.InvariantCulture);
        var address = XLHelper.GetColumnLetterFromNumber(k + 1) + line;
        return new Injected([], [new("thousands-separator", line, QualityAction.Corrected, column)], [], [],
            Workbook: wb => wb.Worksheets.First().Cell(address).SetValue(text));
    }

    /// <summary>Excel's "insert cells, shift right" in the target row (whose last cell is filled): its last value then
    /// stands past the header. Found by fuzzing: the row was read shifted, each value under the next column's item.</summary>
    private static Injected XlsxInsertedCell() =>
        new([], [new("field-count", TargetLine, QualityAction.Rejected)], [TargetLine], [],
            Workbook: wb => wb.Worksheets.First().Cell(TargetLine, 4).InsertCellsBefore(1));

    // ---- clean sources ----------------------------------------------------------------------------------------------

    private static readonly Lazy<string[]> SeventeenColumn = new(() => Head(SharedData.PathOf(Folder + "water_quality_by_name_2021-04-01_05_all_sections.csv.xz"), 41));
    private static readonly Lazy<string[]> Snapshots = new(() => Head(SharedData.PathOf(Folder + "szzdjc_daily_snapshots_2020-05-08_2021-04-05.csv.xz"), 41));

    private static string[] Head(string path, int lines) =>
        Encoding.UTF8.GetString(XzStream.ReadAllBytes(path)).TrimStart('\uFEFF').Split('\n').Take(lines).Select(l => l.TrimEnd('\r')).ToArray();

    private static string SampleFile(string name) => Path.Combine(SharedData.RepoRoot, "data", "sample", "water", name);

    private static Source SourceOf(Reader reader) => reader switch
    {
        Reader.SeventeenColumnCsv => new("water_quality_by_name_2021-04-01_excerpt.csv", SeventeenColumn.Value),
        Reader.SnapshotCsv => new("szzdjc_daily_snapshots_excerpt.csv", Snapshots.Value),
        Reader.ApiJson => new("raw_api_snapshot_2021-03-31.json", [File.ReadAllText(SharedData.PathOf(Folder + "raw_api_snapshot_2021-03-31.json"))]),
        Reader.ManualCsv => new("monthly_samples_excerpt.csv", File.ReadAllLines(SampleFile("monthly_samples.csv")).Take(41).ToArray()),
        Reader.ManualXlsx => new("monthly_samples_excerpt.xlsx", File.ReadAllLines(SampleFile("monthly_samples.csv")).Take(41).ToArray()),
        Reader.RegistryCsv => new("sections.csv", File.ReadAllLines(SampleFile("sections.csv"))),
        _ => new("sections.xlsx", File.ReadAllLines(SampleFile("sections.csv"))),
    };

    private static bool IsXlsx(Reader r) => r is Reader.ManualXlsx or Reader.RegistryXlsx;

    /// <summary>Writes the clean lines as XLSX (numbers as numbers, the rest as text), then applies a change.</summary>
    private static byte[] Xlsx(Source s, Action<XLWorkbook>? change, Func<byte[], byte[]>? patch)
    {
        using var ms = new MemoryStream();
        using (var wb = new XLWorkbook())
        {
            var ws = wb.AddWorksheet("数据");
            for (var i = 0; i < s.Lines.Count; i++)
            {
                var f = s.Lines[i].Split(',');
                for (var c = 0; c < f.Length; c++)
                {
                    var cell = ws.Cell(i + 1, c + 1);
                    if (i > 0 && double.TryParse(f[c], NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) cell.Value = d;
                    else if (f[c].Length > 0) cell.SetValue(f[c]);
                }
            }
            change?.Invoke(wb);
            wb.SaveAs(ms);
        }
        var bytes = ms.ToArray();
        return patch is null ? bytes : patch(bytes);
    }

    // ---- reading into a comparable view -----------------------------------------------------------------------------

    private static string CellName(string column) =>
        WaterItems.TryFromHeader(column, out var item) ? item.ToString() : column;

    private static string Num(MeasuredValue v) => v.Value.ToString("G29", CultureInfo.InvariantCulture) + (v.BelowDetectionLimit ? "L" : "");

    private static Dictionary<long, RowView> Load(Reader reader, string path, DataQualityReport q, Source clean)
    {
        switch (reader)
        {
            case Reader.SeventeenColumnCsv or Reader.SnapshotCsv or Reader.ApiJson:
            {
                var data = AutomaticStationImporter.Read(path, q);
                return data.Readings.ToDictionary(r => r.Line, r => new RowView($"{r.Province}|{r.Section}|{r.Time:s}|{r.PublishedClassText}",
                    r.Values.ToDictionary(kv => kv.Key.ToString(), kv => Num(kv.Value)),
                    AutomaticClassification.Evaluate(r, WaterBodyType.River)?.Class?.ToRoman()));
            }
            case Reader.ManualCsv or Reader.ManualXlsx:
                return ManualSampleImporter.Read(path, q).Samples.ToDictionary(x => x.Line, x => new RowView($"{x.Section}|{x.Time:s}",
                    x.Values.ToDictionary(kv => kv.Key.ToString(), kv => Num(kv.Value)),
                    WaterEvaluation2011.Evaluate(x.Values, WaterBodyType.River, WaterEvaluationSettings.Method2011).Class?.ToRoman()));
            default:
            {
                // Registry entries carry no line: find it through the clean file's names.
                var lineOf = clean.Lines.Select((l, i) => (Name: l.Split(',')[0], Line: (long)i + 1)).Skip(1).ToDictionary(x => x.Name, x => x.Line);
                return SectionRegistry.Load(path, q).Sections.ToDictionary(x => lineOf[x.Name], x => new RowView(x.Name,
                    new Dictionary<string, string?>
                    {
                        ["别名"] = string.Join('|', x.Aliases), ["省份"] = x.Province, ["城市"] = x.City, ["河流"] = x.River, ["流域"] = x.Basin,
                        ["水体类型"] = x.BodyType?.ToString(), ["目标类别"] = x.Target?.ToString(), ["考核级别"] = x.Level?.ToString(),
                        ["饮用水水源地"] = x.DrinkingWaterSource.ToString(), ["经度"] = x.Longitude?.ToString("R", CultureInfo.InvariantCulture),
                        ["纬度"] = x.Latitude?.ToString("R", CultureInfo.InvariantCulture),
                        ["年取水量(万吨)"] = x.AnnualVolume?.ToString("G29", CultureInfo.InvariantCulture),
                    }.Where(kv => !string.IsNullOrEmpty(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value!), x.Target?.ToRoman()));
            }
        }
    }

    private static string? ClassWithout(Reader reader, RowView clean, IEnumerable<string> refused)
    {
        var values = clean.Cells.Where(kv => !refused.Contains(kv.Key)).ToDictionary(kv => Enum.Parse<WaterItem>(kv.Key),
            kv => MeasuredValue.TryParse(kv.Value, out var v) == MeasuredValue.ParseOutcome.Value ? v : throw new InvalidOperationException(kv.Value));
        if (reader is Reader.ManualCsv or Reader.ManualXlsx)
            return WaterEvaluation2011.Evaluate(values, WaterBodyType.River, WaterEvaluationSettings.Method2011).Class?.ToRoman();
        var settings = WaterEvaluationSettings.AutomaticStation;
        return settings.Items.Any(values.ContainsKey) ? WaterEvaluation2011.Evaluate(values, WaterBodyType.River, settings).Class?.ToRoman() : null;
    }

    // ---- the theory -------------------------------------------------------------------------------------------------

    [SharedDataTheory(Folder + "raw_api_snapshot_2021-03-31.json")]
    [MemberData(nameof(CaseKeys))]
    public void Fault(Reader reader, string fault)
    {
        var c = Cases.Single(x => x.Reader == reader && x.Fault == fault);
        var source = SourceOf(reader);
        var dir = Directory.CreateTempSubdirectory("wb-fault-");
        try
        {
            var inj = c.Make(source);
            var cleanPath = Path.Combine(dir.FullName, "clean", source.FileName);
            var faultPath = Path.Combine(dir.FullName, source.FileName);
            Directory.CreateDirectory(Path.GetDirectoryName(cleanPath)!);
            File.WriteAllBytes(cleanPath, IsXlsx(reader) ? Xlsx(source, null, null) : Utf8(source.Lines));
            File.WriteAllBytes(faultPath, IsXlsx(reader) ? Xlsx(source, inj.Workbook, inj.PatchXlsx) : inj.Bytes);

            var cleanQ = new DataQualityReport();
            var clean = Load(reader, cleanPath, cleanQ, source);
            Assert.True(clean.Count >= 10, $"clean excerpt has {clean.Count} rows");
            if (reader != Reader.ApiJson) Assert.Single(source.Lines, l => l == source.Lines[TargetLine - 1]);
            if (reader is not (Reader.RegistryCsv or Reader.RegistryXlsx))
                Assert.True(clean.ContainsKey(TargetLine), "the target row loads from the clean file");

            if (inj.ErrorContains is { } parts)
            {
                // The whole file is refused: a Chinese error naming file and line.
                var e = Assert.Throws<WorkbenchDataException>(() => Load(reader, faultPath, new DataQualityReport(), source));
                output.WriteLine(e.Message);
                foreach (var p in parts) Assert.Contains(p, e.Message);
                return;
            }

            var q = new DataQualityReport();
            var got = Load(reader, faultPath, q, source);
            foreach (var i in q.Issues.Where(i => inj.Issues.Any(x => x.Code == i.Code && x.Line == i.Line)))
                output.WriteLine($"{i.File} 第 {i.Line} 行 {i.Column} {i.Code} {DataQualityReport.ActionName(i.Action)}：{i.Reason}");

            // 1. Exactly the expected report lines are new, each naming the faulty file.
            var before = cleanQ.Issues.Select(i => (i.Code, i.Line, i.Action)).ToList();
            var added = new List<QualityIssue>();
            foreach (var i in q.Issues)
                if (!before.Remove((i.Code, i.Line, i.Action))) added.Add(i);
            Assert.Equal(inj.Issues.Select(x => (x.Code, x.Line, x.Action)).OrderBy(x => x.Line).ThenBy(x => x.Code),
                added.Select(i => (i.Code, Line: i.Line ?? 0, i.Action)).OrderBy(x => x.Line).ThenBy(x => x.Code));
            foreach (var (issue, exp) in added.OrderBy(i => i.Line).ThenBy(i => i.Code).Zip(inj.Issues.OrderBy(x => x.Line).ThenBy(x => x.Code)))
            {
                Assert.Equal(source.FileName, issue.File);
                if (exp.Column is not null) Assert.Equal(exp.Column, issue.Column);
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", issue.Reason);
            }

            // 2. Refused rows absent; every other row with the clean file's values, refused cells absent.
            Assert.All(inj.RefusedLines, l => Assert.False(got.ContainsKey(l), $"line {l} refused"));
            foreach (var (line, row) in clean)
            {
                if (inj.RefusedLines.Contains(line)) continue;
                Assert.True(got.TryGetValue(line, out var g), $"line {line} lost");
                Assert.Equal(row.Key, g.Key);
                var refused = inj.RefusedCells.Where(x => x.Line == line).Select(x => x.Cell).ToArray();
                Assert.Equal(row.Cells.Where(kv => !refused.Contains(kv.Key)).OrderBy(kv => kv.Key), g.Cells.OrderBy(kv => kv.Key));
                // 3. The class: unchanged for untouched rows; from the other items where a value was refused.
                Assert.Equal(refused.Length == 0 || reader is Reader.RegistryCsv or Reader.RegistryXlsx ? row.Class : ClassWithout(reader, row, refused), g.Class);
            }
            Assert.Equal(clean.Count - inj.RefusedLines.Count, got.Count);
        }
        finally { dir.Delete(recursive: true); }
    }

    // ---- single checks beyond the table ------------------------------------------------------------------------------

    [Fact(DisplayName = "pH 85.0 with a published class: refused, the row classed from the other four, the cause names the refused value")]
    public void OutOfRangeIsNotBlamedOnCarriedOverClass()
    {
        // Row 2 classes 劣Ⅴ from pH 85.0 before the fix (pH outside 6–9 is 劣Ⅴ, the previous reading was 劣Ⅴ: "carried over").
        const string csv = """
            省份,流域,断面名称,监测时间,水质类别,水温(℃),pH(无量纲),溶解氧(mg/L),电导率(μS/cm),浊度(NTU),高锰酸盐指数(mg/L),氨氮(mg/L),总磷(mg/L),总氮(mg/L),叶绿素α(mg/L),藻密度(cells/L),站点情况
            河南省,海河流域,修武水文站,04-01 08:00,劣Ⅴ,16.8,8.33,5.00,2970.6,7.5,4.97,2.910,0.218,6.61,*,*,正常
            河南省,海河流域,修武水文站,04-01 12:00,劣Ⅴ,17.6,85.0,8.92,2999.9,8.2,9.90,0.700,0.377,7.50,*,*,正常
            """;
        var q = new DataQualityReport();
        var data = AutomaticStationImporter.ReadCsv(csv, "修武水文站_2021-04-01.csv", q);
        var issue = Assert.Single(q.Issues, i => i.Code == "out-of-range");
        Assert.Equal(3, issue.Line);
        Assert.Equal("pH(无量纲)", issue.Column);
        Assert.Contains("85.0", issue.Reason);
        Assert.Contains("0～14", issue.Reason);
        var row = data.Readings[1];
        Assert.False(row.Values.ContainsKey(WaterItem.PH));
        Assert.Equal("85.0", row.RefusedValues![WaterItem.PH]);
        var classified = AutomaticClassification.ClassifyAll(data, SectionRegistry.Empty, q);
        Assert.Equal(WaterClass.V, classified[1].Class);                  // TP 0.377 (river) Ⅴ, from the other items
        AutomaticClassification.ReportDisagreements(classified, data.File, q);
        var cause = Assert.Single(q.Issues, i => i.Code == "class-disagreement" && i.Line == 3).Reason;
        Assert.Contains("pH 85.0 超出物理范围", cause);
        Assert.DoesNotContain(DisagreementCauses.PreviousClassRepeated, cause);
    }

    [Fact(DisplayName = "Negative water temperature is a value, a negative concentration is out of range")]
    public void NegativeValues()
    {
        Assert.Equal(ItemValueOutcome.Value, ItemValueReader.TryRead("-0.4", WaterItem.WaterTemperature, out var t, out _));
        Assert.Equal(-0.4m, t.Value);
        Assert.Equal(ItemValueOutcome.OutOfRange, ItemValueReader.TryRead("-0.02", WaterItem.TotalPhosphorus, out _, out _));
        Assert.Equal(ItemValueOutcome.OutOfRange, ItemValueReader.TryRead("51", WaterItem.DissolvedOxygen, out _, out _));
        Assert.Equal(ItemValueOutcome.Value, ItemValueReader.TryRead("29.22", WaterItem.DissolvedOxygen, out _, out _));   // real, supersaturated
        Assert.Equal(ItemValueOutcome.Invalid, ItemValueReader.TryRead("1,23", WaterItem.FecalColiform, out _, out _));    // not a thousands group
        Assert.Equal(ItemValueOutcome.Value, ItemValueReader.TryRead("12,345.5", WaterItem.FecalColiform, out var g, out var grouped));
        Assert.True(grouped);
        Assert.Equal(12345.5m, g.Value);
    }

    [Fact(DisplayName = "A quote inside a raw value's title is not taken for the title's end")]
    public void QuoteInsideTitle()
    {
        // Found by fuzzing: title='原始值：8.4"7423' was read up to the double quote, 8.4 for 8.47423, and used silently.
        const string json = """{"thead":["断面名称","监测时间","水质类别","高锰酸盐指数"],"tbody":[["甲","03-31 08:00","Ⅲ","<span data-toggle='tooltip' title='原始值：8.4\"7423'>8.5</span>"]]}""";
        var q = new DataQualityReport();
        var r = Assert.Single(AutomaticStationImporter.ReadJson(json, "api.json", q, new AutomaticImportOptions(new DateOnly(2021, 3, 31))).Readings);
        Assert.Equal(8.5m, r.Values[WaterItem.PermanganateIndex].Value);   // the display value, as for any unreadable raw value
        var issue = Assert.Single(q.Issues, i => i.Code == "bad-raw-value");
        Assert.Equal((1L, "高锰酸盐指数_原始值", QualityAction.Flagged), (issue.Line!.Value, issue.Column, issue.Action));
        Assert.Contains("8.4\"7423", issue.Reason);
    }

    [Fact(DisplayName = "A quote spanning lines resynchronises at the next complete line and counts the lines affected")]
    public void UnterminatedQuoteSpanningLines()
    {
        const string csv = "断面名称,监测时间,总磷\n甲,2020-01,0.1\n\"乙,2020-01,0.2\n丙,2020-01,0.3\"x\n丁,2020-01,0.4\n戊,\"2020-\n01\",0.5\n";
        var q = new DataQualityReport();
        var records = CsvText.Parse(csv, "q.csv", q);
        Assert.Equal(["断面名称", "甲", "丁", "戊"], records.Select(r => r.Fields[0]));
        Assert.Equal(6, records[3].Line);                                  // a well-formed quoted field across lines is kept
        var issue = Assert.Single(q.Issues);
        Assert.Equal(("unterminated-quote", 3L, "第 1 列（断面名称）"), (issue.Code, issue.Line!.Value, issue.Column));
        Assert.Contains("2 行", issue.Reason);
        Assert.Contains("从第 5 行恢复读取", issue.Reason);
    }

    [Fact(DisplayName = "Water errors name file, line and column in Chinese")]
    public void ErrorsNameFileLineColumn()
    {
        // Two columns for the same item: was an English ArgumentException from a dictionary.
        var e = Assert.Throws<WorkbenchDataException>(() => AutomaticStationImporter.ReadCsv(
            "断面名称,监测时间,水质类别,pH,pH值\n甲,04-01 08:00,Ⅱ,7,7\n", "dup.csv", new DataQualityReport()));
        Assert.Equal(("dup.csv", 1L, "pH值"), (e.File, e.Line!.Value, e.Column));
        Assert.Contains("项目列重复", e.Message);
        // JSON whose tbody rows are not arrays: was an English InvalidOperationException.
        e = Assert.Throws<WorkbenchDataException>(() => AutomaticStationImporter.ReadJson(
            """{"thead":["断面名称","监测时间","水质类别","pH"],"tbody":[["甲","04-01 08:00","Ⅱ","7"],{"x":1}]}""", "api.json", new DataQualityReport()));
        Assert.Equal(("api.json", 2L), (e.File, e.Line!.Value));
        Assert.Contains("数组", e.Message);
        // A .json file whose first byte is damaged ("{" → "["): was read as a CSV and refused for a header without items;
        // now the JSON error names the byte where the syntax breaks (the colon after "thead").
        var json = Path.Combine(Path.GetTempPath(), $"wb-api-{Guid.NewGuid():N}.json");
        File.WriteAllText(json, """[ "thead":["断面名称","监测时间","水质类别","pH"],"tbody":[]}""");
        try
        {
            e = Assert.Throws<WorkbenchDataException>(() => AutomaticStationImporter.Read(json, new DataQualityReport()));
            Assert.Equal((Path.GetFileName(json), 1L, "第 10 字节"), (e.File, e.Line!.Value, e.Column));
            Assert.Contains("JSON 语法错误", e.Message);
        }
        finally { File.Delete(json); }
        // A file name with an impossible date: was an English ArgumentOutOfRangeException.
        Assert.Null(AutomaticStationImporter.DateFromPath("/x/section_2021-02-30.csv"));
        Assert.Equal(new DateOnly(2021, 4, 1), AutomaticStationImporter.DateFromPath("/x/2021-04/section_2021-02-30.csv"));
        // An unreadable .xlsx: Chinese cause, no English library text.
        var path = Path.Combine(Path.GetTempPath(), $"wb-bad-{Guid.NewGuid():N}.xlsx");
        File.WriteAllText(path, "not a zip");
        try
        {
            e = Assert.Throws<WorkbenchDataException>(() => ManualSampleImporter.Read(path, new DataQualityReport()));
            Assert.Contains(Path.GetFileName(path), e.Message);
            Assert.Contains("不是有效的 .xlsx", e.Message);
        }
        finally { File.Delete(path); }
        // A header line that is not decodable is refused with its line and field.
        e = Assert.Throws<WorkbenchDataException>(() => CsvText.Decode([.. Encoding.UTF8.GetBytes("断面名称,"), 0xFF, 0xFE, (byte)'\n'], "h.csv"));
        Assert.Equal(("h.csv", 1L, "第 2 个字段"), (e.File, e.Line!.Value, e.Column));
    }

    [Fact(DisplayName = "The matrix reader × fault class → outcome")]
    public void Matrix()
    {
        var sb = new StringBuilder("| 读取器 | 故障 | 结果 |\n|---|---|---|\n");
        foreach (var c in Cases) sb.Append($"| {c.Reader} | {c.Fault} | {c.Outcome} |\n");
        foreach (var (r, f, why) in NotApplicable) sb.Append($"| {r} | {f} | 不适用：{why} |\n");
        output.WriteLine(sb.ToString());
        Assert.Equal(Cases.Count, Cases.Select(c => (c.Reader, c.Fault)).Distinct().Count());
        foreach (var r in Enum.GetValues<Reader>()) Assert.Contains(Cases, c => c.Reader == r);
    }
}
