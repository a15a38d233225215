using System.Globalization;
using ClosedXML.Excel;
using Workbench.IO;
using Workbench.Quality;

namespace Workbench.Water.Files;

/// <summary>Reads a tabular file (CSV, .csv.xz or XLSX first worksheet) as records of text cells.</summary>
public static class TableFile
{
    /// <summary>Reason code of an XLSX formula cell that carries no computed value (<see cref="XlsxFormulas"/>).</summary>
    public const string FormulaWithoutValue = XlsxFormulas.WithoutValueCode;

    /// <summary>Chinese reason of a refused row whose field count differs from the header's.</summary>
    internal static string FieldCountReason(int expected, int actual) =>
        $"字段数 {actual} 与表头 {expected} 不符（{(actual > expected ? $"多 {actual - expected} 个" : $"少 {expected - actual} 个")}）：其后各值会错位到别的列，整行未载入";

    /// <summary>
    /// Reads CSV (optionally .xz; encodings line by line, unterminated quotes resynchronised: <see cref="CsvText"/>) or
    /// XLSX, listing what it could not read in <paramref name="quality"/>.
    /// </summary>
    public static List<CsvRecord> Read(string path, DataQualityReport? quality = null) =>
        path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? ReadXlsx(path, quality)
            : CsvText.Parse(CsvText.ReadFile(path, quality), Path.GetFileName(path), quality);

    /// <summary>
    /// The first worksheet's used range as text, each row as wide as the header row (wider when it has a value past the
    /// header); numbers in invariant culture, dates as yyyy-MM-dd. A formula cell gives
    /// the value the file stores for it (what Excel showed when it saved), never one recalculated here; a formula cell
    /// without a stored value (files written by scripts, e.g. openpyxl) is listed as <c>formula-without-value</c> with its
    /// address and read as empty.
    /// </summary>
    public static List<CsvRecord> ReadXlsx(string path, DataQualityReport? quality = null)
    {
        var file = Path.GetFileName(path);
        XLWorkbook wb;
        try { wb = new XLWorkbook(path); }
        catch (Exception e) when (e is not WorkbenchDataException and not FileNotFoundException)
        {
            throw new WorkbenchDataException(file, null, null, "无法打开 Excel 文件：不是有效的 .xlsx 文件或文件已损坏（.xls 请先另存为 .xlsx）", e);
        }
        using var _ = wb;
        var ws = wb.Worksheets.First();
        var used = ws.RangeUsed();
        var list = new List<CsvRecord>();
        if (used is null) return list;
        var firstCol = used.FirstColumn().ColumnNumber();
        var lastCol = used.LastColumn().ColumnNumber();
        var headerRow = used.FirstRow().RowNumber();
        int? width = null;
        foreach (var row in used.Rows())
        {
            var fields = new string[lastCol - firstCol + 1];
            for (var c = firstCol; c <= lastCol; c++)
            {
                var cell = ws.Cell(row.RowNumber(), c);
                try
                {
                    fields[c - firstCol] = cell.HasFormula ? StoredResult(cell, file, headerRow, quality) : CellText(cell);
                }
                catch (Exception e) when (e is not WorkbenchDataException)
                {
                    throw new WorkbenchDataException(file, row.RowNumber(), cell.Address.ToString(), $"单元格 {cell.Address} 无法读取（{e.GetType().Name}）", e);
                }
            }
            var filled = Array.FindLastIndex(fields, f => !string.IsNullOrWhiteSpace(f)) + 1;
            if (filled == 0) continue;
            // Every row as wide as the header, or wider when it has a value past the header (a cell inserted, the row
            // shifted right): the readers refuse a row of another width than the header (field-count), never shift it.
            width ??= filled;
            var record = fields[..Math.Max(width.Value, filled)];
            list.Add(new CsvRecord(row.RowNumber(), record, string.Join(',', record)));
        }
        return list;
    }

    private static string CellText(IXLCell cell) => cell.DataType switch
    {
        XLDataType.Number => cell.GetDouble().ToString("G15", CultureInfo.InvariantCulture),
        XLDataType.DateTime => cell.GetDateTime().ToString(cell.GetDateTime().TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        _ => cell.GetString(),
    };

    /// <summary>The value stored with a formula (<see cref="XlsxFormulas.StoredText"/>); empty and listed when none.</summary>
    private static string StoredResult(IXLCell cell, string file, int headerRow, DataQualityReport? quality)
    {
        if (XlsxFormulas.StoredText(cell) is { } stored) return stored;
        var header = cell.Address.RowNumber == headerRow ? null : cell.Worksheet.Cell(headerRow, cell.Address.ColumnNumber).GetString().Trim();
        var reason = XlsxFormulas.WithoutValueReason(cell);
        if (quality is null || cell.Address.RowNumber == headerRow)
            throw new WorkbenchDataException(file, cell.Address.RowNumber, cell.Address.ToString(), reason);
        quality.Add(file, cell.Address.RowNumber, string.IsNullOrEmpty(header) ? cell.Address.ToString() : header, null, null,
            FormulaWithoutValue, reason, QualityAction.Rejected);
        return "";
    }
}
