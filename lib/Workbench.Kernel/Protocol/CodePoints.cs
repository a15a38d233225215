namespace Workbench.Kernel.Protocol;

/// <summary>
/// Cursor positions: Jupyter counts Unicode code points (messaging protocol 5.2+), .NET strings count UTF-16 units;
/// they differ only after characters outside the Basic Multilingual Plane.
/// </summary>
public static class CodePoints
{
    /// <summary>The UTF-16 index of code point <paramref name="codePoint"/> in <paramref name="text"/> (clamped).</summary>
    public static int ToUtf16Index(string text, int codePoint)
    {
        var index = 0;
        for (var n = 0; n < codePoint && index < text.Length; n++)
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        return index;
    }

    /// <summary>The code-point offset of UTF-16 index <paramref name="utf16Index"/> in <paramref name="text"/>.</summary>
    public static int FromUtf16Index(string text, int utf16Index)
    {
        var count = 0;
        for (var i = 0; i < utf16Index && i < text.Length; i++)
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))) count++;
        return count;
    }
}
