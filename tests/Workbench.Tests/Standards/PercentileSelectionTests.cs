using Workbench.Standards.Air;

namespace Workbench.Tests.Standards;

/// <summary>
/// <see cref="Hj663Percentile"/> selects X(s) and X(s+1) instead of sorting; pinned to the HJ 663 formula on a fully
/// sorted copy for many random series (ties, NaN gaps, every length 1–400, the percents the assessment uses and more).
/// </summary>
public class PercentileSelectionTests
{
    private static double SortedReference(double[] values, double p)
    {
        var x = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (x.Length == 0) return double.NaN;
        var k = 1 + (x.Length - 1) * p / 100.0;
        var s = (int)Math.Floor(k);
        if (s >= x.Length) return x[^1];
        return k == s ? x[s - 1] : x[s - 1] + (x[s] - x[s - 1]) * (k - s);
    }

    [Fact(DisplayName = "A3.2 HJ 663 percentile by selection = the formula on a sorted copy (20 000 random series)")]
    public void SelectionEqualsSortedFormula()
    {
        var rnd = new Random(663);
        double[] percents = [0, 1, 50, 90, 95, 98, 99.5, 100];
        for (var t = 0; t < 20_000; t++)
        {
            var n = rnd.Next(1, 401);
            var levels = rnd.Next(3) switch { 0 => 5, 1 => 200, _ => 1_000_000 };   // many ties … almost none
            var values = new double[n];
            for (var i = 0; i < n; i++)
                values[i] = rnd.Next(10) == 0 ? double.NaN : rnd.Next(levels) / (rnd.Next(2) == 0 ? 1.0 : 7.0);
            if (rnd.Next(4) == 0) Array.Sort(values);            // already sorted input
            else if (rnd.Next(4) == 0) Array.Reverse(values);
            var p = percents[rnd.Next(percents.Length)];
            var expected = SortedReference(values, p);
            var copy = (double[])values.Clone();
            var actual = Hj663Percentile.Compute(values, p);
            Assert.Equal(copy, values);                          // the input is not reordered
            if (!expected.Equals(actual)) Assert.Fail($"n={n} p={p}: selection {actual:R}, sorted {expected:R}");
        }
    }
}
