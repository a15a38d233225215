using Workbench.Standards.Rounding;

namespace Workbench.Standards.Air;

/// <summary>
/// A concentration ready for the IAQI formula, held exactly: as a scaled integer (value = Scaled / 10^Scale) when the
/// double is a decimal with at most 3 places (every value a feed publishes), otherwise as a decimal. The integer form
/// lets the hot path compute the IAQI ceiling in exact integer arithmetic, with the same result as the decimal form.
/// </summary>
internal readonly struct AqiInput
{
    private static readonly long[] Pow10 = [1, 10, 100, 1000];
    private const int MaxScale = 3;

    /// <summary>Value × 10^<see cref="Scale"/> when <see cref="IsScaled"/>.</summary>
    public readonly long Scaled;
    /// <summary>Decimal places of <see cref="Scaled"/> (0–3).</summary>
    public readonly int Scale;
    /// <summary>The value when not <see cref="IsScaled"/>.</summary>
    public readonly decimal Value;
    /// <summary>True when held as a scaled integer.</summary>
    public readonly bool IsScaled;

    private AqiInput(long scaled, int scale) { Scaled = scaled; Scale = scale; Value = 0m; IsScaled = true; }
    private AqiInput(decimal value) { Scaled = 0; Scale = 0; Value = value; IsScaled = false; }

    /// <summary>
    /// The exact input of a non-negative finite double, as the decimal conversion sees it (15 significant digits),
    /// optionally rounded by GB/T 8170 half-even to <paramref name="roundTo"/> decimals (HJ 633-2026 §4.2.2);
    /// false for NaN, infinities and negative values.
    /// </summary>
    public static bool TryCreate(double x, int roundTo, out AqiInput input)
    {
        if (!double.IsFinite(x) || x < 0) { input = default; return false; }
        if (x < 1e12)
        {
            for (var k = 0; k <= MaxScale; k++)
            {
                var t = x * Pow10[k];
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
        var d = (decimal)x;   // 15 significant digits: drops binary noise
        if (roundTo >= 0) d = GbT8170.Round(d, roundTo);
        input = new AqiInput(d);
        return true;
    }

    /// <summary>True when the value is above <paramref name="limit"/>.</summary>
    public bool IsAbove(long limit) => IsScaled ? Scaled > limit * Pow10[Scale] : Value > limit;

    /// <summary>The segment i of the breakpoint column with bp[i−1] &lt; c ≤ bp[i] (a breakpoint belongs to the lower segment); false above the table.</summary>
    public bool TryFindSegment(long[] bp, out int segment)
    {
        for (var i = 1; i < bp.Length; i++)
        {
            if (IsScaled ? Scaled <= bp[i] * Pow10[Scale] : Value <= bp[i]) { segment = i; return true; }
        }
        segment = -1;
        return false;
    }

    /// <summary>
    /// Exact ceiling of IAQI_Lo + (IAQI_Hi − IAQI_Lo)·(C − BP_Lo)/(BP_Hi − BP_Lo) in segment i (HJ 633-2012 §4.2 formula):
    /// integer arithmetic on the scaled form, decimal otherwise.
    /// </summary>
    public int CeilingIaqi(long[] bp, int i, int iaqiLo, int iaqiHi)
    {
        if (IsScaled)
        {
            var p = Pow10[Scale];
            var num = (long)(iaqiHi - iaqiLo) * (Scaled - bp[i - 1] * p);   // ≥ 0
            var den = (bp[i] - bp[i - 1]) * p;                                // > 0
            return iaqiLo + (int)((num + den - 1) / den);
        }
        var raw = iaqiLo + (decimal)(iaqiHi - iaqiLo) * (Value - bp[i - 1]) / (bp[i] - bp[i - 1]);
        return (int)decimal.Ceiling(raw);
    }

    private static long RoundHalfEven(long scaled, int drop)
    {
        var div = Pow10[drop];
        var q = scaled / div;
        var rem = scaled - q * div;
        var twice = rem * 2;
        if (twice > div || (twice == div && (q & 1) == 1)) q++;
        return q;
    }
}
