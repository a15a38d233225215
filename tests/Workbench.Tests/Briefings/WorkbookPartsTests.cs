using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Workbench.Briefings;
using Workbench.Text;
using Xunit.Abstractions;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Workbench.Tests.Briefings;

/// <summary>The pieces of the workbook: text safety, pictures from PNG bytes, charts, widths, output paths.</summary>
public class WorkbookPartsTests(ITestOutputHelper output)
{
    [Theory(DisplayName = "Text from data starting with = + - @ stays text, never a formula")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+86 10 1234")]
    [InlineData("-3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("2019-01-01")]
    public void FormulaLikeTextIsWrittenAsText(string text)
    {
        using var ms = new MemoryStream();
        using (var wb = new XLWorkbook())
        {
            SafeText.Set(wb.Worksheets.Add("表").Cell(1, 1), text);
            wb.SaveAs(ms);
        }
        ms.Position = 0;
        using var doc = SpreadsheetDocument.Open(ms, false);
        var cell = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<S.Cell>().Single();
        Assert.Null(cell.CellFormula);
        Assert.True(cell.DataType?.Value is S.CellValues.SharedString or S.CellValues.InlineString or S.CellValues.String);
        var shown = cell.DataType!.Value == S.CellValues.SharedString
            ? doc.WorkbookPart.SharedStringTablePart!.SharedStringTable.Elements<S.SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text)).InnerText
            : cell.InnerText;
        Assert.Equal(text, shown);
    }

    /// <summary>A 3 × 2 RGB PNG built here byte by byte (IDAT deflated with System.IO.Compression, CRC computed here).</summary>
    private static byte[] TinyPng()
    {
        static uint Crc(byte[] data)
        {
            var c = 0xFFFFFFFFu;
            foreach (var b in data)
            {
                c ^= b;
                for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            return c ^ 0xFFFFFFFFu;
        }
        static void Chunk(MemoryStream s, string type, byte[] data)
        {
            var buf = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(buf, data.Length);
            s.Write(buf);
            var td = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            s.Write(td);
            BinaryPrimitives.WriteUInt32BigEndian(buf, Crc(td));
            s.Write(buf);
        }
        var raw = new byte[] { 0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 255, 255, 0, 0, 0, 0, 0, 255, 255, 255 };
        using var z = new MemoryStream();
        using (var d = new ZLibStream(z, CompressionLevel.Optimal, true)) d.Write(raw);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, 3);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), 2);
        ihdr[8] = 8; ihdr[9] = 2;
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", ihdr);
        Chunk(png, "IDAT", z.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    [Fact(DisplayName = "A picture from PNG bytes lands in xl/media/ byte for byte, anchored at its cell, and validates")]
    public void PictureFromPngBytes()
    {
        var png = TinyPng();
        Assert.Equal((3, 2), Png.Size(png));
        using var ms = new MemoryStream();
        using (var wb = new XLWorkbook())
        {
            wb.Worksheets.Add("图表").Cell(1, 1).Comment.AddText("comment makes a legacy drawing: <drawing> must come before it");
            wb.SaveAs(ms);
        }
        ms.Position = 0;
        OpenXmlDrawings.Add(ms, [], [new PicturePlacement("图表", 2, 4, png, 300, 200, "测试图")]);
        ms.Position = 0;
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Read, true))
        {
            var media = Assert.Single(zip.Entries, e => e.FullName.StartsWith("xl/media/", StringComparison.Ordinal));
            using var s = media.Open();
            using var copy = new MemoryStream();
            s.CopyTo(copy);
            Assert.Equal(png, copy.ToArray());
        }
        ms.Position = 0;
        using var doc = SpreadsheetDocument.Open(ms, false);
        var errors = new OpenXmlValidator().Validate(doc).ToArray();
        foreach (var e in errors) output.WriteLine($"{e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
        var anchor = doc.WorkbookPart!.WorksheetParts.Single().DrawingsPart!.WorksheetDrawing
            .Elements<DocumentFormat.OpenXml.Drawing.Spreadsheet.OneCellAnchor>().Single();
        Assert.Equal("2", anchor.FromMarker!.ColumnId!.Text);
        Assert.Equal("4", anchor.FromMarker!.RowId!.Text);
        Assert.Equal(300 * 9525L, anchor.Extent!.Cx!.Value);
    }

