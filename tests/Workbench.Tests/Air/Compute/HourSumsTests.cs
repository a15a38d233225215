using Workbench.Air.Compute;

namespace Workbench.Tests.Air.Compute;

/// <summary>The four-hours-at-a-time sums of a city's hours equal the hour-by-hour loop bit for bit.</summary>
public class HourSumsTests
{
    [Fact]
    public void Sums_counts_and_days_with_values_equal_the_hour_by_hour_loop()
    {
        Assert.True(HourSums.IsAccelerated || !System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated);
        var random = new Random(20191231);
        for (var trial = 0; trial < 500; trial++)
        {
            var days = 1 + random.Next(40);
            var hours = days * 24;
            var stations = 1 + random.Next(12);
            var sum = new double[hours];
            var count = new int[hours];
            var loopSum = new double[hours];
            var loopCount = new int[hours];
            for (var k = 0; k < stations; k++)
            {
                // Real-shaped values (µg/m³ with decimals, CO in mg/m³); a station silent some hours or whole days.
                var values = new double[hours];
                for (var d = 0; d < days; d++)
                {
                    var silentDay = random.Next(8) == 0;
                    for (var h = 0; h < 24; h++)
                        values[d * 24 + h] = silentDay || random.Next(5) == 0 ? double.NaN
                            : Math.Round(random.NextDouble() * (random.Next(2) == 0 ? 3 : 400), random.Next(4));
                }
                var loopGave = new bool[days];
                for (var i = 0; i < hours; i++)
                {
                    if (double.IsNaN(values[i])) continue;
                    loopSum[i] += values[i]; loopCount[i]++; loopGave[i / 24] = true;
                }
                if (!HourSums.IsAccelerated) continue;
                var gave = new bool[days];
                HourSums.AddDays(values, sum, count, gave);
                Assert.Equal(loopGave, gave);
            }
            if (!HourSums.IsAccelerated) continue;
            for (var i = 0; i < hours; i++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(loopSum[i]), BitConverter.DoubleToInt64Bits(sum[i]));
                Assert.Equal(loopCount[i], count[i]);
            }
        }
    }

    [Fact]
    public void Hours_that_are_not_whole_days_are_refused() =>
        Assert.Throws<ArgumentException>(() => HourSums.AddDays(new double[23], new double[23], new int[23], new bool[1]));
}
