namespace Workbench.Air.Compute;

/// <summary>Direction of a trend at the chosen significance level.</summary>
public enum TrendDirection
{
    /// <summary>No significant trend (p ≥ α).</summary>
    NotSignificant,
    /// <summary>Significant increase.</summary>
    Increasing,
    /// <summary>Significant decrease.</summary>
    Decreasing,
}

/// <summary>Theil–Sen slope and Mann–Kendall test of one series.</summary>
/// <param name="N">Number of (x, y) pairs used (NaN values dropped).</param>
/// <param name="Slope">Theil–Sen slope: median of pairwise slopes, per unit of x (per year for annual values).</param>
/// <param name="Intercept">median(y) − slope × median(x) (the convention of scipy.stats.theilslopes).</param>
/// <param name="Mean">Mean of y.</param>
/// <param name="PercentPerStepOfMean">Slope / mean(y) × 100: the trend in % of the series mean per unit of x (the figure we report).</param>
/// <param name="PercentPerStepOfFirstFitted">Slope / (intercept + slope × first x) × 100: % of the first fitted value (for reference).</param>
/// <param name="S">Mann–Kendall statistic S = Σ sign(y_j − y_i), i &lt; j in x order.</param>
/// <param name="VarianceS">Var(S) with the tie correction: [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18.</param>
/// <param name="Z">Normal score with continuity correction: (S − 1)/√Var for S &gt; 0, (S + 1)/√Var for S &lt; 0, 0 for S = 0.</param>
/// <param name="PValue">Two-sided p-value 2(1 − Φ(|Z|)).</param>
/// <param name="Alpha">Significance level used.</param>
/// <param name="Direction">Significant increase, decrease, or none.</param>
public sealed record TrendResult(int N, double Slope, double Intercept, double Mean, double PercentPerStepOfMean,
    double PercentPerStepOfFirstFitted, long S, double VarianceS, double Z, double PValue, double Alpha, TrendDirection Direction)
{
    /// <summary>True when p &lt; α.</summary>
    public bool Significant => Direction != TrendDirection.NotSignificant;

    /// <summary>Chinese phrase, e.g. "呈显著下降趋势（每年-5.2%，p=0.012）".</summary>
    public string Text => Direction switch
    {
        TrendDirection.Increasing => $"呈显著上升趋势（每年{PercentPerStepOfMean:+0.0;-0.0}%，p={PValue:0.000}）",
        TrendDirection.Decreasing => $"呈显著下降趋势（每年{PercentPerStepOfMean:+0.0;-0.0}%，p={PValue:0.000}）",
        _ => $"无显著变化趋势（p={PValue:0.000}）",
    };
}

