using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using L = Workbench.Documents.OfficialLayout;

namespace Workbench.Documents;

/// <summary>
/// The styles of the press release (GB/T 9704 type), the font table naming the official fonts, and paragraph helpers.
/// Every run names its East Asian font (w:eastAsia), so Word picks 仿宋_GB2312 for Chinese even where Latin text uses
/// Times New Roman.
/// </summary>
internal static class DocumentStyles
{
    public const string BodyStyle = "Normal", TitleStyle = "PressTitle", HeadingStyle = "Heading1", CaptionStyle = "Caption",
        TableTextStyle = "TableText", NoteStyle = "Note", FigureStyle = "Figure", FooterStyle = "Footer";

    /// <summary>Adds the styles, the font table and the settings to the document.</summary>
    public static void Add(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(L.BodyFont), new FontSize { Val = $"{L.BodySize}" },
                    new FontSizeComplexScript { Val = $"{L.BodySize}" },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Before = "0" }))),
            Style(BodyStyle, "Normal", new ParagraphProperties(
                    new SpacingBetweenLines { Line = $"{L.LinePitch}", LineRule = LineSpacingRuleValues.Exact },
                    new Indentation { FirstLineChars = L.FirstLineChars, FirstLine = $"{L.BodySize * 10 * 2}" },
                    new Justification { Val = JustificationValues.Both }),
                new StyleRunProperties(Fonts(L.BodyFont), Spacing(), Size(L.BodySize)), isDefault: true),
            Style(TitleStyle, "标题", new ParagraphProperties(
                    new SpacingBetweenLines { Line = $"{L.LinePitch * 3 / 2}", LineRule = LineSpacingRuleValues.Exact },
                    new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(Fonts(L.TitleFont), Size(L.TitleSize))),
            Style(HeadingStyle, "一级标题", new ParagraphProperties(
                    new KeepNext(),
                    new SpacingBetweenLines { Line = $"{L.LinePitch}", LineRule = LineSpacingRuleValues.Exact },
                    new Indentation { FirstLineChars = L.FirstLineChars, FirstLine = $"{L.BodySize * 10 * 2}" },
                    new OutlineLevel { Val = 0 }),
                new StyleRunProperties(Fonts(L.HeadingFont), Spacing(), Size(L.BodySize))),
            // Captions: 表 above its table, 图 below its picture; set in 黑体 四号 like the headings.
            Style(CaptionStyle, "题注", new ParagraphProperties(
                    new SpacingBetweenLines { Before = "120", After = "120", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(Fonts(L.HeadingFont), Size(L.TableSize))),
            Style(TableTextStyle, "表格文字", new ParagraphProperties(
                    new SnapToGrid { Val = false },
                    new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(Fonts(L.BodyFont), Size(L.TableSize))),
            Style(NoteStyle, "注", new ParagraphProperties(
                    new SnapToGrid { Val = false },
                    new SpacingBetweenLines { Before = "60", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                new StyleRunProperties(Fonts(L.BodyFont), Size(L.NoteSize))),
            // A picture's paragraph must not have an exact line height: it would crop the picture to one line.
            Style(FigureStyle, "图片", new ParagraphProperties(
                    new KeepNext(), new SnapToGrid { Val = false },
                    new SpacingBetweenLines { Before = "240", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties()),
            Style(FooterStyle, "页脚", new ParagraphProperties(
                    new SnapToGrid { Val = false },
                    new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                new StyleRunProperties(Fonts(L.PageNumberFont, L.PageNumberFont), Size(L.TableSize))));

        var fonts = main.AddNewPart<FontTablePart>();
        fonts.Fonts = new Fonts(
            Font(L.TitleFont, "FZXiaoBiaoSong-B05S", FontFamilyValues.Roman),
            Font(L.BodyFont, "FangSong_GB2312", FontFamilyValues.Roman),
            Font(L.HeadingFont, "SimHei", FontFamilyValues.Swiss),
            Font(L.PageNumberFont, "SimSun", FontFamilyValues.Roman),
            new Font(new FontFamily { Val = FontFamilyValues.Roman }) { Name = L.LatinFont });

        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(
            new DefaultTabStop { Val = 420 },
            new EvenAndOddHeaders(),   // GB/T 9704 7.5: 单页码居右、双页码居左
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
            new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });
    }

    /// <summary>A paragraph of one style holding one run of text.</summary>
    public static Paragraph Paragraph(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>Run fonts: the East Asian font named explicitly, Latin letters and digits in <see cref="L.LatinFont"/>.</summary>
    public static RunFonts Fonts(string eastAsia, string? latin = null) =>
        new() { EastAsia = eastAsia, Ascii = latin ?? L.LatinFont, HighAnsi = latin ?? L.LatinFont, ComplexScript = latin ?? L.LatinFont, Hint = FontTypeHintValues.EastAsia };

    private static Spacing Spacing() => new() { Val = L.BodyCharacterSpacing };

    private static FontSize Size(int halfPoints) => new() { Val = $"{halfPoints}" };

    private static Style Style(string id, string name, ParagraphProperties paragraph, StyleRunProperties run, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }, new PrimaryStyle(),
            new StyleParagraphProperties(paragraph.ChildElements.Select(c => c.CloneNode(true)).ToArray()), run)
        { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        return style;
    }

    private static Font Font(string name, string altName, FontFamilyValues family) =>
        new(new AltName { Val = altName }, new FontCharSet { Val = "86" }, new FontFamily { Val = family },
            new Pitch { Val = FontPitchValues.Variable })
        { Name = name };
}
