namespace Workbench.Standards.Air;

/// <summary>Percentile of HJ 663 Appendix A (linear interpolation between closest ranks, = Excel PERCENTILE.INC).</summary>
public static class Hj663Percentile
{
    /// <summary>
    /// m_p = X(s) + (X(s+1) − X(s)) × (k − s), k = 1 + (n − 1) × p / 100, s = ⌊k⌋, over the n valid values sorted ascending.
    /// The values need not be sorted; NaN values are ignored; NaN when none is valid.
    /// </summary>
    /// <param name="values">Daily values (NaN = missing).</param>
    /// <param name="percent">p, 0–100 (90 for O3 MDA8, 95 for CO and PM, 98 for SO2 and NO2).</param>
    /// <exception cref="ArgumentOutOfRangeException">p outside 0–100.</exception>
    public static double Compute(ReadOnlySpan<double> values, double percent)
    {
        if (!(percent >= 0 && percent <= 100))
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "百分位数 p 必须在 0 到 100 之间");
        var n = 0;
        foreach (var v in values) if (!double.IsNaN(v)) n++;
        if (n == 0) return double.NaN;
        var sorted = new double[n];
        var j = 0;
        foreach (var v in values) if (!double.IsNaN(v)) sorted[j++] = v;
        Array.Sort(sorted);

        // Multiply before dividing: (n−1)·p is exact for integer p, so an integer k stays an integer.
        var k = 1 + (n - 1) * percent / 100.0;
        var s = (int)Math.Floor(k);
        var fraction = k - s;
        if (s >= n) return sorted[n - 1];          // p = 100 or n = 1
        if (fraction == 0) return sorted[s - 1];
        return sorted[s - 1] + (sorted[s] - sorted[s - 1]) * fraction;
    }
}
