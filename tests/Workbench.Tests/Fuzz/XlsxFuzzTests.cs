using System.Globalization;
using ClosedXML.Excel;
using CsCheck;
using Workbench.Air.Import;
using Workbench.Tests.Support;
using Workbench.Water.Import;
using Xunit.Abstractions;
using static Workbench.Tests.Fuzz.FuzzFixtures;
using static Workbench.Tests.Fuzz.LoadedValues;

namespace Workbench.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing of the XLSX readers (issue 14): the workbook is written at test time with ClosedXML from a
/// real-shaped table, one cell mutation each, checked by <see cref="FuzzCheck"/> (a lost value is reported on the mutated
/// row). The mutations are those an exported or hand-edited workbook shows: text in a numeric cell, a number stored as
/// text with thousands separators, an emptied cell, a value in a column past the header, a cell inserted (the row
/// shifted right), a key cell deleted (the row shifted left), a row cut short, a date cell turned into its serial
/// number (a column formatted "General"). A value cell deleted with the row shifted left is not among them: the row
/// then reads as another row of values whose last one is missing, which no reader can tell (as a digit changed into
/// another digit). An emptied cell is a missing value, not a loss to report.
/// </summary>
[Trait("Category", "Slow")]
public sealed class XlsxFuzzTests(ITestOutputHelper output)
{
    /// <summary>Fewer than the text readers': each mutation writes and reads a workbook (about 10 ms).</summary>
    private const int Iterations = 600;

    private const int Kinds = 8;

    /// <summary>One reader under test: the clean table (header row first; cells string, double, DateTime or null), how
    /// many leading columns say where a row belongs (site, time…; never emptied), the cells whose deletion shows (the
    /// row shifted left puts a value where a time must stand), and how to read workbook bytes.</summary>
    private sealed record SheetCase(string Reader, string FileName, int KeyColumns, int[] Deletable, object?[][] Rows, Func<byte[], string, Loaded> Read);

    public static TheoryData<string> Readers() => new(["tidy_hourly_xlsx", "tidy_daily_xlsx", "water_manual_xlsx", "registry_xlsx"]);

    [SharedDataTheory("cnemc_hourly_2019/target_cities")]
    [MemberData(nameof(Readers))]
    public void No_value_moves_and_every_loss_is_reported(string reader)
    {
        var c = CaseOf(reader);
        var clean = c.Read(Workbook(c.Rows), c.FileName);
        Assert.True(clean.Values.Count >= 50, $"{reader}：干净工作簿只载入 {clean.Values.Count} 个值");
        var check = new FuzzCheck(reader, clean);
        foreach (var (row, kind, at) in FuzzCheck.Samples(reader, Gen.Select(Gen.Int[1, c.Rows.Length - 1], Gen.Int[0, Kinds - 1], Gen.Int[0, 10_000]), Iterations))
        {
            var (rows, emptied, description) = Mutate(c, row, kind, at);
            if (rows is null) continue;
            check.Check(description, () => c.Read(Workbook(rows), c.FileName), i => i.Line == row + 1, emptied);
        }
        output.WriteLine(check.Summary());
    }

