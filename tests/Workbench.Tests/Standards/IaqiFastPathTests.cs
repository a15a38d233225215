using Workbench.Standards;
using Workbench.Standards.Air;
using Workbench.Standards.Rounding;
using Xunit.Abstractions;

namespace Workbench.Tests.Standards;

/// <summary>
/// The fast forms of <c>AqiInput</c> (scaled integer for short decimals, the double itself for means such as 35.458333…)
/// must give exactly what the decimal rule gives: <see cref="Iaqi.Raw"/> (HJ 633 §4.2 formula in decimal), rounded up,
/// with the notes-800 rules and the cap policy. Each test compares every value, item, version and cap policy.
/// </summary>
public class IaqiFastPathTests(ITestOutputHelper output)
{
    private static readonly AqiStandard[] Versions = Enum.GetValues<AqiStandard>();
    private static readonly IaqiItem[] Items = Enum.GetValues<IaqiItem>();
    private static readonly AqiCapPolicy[] Caps = Enum.GetValues<AqiCapPolicy>();

    /// <summary>The decimal rule: ceiling of <see cref="Iaqi.Raw"/>; notes 2/3 (2012: none; 2026: 200/300); above the table the cap.</summary>
    private static int DecimalRule(AqiStandard s, IaqiItem item, decimal c, AqiCapPolicy cap)
    {
        if ((item is IaqiItem.SO2_1h or IaqiItem.O3_8h) && c > 800m)
            return s == AqiStandard.Hj633_2026 ? (item == IaqiItem.SO2_1h ? 200 : 300) : -1;
        var raw = Iaqi.Raw(s, item, (double)c);
        return raw is { } r ? (int)decimal.Ceiling(r) : cap == AqiCapPolicy.CapAt500 ? 500 : -1;
    }

    private static int CompareAll(IEnumerable<double> values)
    {
        var n = 0;
        foreach (var x in values)
            foreach (var s in Versions)
                foreach (var item in Items)
                    foreach (var cap in Caps)
                    {
                        var expected = DecimalRule(s, item, (decimal)x, cap);
                        var actual = Iaqi.Compute(s, item, x, cap);
                        if (actual != expected) Assert.Fail($"{s} {item} {cap} {x:R}: fast path {actual}, decimal rule {expected}");
                        // The exact input alone (what a value near a tie falls back to) must agree as well.
                        var exact = Iaqi.Exact(s, item, x, cap);
                        if (exact != expected) Assert.Fail($"{s} {item} {cap} {x:R}: exact input {exact}, decimal rule {expected}");
                        n++;
                    }
        return n;
    }

    [Fact(DisplayName = "A2.2 IAQI fast path = decimal rule: every integer 0–1000 µg/m³ and 0.0–60.0 step 0.1, every item, both HJ 633 versions")]
    public void IntegersAndTenthsEqualDecimalRule()
    {
        var integers = Enumerable.Range(0, 1001).Select(i => (double)i);
        var tenths = Enumerable.Range(0, 601).Select(i => i / 10.0);   // CO mg/m³ (and the low end of every other item)
        var n = CompareAll(integers.Concat(tenths));
        output.WriteLine($"{n} 个 IAQI（整数 0–1000、0.0–60.0 步长 0.1；10 项 × 2 版本 × 2 封顶规则）与 decimal 规则一致（100 %）");
        Assert.Equal((1001 + 601) * Items.Length * Versions.Length * Caps.Length, n);
    }

    [Fact(DisplayName = "A2.2 IAQI binary form = decimal rule on means of 2–24 values (k/n) up to 1000")]
    public void MeansEqualDecimalRule()
    {
        var means = new[] { 3, 7, 12, 23, 24 }.SelectMany(d => Enumerable.Range(0, 1000 * d + 1).Select(k => (double)k / d));
        var n = CompareAll(means);
        output.WriteLine($"{n} 个均值型浓度的 IAQI 与 decimal 规则一致（100 %）");
    }

