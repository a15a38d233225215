using System.Globalization;
using Workbench.Quality;

namespace Workbench.Air.Import;

/// <summary>
/// The structural reason codes of the air readers (issue 14; docs/data-quality.md, 空气数据读取): one place for their
/// codes and Chinese texts, so china_sites' byte parser and the CSV record reader report alike.
/// </summary>
internal static class StructureIssues
{
    public const string FieldCount = "field-count";
    public const string ThousandsSeparator = "thousands-separator";
    public const string UnterminatedQuote = "unterminated-quote";
    public const string MixedEncoding = "mixed-encoding";
    public const string InvalidEncoding = "invalid-encoding";
    public const string EmbeddedBom = "embedded-bom";
    public const string LineTooLong = "line-too-long";
    public const string StrayQuote = "stray-quote";

    /// <summary>A row whose field count differs from its header's: refused whole (never shifted or padded).</summary>
    public static QualityIssue FieldCountMismatch(string file, long line, int actual, int expected, bool unterminatedLast, string? station = null, string? time = null) =>
        new(file, line, null, station, time, FieldCount,
            $"字段数不符：本行 {actual} 个字段，表头 {expected} 个，整行不载入" +
            (actual > expected ? "（多出的字段多为未加引号的千位分隔符或多余的逗号，载入会使数值错位）"
                : unterminatedLast ? "（文件末行未以换行结束，疑为文件被截断）" : "（缺少的字段无法确定是哪几列）"),
            QualityAction.Rejected);

    /// <summary>A worksheet row with a value past its header's last column (a cell inserted, the row shifted right):
    /// refused whole, as a text row with a field too many is.</summary>
    public static QualityIssue PastHeader(string file, long line, string cell, int headerColumns) =>
        new(file, line, cell, null, null, FieldCount,
            $"表头之外有值：单元格 {cell} 在表头的 {headerColumns} 列之外，本行多半插入了单元格、其后各值已右移错位，整行不载入",
            QualityAction.Rejected);

    /// <summary>A quoted number with thousands separators ("1,234"), read without them.</summary>
    public static QualityIssue Thousands(string file, long line, string column, string? station, string? time, string text, double value) =>
        new(file, line, column, station, time, ThousandsSeparator,
            $"千位分隔符：{column} 为“{text}”（引号内的数字），按 {value.ToString(CultureInfo.InvariantCulture)} 读取",
            QualityAction.Corrected);

    /// <summary>A quote opened and never closed: the record from its opening line is refused, reading resumes after it.</summary>
    public static QualityIssue Unterminated(string file, long openingLine, long lines, string why) =>
        new(file, openingLine, null, null, null, UnterminatedQuote,
            $"引号未闭合：第 {openingLine} 行开始的引号{why}，自该行起共 {lines} 行作为一条记录不载入，从下一行重新读取",
            QualityAction.Rejected);

    /// <summary>A quote that does not enclose a whole field (text after a closing quote, or a quote inside an unquoted
    /// field): where the field ends cannot be known, so the record is refused.</summary>
    public static QualityIssue StrayQuoteIn(string file, long line) =>
        new(file, line, null, null, null, StrayQuote,
            "引号位置不对：引号没有包住整个字段（闭合引号后还有字符，或未加引号的字段中含引号），字段边界无法确定，整行不载入",
            QualityAction.Rejected);

    /// <summary>A run of lines in another encoding than the rest of the file, decoded line by line.</summary>
    public static QualityIssue Mixed(string file, long first, long last, LineEncodingPair e) =>
        new(file, first, null, null, null, MixedEncoding,
            $"编码混用：第 {first}–{last} 行为 {TextDecoding.Name(e.Run)} 编码，文件其余部分为 {TextDecoding.Name(e.File)}" +
            "（疑为两个导出文件拼接）；已逐行按各自编码解码", QualityAction.Corrected);

    /// <summary>A line neither UTF-8 nor GB18030 decodes.</summary>
    public static QualityIssue Undecodable(string file, long line) =>
        new(file, line, null, null, null, InvalidEncoding,
            "无法解码：本行既不是有效的 UTF-8，也不是有效的 GB18030（GBK），整行不载入", QualityAction.Rejected);

    /// <summary>BOMs in the middle of a file (concatenated exports), removed.</summary>
    public static QualityIssue Boms(string file, long firstLine, long count) =>
        new(file, firstLine, null, null, null, EmbeddedBom,
            $"文件中间的 BOM：共 {count.ToString("N0", CultureInfo.InvariantCulture)} 处（首处在第 {firstLine} 行，多为多个文件拼接所致），已去除",
            QualityAction.Corrected);

    /// <summary>A line longer than the limit, skipped without being read into memory.</summary>
    public static QualityIssue TooLong(string file, long line, long bytes, int max) =>
        new(file, line, null, null, null, LineTooLong,
            $"行过长：本行 {bytes.ToString("N0", CultureInfo.InvariantCulture)} 字节，超过上限 {max.ToString("N0", CultureInfo.InvariantCulture)} 字节" +
            "（设置 TextLimits.MaxLineBytes），整行不载入", QualityAction.Rejected);

    /// <summary>"1,234" or "12,345.6": digits grouped by threes. Anything else with a comma is not a number.</summary>
    public static bool IsThousandsGrouped(ReadOnlySpan<char> s)
    {
        var i = 0;
        if (i < s.Length && (s[i] == '-' || s[i] == '+')) i++;
        var lead = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; lead++; }
        if (lead is < 1 or > 3) return false;
        var groups = 0;
        while (i < s.Length && s[i] == ',')
        {
            if (i + 4 > s.Length || !char.IsAsciiDigit(s[i + 1]) || !char.IsAsciiDigit(s[i + 2]) || !char.IsAsciiDigit(s[i + 3])) return false;
            i += 4;
            groups++;
        }
        if (groups == 0) return false;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            var frac = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; frac++; }
            if (frac == 0) return false;
        }
        return i == s.Length;
    }
}

/// <summary>The file's encoding and a run's.</summary>
internal readonly record struct LineEncodingPair(TextDecoding.LineEncoding File, TextDecoding.LineEncoding Run);
