using ClosedXML.Excel;

namespace Workbench.Text;

/// <summary>
/// Column widths that fit Chinese text, computed from East Asian character widths (a CJK character is two
/// Excel width units): ClosedXML's autofit needs libgdiplus and mis-measures CJK even where it runs.
/// </summary>
public static class ColumnWidths
{
    /// <summary>Excel width units a text needs: East Asian width × a font factor + padding.</summary>
    public static double Of(string text, double fontSize = 11)
    {
        var widest = text.Split('\n').Select(EastAsianWidth.Of).DefaultIfEmpty(0).Max();
        return widest * 1.1 * (fontSize / 11) + 2;
    }

    /// <summary>
    /// Sets each used column to the width of its widest single-column cell (formatted as shown), between
    /// <paramref name="min"/> and <paramref name="max"/>. Cells merged over several columns and wrapped cells
    /// are left out: they are sized by <see cref="FitWrappedRows"/>.
    /// </summary>
    public static void Fit(IXLWorksheet ws, double min = 6, double max = 40, int fromRow = 1)
    {
        var used = ws.RangeUsed();
        if (used is null) return;
        var merged = ws.MergedRanges.ToArray();
        foreach (var column in used.Columns())
        {
            var width = min;
            foreach (var cell in column.Cells())
            {
                if (cell.Address.RowNumber < fromRow) continue;
                var m = merged.FirstOrDefault(r => r.Contains(cell));
                if (m is not null && m.ColumnCount() > 1) continue;
                var text = cell.GetFormattedString();
                if (text.Length == 0) continue;
                var need = Of(text, cell.Style.Font.FontSize);
                // ClosedXML's formatted string may leave out a format's quoted unit ("+1.9\"个百分点\""): count it.
                var format = cell.Style.NumberFormat.Format ?? "";
                var q = format.IndexOf('"');
                if (q >= 0 && format.IndexOf('"', q + 1) is var q2 and > 0)
                {
                    var literal = format[(q + 1)..q2];
                    if (!text.Contains(literal, StringComparison.Ordinal)) need += EastAsianWidth.Of(literal) * 1.1 + 1;
                }
                // … and it may leave out the explicit "+" of a signed change format.
                if (format.StartsWith('+') && !text.StartsWith('+')) need += 1.1;
                if (cell.Style.Alignment.WrapText) need = Math.Min(need, 16);  // wrapped headers may take two lines
                width = Math.Max(width, need);
            }
            ws.Column(column.ColumnNumber()).Width = Math.Min(max, width);
        }
    }

    /// <summary>
    /// Sets the height of rows whose wrapped text is merged over columns so every line shows: lines = text width /
    /// merged width, rounded up.
    /// </summary>
    public static void FitWrappedRows(IXLWorksheet ws, double lineHeight = 15)
    {
        var merged = ws.MergedRanges.ToArray();
        // Single wrapped cells (e.g. a long header in a narrow column) grow their row the same way.
        foreach (var cell in ws.CellsUsed(c => c.Style.Alignment.WrapText))
        {
            if (merged.Any(r => r.Contains(cell))) continue;
            var text = cell.GetFormattedString();
            if (text.Length == 0) continue;
            var scale = cell.Style.Font.FontSize / 11;
            var width = ws.Column(cell.Address.ColumnNumber).Width;
            var lines = text.Split('\n').Sum(part => Math.Max(1, (int)Math.Ceiling(EastAsianWidth.Of(part) * scale / Math.Max(1, width - 1))));
            var height = lines * lineHeight * scale + 4;
            if (ws.Row(cell.Address.RowNumber).Height < height) ws.Row(cell.Address.RowNumber).Height = height;
        }
        foreach (var range in merged)
        {
            var cell = range.FirstCell();
            if (!cell.Style.Alignment.WrapText) continue;
            var text = cell.GetFormattedString();
            if (text.Length == 0) continue;
            var width = Enumerable.Range(range.FirstColumn().ColumnNumber(), range.ColumnCount()).Sum(c => ws.Column(c).Width);
            // Wrapped text fills the line: the East Asian width itself (no padding factor), one unit of cell margin.
            var scale = cell.Style.Font.FontSize / 11;
            var lines = text.Split('\n').Sum(part => Math.Max(1, (int)Math.Ceiling(EastAsianWidth.Of(part) * scale / Math.Max(1, width - 1))));
            var height = lines * lineHeight * cell.Style.Font.FontSize / 11 + 4;
            var rows = range.RowCount();
            var per = height / rows;
            for (var r = range.FirstRow().RowNumber(); r <= range.LastRow().RowNumber(); r++)
                if (ws.Row(r).Height < per) ws.Row(r).Height = per;
        }
    }
}
