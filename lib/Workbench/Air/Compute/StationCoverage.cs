using Workbench.Air.Method;
using Workbench.Air.Tables;
using Workbench.Periods;
using Workbench.Standards;

namespace Workbench.Air.Compute;

/// <summary>
/// How complete one station's data is over a period: hours with a value per pollutant (of period days × 24, hours
/// labelled on the period's dates, the feed's 0–23 h day) and valid station days per pollutant under the GB 3095
/// daily validity rules of the settings (for O3 the valid daily maximum 8-hour means).
/// </summary>
public sealed record StationCoverageRow(string Code, string Name, bool IsControl, int CalendarDays, int ExpectedHours,
    IReadOnlyDictionary<Pollutant, int> HoursWithValue, IReadOnlyDictionary<Pollutant, int> ValidDays)
{
    /// <summary>Share of expected hours with a value, percent (GB/T 8170, one decimal), for one pollutant.</summary>
    public decimal HourCompletenessPercent(Pollutant p) =>
        ExpectedHours == 0 ? 0 : Standards.Rounding.GbT8170.Round(100m * HoursWithValue[p] / ExpectedHours, 1);
}

/// <summary>Station coverage of a city: one row per station of the city on the period's last day (control stations included, flagged).</summary>
public static class StationCoverage
{
    /// <summary>Coverage of every station of <paramref name="city"/> over <paramref name="period"/>.</summary>
    public static IReadOnlyList<StationCoverageRow> Of(AirDataSet data, string city, Period period, AirSettings settings)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(period);
        var hourly = data.Hourly ?? throw new InvalidOperationException("输入是城市日数据，没有站点小时数据，无法统计站点覆盖");
        var registry = data.Stations ?? throw new InvalidOperationException("没有站点列表，无法确定城市的站点");
        var stations = registry.StationsOfCity(city, period.End, includeControl: true);
        var daily = data.StationDaily(settings);
        var firstHour = Math.Max(0, (int)(period.Start.ToDateTime(TimeOnly.MinValue) - hourly.FirstHour).TotalHours);
        var endHour = Math.Min(hourly.HourCount, (int)(period.End.AddDays(1).ToDateTime(TimeOnly.MinValue) - hourly.FirstHour).TotalHours);
        var firstDay = Math.Max(0, period.Start.DayNumber - daily.FirstDay.DayNumber);
        var endDay = Math.Min(daily.DayCount, period.End.DayNumber - daily.FirstDay.DayNumber + 1);
        var rows = new List<StationCoverageRow>();
        foreach (var s in stations.OrderBy(s => s.Code, StringComparer.Ordinal))
        {
            Interruption.ThrowIfRequested();
            var hours = new Dictionary<Pollutant, int>();
            var days = new Dictionary<Pollutant, int>();
            var h = hourly.IndexOfStation(s.Code);
            var d = daily.IndexOfSite(s.Code);
            foreach (var p in PollutantInfo.All)
            {
                hours[p] = h < 0 || endHour <= firstHour ? 0 : CountValues(hourly.Series(p, h)[firstHour..endHour]);
                days[p] = d < 0 || endDay <= firstDay ? 0 : CountValues(daily.Series(DailyOf(p), d)[firstDay..endDay]);
            }
            rows.Add(new StationCoverageRow(s.Code, s.Name, s.IsControl, period.DayCount, period.DayCount * 24, hours, days));
        }
        return rows;
    }

    private static int CountValues(Span<double> values)
    {
        var n = 0;
        foreach (var v in values) if (!double.IsNaN(v)) n++;
        return n;
    }

    private static DailyIndicator DailyOf(Pollutant p) => p switch
    {
        Pollutant.SO2 => DailyIndicator.SO2,
        Pollutant.NO2 => DailyIndicator.NO2,
        Pollutant.CO => DailyIndicator.CO,
        Pollutant.PM10 => DailyIndicator.PM10,
        Pollutant.PM2_5 => DailyIndicator.PM2_5,
        _ => DailyIndicator.O3_8hMax,
    };
}
