using System.Buffers.Text;

namespace Workbench.Air.Import;

/// <summary>
/// Parses decimal numbers straight from UTF-8/ASCII bytes, without allocating strings: national
/// china_sites years hold about 200 million fields, so per-value strings would dominate the run time.
/// </summary>
internal static class AsciiNumber
{
    private static readonly double[] PowersOf10 =
        [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18];

    /// <summary>
    /// Parses a finite decimal (optional sign, digits, optional fraction, optional exponent). Leading and
    /// trailing ASCII spaces are ignored. Returns false for anything else (text, NaN, Infinity, empty).
    /// </summary>
    /// <remarks>
    /// The fast path builds an exact integer mantissa (≤ 18 digits) and divides by an exact power of ten:
    /// IEEE division rounds correctly, so the result equals the correctly rounded decimal value.
    /// </remarks>
    public static bool TryParse(ReadOnlySpan<byte> s, out double value)
    {
        s = Trim(s);
        value = 0;
        if (s.IsEmpty) return false;
        var i = 0;
        var negative = false;
        if (s[0] == (byte)'-' || s[0] == (byte)'+') { negative = s[0] == (byte)'-'; i = 1; }
        long mantissa = 0;
        var digits = 0;
        var fraction = 0;
        var seenDot = false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if ((uint)(c - '0') <= 9)
            {
                if (digits >= 18) return Fallback(s, out value);
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (seenDot) fraction++;
            }
            else if (c == (byte)'.' && !seenDot) seenDot = true;
            else return Fallback(s, out value);
        }
        if (digits == 0) return false;
        value = fraction == 0 ? mantissa : mantissa / PowersOf10[fraction];
        if (negative) value = -value;
        return true;
    }

    private static bool Fallback(ReadOnlySpan<byte> s, out double value) =>
        Utf8Parser.TryParse(s, out value, out var consumed, 'E') && consumed == s.Length && double.IsFinite(value)
        || Utf8Parser.TryParse(s, out value, out consumed) && consumed == s.Length && double.IsFinite(value);

    /// <summary>Parses a non-negative integer of at most 9 digits; false otherwise.</summary>
    public static bool TryParseInt(ReadOnlySpan<byte> s, out int value)
    {
        s = Trim(s);
        value = 0;
        if (s.IsEmpty || s.Length > 9) return false;
        foreach (var c in s)
        {
            if ((uint)(c - '0') > 9) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>Parses YYYYMMDD (8 digits) into a date; false when not a real date.</summary>
    public static bool TryParseCompactDate(ReadOnlySpan<byte> s, out DateOnly date)
    {
        s = Trim(s);
        date = default;
        if (s.Length != 8 || !TryParseInt(s, out var n)) return false;
        var (y, m, d) = (n / 10000, n / 100 % 100, n % 100);
        if (y < 1900 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>Removes ASCII spaces and tabs at both ends.</summary>
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> s)
    {
        var a = 0;
        var b = s.Length;
        while (a < b && (s[a] == (byte)' ' || s[a] == (byte)'\t')) a++;
        while (b > a && (s[b - 1] == (byte)' ' || s[b - 1] == (byte)'\t')) b--;
        return s[a..b];
    }
}
