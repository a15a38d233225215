using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Workbench.Tests.Briefings;

/// <summary>
/// Reads cells of a saved workbook with the Open XML SDK (ClosedXML 0.95 needs libgdiplus to load a workbook with
/// pictures): text, numbers and fill colours by 1-based row and column.
/// </summary>
public sealed class SheetReader
{
    private readonly Dictionary<(int Row, int Col), S.Cell> _cells = new();
    private readonly IReadOnlyList<string> _shared;
    private readonly S.Stylesheet? _styles;

    private SheetReader(WorkbookPart wb, WorksheetPart ws)
    {
        _shared = wb.SharedStringTablePart?.SharedStringTable.Elements<S.SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        _styles = wb.WorkbookStylesPart?.Stylesheet;
        foreach (var c in ws.Worksheet.Descendants<S.Cell>())
            _cells[Parse(c.CellReference!.Value!)] = c;
    }

    /// <summary>The sheet names of a workbook, in order.</summary>
    public static IReadOnlyList<string> SheetNames(string path)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        return doc.WorkbookPart!.Workbook.Sheets!.Elements<S.Sheet>().Select(s => s.Name!.Value!).ToArray();
    }

    /// <summary>Reads one sheet.</summary>
    public static SheetReader Open(string path, string sheet)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        var wb = doc.WorkbookPart!;
        var s = wb.Workbook.Sheets!.Elements<S.Sheet>().Single(x => x.Name == sheet);
        return new SheetReader(wb, (WorksheetPart)wb.GetPartById(s.Id!));
    }

    /// <summary>Text of a cell ("" when empty; a number's raw text).</summary>
    public string Text(int row, int col)
    {
        if (!_cells.TryGetValue((row, col), out var c)) return "";
        if (c.DataType?.Value == S.CellValues.InlineString) return c.InlineString?.InnerText ?? "";
        if (c.CellValue is null) return "";
        if (c.DataType?.Value == S.CellValues.SharedString) return _shared[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)];
        if (c.DataType?.Value == S.CellValues.InlineString) return c.InlineString?.InnerText ?? "";
        return c.CellValue?.Text ?? "";
    }

    /// <summary>Number of a cell, or null when empty or text.</summary>
    public decimal? Number(int row, int col)
    {
        if (!_cells.TryGetValue((row, col), out var c) || c.CellValue is null) return null;
        if (c.DataType?.Value is S.CellValues.SharedString or S.CellValues.InlineString or S.CellValues.String) return null;
        return decimal.Parse(c.CellValue.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The solid fill colour (ARGB hex) of a cell, or null.</summary>
    public string? FillRgb(int row, int col)
    {
        if (!_cells.TryGetValue((row, col), out var c) || c.StyleIndex is null || _styles is null) return null;
        var format = _styles.CellFormats!.Elements<S.CellFormat>().ElementAt((int)c.StyleIndex.Value);
        var fill = _styles.Fills!.Elements<S.Fill>().ElementAt((int)(format.FillId?.Value ?? 0));
        return fill.PatternFill?.ForegroundColor?.Rgb?.Value;
    }

    /// <summary>The row numbers that hold a cell in column <paramref name="col"/>.</summary>
    public IEnumerable<int> Rows(int col = 1) => _cells.Keys.Where(k => k.Col == col).Select(k => k.Row).Order();

    private static (int Row, int Col) Parse(string reference)
    {
        var col = 0;
        var i = 0;
        for (; i < reference.Length && char.IsLetter(reference[i]); i++) col = col * 26 + (reference[i] - 'A' + 1);
        return (int.Parse(reference[i..], CultureInfo.InvariantCulture), col);
    }
}
