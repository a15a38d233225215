using Workbench.Air.Compute;
using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Tests.Air.Compute;

/// <summary>REFERENCE C2.9 day ratios.</summary>
public class DayCountsTests
{
    private static IEnumerable<AqiValue> Days(int count, short aqi, AqiTerms primary = AqiTerms.PM2_5) =>
        Enumerable.Repeat(new AqiValue(aqi, aqi > 50 ? primary : AqiTerms.None), count);

    [Fact(DisplayName = "C2.9 Naiman Q1: 86/91 good → 94.5 %, 3 heavy (3.3 %)")]
    public void Naiman()
    {
        var days = Days(51, 40).Concat(Days(35, 80)).Concat(Days(2, 120)).Concat(Days(3, 250)).ToArray();
        var r = DayCounts.Compute(days);
        Assert.Equal(91, r.ValidDays);
        Assert.Equal(86, r.GoodDays);
        Assert.Equal(94.5m, r.GoodRatioPercent);
        Assert.Equal(5, r.PollutedDays);
        Assert.Equal(3, r.HeavyDays);
        Assert.Equal(3.3m, r.HeavyRatioPercent);
        Assert.Equal(51, r.DaysPerLevel[1]);
        Assert.Equal(35, r.DaysPerLevel[2]);
        Assert.Equal(3, r.DaysPerLevel[5]);
        Assert.Equal(0, r.DaysPerLevel[6]);
        Assert.Equal(40, r.DaysPerPrimary[Pollutant.PM2_5]); // 35 + 2 + 3 days with AQI > 50
    }

    [Fact(DisplayName = "C2.9 made-up year: 290/361 → 80.3 %, heavy 6 → 1.7 %; invalid days leave the denominator")]
    public void MadeUpYear()
    {
        var days = Enumerable.Repeat(AqiValue.None, 4).Concat(Days(290, 90)).Concat(Days(65, 150))
            .Concat(Days(6, 220)).ToArray();
        Assert.Equal(365, days.Length);
        var r = DayCounts.Compute(days);
        Assert.Equal(365, r.CalendarDays);
        Assert.Equal(361, r.ValidDays);
        Assert.Equal(80.3m, r.GoodRatioPercent);
        Assert.Equal(6, r.HeavyDays);
        Assert.Equal(1.7m, r.HeavyRatioPercent);
    }

    [Fact(DisplayName = "Boundaries: AQI 100 is good, 101 is not; 200 is not heavy, 201 is")]
    public void Boundaries()
    {
        var r = DayCounts.Compute([new AqiValue(100, AqiTerms.PM10), new AqiValue(101, AqiTerms.PM10),
            new AqiValue(200, AqiTerms.O3_8h), new AqiValue(201, AqiTerms.O3 | AqiTerms.O3_8h)]);
        Assert.Equal(1, r.GoodDays);
        Assert.Equal(1, r.HeavyDays);
        Assert.Equal(2, r.DaysPerPrimary[Pollutant.O3]); // O3 1-h and 8-h on the same day count once
        Assert.Equal(25.0m, r.GoodRatioPercent);
    }

    [Fact(DisplayName = "No valid day: ratios are null, not 0")]
    public void NoValidDays()
    {
        var r = DayCounts.Compute([AqiValue.None, AqiValue.None]);
        Assert.Equal(0, r.ValidDays);
        Assert.Null(r.GoodRatioPercent);
    }
}
