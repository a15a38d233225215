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
        // Only X(s) and X(s+1) are needed: select them (O(n)) instead of sorting the whole year.
        var x = n <= 1024 ? stackalloc double[n] : new double[n];
        var j = 0;
        foreach (var v in values) if (!double.IsNaN(v)) x[j++] = v;

        // Multiply before dividing: (n−1)·p is exact for integer p, so an integer k stays an integer.
        var k = 1 + (n - 1) * percent / 100.0;
        var s = (int)Math.Floor(k);
        var fraction = k - s;
        if (s >= n) return Max(x);                  // p = 100 or n = 1: X(n)
        var xs = SelectInPlace(x, s - 1);            // X(s)
        if (fraction == 0) return xs;
        var next = Min(x[s..]);                      // X(s+1): the smallest of the values at or above X(s)
        return xs + (next - xs) * fraction;
    }

    /// <summary>
    /// The value of 0-based rank <paramref name="rank"/> in ascending order (Hoare's FIND): on return x[rank] holds it,
    /// everything before it is ≤ and everything after it is ≥.
    /// </summary>
    private static double SelectInPlace(Span<double> x, int rank)
    {
        int lo = 0, hi = x.Length - 1;
        while (lo < hi)
        {
            var pivot = x[rank];
            int i = lo, j = hi;
            do
            {
                while (x[i] < pivot) i++;
                while (pivot < x[j]) j--;
                if (i <= j) { (x[i], x[j]) = (x[j], x[i]); i++; j--; }
            } while (i <= j);
            if (j < rank) lo = i;
            if (rank < i) hi = j;
        }
        return x[rank];
    }

    private static double Min(ReadOnlySpan<double> x)
    {
        var m = x[0];
        foreach (var v in x) if (v < m) m = v;
        return m;
    }

    private static double Max(ReadOnlySpan<double> x)
    {
        var m = x[0];
        foreach (var v in x) if (v > m) m = v;
        return m;
    }
}
