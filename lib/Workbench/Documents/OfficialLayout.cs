namespace Workbench.Documents;

/// <summary>
/// The page and type of Chinese official documents (GB/T 9704-2012 党政机关公文格式), in Word units. The fonts are named
/// as the standard names them; where they are not installed a renderer substitutes (LibreOffice here: Noto Serif/Sans CJK).
/// </summary>
public static class OfficialLayout
{
    /// <summary>Twips per millimetre (1 inch = 1440 twips = 25.4 mm).</summary>
    private const double TwipsPerMm = 1440 / 25.4;

    /// <summary>A4 (GB/T 9704 5.2.1: 210 mm × 297 mm), in twips.</summary>
    public const int PageWidth = 11906, PageHeight = 16838;

    /// <summary>Margins (GB/T 9704 5.2.2: 天头 37 mm, 订口 28 mm, 版心 156 mm × 225 mm), in twips.</summary>
    public static readonly int Top = Twips(37), Left = Twips(28), Right = PageWidth - Twips(28) - Twips(156),
        Bottom = PageHeight - Twips(37) - Twips(225);

    /// <summary>Width of the type area (版心), in twips.</summary>
    public static int TextWidth => PageWidth - Left - Right;

    /// <summary>Lines per page and characters per line (GB/T 9704 5.2.3: 每面排22行，每行排28个字).</summary>
    public const int LinesPerPage = 22, CharactersPerLine = 28;

    /// <summary>Line pitch of the document grid: the type area's height over 22 lines (≈ 28.95 pt), in twips.</summary>
    public static int LinePitch => (PageHeight - Top - Bottom) / LinesPerPage;

    /// <summary>
    /// Character spacing of 16 pt text, in twentieths of a point: the 28 characters of a line at 16 pt (448 pt) are
    /// wider than the 156 mm type area (442.2 pt), so each is set closer by the difference, rounded up to the next
    /// whole twentieth (−5: 28 × 15.75 pt = 441 pt). Word's character grid would do this too, but LibreOffice draws
    /// that grid with square cells one line pitch wide (about 15 characters a line), so the spacing is set directly.
    /// </summary>
    public static int BodyCharacterSpacing => TextWidth / CharactersPerLine - BodySize * 10;

    /// <summary>Type sizes in half-points: 二号 22 pt (title), 三号 16 pt (body), 四号 14 pt (tables, captions, page numbers), 小四 12 pt (notes).</summary>
    public const int TitleSize = 44, BodySize = 32, TableSize = 28, NoteSize = 24;

    /// <summary>Title font (GB/T 9704 7.3.3: 2号小标宋体).</summary>
    public const string TitleFont = "方正小标宋简体";

    /// <summary>Body font (GB/T 9704 7.3.4: 3号仿宋体).</summary>
    public const string BodyFont = "仿宋_GB2312";

    /// <summary>First-level headings "一、" (GB/T 9704 7.3.4: 第一层用黑体字).</summary>
    public const string HeadingFont = "黑体";

    /// <summary>Page numbers (GB/T 9704 7.5: 4号半角宋体阿拉伯数字).</summary>
    public const string PageNumberFont = "宋体";

    /// <summary>Latin letters and digits in body text.</summary>
    public const string LatinFont = "Times New Roman";

    /// <summary>Distance from the page's lower edge to the page-number line: its top 7 mm below the type area (GB/T 9704 7.5).</summary>
    public static readonly int FooterDistance = Bottom - Twips(7) - Twips(5);

    /// <summary>Indent of the first line of a paragraph: two characters (GB/T 9704 7.3.4: 每个自然段左空二字).</summary>
    public const int FirstLineChars = 200;

    private static int Twips(double mm) => (int)Math.Round(mm * TwipsPerMm);
}
