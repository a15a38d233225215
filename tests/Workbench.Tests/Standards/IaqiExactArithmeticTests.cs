using Workbench.Standards;
using Workbench.Standards.Air;
using Workbench.Standards.Rounding;
using Xunit.Abstractions;

namespace Workbench.Tests.Standards;

/// <summary>
/// The hot path computes the IAQI ceiling in exact integer arithmetic for inputs with up to 3 decimals; this pins it
/// to the decimal reference (<see cref="Iaqi.Raw"/>, then ceiling) on many values, including binary noise and
/// values a hair around every breakpoint.
/// </summary>
public class IaqiExactArithmeticTests(ITestOutputHelper output)
{
    private static int Reference(AqiStandard s, IaqiItem item, double c)
    {
        var raw = Iaqi.Raw(s, item, c);
        if (raw is { } r) return (int)decimal.Ceiling(r);
        var d = (decimal)c;
        var rule800 = (item is IaqiItem.SO2_1h or IaqiItem.O3_8h) && d > 800m;
        return rule800 ? -1 : 500;   // 2012 notes 2/3 give none; above the table the default cap is 500
    }

    private static IEnumerable<double> Values(Random rnd)
    {
        for (var i = 0; i < 4000; i++)
        {
            var top = rnd.Next(4) switch { 0 => 10.0, 1 => 200.0, 2 => 1000.0, _ => 4000.0 };
            var x = rnd.NextDouble() * top;
            yield return x;                              // arbitrary doubles (decimal fallback)
            yield return Math.Round(x);                  // integers
            yield return Math.Round(x, 1);               // one decimal
            yield return Math.Round(x, 2);
            yield return Math.Round(x, 3);
            yield return Math.Round(x, 1) * 3 / 3 + 0.1 + 0.2 - 0.3;   // binary noise around a one-decimal value
        }
        foreach (var bp in new[] { 0, 2, 4, 5, 10, 14, 24, 35, 36, 40, 48, 50, 60, 75, 80, 90, 100, 115, 120, 150, 160, 180, 200, 215, 250, 265, 280,
                     300, 350, 400, 420, 475, 500, 565, 600, 650, 700, 750, 800, 940, 1000, 1200, 1600, 2100, 2340, 2620, 3090, 3840 })
        {
            yield return bp;
            yield return bp + 1e-12;
            yield return bp - 1e-12 < 0 ? 0 : bp - 1e-12;
            yield return bp + 0.001;
            yield return bp * 0.1 * 10;                  // noise on the breakpoint itself
        }
    }

    [Fact(DisplayName = "A2.2 exact integer IAQI path equals the decimal reference on 24 000+ values × 10 items × 2 versions")]
    public void IntegerPathEqualsDecimalReference()
    {
        var rnd = new Random(20260301);
        var values = Values(rnd).ToArray();
        var checkedCount = 0;
        foreach (var s in Enum.GetValues<AqiStandard>())
            foreach (var item in Enum.GetValues<IaqiItem>())
                foreach (var x in values)
                {
                    var expected = s == AqiStandard.Hj633_2026 && (item is IaqiItem.SO2_1h or IaqiItem.O3_8h) && (decimal)x > 800m
                        ? (item == IaqiItem.SO2_1h ? 200 : 300)
                        : Reference(s, item, x);
                    var actual = Iaqi.Compute(s, item, x);
                    if (actual != expected) Assert.Fail($"{s} {item} {x:R}: integer path {actual}, decimal reference {expected}");
                    checkedCount++;
                }
        output.WriteLine($"{checkedCount} 个 IAQI 与 decimal 参考计算一致（100 %）");
    }

    [Fact(DisplayName = "A2.6 HJ 633-2026 input rounding on the integer path equals GB/T 8170 on decimals")]
    public void RoundedInputsEqualGbT8170()
    {
        var rnd = new Random(8170);
        var n = 0;
        foreach (var x in Values(rnd))
        {
            var c = new DailyConcentrations(x, x, x / 100, x, x, double.NaN, x);
            var sub = DailyAqi.SubIndices(AqiStandard.Hj633_2026, c);
            Assert.Equal(Iaqi.Compute(AqiStandard.Hj633_2026, IaqiItem.PM2_5_24h, (double)GbT8170.Round(x, 0)), sub[AqiTerms.PM2_5]);
            Assert.Equal(Iaqi.Compute(AqiStandard.Hj633_2026, IaqiItem.CO_24h, (double)GbT8170.Round(x / 100, 1)), sub[AqiTerms.CO]);
            Assert.Equal(Iaqi.Compute(AqiStandard.Hj633_2026, IaqiItem.O3_8h, (double)GbT8170.Round(x, 0)), sub[AqiTerms.O3_8h]);
            n++;
        }
        output.WriteLine($"{n} 组四舍六入五成双输入一致");
    }
}
