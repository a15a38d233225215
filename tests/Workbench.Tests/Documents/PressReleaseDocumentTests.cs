using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Workbench.Briefings;
using Workbench.Documents;
using Workbench.Tests.Briefings;
using Xunit.Abstractions;

namespace Workbench.Tests.Documents;

/// <summary>A press release with every part, its numbers written out (the writer only lays them out).</summary>
internal static class HandmadeRelease
{
    /// <summary>The lead: 61 Chinese characters and no Latin letters, so its lines can be counted (28 characters each).</summary>
    public const string Lead = "今年以来，全市上下深入打好蓝天碧水净土保卫战，全市环境空气质量持续改善，地表水环境质量总体保持稳定，"
        + "生态环境质量稳中向好。";

    /// <summary>Three pictures of known pixel sizes, each one colour.</summary>
    public static readonly (int Width, int Height, byte R, byte G, byte B)[] Pictures =
        [(900, 500, 0, 228, 0), (900, 400, 255, 126, 0), (640, 300, 126, 0, 35)];

    public static PressRelease Build() => new(
        "东州市2020年生态环境质量状况",
        Lead,
        [
            new PressSection("环境空气质量", [
                "2020年，全市PM2.5浓度48微克/立方米，同比下降11.1%，较省定目标（60）低12微克/立方米；优良天数210天，同比增加46天。",
                "重污染天数13天，同比减少14天。"]),
            new PressSection("地表水环境质量", ["全市4个国省控断面全部达到考核目标，水质指数同比改善7.36%。"]),
            new PressSection("声环境质量", []),
        ],
        [
            new PressTable("东州2020年六项污染物浓度", ["指标", "单位", "2020年", "2019年", "同比变化"],
            [
                ["PM2.5", "微克/立方米", "48", "54", "下降11.1%"],
                ["一氧化碳", "毫克/立方米", "1.4", "1.8", "下降22.2%"],
            ]) { Note = "注：一氧化碳为日均值第95百分位数。" },
            new PressTable("东州2020年优良天数", ["指标", "2020年", "2019年", "同比变化"],
            [
                ["优良天数", "210", "164", "增加46天"],
                ["重污染天数", "13", "27", "减少14天"],
            ]),
        ],
        Pictures.Select((p, i) => new BriefingFigure($"示例图片{i + 1}", Png.Encode(p.Width, p.Height, (_, _) => (p.R, p.G, p.B)), p.Width, p.Height)).ToArray(),
        ["评价标准：《环境空气质量标准》（GB 3095-2012）。", "数据来源：国控空气质量监测站点。"]);
}

/// <summary>The press release as a Word document: GB/T 9704 page and type, the parts in order, a valid package.</summary>
public class PressReleaseDocumentTests(ITestOutputHelper output)
{
    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    [Fact]
    public void ThePageIsA4WithTheMarginsAndGridOfGbT9704()
    {
        using var doc = Open(PressReleaseDocument.Build(HandmadeRelease.Build()));
        var section = doc.MainDocumentPart!.Document.Body!.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var m = section.GetFirstChild<PageMargin>()!;
        // 天头 37 mm, 订口 28 mm, 版心 156 mm × 225 mm: right 26 mm, bottom 35 mm (1 mm = 56.69 twips).
        Assert.Equal((2098, 1587u, 1475u, 1984), (m.Top!.Value, m.Left!.Value, m.Right!.Value, m.Bottom!.Value));
        var grid = section.GetFirstChild<DocGrid>()!;
        Assert.Equal(DocGridValues.Lines, grid.Type!.Value);
        Assert.Equal(579, grid.LinePitch!.Value);          // 12,756 twips of type area / 22 lines
        Assert.Equal(2, section.Elements<FooterReference>().Count());
        Assert.NotNull(doc.MainDocumentPart.DocumentSettingsPart!.Settings.GetFirstChild<EvenAndOddHeaders>());
    }

    [Fact]
    public void TheFontsAreNamedForEastAsianText()
    {
        using var doc = Open(PressReleaseDocument.Build(HandmadeRelease.Build()));
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        (string? EastAsia, string? Size) Of(string id)
        {
            var run = styles.Elements<Style>().Single(s => s.StyleId == id).StyleRunProperties!;
            return (run.RunFonts?.EastAsia?.Value, run.FontSize?.Val?.Value);
        }
        Assert.Equal(("方正小标宋简体", "44"), Of("PressTitle"));   // 二号 22 pt
        Assert.Equal(("仿宋_GB2312", "32"), Of("Normal"));           // 三号 16 pt
        Assert.Equal(("黑体", "32"), Of("Heading1"));
        // 28 characters a line: 8,844 twips / 28 = 315 twips each, 16 pt = 320 twips, so 5 twentieths of a point closer.
        Assert.Equal(-5, styles.Elements<Style>().Single(s => s.StyleId == "Normal").StyleRunProperties!.Spacing!.Val!.Value);
        Assert.Equal(("仿宋_GB2312", "28"), Of("TableText"));      // 四号 14 pt
        var fonts = doc.MainDocumentPart.FontTablePart!.Fonts.Elements<Font>().Select(f => f.Name!.Value!).ToArray();
        Assert.Equal(["方正小标宋简体", "仿宋_GB2312", "黑体", "宋体", "Times New Roman"], fonts);
    }

