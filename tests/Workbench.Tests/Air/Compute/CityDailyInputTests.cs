using System.Globalization;
using System.Text;
using Workbench.Air.Compute;
using Workbench.Air.Import;
using Workbench.Air.Method;
using Workbench.Air.Tables;
using Workbench.Periods;
using Workbench.Standards;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Air.Compute;

/// <summary>The city-daily input path on real aqistudy data (北京 2014–2016): annual means, year-on-year, base year.</summary>
public class CityDailyInputTests(ITestOutputHelper output)
{
    private const string File北京 = "aqistudy_city_daily_2014_2017/北京.csv";

    [SharedDataFact(File北京)]
    public void BeijingAnnualMeansAndChanges()
    {
        var table = AqistudyReader.ReadDaily([SharedData.PathOf(File北京)]).Daily;
        var city = CityDaily.FromCityTable(table, "北京", AirSettings.Default);
        var pm = new Dictionary<int, decimal?>();
        foreach (var year in new[] { 2014, 2015, 2016 })
        {
            var r = AirAssessment.Assess(city, Period.Year(year), AirSettings.Default);
            pm[year] = r.Indicators["PM2.5"];
            output.WriteLine($"北京 {year} PM2.5 unrounded mean {r.Statistics.Pollutants[Pollutant.PM2_5].Mean:F4}");
            output.WriteLine($"北京 {year}: " + string.Join(" ", r.Indicators.Select(kv => $"{kv.Key}={kv.Value}")));
        }
        // DATA.md: this file's annual means are 84.5 / 80.1 / 72.6 (official 85.9 / 80.6 / 73).
        Assert.Equal(85m, pm[2014]); // unrounded 84.5447: above the half, so 85
        Assert.Equal(80m, pm[2015]);
        Assert.Equal(73m, pm[2016]);
        var yoy = PeriodComparison.YearOnYear(city, Period.Year(2016), AirSettings.Default);
        Assert.Equal(-8.8m, yoy["PM2.5"].Change);      // (73 − 80)/80 = −8.75 % → −8.8 (GB/T 8170: 5 after odd 7)
        Assert.Equal("同比下降8.8%", yoy["PM2.5"].Text);
        var baseYear = PeriodComparison.BaseYear(city, 2014, 2016, AirQualityStandard.Gb3095_2012, AirSettings.Default);
        Assert.Equal(-14.1m, baseYear["PM2.5"].Change); // (73 − 85)/85 = −14.12 %
        output.WriteLine(string.Join("；", baseYear.Changes.Select(c => $"{c.Indicator} {c.Text}")));

        // Trend of the three annual means 85, 80, 73: Theil–Sen −6 per year, S = −3, p = 0.296 (not significant with 3 points).
        var trend = Trend.OfAssessments(new[] { 2014, 2015, 2016 }.Select(y =>
            AirAssessment.Assess(city, Period.Year(y), AirSettings.Default, AirQualityStandard.Gb3095_2012)), "PM2.5");
        Assert.Equal(-6, trend.Slope, 9);
        Assert.Equal(-3, trend.S);
        Assert.Equal(0.2963, trend.PValue, 4);
        Assert.Equal(TrendDirection.NotSignificant, trend.Direction);

        // Not compared: aqistudy's daily AQI is not HJ 633 of its own daily concentrations (2013-12-02: PM2.5 108.8
        // gives IAQI 143, published 119), so it is no check of ours.
    }
}
