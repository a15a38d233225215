using System.Text;
using Workbench.IO;

namespace Workbench.Air.Import;

/// <summary>The header of a china_sites file: `date,hour,type,` then one station code per column.</summary>
internal sealed record ChinaSitesHeader(string[] Fields, int EndOffset)
{
    /// <summary>Number of fields in the header.</summary>
    public int Count => Fields.Length;

    /// <summary>
    /// Parses the first line. The CR after the last code and a UTF-8 BOM are stripped (the feed ends
    /// lines with CRLF). Throws when the file does not start with date,hour,type.
    /// </summary>
    public static ChinaSitesHeader Parse(ReadOnlySpan<byte> content, string file)
    {
        var start = content.StartsWith("\uFEFF"u8) ? 3 : 0;
        var rest = content[start..];
        var nl = rest.IndexOf((byte)'\n');
        var line = nl >= 0 ? rest[..nl] : rest;
        var end = start + (nl >= 0 ? nl + 1 : rest.Length);
        if (line.Length > 0 && line[^1] == (byte)'\r') line = line[..^1];
        return FromLine(line, file, end);
    }

    /// <summary>Reads the header as the first line of <paramref name="lines"/>; a header over the line limit is an error
    /// (nothing of the file can be placed without it).</summary>
    public static ChinaSitesHeader Read(BoundedLineReader lines, string file, TextLimits limits)
    {
        if (!lines.Next(out var line, out _, out var tooLong)) line = default;
        if (tooLong > 0)
            throw new WorkbenchDataException(file, 1, null,
                $"表头过长：第 1 行 {tooLong:N0} 字节，超过上限 {limits.MaxLineBytes:N0} 字节（设置 TextLimits.MaxLineBytes），无法读取本文件");
        if (line.StartsWith("\uFEFF"u8)) line = line[3..];
        // A feed repeats its header file after file: the last one parsed on this thread is reused while the bytes are
        // the same (parsing 1,600 codes for each of 365 files was 0.1 s of a national year before any data).
        if (t_last is { } last && line.SequenceEqual(last.Line)) return last.Header;
        var header = FromLine(line, file, 0);
        t_last = (line.ToArray(), header);
        return header;
    }

    [ThreadStatic] private static (byte[] Line, ChinaSitesHeader Header)? t_last;

    private static ChinaSitesHeader FromLine(ReadOnlySpan<byte> line, string file, int end)
    {
        var fields = Encoding.UTF8.GetString(line).Split(',').Select(f => f.Trim().Trim('\uFEFF', '\u3000')).ToArray();
        if (fields.Length < 3 || fields[0] != "date" || fields[1] != "hour" || fields[2] != "type")
            throw new WorkbenchDataException(file, 1, null,
                "不是 china_sites 格式：表头应以 date,hour,type 开头，后接站点编码" +
                $"（实际为“{Shorten(Encoding.UTF8.GetString(line))}”）");
        return new ChinaSitesHeader(fields, end);
    }

    /// <summary>True when the bytes start like a china_sites file (for format detection).</summary>
    public static bool Looks(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8)) head = head[3..];
        return head.StartsWith("date,hour,type,"u8);
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
