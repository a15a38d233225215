using System.Globalization;

namespace Workbench.Standards.Water;

/// <summary>
/// One measured water value: a number, or a result below the detection limit (检出限) written
/// "0.01L", "&lt;0.01" or "ND" in Chinese tables.
/// </summary>
/// <param name="Value">The number as reported; for a non-detect, the detection limit (0 when unknown).</param>
/// <param name="BelowDetectionLimit">True for a non-detect.</param>
/// <param name="DetectionLimitKnown">False for a bare "ND" (未检出) without a limit.</param>
public readonly record struct MeasuredValue(decimal Value, bool BelowDetectionLimit = false, bool DetectionLimitKnown = true)
{
    /// <summary>A detected value.</summary>
    public static MeasuredValue Of(decimal value) => new(value);

    /// <summary>A non-detect with a known detection limit.</summary>
    public static MeasuredValue NonDetect(decimal detectionLimit) => new(detectionLimit, true, true);

    /// <summary>"0.01L", "12.3", "ND", "&lt;0.01"… as written.</summary>
    public override string ToString() =>
        !BelowDetectionLimit ? Value.ToString(CultureInfo.InvariantCulture)
        : DetectionLimitKnown ? Value.ToString(CultureInfo.InvariantCulture) + "L" : "ND";

    /// <summary>Outcome of <see cref="TryParse"/>.</summary>
    public enum ParseOutcome
    {
        /// <summary>A number or non-detect was read.</summary>
        Value,
        /// <summary>A placeholder for "no value" (*, -, --, —, empty, 无, /).</summary>
        Placeholder,
        /// <summary>Text that is neither.</summary>
        Invalid,
    }

    /// <summary>
    /// Reads a cell. Numbers (also with full-width digits and a leading "+"), "0.01L" / "0.01l", "&lt;0.01",
    /// "ND" / "未检出" (limit unknown) are values; "*", "-", "--", "—", "/", "无" and empty are placeholders.
    /// </summary>
    public static ParseOutcome TryParse(string? text, out MeasuredValue value)
    {
        value = default;
        var t = Normalise(text);
        if (t.Length == 0 || t is "*" or "-" or "--" or "—" or "——" or "/" or "无" or "NA" or "N/A" or "NULL" or "NAN")
            return ParseOutcome.Placeholder;
        if (t is "ND" or "未检出" or "L")
        {
            value = new MeasuredValue(0m, true, false);
            return ParseOutcome.Value;
        }
        var below = false;
        if (t.EndsWith('L')) { below = true; t = t[..^1]; }
        else if (t.StartsWith('<')) { below = true; t = t[1..]; }
        else if (t.StartsWith("ND(") && t.EndsWith(')')) { below = true; t = t[3..^1]; }
        if (decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 0)
        {
            value = new MeasuredValue(d, below, true);
            return ParseOutcome.Value;
        }
        return ParseOutcome.Invalid;
    }

    private static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        Span<char> buf = stackalloc char[text.Length];
        var n = 0;
        foreach (var ch in text)
        {
            var c = ch;
            if (c is >= '０' and <= '９') c = (char)('0' + (c - '０'));
            else if (c == '．') c = '.';
            else if (c == '＜') c = '<';
            else if (c == 'Ｌ' || c == 'l') c = 'L';
            else if (c is ' ' or '\u3000' or '\t') continue;
            buf[n++] = c;
        }
        var s = new string(buf[..n]).ToUpperInvariant();
        return s.StartsWith('+') ? s[1..] : s;
    }
}
