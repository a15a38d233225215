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

    /// <summary>GB18030 (superset of GBK), strict: invalid bytes throw.</summary>
    internal static Encoding StrictGb18030 { get; } = GetStrictGb18030();

    private static Encoding GetStrictGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>How one line was decoded.</summary>
    internal enum LineEncoding { Ascii, Utf8, Gb18030, Invalid }

    /// <summary>
    /// Decodes one line on its own (issue 14 clause 3: two exports concatenated change encoding mid-file): pure ASCII,
    /// valid UTF-8, else strict GB18030; <see cref="LineEncoding.Invalid"/> (and null) when neither decodes it.
    /// </summary>
    internal static string? DecodeLine(ReadOnlySpan<byte> line, out LineEncoding encoding)
    {
        if (line.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) < 0) { encoding = LineEncoding.Ascii; return Encoding.ASCII.GetString(line); }
        if (System.Text.Unicode.Utf8.IsValid(line)) { encoding = LineEncoding.Utf8; return Encoding.UTF8.GetString(line); }
        try
        {
            var s = StrictGb18030.GetString(line);
            encoding = LineEncoding.Gb18030;
            return s;
        }
        catch (DecoderFallbackException)
        {
            encoding = LineEncoding.Invalid;
            return null;
        }
    }

    /// <summary>Chinese name of a line encoding for quality lines.</summary>
    internal static string Name(LineEncoding e) => e switch
    {
        LineEncoding.Gb18030 => "GB18030（GBK）",
        LineEncoding.Utf8 => "UTF-8",
        LineEncoding.Ascii => "ASCII",
        _ => "无法识别",
    };

    /// <summary>
    /// Decodes a text line by line (each line UTF-8 or GB18030 on its own), removing BOMs at line starts: for the first
    /// lines of a file in format detection. Readers use <see cref="CsvRecordReader"/>, which also reports switches.
    /// </summary>
    internal static string DecodeLines(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        while (!bytes.IsEmpty)
        {
            var nl = bytes.IndexOf((byte)'\n');
            var line = nl < 0 ? bytes : bytes[..(nl + 1)];
            bytes = nl < 0 ? default : bytes[(nl + 1)..];
            while (line.StartsWith("\uFEFF"u8)) line = line[3..];
            sb.Append(DecodeLine(line, out _) ?? Gbk.GetString(line));
        }
        return sb.ToString();
    }

    /// <summary>Chinese name of an encoding for quality lines.</summary>
    public static string Name(Encoding e) => e.CodePage == 936 ? "GBK" : "UTF-8";
}
