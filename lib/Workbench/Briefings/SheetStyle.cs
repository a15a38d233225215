using ClosedXML.Excel;
using Workbench.Standards.Air;
using Workbench.Standards.Water;
using Workbench.Text;

namespace Workbench.Briefings;

/// <summary>The look of the briefing sheets: one place for fonts, fills, borders, number formats and print setup.</summary>
public static class SheetStyle
{
    /// <summary>Font with Chinese glyphs that Excel, WPS and LibreOffice all have or substitute well.</summary>
    public const string FontName = "宋体";

    /// <summary>Header fill (light blue-grey).</summary>
    public static readonly XLColor HeaderFill = XLColor.FromHtml("#DDEBF7");

    /// <summary>Highlight of the briefing's own city.</summary>
    public static readonly XLColor OwnCityFill = XLColor.FromHtml("#FFF2CC");

    /// <summary>Better: green text on pale green.</summary>
    public static readonly (XLColor Font, XLColor Fill) Better = (XLColor.FromHtml("#006100"), XLColor.FromHtml("#C6EFCE"));

    /// <summary>Worse: red text on pale red.</summary>
    public static readonly (XLColor Font, XLColor Fill) Worse = (XLColor.FromHtml("#9C0006"), XLColor.FromHtml("#FFC7CE"));

    /// <summary>Number format at <paramref name="decimals"/> decimals ("0", "0.0", "0.00").</summary>
    public static string NumberFormat(int decimals) => decimals <= 0 ? "0" : "0." + new string('0', decimals);

    /// <summary>A signed change with its unit shown by the format ("+0.0%" style; the cell keeps the plain number).</summary>
    public static string ChangeFormat(int decimals, string unit) =>
        $"+{NumberFormat(decimals)}\"{unit}\";-{NumberFormat(decimals)}\"{unit}\";{NumberFormat(decimals)}\"{unit}\"";

    /// <summary>Sheet title in the first row, merged over <paramref name="columns"/> columns.</summary>
    public static void Title(IXLWorksheet ws, string title, int columns, int row = 1)
    {
        var range = ws.Range(row, 1, row, columns).Merge();
        SafeText.Set(range.FirstCell(), title);
        range.Style.Font.Bold = true;
        range.Style.Font.FontSize = 14;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        ws.Row(row).Height = 24;
    }

    /// <summary>A note line merged over <paramref name="columns"/> columns, wrapped.</summary>
    public static void Note(IXLWorksheet ws, int row, int columns, string text)
    {
        var range = ws.Range(row, 1, row, columns).Merge();
        SafeText.Set(range.FirstCell(), text);
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        range.Style.Font.FontSize = 10;
    }

    /// <summary>Styles a header block (bold, fill, centred, wrapped, bordered).</summary>
    public static void Header(IXLRange range)
    {
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = HeaderFill;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Alignment.WrapText = true;
        Borders(range);
    }

    /// <summary>Thin borders inside and around.</summary>
    public static void Borders(IXLRange range)
    {
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
    }

    /// <summary>A header cell merged over rows/columns with its text.</summary>
    public static void HeaderCell(IXLWorksheet ws, int row, int col, string text, int rows = 1, int cols = 1)
    {
        var range = ws.Range(row, col, row + rows - 1, col + cols - 1);
        if (rows > 1 || cols > 1) range.Merge();
        SafeText.Set(range.FirstCell(), text);
        Header(range);
    }

    /// <summary>A number at reported precision (empty when null).</summary>
    public static IXLCell Number(IXLCell cell, decimal? value, int decimals)
    {
        if (value is { } v) cell.SetValue(v);
        cell.Style.NumberFormat.Format = NumberFormat(decimals);
        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        return cell;
    }

    /// <summary>A change cell: signed number with its unit, red when worse and green when better (never coloured at 0).</summary>
    public static IXLCell Change(IXLCell cell, decimal? change, int decimals, string unit, bool higherIsBetter = false)
    {
        Number(cell, change, decimals);
        cell.Style.NumberFormat.Format = ChangeFormat(decimals, unit);
        if (change is { } c && c != 0)
        {
            var (font, fill) = (c > 0) == higherIsBetter ? Better : Worse;
            cell.Style.Font.FontColor = font;
            cell.Style.Fill.BackgroundColor = fill;
        }
        return cell;
    }

    /// <summary>Fill of an AQI level (HJ 633 colours), with white text on the dark levels.</summary>
    public static void AqiLevelFill(IXLCell cell, int level)
    {
        var l = AqiLevels.All[level - 1];
        cell.Style.Fill.BackgroundColor = XLColor.FromHtml(l.ColourHex);
        cell.Style.Font.FontColor = level >= 4 ? XLColor.White : XLColor.Black;
    }

