using System.Buffers;
using System.Text;

namespace Workbench.Air.Import;

/// <summary>One CSV record: its fields and the 1-based physical line it starts on.</summary>
internal readonly record struct CsvRecord(string[] Fields, long Line)
{
    /// <summary>Field <paramref name="i"/>, or "" when the record is shorter.</summary>
    public string this[int i] => i < Fields.Length ? Fields[i] : "";
}

/// <summary>
/// RFC 4180 records from text: quoted fields with "" escapes and line breaks inside quotes (the scraped
/// pages put multi-line text in cells), CRLF or LF, BOMs embedded at the start of a record
/// (concatenated files) and a DOS end-of-file mark. For the long-format sources; china_sites has its
/// own byte-level parser.
/// </summary>
internal static class CsvRecords
{
    private static readonly SearchValues<char> Stops = SearchValues.Create(",\r\n\"\u001A");

    /// <summary>Reads all records of a text; blank lines are skipped (they carry no data).</summary>
    public static IEnumerable<CsvRecord> Read(string text)
    {
        var pos = 0;
        long line = 1;
        var fields = new List<string>();
        var sb = new StringBuilder();
        while (pos < text.Length)
        {
            var recordLine = line;
            fields.Clear();
            var any = false;   // the record has content (a non-empty field or a separator)
            while (true)
            {
                // One field.
                sb.Clear();
                if (fields.Count == 0)
                    while (pos < text.Length && text[pos] == '\uFEFF') pos++;   // embedded BOM
                var quoted = pos < text.Length && text[pos] == '"';
                if (quoted)
                {
                    any = true;
                    pos++;
                    while (pos < text.Length)
                    {
                        var q = text.IndexOf('"', pos);
                        if (q < 0) { Append(sb, text, pos, text.Length, ref line); pos = text.Length; break; }
                        Append(sb, text, pos, q, ref line);
                        if (q + 1 < text.Length && text[q + 1] == '"') { sb.Append('"'); pos = q + 2; continue; }
                        pos = q + 1;
                        break;
                    }
                }
                // Unquoted text (or text after a closing quote) up to the next separator or line end.
                while (pos < text.Length)
                {
                    var rel = text.AsSpan(pos).IndexOfAny(Stops);
                    var end = rel < 0 ? text.Length : pos + rel;
                    sb.Append(text, pos, end - pos);
                    pos = end;
                    if (pos < text.Length && text[pos] == '"') { sb.Append('"'); pos++; continue; }   // stray quote inside a field
                    if (pos < text.Length && text[pos] == '\u001A') { pos++; continue; }
                    break;
                }
                if (sb.Length > 0) any = true;
                fields.Add(sb.ToString());
                if (pos >= text.Length) break;
                var c = text[pos];
                if (c == ',') { any = true; pos++; continue; }
                // Line end: \r\n, \n or a lone \r.
                pos++;
                if (c == '\r' && pos < text.Length && text[pos] == '\n') pos++;
                line++;
                break;
            }
            if (any) yield return new CsvRecord(fields.ToArray(), recordLine);
        }
    }

    /// <summary>Reads all records from a reader.</summary>
    public static IEnumerable<CsvRecord> Read(TextReader reader) => Read(reader.ReadToEnd());

    private static void Append(StringBuilder sb, string text, int from, int to, ref long line)
    {
        for (var i = text.IndexOf('\n', from, to - from); i >= 0; i = i + 1 < to ? text.IndexOf('\n', i + 1, to - i - 1) : -1)
            line++;
        sb.Append(text, from, to - from);
    }
}