    /// <summary>Concentrations a hair around every breakpoint, around 800, and where the IAQI is (nearly) an integer.</summary>
    private static IEnumerable<double> Ties()
    {
        double[] eps = [0, 1e-14, 1e-13, 1e-12, 1e-11, 1e-10, 5e-10, 1e-9, 1.5e-9, 3e-9, 1e-8, 1e-6];
        foreach (var s in Versions)
            foreach (var item in Items)
            {
                var bp = AqiBreakpoints.Column(s, item).Select(b => (double)b).ToArray();
                var levels = AqiBreakpoints.IaqiLevels.Select(l => (double)l).ToArray();
                foreach (var b in bp.Append(800))
                    foreach (var e in eps)
                    {
                        yield return b + e;
                        if (b - e >= 0) yield return b - e;
                        yield return b * (1 + e);
                    }
                for (var i = 1; i < bp.Length; i++)
                    for (var iaqi = (int)levels[i - 1]; iaqi <= levels[i]; iaqi++)
                    {
                        // c with IAQI exactly the integer, by the inverse formula in double, and a hair around it.
                        var c = bp[i - 1] + (iaqi - levels[i - 1]) * (bp[i] - bp[i - 1]) / (levels[i] - levels[i - 1]);
                        foreach (var e in eps)
                        {
                            yield return c + e;
                            if (c - e >= 0) yield return c - e;
                        }
                        yield return Math.BitIncrement(c);
                        yield return Math.BitDecrement(Math.Max(c, double.Epsilon));
                    }
            }
    }

    [Fact(DisplayName = "A2.2 IAQI fast path = decimal rule within 1e-6 of every breakpoint, of 800 and of every integer IAQI")]
    public void TiesEqualDecimalRule()
    {
        var n = CompareAll(Ties().Where(x => x >= 0));
        output.WriteLine($"{n} 个临界浓度的 IAQI 与 decimal 规则一致（100 %）");
    }

    [Fact(DisplayName = "A2.6 HJ 633-2026 rounded inputs: fast path = GB/T 8170 on the decimal, on means and around every midpoint")]
    public void RoundedInputsEqualDecimalRule()
    {
        double[] eps = [0, 1e-12, 1e-10, 1e-9, 2e-9, 1e-7];
        var values = new[] { 3, 7, 24 }.SelectMany(d => Enumerable.Range(0, 600 * d + 1).Select(k => (double)k / d))
            .Concat(Enumerable.Range(0, 1001).SelectMany(k => eps.SelectMany(e => new[] { k + 0.5 + e, k + 0.5 - e })))
            .Concat(Enumerable.Range(0, 601).SelectMany(k => eps.SelectMany(e => new[] { k / 10.0 + 0.05 + e, k / 10.0 + 0.05 - e })))
            .Where(x => x >= 0)
            .ToArray();
        var n = 0;
        foreach (var x in values)
        {
            var c = new DailyConcentrations(x, x, x, x, x, double.NaN, x);
            var sub = DailyAqi.SubIndices(AqiStandard.Hj633_2026, c);
            (AqiTerms Term, IaqiItem Item)[] terms = [(AqiTerms.SO2, IaqiItem.SO2_24h), (AqiTerms.NO2, IaqiItem.NO2_24h),
                (AqiTerms.CO, IaqiItem.CO_24h), (AqiTerms.PM10, IaqiItem.PM10_24h), (AqiTerms.PM2_5, IaqiItem.PM2_5_24h),
                (AqiTerms.O3_8h, IaqiItem.O3_8h)];
            foreach (var (term, item) in terms)
            {
                var rounded = GbT8170.Round((decimal)x, AqiBreakpoints.InputDecimals(item));
                var expected = DecimalRule(AqiStandard.Hj633_2026, item, rounded, AqiCapPolicy.CapAt500);
                if (sub[term] != expected) Assert.Fail($"{item} {x:R}: fast path {sub[term]}, GB/T 8170 + decimal rule {expected}");
                n++;
            }
        }
        output.WriteLine($"{n} 个先修约后计算的 IAQI 与 decimal 规则一致（100 %）");
    }
}
