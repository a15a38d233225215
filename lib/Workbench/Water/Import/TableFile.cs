using System.Globalization;
using ClosedXML.Excel;
using Workbench.IO;

namespace Workbench.Water.Import;

/// <summary>Reads a tabular file (CSV, .csv.xz or XLSX first worksheet) as records of text cells.</summary>
public static class TableFile
{
    /// <summary>Reads CSV (optionally .xz) or XLSX.</summary>
    public static List<CsvRecord> Read(string path) =>
        path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? ReadXlsx(path)
            : CsvText.Parse(CsvText.ReadFile(path), Path.GetFileName(path));

    /// <summary>The first worksheet's used range as text; numbers in invariant culture, dates as yyyy-MM-dd.</summary>
    public static List<CsvRecord> ReadXlsx(string path)
    {
        try
        {
            using var wb = new XLWorkbook(path);
            var ws = wb.Worksheets.First();
            var used = ws.RangeUsed();
            var list = new List<CsvRecord>();
            if (used is null) return list;
            var lastCol = used.LastColumn().ColumnNumber();
            foreach (var row in used.Rows())
            {
                var fields = new string[lastCol];
                for (var c = 1; c <= lastCol; c++)
                {
                    var cell = row.Worksheet.Cell(row.RowNumber(), c);
                    fields[c - 1] = cell.DataType switch
                    {
                        XLDataType.Number => cell.GetDouble().ToString("G15", CultureInfo.InvariantCulture),
                        XLDataType.DateTime => cell.GetDateTime().ToString(cell.GetDateTime().TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                        _ => cell.GetString(),
                    };
                }
                if (fields.All(string.IsNullOrWhiteSpace)) continue;
                list.Add(new CsvRecord(row.RowNumber(), fields, string.Join(',', fields)));
            }
            return list;
        }
        catch (Exception e) when (e is not WorkbenchDataException and not FileNotFoundException)
        {
            throw new WorkbenchDataException(Path.GetFileName(path), null, null, $"无法打开 Excel 文件：{e.Message}", e);
        }
    }
}
