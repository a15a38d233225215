using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using L = Workbench.Documents.OfficialLayout;

namespace Workbench.Documents;

/// <summary>
/// The page: A4, the GB/T 9704 margins and line grid (22 lines; 28 characters a line come from the character spacing
/// of <see cref="DocumentStyles"/>), and the page numbers
/// "— 1 —" (GB/T 9704 7.5: 单页码居右空一字，双页码居左空一字).
/// </summary>
internal static class DocumentPages
{
    /// <summary>The section properties (last child of the body); adds the two footers to <paramref name="main"/>.</summary>
    public static SectionProperties Section(MainDocumentPart main)
    {
        var odd = Footer(main, JustificationValues.Right);
        var even = Footer(main, JustificationValues.Left);
        return new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = odd },
            new FooterReference { Type = HeaderFooterValues.Even, Id = even },
            new PageSize { Width = (uint)L.PageWidth, Height = (uint)L.PageHeight },
            new PageMargin
            {
                Top = L.Top, Bottom = L.Bottom, Left = (uint)L.Left, Right = (uint)L.Right,
                Header = 851, Footer = (uint)L.FooterDistance, Gutter = 0,
            },
            new Columns { Space = "425" },
            new DocGrid { Type = DocGridValues.Lines, LinePitch = L.LinePitch });
    }

    private static string Footer(MainDocumentPart main, JustificationValues side)
    {
        var part = main.AddNewPart<FooterPart>();
        // One character (四号, 14 pt = 280 twips) from the outer edge.
        var indent = side == JustificationValues.Right ? new Indentation { Right = "280" } : new Indentation { Left = "280" };
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = DocumentStyles.FooterStyle }, indent, new Justification { Val = side }),
            Text("— "),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Text("1"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            Text(" —")));
        part.Footer.Save();
        return main.GetIdOfPart(part);
    }

    private static Run Text(string text) => new(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
}
