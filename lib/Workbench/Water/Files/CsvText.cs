using System.Text;
using Workbench.IO;
using Workbench.Quality;

namespace Workbench.Water.Files;

/// <summary>One CSV record with the physical line it starts on.</summary>
/// <param name="Line">1-based physical line of the record's first character.</param>
/// <param name="Fields">The fields, unquoted.</param>
/// <param name="RawText">The record as written (for exact-duplicate detection).</param>
public sealed record CsvRecord(long Line, string[] Fields, string RawText);

/// <summary>
/// Small RFC 4180 reader for the water importers: quoted fields, CRLF or LF, a BOM; UTF-8, or GB18030 when the bytes
/// are not valid UTF-8 (files saved by Excel on Chinese Windows), decided line by line when a file mixes both.
/// </summary>
public static class CsvText
{
    /// <summary>Reason code of a line in another encoding than the rest of the file, or in none.</summary>
    public const string MixedEncoding = "mixed-encoding";

    /// <summary>Reason code of a quote that does not close.</summary>
    public const string UnterminatedQuote = "unterminated-quote";

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    private static Encoding StrictGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>
    /// Decodes file bytes: UTF-8 (BOM optional) when the whole file is UTF-8; otherwise line by line. A line that is
    /// not UTF-8 is read as GBK (GB18030); in a file whose other lines are UTF-8 (or that starts with a BOM) such lines are
    /// listed as <c>mixed-encoding</c> (corrected). A line that is neither, or that mixes UTF-8 and GBK fields, is refused
    /// (listed, left empty so line numbers hold); the header line refused throws.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="fileName">File name for the report and errors.</param>
    /// <param name="quality">Where to list lines; null: a refused line throws.</param>
    public static string Decode(byte[] bytes, string fileName = "", DataQualityReport? quality = null)
    {
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var start = bom ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException) { }

        // Lines split at LF: 0x0A never occurs inside a GBK character (trail bytes are 0x40–0xFE).
        var lines = new List<(int Start, int Length)>();
        for (int p = start, s = start; p <= bytes.Length; p++)
            if (p == bytes.Length || bytes[p] == (byte)'\n')
            {
                lines.Add((s, p - s));
                s = p + 1;
            }
        var gb = StrictGb18030();
        var text = new string[lines.Count];
        var kind = new LineKind[lines.Count];
        var utf8Lines = bom;
        for (var k = 0; k < lines.Count; k++)
        {
            var (s, n) = lines[k];
            if (TryDecode(StrictUtf8, bytes, s, n, out var u))
            {
                text[k] = u;
                kind[k] = LineKind.Utf8;
                if (u.Any(ch => ch >= 0x80)) utf8Lines = true;
                continue;
            }
            if (PlausibleUtf8Field(bytes, s, n) is not null)
            {
                // Part of the line is UTF-8 Chinese, part is not: no single reading is certain.
                Refuse(k, FieldOfFirstBadByte(bytes, s, n), "同一行中既有 UTF-8 编码的字段，又有其他编码（GBK 等）的字段，无法可靠解码");
                continue;
            }
            if (TryDecode(gb, bytes, s, n, out var g))
            {
                text[k] = g;
                kind[k] = LineKind.Gbk;
                continue;
            }
            Refuse(k, FieldOfFirstBadByte(bytes, s, n), "该行既不是 UTF-8 也不是 GBK（GB18030）编码，无法解码");
        }
        if (utf8Lines && quality is not null)
            for (var k = 0; k < lines.Count; k++)
            {
                if (kind[k] != LineKind.Gbk || (k > 0 && kind[k - 1] == LineKind.Gbk)) continue;
                var end = k;
                while (end + 1 < lines.Count && kind[end + 1] == LineKind.Gbk) end++;
                var count = end - k + 1;
                quality.Add(fileName, k + 1, null, null, null, MixedEncoding,
                    count == 1
                        ? "该行为 GBK（GB18030）编码，文件其余各行为 UTF-8：已按 GBK 解码"
                        : $"第 {k + 1}～{end + 1} 行（{count} 行）为 GBK（GB18030）编码，文件其余各行为 UTF-8：已逐行按 GBK 解码",
                    QualityAction.Corrected);
            }
        return string.Join('\n', text);

