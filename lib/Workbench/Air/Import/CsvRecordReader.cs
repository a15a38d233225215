using System.Text;
using Workbench.Quality;

namespace Workbench.Air.Import;

/// <summary>
/// Streams the CSV records of one file with issue 14's structural checks, each reported with file and line:
/// <list type="bullet">
/// <item>a record whose field count differs from <see cref="ExpectedFields"/> is refused whole (<c>field-count</c>);</item>
/// <item>a quoted field may span lines (the scraped pages and HeQinWill quote two-line cells), but one that would swallow a
/// line which is a complete record by itself, or more than <see cref="TextLimits.MaxQuotedLines"/> lines, is taken as
/// unterminated: its record is refused and reading resumes at that line (<c>unterminated-quote</c>);</item>
/// <item>each line is decoded on its own, UTF-8 or GB18030, and every run in the other encoding is reported
/// (<c>mixed-encoding</c>; undecodable lines: <c>invalid-encoding</c>); BOMs at line starts after the first line are
/// removed and counted (<c>embedded-bom</c>);</item>
/// <item>lines longer than <see cref="TextLimits.MaxLineBytes"/> are skipped unread (<c>line-too-long</c>);</item>
/// <item>a record whose quotes do not enclose whole fields is refused (<c>stray-quote</c>).</item>
/// </list>
/// Blank lines carry nothing and are skipped; a DOS end-of-file mark (0x1A) is dropped.
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    private readonly BoundedLineReader _lines;
    private readonly string _file;
    private readonly DataQualityReport _quality;
    private readonly TextLimits _limits;
    private TextDecoding.LineEncoding _fileEncoding = TextDecoding.LineEncoding.Ascii;
    private TextDecoding.LineEncoding _runEncoding;
    private long _runFirst, _runLast;
    private long _boms, _firstBom;
    private bool _sawUtf8, _sawGb;
    private Line? _pushedBack;

    private readonly record struct Line(string? Text, long No, bool Terminated);

    public CsvRecordReader(Stream stream, string file, DataQualityReport quality, TextLimits? limits = null)
    {
        _limits = limits ?? TextLimits.Default;
        _lines = new BoundedLineReader(stream, _limits.MaxLineBytes);
        _file = file;
        _quality = quality;
    }

    /// <summary>Opens a source.</summary>
    public CsvRecordReader(ImportSource source, DataQualityReport quality, TextLimits? limits = null)
        : this(source.Open(), source.DisplayName, quality, limits) { }

    /// <summary>Field count every record must have (the header's); null = not checked (the header itself).</summary>
    public int? ExpectedFields { get; set; }

    /// <summary>The encoding found: UTF-8, GBK, or UTF-8+GBK when lines of both were read.</summary>
    public string EncodingName => _sawGb && _sawUtf8 ? "UTF-8+GBK" : _sawGb ? "GBK" : "UTF-8";

    /// <summary>The records, header included; the file's summary lines (encoding runs, BOMs) are added at the end.</summary>
    public IEnumerable<CsvRecord> Records()
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        while (NextLine(out var l))
        {
            if (l.Text is null || string.IsNullOrWhiteSpace(l.Text)) continue;   // refused (reported) or blank
            var text = l.Text;
            var lines = 1L;
            var terminated = l.Terminated;
            var open = Split(text, fields, sb);
            var refused = false;
            while (open)
            {
                if (!NextLine(out var n))
                {
                    _quality.Add(StructureIssues.Unterminated(_file, l.No, lines, "直到文件末尾仍未闭合"));
                    refused = true;
                    break;
                }
                if (n.Text is null)
                {
                    _quality.Add(StructureIssues.Unterminated(_file, l.No, lines, $"到第 {n.No} 行（无法读取的行）仍未闭合"));
                    refused = true;
                    break;
                }
                var complete = ExpectedFields is { } w && IsCompleteRecord(n.Text, w);
                if (complete || lines >= _limits.MaxQuotedLines)
                {
                    _quality.Add(StructureIssues.Unterminated(_file, l.No, lines, complete
                        ? $"到第 {n.No} 行仍未闭合，而该行本身是一条完整的记录"
                        : $"跨越 {lines} 行（上限 {_limits.MaxQuotedLines} 行，设置 TextLimits.MaxQuotedLines）仍未闭合"));
                    _pushedBack = n;
                    refused = true;
                    break;
                }
                text = text + "\n" + n.Text;
                lines++;
                terminated = n.Terminated;
                open = Split(text, fields, sb);
            }
            if (refused) continue;
            // A data record whose quotes do not enclose whole fields: its field boundaries are a guess (RFC 4180 §2).
            if (ExpectedFields is not null && !IsCompleteRecord(text, fields.Count))
            {
                _quality.Add(StructureIssues.StrayQuoteIn(_file, l.No));
                continue;
            }
            if (ExpectedFields is { } e && fields.Count != e)
            {
                _quality.Add(StructureIssues.FieldCountMismatch(_file, l.No, fields.Count, e, !terminated));
                continue;
            }
            yield return new CsvRecord(fields.ToArray(), l.No);
        }
        Finish();
    }

    private bool NextLine(out Line line)
    {
        if (_pushedBack is { } p) { _pushedBack = null; line = p; return true; }
        if (!_lines.Next(out var span, out var terminated, out var tooLong)) { line = default; return false; }
        var no = _lines.LineNumber;
        if (tooLong > 0)
        {
            _quality.Add(StructureIssues.TooLong(_file, no, tooLong, _limits.MaxLineBytes));
            line = new Line(null, no, terminated);
            return true;
        }
        if (span.StartsWith("\uFEFF"u8))
        {
            if (no == 1) _fileEncoding = TextDecoding.LineEncoding.Utf8;   // a BOM declares the file UTF-8
            else { if (_boms++ == 0) _firstBom = no; }
            while (span.StartsWith("\uFEFF"u8)) span = span[3..];
        }
        while (!span.IsEmpty && span[^1] == 0x1A) span = span[..^1];   // DOS end-of-file mark
        var text = TextDecoding.DecodeLine(span, out var enc);
        if (text is null)
        {
            _quality.Add(StructureIssues.Undecodable(_file, no));
            line = new Line(null, no, terminated);
            return true;
        }
        Track(enc, no);
        // A BOM that decoding turned into text: GB18030 writes U+FEFF as 84 31 95 33. Removed as the UTF-8 ones are, or
        // it would stay in the first field (a city named "\uFEFF三亚" is another city).
        if (text.StartsWith('\uFEFF'))
        {
            text = text.TrimStart('\uFEFF');
            if (no > 1 && _boms++ == 0) _firstBom = no;
        }
        line = new Line(text, no, terminated);
        return true;
    }

    /// <summary>Follows runs of lines in an encoding other than the file's (the first non-ASCII line's, or UTF-8 after a BOM).</summary>
    private void Track(TextDecoding.LineEncoding enc, long no)
    {
        if (enc == TextDecoding.LineEncoding.Ascii) return;
        if (enc == TextDecoding.LineEncoding.Utf8) _sawUtf8 = true; else _sawGb = true;
        if (_fileEncoding == TextDecoding.LineEncoding.Ascii) { _fileEncoding = enc; return; }
        if (enc != _fileEncoding)
        {
            if (_runFirst == 0) { _runFirst = no; _runEncoding = enc; }
            _runLast = no;
        }
        else FlushRun();
    }

    private void FlushRun()
    {
        if (_runFirst == 0) return;
        _quality.Add(StructureIssues.Mixed(_file, _runFirst, _runLast, new LineEncodingPair(_fileEncoding, _runEncoding)));
        _runFirst = 0;
    }

    private void Finish()
    {
        FlushRun();
        if (_boms > 0) _quality.Add(StructureIssues.Boms(_file, _firstBom, _boms));
    }

    /// <summary>RFC 4180 fields of a record's text ("" escapes, text after a closing quote and stray quotes inside an
    /// unquoted field kept as written); true when a quoted field is still open at the end.</summary>
    internal static bool Split(string s, List<string> fields, StringBuilder sb)
    {
        fields.Clear();
        var i = 0;
        while (true)
        {
            sb.Clear();
            if (i < s.Length && s[i] == '"')
            {
                i++;
                while (true)
                {
                    var q = s.IndexOf('"', i);
                    if (q < 0) return true;
                    sb.Append(s, i, q - i);
                    if (q + 1 < s.Length && s[q + 1] == '"') { sb.Append('"'); i = q + 2; continue; }
                    i = q + 1;
                    break;
                }
            }
            var c = s.IndexOf(',', i);
            var end = c < 0 ? s.Length : c;
            sb.Append(s, i, end - i);
            fields.Add(sb.ToString());
            if (c < 0) return false;
            i = c + 1;
        }
    }

    /// <summary>True when a line is by itself a well-formed record of <paramref name="width"/> fields (quotes only
    /// around whole fields, all closed): where an unterminated quote is cut off.</summary>
    internal static bool IsCompleteRecord(string s, int width)
    {
        var count = 1;
        var i = 0;
        while (true)
        {
            if (i < s.Length && s[i] == '"')
            {
                i++;
                while (true)
                {
                    var q = s.IndexOf('"', i);
                    if (q < 0) return false;
                    if (q + 1 < s.Length && s[q + 1] == '"') { i = q + 2; continue; }
                    i = q + 1;
                    break;
                }
                if (i < s.Length && s[i] != ',') return false;
            }
            else
            {
                var c = s.IndexOf(',', i);
                var end = c < 0 ? s.Length : c;
                if (s.AsSpan(i, end - i).Contains('"')) return false;
                i = end;
            }
            if (i >= s.Length) return count == width;
            count++;
            i++;
        }
    }

    public void Dispose() => _lines.Dispose();
}
