using System.Text;
using Workbench.IO;

namespace Workbench.Water.Import;

/// <summary>One CSV record with the physical line it starts on.</summary>
/// <param name="Line">1-based physical line of the record's first character.</param>
/// <param name="Fields">The fields, unquoted.</param>
/// <param name="RawText">The record as written (for exact-duplicate detection).</param>
public sealed record CsvRecord(long Line, string[] Fields, string RawText);

/// <summary>
/// Small RFC 4180 reader for the water importers: quoted fields, CRLF or LF, a BOM; UTF-8, or GB18030 when
/// the bytes are not valid UTF-8 (files saved by Excel on Chinese Windows).
/// </summary>
public static class CsvText
{
    /// <summary>Decodes file bytes: UTF-8 (BOM optional), else GB18030.</summary>
    public static string Decode(byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    /// <summary>Reads a file (.xz decompressed) into text.</summary>
    public static string ReadFile(string path) => Decode(XzStream.ReadAllBytes(path));

    /// <summary>Splits text into records. Throws a Chinese error naming the line of an unterminated quote.</summary>
    public static List<CsvRecord> Parse(string text, string fileName)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        long line = 1, recordLine = 1;
        var recordStart = 0;
        var inQuotes = false;
        var i = 0;
        var any = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    inQuotes = false; i++; continue;
                }
                if (c == '\n') line++;
                field.Append(c); i++; continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    inQuotes = true; any = true; i++; break;
                case ',':
                    fields.Add(field.ToString()); field.Clear(); any = true; i++; break;
                case '\r' or '\n':
                    var end = i;
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                    i++;
                    if (any || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        records.Add(new CsvRecord(recordLine, fields.ToArray(), text[recordStart..end]));
                    }
                    fields.Clear(); field.Clear(); any = false;
                    line++; recordLine = line; recordStart = i;
                    break;
                default:
                    field.Append(c); any = true; i++; break;
            }
        }
        if (inQuotes) throw new WorkbenchDataException(fileName, recordLine, null, "引号未闭合");
        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRecord(recordLine, fields.ToArray(), text[recordStart..]));
        }
        return records;
    }
}