    [Fact(DisplayName = "Our PNG encoder writes what a PNG reader expects (signature, IHDR size, CRC of each chunk)")]
    public void PngEncoderIsValid()
    {
        var png = Png.Encode(5, 4, (x, y) => ((byte)(x * 50), (byte)(y * 60), 0));
        Assert.Equal((5, 4), Png.Size(png));
        // Walk the chunks, checking each CRC and inflating IDAT back to 4 rows of 1 + 15 bytes.
        var pos = 8;
        byte[]? idat = null;
        while (pos < png.Length)
        {
            var len = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(pos));
            var type = Encoding.ASCII.GetString(png, pos + 4, 4);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos + 8 + len));
            var c = 0xFFFFFFFFu;
            foreach (var b in png.AsSpan(pos + 4, 4 + len))
            {
                c ^= b;
                for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            Assert.Equal(c ^ 0xFFFFFFFFu, crc);
            if (type == "IDAT") idat = png.AsSpan(pos + 8, len).ToArray();
            pos += 12 + len;
        }
        using var z = new ZLibStream(new MemoryStream(idat!), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        z.CopyTo(raw);
        Assert.Equal(4 * 16, raw.Length);
        Assert.Equal(200, raw.ToArray()[1 + 3 * 4]);   // row 0, x = 4: red = 4 × 50
    }

    [Fact(DisplayName = "Column widths count a CJK character as two units; a quoted unit in the format is counted")]
    public void ColumnWidthsFitChinese()
    {
        Assert.Equal(2 * 4 * 1.1 + 2, ColumnWidths.Of("优良天数"), 6);
        Assert.Equal(4 * 1.1 + 2, ColumnWidths.Of("PM10"), 6);
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add("表");
        SheetStyle.Change(ws.Cell(1, 1), 12.3m, 1, "个百分点", higherIsBetter: true);
        SafeText.Set(ws.Cell(2, 2), "O3 日最大8小时第90百分位数");
        ColumnWidths.Fit(ws);
        output.WriteLine($"A {ws.Column(1).Width}  B {ws.Column(2).Width}");
        Assert.True(ws.Column(1).Width >= ColumnWidths.Of("+12.3个百分点") - 0.01);
        Assert.True(ws.Column(2).Width >= ColumnWidths.Of("O3 日最大8小时第90百分位数") - 0.01);
    }

    [Fact(DisplayName = "A wrapped header wider than its column gets a row tall enough for its lines")]
    public void WrappedHeaderRowGrows()
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add("表");
        SheetStyle.HeaderCell(ws, 2, 1, "主要污染指标(超标倍数)");   // 22 units of text
        ColumnWidths.Fit(ws);                                          // wrapped cells are capped at 16 units
        ColumnWidths.FitWrappedRows(ws);
        output.WriteLine($"width {ws.Column(1).Width}, height {ws.Row(2).Height}");
        Assert.True(ws.Column(1).Width < ColumnWidths.Of("主要污染指标(超标倍数)"));
        Assert.True(ws.Row(2).Height >= 2 * 15);
    }

    [Fact]
    public void OutputPathRules()
    {
        var root = Directory.CreateTempSubdirectory("wb-out-");
        try
        {
            var now = new DateTimeOffset(2026, 3, 1, 1, 2, 3, TimeSpan.Zero);   // 09:02:03 Beijing time
            var first = BriefingOutput.Resolve(null, false, root.FullName, "a.xlsx", now);
            var second = BriefingOutput.Resolve(null, false, root.FullName, "a.xlsx", now);
            Assert.Equal(Path.Combine(root.FullName, "20260301-090203", "a.xlsx"), first);
            Assert.Equal(Path.Combine(root.FullName, "20260301-090203-2", "a.xlsx"), second);
            var existing = Path.Combine(root.FullName, "x.xlsx");
            File.WriteAllText(existing, "");
            var e = Assert.Throws<InvalidOperationException>(() => BriefingOutput.Resolve(existing, false, root.FullName, "a.xlsx", now));
            Assert.Contains("--force", e.Message);
            Assert.Equal(existing, BriefingOutput.Resolve(existing, true, root.FullName, "a.xlsx", now));
            Assert.Equal("东州_2019-10-01至2020-03-31_环境质量简报.xlsx",
                BriefingOutput.FileName("东州", Workbench.Periods.Period.Parse("2019-10..2020-03")));
        }
        finally { root.Delete(true); }
    }
}