    /// <summary>Fill of a water class (status colours: Ⅰ–Ⅱ blue, Ⅲ green, Ⅳ yellow, Ⅴ orange, 劣Ⅴ red).</summary>
    public static void WaterClassFill(IXLCell cell, WaterClass c)
    {
        var status = WaterStatuses.ForClass(c);
        cell.Style.Fill.BackgroundColor = XLColor.FromHtml(status.ColourHex());
        cell.Style.Font.FontColor = status is WaterStatus.Excellent or WaterStatus.HeavilyPolluted ? XLColor.White : XLColor.Black;
    }

    /// <summary>Column widths (Excel units) an A4 landscape page holds at a readable scale (≈ 140 at 100 %; 10–11 pt text stays ≥ 8 pt).</summary>
    public const double PageWidthUnits = 150;

    private static double UsedWidth(IXLWorksheet ws)
    {
        var last = ws.LastColumnUsed()?.ColumnNumber() ?? 1;
        return Enumerable.Range(1, last).Sum(c => ws.Column(c).Width);
    }

    /// <summary>
    /// Notes (wrapped text merged from column A, under the header) of a sheet printed over several pages across: column A
    /// repeats on every page and would print a cut-off piece of each note there. Each note moves to column B, merged
    /// up to the last column sure to be on the first page (the columns within an even share of the width: pages are
    /// filled in turn, so the first holds at least that), and wraps there, so it prints whole on the first page.
    /// </summary>
    private static void KeepNotesOutOfTheRepeatedColumn(IXLWorksheet ws, int headerRows, int pagesWide)
    {
        var last = ws.LastColumnUsed()?.ColumnNumber() ?? 1;
        var share = UsedWidth(ws) / pagesWide;
        var firstPage = 1;
        for (double width = ws.Column(1).Width; firstPage < last && width + ws.Column(firstPage + 1).Width <= share; firstPage++)
            width += ws.Column(firstPage + 1).Width;
        if (firstPage < 3) return;   // too narrow a first page to hold a note beside column A
        var notes = ws.MergedRanges.Where(r => r.FirstColumn().ColumnNumber() == 1 && r.ColumnCount() > 1
            && r.FirstRow().RowNumber() > headerRows && r.FirstCell().Style.Alignment.WrapText).ToArray();
        foreach (var note in notes)
        {
            var row = note.FirstRow().RowNumber();
            var cell = note.FirstCell();
            var (text, size) = (cell.GetString(), cell.Style.Font.FontSize);
            note.Unmerge();
            cell.Clear();
            ws.Row(row).Height = ws.RowHeight;
            var range = ws.Range(row, 2, row, firstPage).Merge();
            SafeText.Set(range.FirstCell(), text);
            range.Style.Alignment.WrapText = true;
            range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            range.Style.Font.FontSize = size;
        }
        if (notes.Length > 0) ColumnWidths.FitWrappedRows(ws);
    }

    /// <summary>
    /// A4 landscape, as many pages wide as the columns need at a readable scale (first column repeated), header rows
    /// repeated, frozen under the header. Call it after the column widths are set.
    /// </summary>
    public static void Page(IXLWorksheet ws, int headerRows, int frozenColumns = 1)
    {
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        // Readable on A4 (body text ≥ 8 pt): a table wider than a page prints over several pages across, the first column
        // repeated on each, rather than being shrunk onto one page (六项污染物 and 优良天数 printed at about 5 pt so).
        var pagesWide = Math.Max(1, (int)Math.Ceiling(UsedWidth(ws) / PageWidthUnits));
        ws.PageSetup.FitToPages(pagesWide, 0);
        if (pagesWide > 1)
        {
            ws.PageSetup.SetColumnsToRepeatAtLeft(1, 1);
            ws.Cell(1, 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;   // the whole title on the first page
            KeepNotesOutOfTheRepeatedColumn(ws, headerRows, pagesWide);
        }
        ws.PageSetup.Margins.Left = 0.4;
        ws.PageSetup.Margins.Right = 0.4;
        ws.PageSetup.Margins.Top = 0.5;
        ws.PageSetup.Margins.Bottom = 0.5;
        ws.PageSetup.CenterHorizontally = true;
        if (headerRows > 0)
        {
            ws.SheetView.Freeze(headerRows, frozenColumns);
            ws.PageSetup.SetRowsToRepeatAtTop(1, headerRows);
        }
    }
}
