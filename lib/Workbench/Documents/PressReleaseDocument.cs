using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Workbench.Briefings;
using Workbench.IO;
using L = Workbench.Documents.OfficialLayout;

namespace Workbench.Documents;

/// <summary>
/// Writes a <see cref="PressRelease"/> as a Word document laid out like a Chinese official document (GB/T 9704):
/// title, lead, numbered sections, tables (表1 …), figures (图1 …), the methods note, and page numbers.
/// Open XML SDK 2.20 (the version ClosedXML 0.95.4 is built on).
/// </summary>
public static class PressReleaseDocument
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// <summary>Builds the .docx bytes.</summary>
    public static byte[] Build(PressRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            doc.PackageProperties.Title = release.Title;
            doc.PackageProperties.Language = "zh-CN";
            var main = doc.AddMainDocumentPart();
            DocumentStyles.Add(main);
            var body = new Body();
            main.Document = new Document(body);

            body.Append(DocumentStyles.Paragraph(DocumentStyles.TitleStyle, release.Title));
            body.Append(DocumentStyles.Paragraph(DocumentStyles.TitleStyle, ""));   // 标题下空一行 (GB/T 9704 7.3.3)
            body.Append(DocumentStyles.Paragraph(DocumentStyles.BodyStyle, release.Lead));
            var number = 0;
            foreach (var section in release.Sections.Where(s => s.Paragraphs.Count > 0))
            {
                body.Append(DocumentStyles.Paragraph(DocumentStyles.HeadingStyle, $"{Numeral(number++)}、{section.Heading}"));
                foreach (var p in section.Paragraphs) body.Append(DocumentStyles.Paragraph(DocumentStyles.BodyStyle, p));
            }
            for (var i = 0; i < release.Tables.Count; i++)
                foreach (var e in DocumentTables.Render(release.Tables[i], i + 1)) body.Append(e);
            for (var i = 0; i < release.Figures.Count; i++)
                foreach (var e in DocumentPictures.Render(main, release.Figures[i], i + 1)) body.Append(e);
            if (release.MethodsNote.Count > 0)
            {
                body.Append(DocumentStyles.Paragraph(DocumentStyles.HeadingStyle, "数据与方法说明"));
                foreach (var p in release.MethodsNote) body.Append(DocumentStyles.Paragraph(DocumentStyles.BodyStyle, p));
            }
            body.Append(DocumentPages.Section(main));
            main.Document.Save();
        }
        return ms.ToArray();
    }

    /// <summary>Writes the document to <paramref name="path"/> atomically (temporary file, then rename).</summary>
    public static void Save(PressRelease release, string path)
    {
        var bytes = Build(release);
        AtomicFile.Write(path, s => s.Write(bytes));
    }

    private static string Numeral(int index) => index < Numerals.Length ? Numerals[index] : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