    /// <summary>Mutation <paramref name="kind"/> of data row <paramref name="row"/>; null when the kind finds no cell in it.
    /// Returns how many values the mutation emptied.</summary>
    private static (object?[][]? Rows, int Emptied, string Description) Mutate(SheetCase c, int row, int kind, int at)
    {
        var rows = c.Rows.Select(r => (object?[])r.Clone()).ToArray();
        var cells = rows[row];
        var width = rows[0].Length;
        var numbers = Enumerable.Range(c.KeyColumns, width - c.KeyColumns).Where(k => cells[k] is double).ToArray();
        var filled = Enumerable.Range(c.KeyColumns, width - c.KeyColumns).Where(k => cells[k] is not null).ToArray();
        string Where(int k) => $"第 {row + 1} 行第 {k + 1} 列";
        switch (kind)
        {
            case 0:
            {
                if (numbers.Length == 0) break;
                var k = numbers[at % numbers.Length];
                cells[k] = ((double)cells[k]!).ToString("R", CultureInfo.InvariantCulture) + "x";
                return (rows, 0, $"{Where(k)}的数值改为文字“{cells[k]}”");
            }
            case 1:
            {
                if (numbers.Length == 0) break;
                var k = numbers[at % numbers.Length];
                cells[k] = ((double)cells[k]!).ToString("#,##0.################", CultureInfo.InvariantCulture);
                return (rows, 0, $"{Where(k)}的数值改为带千位分隔符的文本“{cells[k]}”");
            }
            case 2:
            {
                if (filled.Length == 0) break;
                var k = filled[at % filled.Length];
                cells[k] = null;
                return (rows, 1, $"{Where(k)}清空");
            }
            case 3:
            {
                if (numbers.Length == 0) break;
                rows[row] = [.. cells, cells[numbers[at % numbers.Length]]];
                return (rows, 0, $"{Where(width)}（表头之外）填入一个值");
            }
            case 4:
            {
                // Excel's "insert cells, shift right": the last value is pushed past the header, so the row is wider than it.
                if (cells[^1] is null) break;
                var k = at % width;
                rows[row] = [.. cells[..k], null, .. cells[k..]];
                return (rows, 0, $"{Where(k)}插入一个空单元格（右移）");
            }
            case 5:
            {
                // Excel's "delete cells, shift left" before the time (or date): that column then holds a value.
                if (c.Deletable.Length == 0) break;
                var k = c.Deletable[at % c.Deletable.Length];
                rows[row] = [.. cells[..k], .. cells[(k + 1)..], null];
                return (rows, 0, $"{Where(k)}删除（左移）");
            }
            case 6:
            {
                var k = c.KeyColumns + at % (width - c.KeyColumns);
                var cleared = cells[k..].Count(v => v is not null);
                if (cleared == 0) break;
                for (var i = k; i < width; i++) cells[i] = null;
                return (rows, cleared, $"第 {row + 1} 行从第 {k + 1} 列起截断");
            }
            default:
            {
                var k = Array.FindIndex(cells, v => v is DateTime);
                if (k < 0) break;
                cells[k] = ((DateTime)cells[k]!).ToOADate();
                return (rows, 0, $"{Where(k)}的日期改为序列数 {((double)cells[k]!).ToString("R", CultureInfo.InvariantCulture)}（常规格式）");
            }
        }
        return (null, 0, "");
    }

    /// <summary>The table as a one-sheet workbook. Text through SetValue: ClosedXML 0.95's Value setter turns text such as
    /// "PM2.5" into a date.</summary>
    private static byte[] Workbook(object?[][] rows)
    {
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet("数据");
        for (var r = 0; r < rows.Length; r++)
            for (var k = 0; k < rows[r].Length; k++)
            {
                var cell = ws.Cell(r + 1, k + 1);
                switch (rows[r][k])
                {
                    case string s: cell.SetValue(s); break;
                    case double d: cell.SetValue(d); break;
                    case DateTime t: cell.SetValue(t); break;
                }
            }
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    /// <summary>A comma-separated fixture as typed cells: numbers, dates and times as Excel stores them, the rest text.</summary>
    private static object?[][] Cells(string[] lines) =>
        lines.Select((line, r) => line.Split(',').Select(f => r == 0 ? f : Cell(f)).ToArray()).ToArray();

    private static object? Cell(string text)
    {
        if (text.Length == 0) return null;
        if (text.All(ch => char.IsAsciiDigit(ch) || ch is '.' or '-') && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            return d;
        if (DateTime.TryParseExact(text, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return t;
        return text;
    }

    private static SheetCase CaseOf(string reader) => reader switch
    {
        "tidy_hourly_xlsx" => new(reader, "hourly.xlsx", 2, [0, 1], Cells(TidyHourly()), TidyXlsx),
        "tidy_daily_xlsx" => new(reader, "daily.xlsx", 2, [0, 1], Cells(TidyDaily()), TidyXlsx),
        "water_manual_xlsx" => new(reader, "monthly_samples.xlsx", 5, [0, 1, 2, 3, 4], Cells(SampleData("water/monthly_samples.csv", 31)), (b, n) =>
            FromTempFile(b, n, (path, quality) => Samples(ManualSampleImporter.Read(path, quality).Samples))),
        // 省份 moved next to 断面名称 (the reader finds columns by name): together they say which section a row is. No cell
        // deletion: the registry has no time, and a name shifted into another name's place cannot be told.
        "registry_xlsx" => new(reader, "sections.xlsx", 2, [], Cells(SampleData("water/sections.csv")
                .Select(l => l.Split(',')).Select(f => string.Join(",", [f[0], f[2], f[1], .. f[3..]])).ToArray()), (b, n) =>
            FromTempFile(b, n, (path, quality) => Registry(Workbench.Water.Registry.SectionRegistry.Load(path, quality)))),
        _ => throw new ArgumentException(reader),
    };

    private static Loaded TidyXlsx(byte[] bytes, string name) => Tidy(TidyTableReader.Read(new MemoryStream(bytes), name));
}
