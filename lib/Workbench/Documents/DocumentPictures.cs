using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Workbench.Briefings;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using L = Workbench.Documents.OfficialLayout;

namespace Workbench.Documents;

/// <summary>A press-release picture: the PNG inline in its own paragraph, the caption (图N) below it.</summary>
internal static class DocumentPictures
{
    private const long EmuPerTwip = 635;

    /// <summary>Tallest picture: two thirds of the type area's height, so a picture and its caption fit on one page.</summary>
    private static long MaxHeightEmu => (long)(L.PageHeight - L.Top - L.Bottom) * EmuPerTwip * 2 / 3;

    /// <summary>The picture paragraph and its caption; the PNG is added to <paramref name="main"/> as an image part.</summary>
    public static IEnumerable<OpenXmlElement> Render(MainDocumentPart main, BriefingFigure figure, int number)
    {
        if (figure.WidthPx < 1 || figure.HeightPx < 1)
            throw new ArgumentException($"图“{figure.Title}”的尺寸无效：{figure.WidthPx}×{figure.HeightPx}");
        var image = main.AddImagePart(ImagePartType.Png);
        using (var s = new MemoryStream(figure.Png)) image.FeedData(s);
        var relId = main.GetIdOfPart(image);

        // The full type-area width, keeping the aspect ratio; a tall picture is narrowed to the height limit.
        var cx = (long)L.TextWidth * EmuPerTwip;
        var cy = cx * figure.HeightPx / figure.WidthPx;
        if (cy > MaxHeightEmu) (cx, cy) = (cx * MaxHeightEmu / cy, MaxHeightEmu);

        var id = (uint)number;
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = $"图{number}", Description = figure.Title },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = id, Name = $"figure{number}.png" },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 };

        yield return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocumentStyles.FigureStyle }),
            new Run(new Drawing(inline)));
        yield return DocumentStyles.Paragraph(DocumentStyles.CaptionStyle, $"图{number} {figure.Title}");
    }
}