        void Refuse(int k, int field, string why)
        {
            if (k == 0 || quality is null)
                throw new WorkbenchDataException(fileName, k + 1, $"第 {field} 个字段", why + (k == 0 ? "：首行（表头）无法解码，整个文件无法读取" : ""));
            quality.Add(fileName, k + 1, $"第 {field} 个字段", null, null, MixedEncoding, why + "：整行未载入", QualityAction.Rejected);
            text[k] = "";
            kind[k] = LineKind.Refused;
        }
    }

    private enum LineKind { Utf8, Gbk, Refused }

    private static bool TryDecode(Encoding e, byte[] bytes, int start, int length, out string text)
    {
        try
        {
            text = e.GetString(bytes, start, length);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>
    /// The 1-based number of the first comma-separated piece of a non-UTF-8 line that is valid UTF-8 and reads as Chinese
    /// (CJK ideographs, CJK and full-width punctuation, Roman numerals, ℃); null when none. GBK fields that happen to be
    /// valid UTF-8 decode to Latin, Greek or Armenian letters, not to Chinese (0 of 84,000 real feed lines in GBK).
    /// </summary>
    private static int? PlausibleUtf8Field(byte[] bytes, int start, int length)
    {
        var field = 1;
        for (int p = start, s = start; p <= start + length; p++)
        {
            if (p < start + length && bytes[p] != (byte)',') continue;
            if (TryDecode(StrictUtf8, bytes, s, p - s, out var piece) && piece.Any(ch => ch >= 0x80)
                && piece.All(ch => ch < 0x80 || ch is >= '\u2000' and <= '\u33FF' or >= '\u4E00' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF'))
                return field;
            field++;
            s = p + 1;
        }
        return null;
    }

    private static int FieldOfFirstBadByte(byte[] bytes, int start, int length)
    {
        var field = 1;
        for (int p = start, s = start; p <= start + length; p++)
        {
            if (p < start + length && bytes[p] != (byte)',') continue;
            if (!TryDecode(StrictUtf8, bytes, s, p - s, out _)) return field;
            field++;
            s = p + 1;
        }
        return field;
    }

    /// <summary>Reads a file (.xz decompressed) into text, line by line when it mixes encodings (<see cref="Decode"/>).</summary>
    public static string ReadFile(string path, DataQualityReport? quality = null) =>
        Decode(XzStream.ReadAllBytes(path), Path.GetFileName(path), quality);

    /// <summary>
    /// Splits text into records. A quote that does not close (or closes across lines into a record whose field count
    /// differs from the header's) is listed as <c>unterminated-quote</c> with its line and column; reading resumes at
    /// the next line that is a complete record on its own, and the lines in between are not loaded. Without a report
    /// (or in the header) it throws a Chinese error naming the line.
    /// </summary>
    public static List<CsvRecord> Parse(string text, string fileName, DataQualityReport? quality = null)
    {
        var records = new List<CsvRecord>();
        var pos = 0;
        long line = 1;
        var expected = -1;
        while (pos < text.Length)
        {
            var r = ReadRecord(text, pos);
            if (r.Fields is null) { pos = r.Next; line++; continue; }        // blank line
            var wellFormed = !r.Unterminated && (r.LinesSpanned == 0 || (!r.BadClose && (expected < 0 || r.Fields.Length == expected)));
            if (wellFormed)
            {
                records.Add(new CsvRecord(line, r.Fields, text[pos..r.End]));
                if (expected < 0) expected = r.Fields.Length;
                line += 1 + r.LinesSpanned;
                pos = r.Next;
                continue;
            }
            var column = records.Count > 0 && r.QuoteField < records[0].Fields.Length
                ? $"第 {r.QuoteField + 1} 列（{records[0].Fields[r.QuoteField].Trim().TrimStart('\uFEFF')}）"
                : $"第 {r.QuoteField + 1} 列";
            if (quality is null || expected < 0)
                throw new WorkbenchDataException(fileName, line, column, expected < 0 ? "表头行的引号未闭合" : "引号未闭合");
            // Resynchronise: the next physical line that is a complete one-line record with the header's field count.
            var p = NextLine(text, pos);
            var l = line + 1;
            while (p < text.Length)
            {
                var rr = ReadRecord(text, p);
                if (rr.Fields is null || (!rr.Unterminated && rr.LinesSpanned == 0 && !rr.StrayQuote && rr.Fields.Length == expected)) break;
                p = NextLine(text, p);
                l++;
            }
            var affected = l - line;
            quality.Add(fileName, line, column, null, null, UnterminatedQuote,
                (affected == 1 ? "引号未闭合：该行未载入" : $"引号未闭合：自该行起 {affected} 行（第 {line}～{l - 1} 行）未载入")
                + (p < text.Length ? $"，从第 {l} 行恢复读取" : "，直至文件末尾"),
                QualityAction.Rejected);
            pos = p;
            line = l;
        }
        return records;
    }

    private static int NextLine(string text, int pos)
    {
        var k = text.IndexOf('\n', pos);
        return k < 0 ? text.Length : k + 1;
    }

    /// <summary>A record as read; <c>StrayQuote</c>: a quote inside an unquoted field or text after a closing quote
    /// (such a line may be the tail of a runaway quoted field, so reading does not resume on it).</summary>
    private readonly record struct RecordRead(string[]? Fields, int End, int Next, int LinesSpanned, bool Unterminated, bool BadClose, int QuoteField, bool StrayQuote = false);

    /// <summary>One record from <paramref name="i"/>; Fields null for a blank line.</summary>
    private static RecordRead ReadRecord(string text, int i)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool inQuotes = false, any = false, badClose = false, stray = false;
        int spanned = 0, quoteField = 0, openedField = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    inQuotes = false;
                    i++;
                    if (i < text.Length && text[i] is not (',' or '\r' or '\n')) badClose = true;
                    continue;
                }
                if (c == '\n')
                {
                    if (spanned == 0) quoteField = openedField;
                    spanned++;
                }
                field.Append(c); i++; continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    inQuotes = true; any = true; openedField = fields.Count; i++; break;
                case ',':
                    fields.Add(field.ToString()); field.Clear(); any = true; i++; break;
                case '\r' or '\n':
                    var end = i;
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                    i++;
                    if (!any && field.Length == 0) return new RecordRead(null, end, i, 0, false, false, 0);
                    fields.Add(field.ToString());
                    return new RecordRead(fields.ToArray(), end, i, spanned, false, badClose && spanned > 0, quoteField, stray || badClose);
                default:
                    if (c == '"') stray = true;
                    field.Append(c); any = true; i++; break;
            }
        }
        if (inQuotes && spanned == 0) quoteField = openedField;
        if (!any && field.Length == 0) return new RecordRead(null, i, i, 0, false, false, 0);
        fields.Add(field.ToString());
        return new RecordRead(fields.ToArray(), i, i, spanned, inQuotes, badClose && spanned > 0, quoteField, stray || badClose);
    }
}
