using System.Text;

namespace Workbench.Air.Import;

/// <summary>
/// Encoding of analysts' text files: UTF-8 with or without BOM, else GBK (code page 936, what Excel
/// on Chinese Windows writes for "CSV"). Invalid UTF-8 is the sign of GBK.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GBK (code page 936).</summary>
    public static Encoding Gbk { get; } = GetGbk();

    private static Encoding GetGbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(936);
    }

    /// <summary>Detects the encoding of <paramref name="bytes"/>: UTF-8 (BOM or valid) or GBK.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) return Encoding.UTF8;
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return Encoding.UTF8;
        }
        catch (DecoderFallbackException)
        {
            return Gbk;
        }
    }

    /// <summary>Decodes a whole file, removing a leading BOM; returns the encoding found.</summary>
    public static string Decode(byte[] bytes, out Encoding encoding)
    {
        encoding = Detect(bytes);
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8)) span = span[3..];
        return encoding.GetString(span);
    }

    /// <summary>Chinese name of an encoding for quality lines.</summary>
    public static string Name(Encoding e) => e.CodePage == 936 ? "GBK" : "UTF-8";
}
