using System.IO.Compression;
using ClosedXML.Excel;
using Workbench.Briefings;

namespace Workbench.Tests.Briefings;

/// <summary>Print titles written absolute, rows and columns (LibreOffice ignores relative ones).</summary>
public class PrintTitlesTests
{
    [Fact(DisplayName = "Rows 1:2 and column A:A repeated become $1:$2 and $A:$A")]
    public void Rows_and_columns_become_absolute()
    {
        using var ms = new MemoryStream();
        using (var wb = new XLWorkbook())
        {
            var ws = wb.Worksheets.Add("城市");
            ws.Cell(1, 1).Value = "x";
            ws.PageSetup.SetRowsToRepeatAtTop(1, 2);
            ws.PageSetup.SetColumnsToRepeatAtLeft(1, 1);
            wb.SaveAs(ms);
        }
        ms.Position = 0;
        PrintTitles.MakeAbsolute(ms);
        ms.Position = 0;
        using var zip = new ZipArchive(ms, ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open());
        var xml = reader.ReadToEnd();
        Assert.Contains(">城市!$A:$A,城市!$1:$2<", xml, StringComparison.Ordinal);
    }
}
