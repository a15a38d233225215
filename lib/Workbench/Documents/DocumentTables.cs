using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Workbench.Briefings;
using L = Workbench.Documents.OfficialLayout;

namespace Workbench.Documents;

/// <summary>A press-release table: caption above (表N), full type-area width, the header row repeated on every page.</summary>
internal static class DocumentTables
{
    /// <summary>The caption, the table and its note (when any).</summary>
    public static IEnumerable<OpenXmlElement> Render(PressTable table, int number)
    {
        var caption = DocumentStyles.Paragraph(DocumentStyles.CaptionStyle, $"表{number} {table.Caption}");
        caption.ParagraphProperties!.Append(new KeepNext());
        yield return caption;

        var columns = table.Header.Count;
        foreach (var row in table.Rows)
            if (row.Count != columns)
                throw new ArgumentException($"表“{table.Caption}”的一行有 {row.Count} 个单元格，表头有 {columns} 列");
        var widths = Widths(table);
        var t = new Table(new TableProperties(
            new TableWidth { Width = $"{L.TextWidth}", Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 8 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 8 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })));
        t.Append(new TableGrid(widths.Select(w => new GridColumn { Width = $"{w}" })));
        t.Append(Row(table.Header, widths, header: true));
        foreach (var row in table.Rows) t.Append(Row(row, widths, header: false));
        yield return t;
        if (table.Note is { Length: > 0 } note) yield return DocumentStyles.Paragraph(DocumentStyles.NoteStyle, note);
    }

    /// <summary>Cell padding, left plus right (twips).</summary>
    private const int Padding = 160;

    /// <summary>
    /// Column widths: each column first as wide as its widest body cell on one line (a unit such as 毫克/立方米 or a
    /// change such as 上升11.5个百分点 must not break), the rest of the type area shared equally; headings may wrap.
    /// When the body cells alone are wider than the type area, the widths are scaled down to it.
    /// </summary>
    private static int[] Widths(PressTable table)
    {
        // East Asian width counts a CJK character as 2, a Latin one as 1 (half an em); a little slack for the font's metrics.
        var twipsPerHalfEm = L.TableSize * 10 / 2;
        var natural = Enumerable.Range(0, table.Header.Count).Select(i =>
        {
            var widest = table.Rows.Select(r => Text.EastAsianWidth.Of(r[i])).DefaultIfEmpty(0).Max();
            return Math.Max(widest + 1, 4) * twipsPerHalfEm + Padding;
        }).ToArray();
        var total = natural.Sum();
        if (total > L.TextWidth) return Fit(natural.Select(w => w * L.TextWidth / total).ToArray());
        var extra = (L.TextWidth - total) / natural.Length;
        return Fit(natural.Select(w => w + extra).ToArray());
    }

    /// <summary>The widths made to add up to the type area exactly (the rounding remainder goes to the first column).</summary>
    private static int[] Fit(int[] widths)
    {
        widths[0] += L.TextWidth - widths.Sum();
        return widths;
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header) properties.Append(new TableHeader());
        var row = new TableRow(properties);
        for (var i = 0; i < cells.Count; i++)
        {
            var p = DocumentStyles.Paragraph(DocumentStyles.TableTextStyle, cells[i]);
            if (header) p.Elements<Run>().First().PrependChild(new RunProperties(DocumentStyles.Fonts(L.HeadingFont)));
            row.Append(new TableCell(new TableCellProperties(
                new TableCellWidth { Width = $"{widths[i]}", Type = TableWidthUnitValues.Dxa },
                new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }), p));
        }
        return row;
    }
}
