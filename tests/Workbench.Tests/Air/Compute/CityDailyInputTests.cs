using System.Globalization;
using System.Text;
using Workbench.Air.Compute;
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

    /// <summary>Ad hoc reader of the headerless aqistudy layout: city,date,AQI,range,level,PM2.5,PM10,SO2,CO,NO2,O3_8h,rank.</summary>
    private static DailyTable ReadAqistudy(string path)
    {
        var rows = File.ReadAllLines(path, Encoding.UTF8).Select(l => l.TrimStart('\uFEFF').Split(','))
            .Where(f => f.Length >= 11).ToArray();
        var days = rows.Select(f => DateOnly.ParseExact(f[1], "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
        var first = days.Min();
        var t = new DailyTable([rows[0][0]], first, days.Max().DayNumber - first.DayNumber + 1, DataStatus.Realtime);
        (DailyIndicator I, int Col)[] map = [(DailyIndicator.PM2_5, 5), (DailyIndicator.PM10, 6), (DailyIndicator.SO2, 7),
            (DailyIndicator.CO, 8), (DailyIndicator.NO2, 9), (DailyIndicator.O3_8hMax, 10)];
        for (var r = 0; r < rows.Length; r++)
        {
            var d = t.IndexOfDay(days[r]);
            foreach (var (i, col) in map)
                if (double.TryParse(rows[r][col], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                    t.Series(i, 0)[d] = v;
            if (short.TryParse(rows[r][2], out var aqi)) t.PublishedAqi(0)[d] = aqi;
        }
        return t;
    }

    [SharedDataFact(File北京)]
    public void BeijingAnnualMeansAndChanges()
    {
        var table = ReadAqistudy(SharedData.PathOf(File北京));
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
        var yoy = Comparison.YearOnYear(city, Period.Year(2016), AirSettings.Default);
        Assert.Equal(-8.8m, yoy["PM2.5"].Change);      // (73 − 80)/80 = −8.75 % → −8.8 (GB/T 8170: 5 after odd 7)
        Assert.Equal("同比下降8.8%", yoy["PM2.5"].Text);
        var baseYear = Comparison.BaseYear(city, 2014, 2016, AirQualityStandard.Gb3095_2012, AirSettings.Default);
        Assert.Equal(-14.1m, baseYear["PM2.5"].Change); // (73 − 85)/85 = −14.12 %
        output.WriteLine(string.Join("；", baseYear.Changes.Select(c => $"{c.Indicator} {c.Text}")));

        // Not compared: aqistudy's daily AQI is not HJ 633 of its own daily concentrations (2013-12-02: PM2.5 108.8
        // gives IAQI 143, published 119), so it is no check of ours.
    }
}
