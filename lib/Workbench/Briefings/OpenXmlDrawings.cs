using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using S = DocumentFormat.OpenXml.Spreadsheet;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Workbench.Briefings;

/// <summary>
/// Native Excel charts and pictures added with the Open XML SDK 2.20 to a workbook ClosedXML has saved: ClosedXML
/// 0.95 has no charts, and its pictures need libgdiplus. Charts reference the sheet's cells (editable in Excel/WPS)
/// and carry a cache of the values so a viewer that does not recalculate shows them too.
/// </summary>
public static class OpenXmlDrawings
{
    private const long EmuPerPixel = 9525;

    private static readonly string[] SeriesColours = ["1F77B4", "FF7F0E", "2CA02C", "D62728", "9467BD", "8C564B"];

    /// <summary>Adds <paramref name="charts"/> and <paramref name="pictures"/> to the workbook in <paramref name="xlsx"/> (read and written in place).</summary>
    public static void Add(Stream xlsx, IEnumerable<ChartSpec> charts, IEnumerable<PicturePlacement> pictures)
    {
        using var doc = SpreadsheetDocument.Open(xlsx, true);
        foreach (var chart in charts) AddChart(doc, chart);
        foreach (var picture in pictures) AddPicture(doc, picture);
        doc.Save();
    }

