using System.Globalization;
using System.Text;

namespace Workbench.Text;

/// <summary>
/// Display width of text in terminal cells (and Excel character units): East Asian wide and
/// full-width characters count 2 (Unicode UAX #11 W/F), everything else 1.
/// </summary>
/// <remarks>Used to align Chinese columns in text tables and to size Excel columns, where
/// String.Length or a Latin-font autofit under-measures Chinese by half.</remarks>
public static class EastAsianWidth
{
    /// <summary>Width of a string in cells.</summary>
    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
            width += Of(rune);
        return width;
    }

    /// <summary>Width of one character: 0 for combining marks, 2 for wide/full-width, 1 otherwise.</summary>
    public static int Of(Rune rune)
    {
        var cp = rune.Value;
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            return 0;
        return IsWide(cp) ? 2 : 1;
    }

    private static bool IsWide(int cp) =>
        cp is >= 0x1100 and <= 0x115F        // Hangul Jamo
            or >= 0x2E80 and <= 0x303E       // CJK radicals, punctuation (、。「」…)
            or >= 0x3041 and <= 0x33FF       // kana, bopomofo, CJK compatibility
            or >= 0x3400 and <= 0x4DBF       // CJK extension A
            or >= 0x4E00 and <= 0x9FFF       // CJK unified ideographs
            or >= 0xA000 and <= 0xA4CF       // Yi
            or >= 0xAC00 and <= 0xD7A3       // Hangul syllables
            or >= 0xF900 and <= 0xFAFF       // CJK compatibility ideographs
            or >= 0xFE30 and <= 0xFE4F       // CJK compatibility forms
            or >= 0xFF00 and <= 0xFF60       // full-width forms (（）、full-width digits)
            or >= 0xFFE0 and <= 0xFFE6       // full-width signs
            or >= 0x20000 and <= 0x3FFFD;    // CJK extensions B and beyond

    /// <summary>Pads on the right to <paramref name="width"/> cells.</summary>
    public static string PadRight(string text, int width)
    {
        var pad = width - Of(text);
        return pad > 0 ? text + new string(' ', pad) : text;
    }

    /// <summary>Pads on the left to <paramref name="width"/> cells.</summary>
    public static string PadLeft(string text, int width)
    {
        var pad = width - Of(text);
        return pad > 0 ? new string(' ', pad) + text : text;
    }
}