    [Fact]
    public void ThePartsComeInOrderNumbered()
    {
        using var doc = Open(PressReleaseDocument.Build(HandmadeRelease.Build()));
        var body = doc.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText))
            .Where(p => p.Text.Length > 0).ToArray();
        Assert.Equal(
        [
            ("PressTitle", "东州市2020年生态环境质量状况"),
            ("Normal", HandmadeRelease.Lead),
            ("Heading1", "一、环境空气质量"),
            ("Normal", "2020年，全市PM2.5浓度48微克/立方米，同比下降11.1%，较省定目标（60）低12微克/立方米；优良天数210天，同比增加46天。"),
            ("Normal", "重污染天数13天，同比减少14天。"),
            ("Heading1", "二、地表水环境质量"),   // 声环境质量 has no paragraph: left out, not numbered
            ("Normal", "全市4个国省控断面全部达到考核目标，水质指数同比改善7.36%。"),
            ("Caption", "表1 东州2020年六项污染物浓度"),
            ("Note", "注：一氧化碳为日均值第95百分位数。"),
            ("Caption", "表2 东州2020年优良天数"),
            ("Caption", "图1 示例图片1"),
            ("Caption", "图2 示例图片2"),
            ("Caption", "图3 示例图片3"),
            ("Heading1", "数据与方法说明"),
            ("Normal", "评价标准：《环境空气质量标准》（GB 3095-2012）。"),
            ("Normal", "数据来源：国控空气质量监测站点。"),
        ], paragraphs.Where(p => p.Style != "TableText").ToArray());

        var tables = body.Elements<Table>().ToArray();
        Assert.Equal(2, tables.Length);
        Assert.Equal(["指标", "单位", "2020年", "2019年", "同比变化"], tables[0].Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(["一氧化碳", "毫克/立方米", "1.4", "1.8", "下降22.2%"], tables[0].Elements<TableRow>().Last().Elements<TableCell>().Select(c => c.InnerText));
        Assert.NotNull(tables[0].Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>());   // repeated on each page

        // Pictures: full type-area width (8,844 twips × 635 EMU), the PNG's aspect ratio kept.
        var extents = body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().Select(e => (e.Cx!.Value, e.Cy!.Value)).ToArray();
        Assert.Equal([(5615940L, 3119966L), (5615940L, 2495973L), (5615940L, 2632471L)], extents);
        Assert.Equal(3, doc.MainDocumentPart.ImageParts.Count());
    }

    [Fact]
    public void ThePackageIsValid()
    {
        using var doc = Open(PressReleaseDocument.Build(HandmadeRelease.Build()));
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors));
    }

    [Fact]
    public void ARowWithTooManyCellsIsRefused()
    {
        var release = HandmadeRelease.Build() with { Tables = [new PressTable("表", ["a", "b"], [["1", "2", "3"]])] };
        var e = Assert.Throws<ArgumentException>(() => PressReleaseDocument.Build(release));
        Assert.Equal("表“表”的一行有 3 个单元格，表头有 2 列", e.Message);
    }

    [WriterFact]
    [Trait("Category", "Slow")]
    public void TheDocumentConvertsToPdfThroughWriterWithItsTablesAndPictures()
    {
        var folder = Directory.CreateTempSubdirectory("wb-docx-");
        try
        {
            var docx = Path.Combine(folder.FullName, "新闻通稿.docx");
            PressReleaseDocument.Save(HandmadeRelease.Build(), docx);
            var pdf = LibreOffice.ToPdf(docx, folder.FullName, output);

            var text = string.Join("\f", PdfTools.Pages(pdf));
            foreach (var expected in new[] { "东州市2020年生态环境质量状况", "一、环境空气质量", "表1东州2020年六项污染物浓度", "毫克/立方米", "下降22.2%",
                         "表2东州2020年优良天数", "增加46天", "图3示例图片3", "数据与方法说明", "—1—" })
                Assert.Contains(expected, text);

            // The three PNGs, at their own pixel sizes.
            var images = PdfTools.Images(pdf);
            Assert.Equal([(900, 500), (900, 400), (640, 300)], images.Where(i => i.Type == "image").Select(i => (i.Width, i.Height)));

            // GB/T 9704 type: the lead's full lines hold 28 characters; body text is 16 pt, the title 22 pt.
            var words = PdfTools.Words(pdf);
            var heading = words.First(w => w.Page == 1 && w.Text.StartsWith("一、", StringComparison.Ordinal));
            var lead = words.Where(w => w.Page == 1 && w.YMin > 150 && w.YMin < heading.YMin).ToArray();
            output.WriteLine(string.Join("\n", lead.Select(w => $"{w.YMin:F1} {w.Height:F1} {w.Text}")));
            var lines = lead.GroupBy(w => Math.Round(w.YMin)).Select(g => g.Sum(w => w.Text.Length)).ToArray();
            // 22 lines on 225 mm: one line every 28.95 pt.
            var pitches = lead.Select(w => w.YMin).Distinct().Order().Zip(lead.Select(w => w.YMin).Distinct().Order().Skip(1), (a, b) => b - a);
            Assert.All(pitches, p => Assert.Equal(28.95, p, 0.1));
            Assert.Equal([26, 28, 7], lines);   // 61 characters, the first line indented two
            Assert.All(lead, w => Assert.Equal(16, w.EstimatedSize, 0.2));
            var small = PdfTools.SmallerThan(words, 8);
            Assert.True(small.Count == 0, "小于 8 磅的文字：" + string.Join("、", small.Select(w => $"第{w.Page}页“{w.Text}”{w.EstimatedSize:F1}磅")));
        }
        finally
        {
            folder.Delete(true);
        }
    }
}