/// <summary>
/// Trend of annual (or monthly) values: Theil–Sen slope and the Mann–Kendall test (two-sided, tie-corrected variance,
/// continuity correction; significance at α = 0.05 by default). Needs at least 3 pairs.
/// </summary>
public static class Trend
{
    /// <summary>Analyses y against x (e.g. years); pairs with NaN are dropped; x need not be sorted but must not repeat.</summary>
    public static TrendResult Analyse(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double alpha = 0.05)
    {
        if (x.Length != y.Length) throw new ArgumentException("x 与 y 的长度不同");
        var pairs = new List<(double X, double Y)>();
        for (var i = 0; i < x.Length; i++)
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i])) pairs.Add((x[i], y[i]));
        pairs.Sort((a, b) => a.X.CompareTo(b.X));
        for (var i = 1; i < pairs.Count; i++)
            if (pairs[i].X == pairs[i - 1].X) throw new ArgumentException($"时间值重复：{pairs[i].X}");
        if (pairs.Count < 3) throw new ArgumentException($"趋势分析至少需要 3 个有效值，实际 {pairs.Count} 个");
        var xs = pairs.Select(p => p.X).ToArray();
        var ys = pairs.Select(p => p.Y).ToArray();

        var slope = TheilSenSlope(xs, ys);
        var intercept = Median(ys) - slope * Median(xs);
        var mean = ys.Average();
        var (s, variance, z, p) = MannKendall(ys);
        var direction = p < alpha ? (s > 0 ? TrendDirection.Increasing : TrendDirection.Decreasing) : TrendDirection.NotSignificant;
        return new TrendResult(xs.Length, slope, intercept, mean, slope / mean * 100,
            slope / (intercept + slope * xs[0]) * 100, s, variance, z, p, alpha, direction);
    }

    /// <summary>
    /// Trend of one indicator over a series of assessments (e.g. annual PM2.5 of 2013–2020), x = the year of each
    /// period's start (use monthly assessments with <paramref name="monthly"/> = true: x = year + (month − 1)/12, slope
    /// per year). Assessments without the indicator are dropped.
    /// </summary>
    public static TrendResult OfAssessments(IEnumerable<Results.AirAssessmentResult> assessments, string indicator,
        bool monthly = false, double alpha = 0.05)
    {
        var points = assessments
            .Select(a => (X: monthly ? a.Period.Start.Year + (a.Period.Start.Month - 1) / 12.0 : a.Period.Start.Year,
                Y: a.Indicators.GetValueOrDefault(indicator)))
            .Where(p => p.Y is not null).ToArray();
        return Analyse(points.Select(p => p.X).ToArray(), points.Select(p => (double)p.Y!.Value).ToArray(), alpha);
    }

    /// <summary>Median of the slopes (y_j − y_i)/(x_j − x_i) over all pairs with x_i ≠ x_j.</summary>
    public static double TheilSenSlope(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var slopes = new List<double>(x.Length * (x.Length - 1) / 2);
        for (var i = 0; i < x.Length; i++)
            for (var j = i + 1; j < x.Length; j++)
                if (x[j] != x[i]) slopes.Add((y[j] - y[i]) / (x[j] - x[i]));
        return Median(slopes.ToArray());
    }

    /// <summary>Mann–Kendall test of a series in time order: S, tie-corrected Var(S), Z (continuity-corrected), two-sided p.</summary>
    public static (long S, double Variance, double Z, double P) MannKendall(ReadOnlySpan<double> y)
    {
        var n = y.Length;
        long s = 0;
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
                s += Math.Sign(y[j] - y[i]);
        double ties = 0;
        foreach (var g in y.ToArray().GroupBy(v => v))
        {
            double t = g.Count();
            if (t > 1) ties += t * (t - 1) * (2 * t + 5);
        }
        var variance = ((double)n * (n - 1) * (2 * n + 5) - ties) / 18.0;
        var z = s == 0 || variance <= 0 ? 0 : (s > 0 ? (s - 1) / Math.Sqrt(variance) : (s + 1) / Math.Sqrt(variance));
        var p = Erfc(Math.Abs(z) / Math.Sqrt(2));
        return (s, variance, z, p);
    }

    /// <summary>Median (mean of the two middle values for an even count).</summary>
    public static double Median(double[] values)
    {
        if (values.Length == 0) return double.NaN;
        var v = (double[])values.Clone();
        Array.Sort(v);
        var m = v.Length / 2;
        return v.Length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    /// <summary>
    /// Complementary error function for x ≥ 0 in double precision: the series
    /// erf x = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)) below 3 (all terms positive, no cancellation), and the
    /// continued fraction of erfc (modified Lentz) from 3 on.
    /// </summary>
    public static double Erfc(double x)
    {
        if (x < 0) return 2 - Erfc(-x);
        if (x < 3)
        {
            double term = x, sum = x;
            for (var n = 1; n < 200; n++)
            {
                term *= 2 * x * x / (2 * n + 1);
                sum += term;
                if (term < sum * 1e-17) break;
            }
            return 1 - 2 / Math.Sqrt(Math.PI) * Math.Exp(-x * x) * sum;
        }
        // erfc x = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …))))).
        const double tiny = 1e-300;
        double f = x, c = x, d = 0;
        for (var k = 1; k < 500; k++)
        {
            var a = k / 2.0;
            d = x + a * d; if (Math.Abs(d) < tiny) d = tiny; d = 1 / d;
            c = x + a / c; if (Math.Abs(c) < tiny) c = tiny;
            var delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1) < 1e-16) break;
        }
        return Math.Exp(-x * x) / Math.Sqrt(Math.PI) / f;
    }
}
