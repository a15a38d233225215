using System.Globalization;
using System.Text;

namespace Workbench.Tests.Fuzz;

/// <summary>One reader of a line format under test: a clean file (header + data lines) and how to read bytes.</summary>
internal sealed record LineCase(string Reader, string FileName, int HeaderLines, string[] Lines, Encoding Encoding, Func<byte[], string, Loaded> Read)
{
    /// <summary>The file's bytes: the lines joined by LF, in the case's encoding.</summary>
    public byte[] Bytes(IReadOnlyList<string> lines) => Encoding.GetBytes(string.Join("\n", lines) + "\n");
}

/// <summary>
/// Mutations of one line of a comma-separated text file, each one a reader can detect. Text inside a name or a code can
/// change into another valid name (as a digit into another digit), so the mutations go into numeric fields and
/// separators only. Kinds: a comma, a quote, a line break, a letter or a full-width comma inside a number; a separator
/// deleted or doubled; the line cut at a separator; the line re-encoded as GBK (a mixed file); a digit of a number
/// replaced by a letter.
/// </summary>
internal static class LineMutations
{
    /// <summary>How many kinds <see cref="Mutate"/> knows.</summary>
    public const int Kinds = 10;

    /// <summary>Mutation <paramref name="kind"/> of line <paramref name="index"/>, at the <paramref name="at"/>-th place (modulo);
    /// null when the kind finds no place in that line.</summary>
    public static (string[]? Lines, string Description) Mutate(LineCase c, int index, int kind, int at)
    {
        var lines = (string[])c.Lines.Clone();
        var line = lines[index];
        if (line.Length == 0) return (null, "");
        var fields = Fields(line);
        // Positions strictly inside a numeric field (between two of its characters), neither in the first field nor in
        // the last: a line break inside the last number only cuts it short, which no reader can tell.
        var inNumbers = fields.Skip(1).SkipLast(1).Where(f => f.Numeric && f.End - f.Start >= 2)
            .SelectMany(f => Enumerable.Range(f.Start + 1, f.End - f.Start - 1)).ToArray();
        var separators = fields.Skip(1).Select(f => f.Start - (f.Quoted ? 2 : 1)).ToArray();   // the comma before each field
        (string[]?, string) Insert(int[] places, string text, string what)
        {
            if (places.Length == 0) return (null, "");
            var i = places[at % places.Length];
            lines[index] = line.Insert(i, text);
            return (lines, $"第 {index + 1} 行第 {i + 1} 个字符处插入{what}");
        }
        switch (kind)
        {
            case 0: return Insert(inNumbers, ",", "逗号");
            case 1: return Insert(inNumbers.Concat(separators.Select(i => i + 1)).ToArray(), "\"", "引号");
            case 2: return Insert(inNumbers, "\n", "换行");
            case 3: return Insert(inNumbers, "x", "字母");
            case 4: return Insert(inNumbers, "，", "全角逗号");
            case 5:
            {
                if (separators.Length == 0) return (null, "");
                var i = separators[at % separators.Length];
                lines[index] = line.Remove(i, 1);
                return (lines, $"第 {index + 1} 行删去第 {i + 1} 个字符（分隔符）");
            }
            case 6:
            {
                if (separators.Length == 0) return (null, "");
                var i = separators[at % separators.Length];
                lines[index] = line[..i];
                return (lines, $"第 {index + 1} 行在第 {i + 1} 个字符处截断");
            }
            case 7:
                // The line's bytes in GBK inside a UTF-8 file: a concatenated export.
                if (c.Encoding is not MixedUtf8) return (null, "");
                lines[index] = MixedUtf8.GbkMark + line;
                return (lines, $"第 {index + 1} 行改为 GBK 编码");
            case 8:
            {
                var digits = fields.Skip(1).Where(f => f.Numeric)
                    .SelectMany(f => Enumerable.Range(f.Start, f.End - f.Start)).Where(i => char.IsAsciiDigit(line[i])).ToArray();
                if (digits.Length == 0) return (null, "");
                var i = digits[at % digits.Length];
                lines[index] = line[..i] + "O" + line[(i + 1)..];
                return (lines, $"第 {index + 1} 行第 {i + 1} 个字符的数字改为字母 O");
            }
            default:
            {
                if (separators.Length == 0) return (null, "");
                var i = separators[at % separators.Length];
                lines[index] = line.Insert(i, ",");
                return (lines, $"第 {index + 1} 行第 {i + 1} 个字符处多一个逗号");
            }
        }
    }

    /// <summary>A field of a line: [Start, End) without its quotes, whether it was quoted, whether it is a plain number.</summary>
    private readonly record struct Field(int Start, int End, bool Quoted, bool Numeric);

    private static List<Field> Fields(string line)
    {
        var result = new List<Field>();
        var i = 0;
        while (i <= line.Length)
        {
            if (i < line.Length && line[i] == '"')
            {
                var close = line.IndexOf('"', i + 1);
                if (close < 0) break;   // already unbalanced: no fields after it
                result.Add(new Field(i + 1, close, true, false));
                i = close + 1;
                if (i < line.Length && line[i] != ',') break;
                i++;
                continue;
            }
            var end = line.IndexOf(',', i);
            if (end < 0) end = line.Length;
            var text = line[i..end];
            result.Add(new Field(i, end, false, text.Length > 0 && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                                                       && text.All(ch => char.IsAsciiDigit(ch) || ch is '.' or '-')));
            i = end + 1;
        }
        return result;
    }
}

/// <summary>UTF-8 that writes a line marked <see cref="GbkMark"/> in GB18030 (a mixed-encoding file).</summary>
internal sealed class MixedUtf8 : UTF8Encoding
{
    public const string GbkMark = "\u0001GBK\u0001";

    public static readonly Encoding Gbk = GbkEncoding();

    public static readonly MixedUtf8 Instance = new();

    private MixedUtf8() : base(false) { }

    private static Encoding GbkEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }

    public override byte[] GetBytes(string s)
    {
        if (!s.Contains(GbkMark, StringComparison.Ordinal)) return base.GetBytes(s);
        var ms = new MemoryStream();
        foreach (var part in s.Split('\n'))
        {
            var bytes = part.StartsWith(GbkMark, StringComparison.Ordinal) ? Gbk.GetBytes(part[GbkMark.Length..]) : base.GetBytes(part);
            ms.Write(bytes);
            ms.WriteByte((byte)'\n');
        }
        return ms.ToArray()[..^1];
    }
}
