using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Workbench.Briefings;

/// <summary>
/// Header rows repeated on every printed page. ClosedXML 0.95 writes them as relative rows (<c>城市!1:2</c>); Excel
/// takes that, LibreOffice ignores it and prints pages 2… without headers. Rewritten as <c>城市!$1:$2</c>, both do.
/// </summary>
public static partial class PrintTitles
{
    /// <summary>Makes every print-title range of the package absolute (the stream is rewritten in place).</summary>
    public static void MakeAbsolute(Stream xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        using var doc = SpreadsheetDocument.Open(xlsx, true);
        var names = doc.WorkbookPart?.Workbook.DefinedNames?.Elements<S.DefinedName>() ?? [];
        foreach (var name in names.Where(n => n.Name?.Value == "_xlnm.Print_Titles"))
            name.Text = RelativeColumns().Replace(RelativeRows().Replace(name.Text, "$1$$$2:$$$3"), "$1$$$2:$$$3");
        doc.WorkbookPart?.Workbook.Save();
    }

    [GeneratedRegex(@"(^|!|,)(\d+):(\d+)(?=$|,)")]
    private static partial Regex RelativeRows();

    // Columns repeated at the left (A:A) are written relative too, and LibreOffice ignores them the same way.
    [GeneratedRegex(@"(^|!|,)([A-Z]+):([A-Z]+)(?=$|,)")]
    private static partial Regex RelativeColumns();
}
