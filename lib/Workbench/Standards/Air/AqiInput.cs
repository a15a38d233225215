using Workbench.Standards.Rounding;

namespace Workbench.Standards.Air;

/// <summary>
/// A concentration ready for the IAQI formula. Its value is always the decimal the double converts to (15 significant
/// digits, binary noise removed), optionally rounded by GB/T 8170; it is held in the cheapest form that gives exactly
/// the answers of that decimal:
/// <list type="bullet">
/// <item>scaled integer (value = Scaled / 10^Scale) when it is a decimal with at most 3 places (every value a feed
/// publishes, every HJ 633-2026 rounded input): the IAQI ceiling in exact integer arithmetic;</item>
/// <item>binary (the double itself, e.g. a mean of 24 hourly values): each decision (segment, note-800 rule, ceiling)
/// is taken on the double when it is clear of the tie by far more than the double can differ from the decimal
/// (<see cref="TieMargin"/>), and on the decimal otherwise;</item>
/// <item>decimal: everything else (values beyond the binary form's proven range).</item>
/// </list>
/// </summary>
internal readonly struct AqiInput
{
    private static long Pow10(int k) => k switch { 0 => 1, 1 => 10, 2 => 100, _ => 1000 };   // k ≤ MaxScale
    private const int MaxScale = 3;

    /// <summary>
    /// Distance from a tie (a breakpoint, 800, an integer IAQI, a GB/T 8170 midpoint) beyond which a decision on the
    /// double is the decision on its decimal. The decimal differs from the double by at most 5e-15 relative (15
    /// significant digits); below <see cref="BinaryMax"/> that is ≤ 2.5e-11 on a concentration, ≤ 2.5e-10 on a CO
    /// value ×10 being rounded to one place, and ≤ 625 × 5e-15 ≈ 3e-12 on an IAQI (625 = the largest
    /// (IAQI_Hi − IAQI_Lo)·BP_Hi/(BP_Hi − BP_Lo) of HJ 633 Table 1), plus &lt; 1e-12 of double arithmetic: 1e-9 leaves
    /// a factor of 4 or more.
    /// </summary>
    internal const double TieMargin = 1e-9;

    /// <summary>Largest concentration held in binary form (above every breakpoint of HJ 633 Table 1).</summary>
    internal const double BinaryMax = 5_000;

    private enum Form : byte { Scaled, Binary, Decimal }

    /// <summary>Value × 10^<see cref="Scale"/> in the scaled form.</summary>
    public readonly long Scaled;
    /// <summary>Decimal places of <see cref="Scaled"/> (0–3).</summary>
    public readonly int Scale;
    /// <summary>The value in the decimal form.</summary>
    public readonly decimal Value;
    /// <summary>The double in the binary form (its value is <c>(decimal)Binary</c>).</summary>
    private readonly double _binary;
    private readonly Form _form;

    /// <summary>True when held as a scaled integer.</summary>
    public bool IsScaled => _form == Form.Scaled;

    private AqiInput(long scaled, int scale) { Scaled = scaled; Scale = scale; _form = Form.Scaled; }
    private AqiInput(decimal value) { Value = value; _form = Form.Decimal; }
    private AqiInput(double binary) { _binary = binary; _form = Form.Binary; }

    /// <summary>
    /// The exact input of a non-negative finite double, as the decimal conversion sees it (15 significant digits),
    /// optionally rounded by GB/T 8170 half-even to <paramref name="roundTo"/> decimals (HJ 633-2026 §4.2.2);
    /// false for NaN, infinities and negative values.
    /// </summary>
    public static bool TryCreate(double x, int roundTo, out AqiInput input)
    {
        if (!double.IsFinite(x) || x < 0) { input = default; return false; }
        // A k-place decimal (k ≤ 3) is also within 3.6e-16 relative of an integer once multiplied by 1000 (the test
        // below, plus one rounding): when x·1000 is farther than that, no k passes and the loop is skipped.
        var thousand = x * 1000;
        if (x < 1e12 && Math.Abs(thousand - Math.Round(thousand)) <= thousand * 1e-15)
        {
            for (var k = 0; k <= MaxScale; k++)
            {
                var t = x * Pow10(k);
                var r = Math.Round(t);
                // Within ~1 ulp of a k-place decimal: the 15-significant-digit conversion gives exactly r / 10^k
                // (its half-unit is ≥ 5e-16·|x|), so both forms agree.
                if (Math.Abs(t - r) <= t * 2.5e-16)
                {
                    var scaled = (long)r;
                    var scale = k;
                    if (roundTo >= 0 && scale > roundTo) (scaled, scale) = (RoundHalfEven(scaled, scale - roundTo), roundTo);
                    input = new AqiInput(scaled, scale);
                    return true;
                }
            }
        }
        if (x < BinaryMax)
        {
            if (roundTo < 0) { input = new AqiInput(x); return true; }
            // GB/T 8170 to roundTo places: away from a midpoint, rounding the double to nearest is rounding its decimal.
            var t = x * Pow10(roundTo);
            var r = Math.Round(t);
            if (Math.Abs(Math.Abs(t - r) - 0.5) > TieMargin)
            {
                input = new AqiInput((long)r, roundTo);
                return true;
            }
        }
        var d = (decimal)x;   // 15 significant digits: drops binary noise
        if (roundTo >= 0) d = GbT8170.Round(d, roundTo);
        input = new AqiInput(d);
        return true;
    }

    /// <summary>True when the value is above <paramref name="limit"/>.</summary>
    public bool IsAbove(long limit) => _form switch
    {
        Form.Scaled => Scaled > limit * Pow10(Scale),
        Form.Binary when Math.Abs(_binary - limit) > TieMargin => _binary > limit,
        Form.Binary => (decimal)_binary > limit,
        _ => Value > limit,
    };

    /// <summary>The segment i of the breakpoint column with bp[i−1] &lt; c ≤ bp[i] (a breakpoint belongs to the lower segment); false above the table.</summary>
    public bool TryFindSegment(long[] bp, out int segment)
    {
        if (_form == Form.Binary)
        {
            // On the double unless it lies within the margin of a breakpoint; then on the decimal.
            var x = _binary;
            for (var i = 1; i < bp.Length; i++)
            {
                if (Math.Abs(x - bp[i]) <= TieMargin) return FindSegmentOf((decimal)x, bp, out segment);
                if (x < bp[i]) { segment = i; return true; }
            }
            segment = -1;
            return false;
        }
        if (_form == Form.Decimal) return FindSegmentOf(Value, bp, out segment);
        for (var i = 1; i < bp.Length; i++)
        {
            if (Scaled <= bp[i] * Pow10(Scale)) { segment = i; return true; }
        }
        segment = -1;
        return false;
    }

    private static bool FindSegmentOf(decimal value, long[] bp, out int segment)
    {
        for (var i = 1; i < bp.Length; i++)
        {
            if (value <= bp[i]) { segment = i; return true; }
        }
        segment = -1;
        return false;
    }

    /// <summary>
    /// Exact ceiling of IAQI_Lo + (IAQI_Hi − IAQI_Lo)·(C − BP_Lo)/(BP_Hi − BP_Lo) in segment i (HJ 633-2012 §4.2 formula):
    /// integer arithmetic on the scaled form; on the binary form the double's ceiling when the result is clear of an
    /// integer by <see cref="TieMargin"/>; decimal otherwise.
    /// </summary>
    public int CeilingIaqi(long[] bp, int i, int iaqiLo, int iaqiHi)
    {
        if (_form == Form.Scaled)
        {
            var p = Pow10(Scale);
            var num = (long)(iaqiHi - iaqiLo) * (Scaled - bp[i - 1] * p);   // ≥ 0
            var den = (bp[i] - bp[i - 1]) * p;                                // > 0
            return iaqiLo + (int)((num + den - 1) / den);
        }
        if (_form == Form.Binary)
        {
            var raw = iaqiLo + (double)(iaqiHi - iaqiLo) * (_binary - bp[i - 1]) / (bp[i] - bp[i - 1]);
            var ceiling = Math.Ceiling(raw);
            if (ceiling - raw > TieMargin && raw - (ceiling - 1) > TieMargin) return (int)ceiling;
            return DecimalCeiling((decimal)_binary, bp, i, iaqiLo, iaqiHi);
        }
        return DecimalCeiling(Value, bp, i, iaqiLo, iaqiHi);
    }

    private static int DecimalCeiling(decimal c, long[] bp, int i, int iaqiLo, int iaqiHi)
    {
        var raw = iaqiLo + (decimal)(iaqiHi - iaqiLo) * (c - bp[i - 1]) / (bp[i] - bp[i - 1]);
        return (int)decimal.Ceiling(raw);
    }

    private static long RoundHalfEven(long scaled, int drop)
    {
        var div = Pow10(drop);
        var q = scaled / div;
        var rem = scaled - q * div;
        var twice = rem * 2;
        if (twice > div || (twice == div && (q & 1) == 1)) q++;
        return q;
    }
}
