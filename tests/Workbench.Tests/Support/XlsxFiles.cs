using System.IO.Compression;

namespace Workbench.Tests.Support;

/// <summary>Changes to saved XLSX bytes that ClosedXML cannot make.</summary>
public static class XlsxFiles
{
    /// <summary>
    /// Adds the stored result Excel writes with a formula (&lt;v&gt; after &lt;f&gt;) to cell <paramref name="address"/> of the
    /// first worksheet: ClosedXML, like openpyxl, saves formulas without one.
    /// </summary>
    public static byte[] AddStoredValue(byte[] xlsx, string address, string value)
    {
        using var ms = new MemoryStream();
        ms.Write(xlsx);
        using (var z = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            var e = z.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var r = new StreamReader(e.Open())) xml = r.ReadToEnd();
            var at = xml.IndexOf($"r=\"{address}\"", StringComparison.Ordinal);
            var f = xml.IndexOf("</x:f>", at, StringComparison.Ordinal) + "</x:f>".Length;
            xml = xml.Insert(f, $"<x:v>{value}</x:v>");
            e.Delete();
            using var w = new StreamWriter(z.CreateEntry("xl/worksheets/sheet1.xml").Open());
            w.Write(xml);
        }
        return ms.ToArray();
    }
}