    /// <summary>
    /// Moves chart parts from <c>xl/drawings/charts/</c> (where the SDK puts a drawing's chart) to <c>xl/charts/</c>,
    /// where Excel itself keeps them and tools look for them; the content types and the drawings' relationships follow.
    /// </summary>
    public static void MoveChartsToExcelFolder(Stream xlsx)
    {
        const string from = "xl/drawings/charts/", to = "xl/charts/";
        using var zip = new System.IO.Compression.ZipArchive(xlsx, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(from, StringComparison.Ordinal)).ToArray())
        {
            if (entry.FullName.Contains("/_rels/", StringComparison.Ordinal))
                throw new InvalidOperationException("图表部件带有关系文件，不能移动");   // our charts have none
            var target = zip.CreateEntry(to + entry.FullName[from.Length..]);
            using (var src = entry.Open())
            using (var dst = target.Open())
                src.CopyTo(dst);
            entry.Delete();
        }
        foreach (var entry in zip.Entries.Where(e => e.FullName == "[Content_Types].xml"
                     || (e.FullName.StartsWith("xl/drawings/_rels/", StringComparison.Ordinal) && e.FullName.EndsWith(".rels", StringComparison.Ordinal))).ToArray())
        {
            string text;
            using (var r = new StreamReader(entry.Open())) text = r.ReadToEnd();
            var moved = text.Replace("/" + from, "/" + to, StringComparison.Ordinal)
                .Replace("Target=\"charts/", "Target=\"../charts/", StringComparison.Ordinal);
            if (moved == text) continue;
            var name = entry.FullName;
            entry.Delete();
            using var w = new StreamWriter(zip.CreateEntry(name).Open(), new System.Text.UTF8Encoding(false));
            w.Write(moved);
        }
    }

    /// <summary>Adds a picture (PNG bytes) at a cell of a sheet, at its size in pixels.</summary>
    public static void AddPicture(SpreadsheetDocument doc, PicturePlacement p)
    {
        if (Png.Size(p.Png) is null) throw new ArgumentException($"图片“{p.Name}”不是 PNG 文件");
        var drawings = DrawingsOf(WorksheetPartOf(doc, p.Sheet));
        var image = drawings.AddImagePart(ImagePartType.Png);
        using (var ms = new MemoryStream(p.Png)) image.FeedData(ms);
        long cx = p.WidthPx * EmuPerPixel, cy = p.HeightPx * EmuPerPixel;
        var id = NextId(drawings);
        drawings.WorksheetDrawing!.Append(new Xdr.OneCellAnchor(
            Marker<Xdr.FromMarker>(p.Column, p.Row),
            new Xdr.Extent { Cx = cx, Cy = cy },
            new Xdr.Picture(
                new Xdr.NonVisualPictureProperties(
                    new Xdr.NonVisualDrawingProperties { Id = id, Name = p.Name },
                    new Xdr.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
                new Xdr.BlipFill(new A.Blip { Embed = drawings.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
                new Xdr.ShapeProperties(
                    new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })),
            new Xdr.ClientData()));
        drawings.WorksheetDrawing.Save();
    }

    /// <summary>Adds a native line or clustered-column chart.</summary>
    public static void AddChart(SpreadsheetDocument doc, ChartSpec spec)
    {
        var drawings = DrawingsOf(WorksheetPartOf(doc, spec.Sheet));
        var part = drawings.AddNewPart<ChartPart>();
        part.ChartSpace = ChartSpace(spec);
        part.ChartSpace.Save();
        var id = NextId(drawings);
        drawings.WorksheetDrawing!.Append(new Xdr.TwoCellAnchor(
            Marker<Xdr.FromMarker>(spec.FromColumn, spec.FromRow),
            Marker<Xdr.ToMarker>(spec.ToColumn, spec.ToRow),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(
                    new Xdr.NonVisualDrawingProperties { Id = id, Name = spec.Title },
                    new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = drawings.GetIdOfPart(part) })
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
            { Macro = "" },
            new Xdr.ClientData()));
        drawings.WorksheetDrawing.Save();
    }

    private static C.ChartSpace ChartSpace(ChartSpec spec)
    {
        var series = spec.Series.Select((s, i) => Series(spec, s, i)).ToArray();
        OpenXmlCompositeElement typed = spec.Kind == ChartKind.Line
            ? new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false })
            : new C.BarChart(new C.BarDirection { Val = C.BarDirectionValues.Column },
                new C.BarGrouping { Val = C.BarGroupingValues.Clustered }, new C.VaryColors { Val = false });
        foreach (var s in series) typed.Append(s);
        if (spec.Kind == ChartKind.Line) typed.Append(new C.ShowMarker { Val = true });
        else { typed.Append(new C.GapWidth { Val = 80 }); }
        typed.Append(new C.AxisId { Val = 1u }, new C.AxisId { Val = 2u });

        var plot = new C.PlotArea(new C.Layout(), typed,
            new C.CategoryAxis(
                new C.AxisId { Val = 1u },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
                new C.MajorTickMark { Val = C.TickMarkValues.Outside },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                TextProperties(AxisTextSize),
                new C.CrossingAxis { Val = 2u },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.AutoLabeled { Val = true },
                new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                new C.LabelOffset { Val = 100 },
                new C.NoMultiLevelLabels { Val = false }),
            new C.ValueAxis(
                new C.AxisId { Val = 2u },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Left },
                new C.MajorGridlines(),
                Title(spec.AxisTitle, 900, bold: false),
                new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
                new C.MajorTickMark { Val = C.TickMarkValues.Outside },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                TextProperties(AxisTextSize),
                new C.CrossingAxis { Val = 1u },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.CrossBetween { Val = C.CrossBetweenValues.Between }));

        var chart = new C.Chart(
            Title(spec.Title, 1400, bold: true),
            new C.AutoTitleDeleted { Val = false },
            plot,
            new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }, TextProperties(AxisTextSize)),
            new C.PlotVisibleOnly { Val = true },
            new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });
        var space = new C.ChartSpace(new C.EditingLanguage { Val = "zh-CN" }, new C.RoundedCorners { Val = false }, chart);
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return space;
    }

    private static OpenXmlCompositeElement Series(ChartSpec spec, ChartSeries s, int i)
    {
        var colour = SeriesColours[i % SeriesColours.Length];
        var categories = new C.CategoryAxisData(new C.StringReference(new C.Formula(spec.CategoriesRef), StringCache(spec.Categories)));
        var values = new C.Values(new C.NumberReference(new C.Formula(s.ValuesRef), NumberCache(s.Values)));
        var name = new C.SeriesText(new C.NumericValue(s.Name));
        if (spec.Kind == ChartKind.Line)
            return new C.LineChartSeries(
                new C.Index { Val = (uint)i }, new C.Order { Val = (uint)i }, name,
                new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = colour })) { Width = 28575 }),
                new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.Circle }, new C.Size { Val = 6 },
                    new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = colour }))),
                categories, values, new C.Smooth { Val = false });
        return new C.BarChartSeries(
            new C.Index { Val = (uint)i }, new C.Order { Val = (uint)i }, name,
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = colour })),
            new C.InvertIfNegative { Val = false },
            categories, values);
    }

    private static C.StringCache StringCache(IReadOnlyList<string> labels)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)labels.Count });
        for (var i = 0; i < labels.Count; i++)
            cache.Append(new C.StringPoint(new C.NumericValue(labels[i])) { Index = (uint)i });
        return cache;
    }

    private static C.NumberingCache NumberCache(IReadOnlyList<double?> values)
    {
        var cache = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
            if (values[i] is { } v)
                cache.Append(new C.NumericPoint(new C.NumericValue(v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) { Index = (uint)i });
        return cache;
    }

    private static C.Title Title(string text, int size, bool bold) =>
        new(new C.ChartText(new C.RichText(
                new A.BodyProperties(), new A.ListStyle(),
                new A.Paragraph(
                    new A.ParagraphProperties(new A.DefaultRunProperties(new A.EastAsianFont { Typeface = SheetStyle.FontName }) { FontSize = size, Bold = bold }),
                    new A.Run(new A.RunProperties(new A.EastAsianFont { Typeface = SheetStyle.FontName }) { Language = "zh-CN", FontSize = size, Bold = bold },
                        new A.Text(text))))),
            new C.Overlay { Val = false });

    /// <summary>Axis and legend text, in 1/100 pt: 11 pt, so it stays ≥ 8 pt when the sheet is scaled to print table and chart on one A4 page.</summary>
    private const int AxisTextSize = 1100;

    private static C.TextProperties TextProperties(int size) =>
        new(new A.BodyProperties(), new A.ListStyle(),
            new A.Paragraph(new A.ParagraphProperties(new A.DefaultRunProperties(new A.EastAsianFont { Typeface = SheetStyle.FontName }) { FontSize = size }),
                new A.EndParagraphRunProperties { Language = "zh-CN" }));

    private static T Marker<T>(int column, int row) where T : OpenXmlCompositeElement, new()
    {
        var m = new T();
        m.Append(new Xdr.ColumnId(column.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Xdr.ColumnOffset("0"),
            new Xdr.RowId(row.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Xdr.RowOffset("0"));
        return m;
    }

    private static uint NextId(DrawingsPart drawings) =>
        (uint)drawings.WorksheetDrawing!.Descendants<Xdr.NonVisualDrawingProperties>().Count() + 2;

    private static WorksheetPart WorksheetPartOf(SpreadsheetDocument doc, string sheet)
    {
        var wb = doc.WorkbookPart ?? throw new InvalidOperationException("工作簿没有 workbook 部件");
        var s = wb.Workbook.Sheets?.Elements<S.Sheet>().FirstOrDefault(x => x.Name == sheet)
            ?? throw new ArgumentException($"工作簿中没有工作表“{sheet}”");
        return (WorksheetPart)wb.GetPartById(s.Id!);
    }

    private static DrawingsPart DrawingsOf(WorksheetPart sheet)
    {
        if (sheet.DrawingsPart is { } existing) return existing;
        var part = sheet.AddNewPart<DrawingsPart>();
        part.WorksheetDrawing = new Xdr.WorksheetDrawing();
        part.WorksheetDrawing.AddNamespaceDeclaration("xdr", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing");
        part.WorksheetDrawing.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        part.WorksheetDrawing.Save();
        var drawing = new S.Drawing { Id = sheet.GetIdOfPart(part) };
        var ws = sheet.Worksheet;
        // CT_Worksheet order: <drawing> comes after page setup/header/breaks and before legacyDrawing, picture, tableParts, extLst.
        var before = ws.ChildElements.FirstOrDefault(e => e is S.LegacyDrawing or S.LegacyDrawingHeaderFooter or S.Picture
            or S.OleObjects or S.Controls or S.WebPublishItems or S.TableParts or S.WorksheetExtensionList);
        if (before is not null) ws.InsertBefore(drawing, before);
        else ws.Append(drawing);
        ws.Save();
        return part;
    }
}
