using System.Globalization;
using ClosedXML.Excel;
using Workbench.Tests.Support;

namespace Workbench.Tests.Air.Checks;

/// <summary>Writes records (header first, site, time or date, then values) as an analyst's XLSX: times and dates as date
/// cells, numbers as number cells, the rest as text; optionally one value as a formula.</summary>
internal static class TestXlsx
{
    /// <summary>The workbook's bytes; <paramref name="formula"/> writes that value as the formula <c>=value*1</c>, with the
    /// result Excel stores beside it when <c>Stored</c>, without one (as ClosedXML and openpyxl save) otherwise.</summary>
    public static byte[] Bytes(List<string[]> records, (int Index, int Field, bool Stored)? formula = null)
    {
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet("数据");
        for (var i = 0; i < records.Count; i++)
            for (var c = 0; c < records[i].Length; c++)
            {
                var f = records[i][c];
                var cell = ws.Cell(i + 1, c + 1);
                if (formula is { } fm && fm.Index == i && fm.Field == c) cell.FormulaA1 = $"{f}*1";
                else if (i > 0 && c == 1 && DateTime.TryParseExact(f, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd"], CultureInfo.InvariantCulture,
                             DateTimeStyles.None, out var t)) cell.Value = t;
                else if (i > 0 && c > 1 && double.TryParse(f, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) cell.Value = v;
                else cell.SetValue(f);   // text through SetValue: ClosedXML 0.95's Value setter turns the text "PM2.5" into a date
            }
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        var bytes = ms.ToArray();
        return formula is { Stored: true } s ? XlsxFiles.AddStoredValue(bytes, Address(s.Index, s.Field), records[s.Index][s.Field]) : bytes;
    }

    /// <summary>The A1 address of record <paramref name="index"/>, field <paramref name="field"/>.</summary>
    public static string Address(int index, int field) => XLHelper.GetColumnLetterFromNumber(field + 1) + (index + 1).ToString(CultureInfo.InvariantCulture);
}
