using Workbench.Air.Compute;

namespace Workbench.Tests.Air.Compute;

/// <summary>The four-hours-at-a-time sums of a city's hours equal the hour-by-hour loop bit for bit.</summary>
public class HourSumsTests
{
    [Fact]
    public void Sums_counts_and_presence_equal_the_hour_by_hour_loop()
    {
        var random = new Random(20191231);
        for (var trial = 0; trial < 2_000; trial++)
        {
            var stations = 1 + random.Next(12);
            var sum = new double[24];
            var count = new int[24];
            var loopSum = new double[24];
            var loopCount = new int[24];
            for (var k = 0; k < stations; k++)
            {
                // Real-shaped values (µg/m³ with decimals, CO in mg/m³), a station silent some hours or the whole day.
                var silentDay = random.Next(8) == 0;
                var day = Enumerable.Range(0, 24).Select(_ => silentDay || random.Next(5) == 0 ? double.NaN
                    : Math.Round(random.NextDouble() * (random.Next(2) == 0 ? 3 : 400), random.Next(4))).ToArray();
                var loopAny = false;
                for (var h = 0; h < 24; h++)
                {
                    if (double.IsNaN(day[h])) continue;
                    loopSum[h] += day[h]; loopCount[h]++; loopAny = true;
                }
                if (!HourSums.IsAccelerated) continue;
                Assert.Equal(loopAny, HourSums.AddDay(day, sum, count));
            }
            if (!HourSums.IsAccelerated) continue;
            for (var h = 0; h < 24; h++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(loopSum[h]), BitConverter.DoubleToInt64Bits(sum[h]));
                Assert.Equal(loopCount[h], count[h]);
            }
        }
    }

    [Fact]
    public void A_day_of_another_length_is_refused() =>
        Assert.Throws<ArgumentException>(() => HourSums.AddDay(new double[23], new double[24], new int[24]));
}
