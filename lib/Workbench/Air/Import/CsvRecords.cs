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
/// pages put multi-line text in cells), CRLF or LF, and BOMs embedded at the start of a record
/// (concatenated files). For the long-format sources; china_sites has its own byte-level parser.
/// </summary>
internal static class CsvRecords
{
    /// <summary>Reads all records; blank lines are skipped (they carry no data).</summary>
    public static IEnumerable<CsvRecord> Read(TextReader reader, char separator = ',')
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        long line = 1;
        long recordLine = 1;
        var inQuotes = false;
        var fieldStarted = false;
        var quotedField = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else inQuotes = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when !fieldStarted || (field.Length == 0 && !quotedField):
                    inQuotes = true;
                    quotedField = true;
                    fieldStarted = true;
                    break;
                case '\r':
                case '\u001A':   // DOS end-of-file mark after the last line of some exports
                    break;
                case '\n':
                    if (fieldStarted || fields.Count > 0)
                    {
                        fields.Add(field.ToString());
                        yield return new CsvRecord(fields.ToArray(), recordLine);
                    }
                    fields.Clear();
                    field.Clear();
                    fieldStarted = quotedField = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (ch == separator)
                    {
                        fields.Add(field.ToString());
                        field.Clear();
                        fieldStarted = true;   // the next field exists, even if empty
                        quotedField = false;
                        break;
                    }
                    if (ch == '\uFEFF' && fields.Count == 0 && field.Length == 0) break; // embedded BOM
                    field.Append(ch);
                    fieldStarted = true;
                    break;
            }
        }
        if (fieldStarted || fields.Count > 0 || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(fields.ToArray(), recordLine);
        }
    }
}
