using System.Globalization;
using Workbench.Air.Tables;
using Workbench.Quality;
using Workbench.Standards;

namespace Workbench.Air.Checks;

/// <summary>Thresholds of <see cref="HourlyPlausibility"/> (judgement, not standard: settings).</summary>
/// <param name="FrozenHours">A value repeated this many consecutive hours or more is flagged as a frozen sensor.</param>
/// <param name="ExtremeParticulate">PM10 or PM2.5 above this (µg/m³) is flagged (the IAQI tables end at 600 / 500).</param>
public sealed record PlausibilityRules(int FrozenHours = 24, double ExtremeParticulate = 1000)
{
    /// <summary>The defaults.</summary>
    public static PlausibilityRules Default { get; } = new();
}

/// <summary>
/// Checks of an hourly station grid for values that are possible but suspicious in real-time, unaudited feeds
/// (DATA.md §1): PM2.5 above PM10 in the same hour, frozen sensors, extreme particulate values. Values are KEPT
/// (real-time data are published as they are); each finding is listed in the data-quality report as Flagged so an
/// analyst can defend or exclude it.
/// </summary>
public static class HourlyPlausibility
{
    /// <summary>Adds the findings to <see cref="StationHourlyTable.Quality"/>; returns how many were added.</summary>
    /// <param name="hourly">The grid.</param>
    /// <param name="rules">Thresholds.</param>
    /// <param name="fileOf">Source file of an hour label, when the format makes it known (CNEMC: one file per date).</param>
    public static int Check(StationHourlyTable hourly, PlausibilityRules? rules = null, Func<DateTime, string>? fileOf = null)
    {
        rules ??= PlausibilityRules.Default;
        string FileOf(int h) => fileOf?.Invoke(hourly.HourAt(h)) ?? "";
        int Extreme(Pollutant p, double value, int h, string code)
        {
            if (!(value > rules.ExtremeParticulate)) return 0;
            hourly.Quality.Add(FileOf(h), null, p.Code(), code, Label(hourly, h), "extreme-value",
                $"极端值：{p.Code()} {value.ToString(CultureInfo.InvariantCulture)} µg/m³ 超过 {rules.ExtremeParticulate}（保留，AQI 分指数按上限处理）",
                QualityAction.Flagged);
            return 1;
        }
        var q = hourly.Quality;
        var added = 0;
        for (var s = 0; s < hourly.StationCodes.Count; s++)
        {
            var code = hourly.StationCodes[s];
            var pm25 = hourly.Series(Pollutant.PM2_5, s);
            var pm10 = hourly.Series(Pollutant.PM10, s);
            for (var h = 0; h < hourly.HourCount; h++)
            {
                if (pm25[h] > pm10[h]) // false when either is NaN
                {
                    q.Add(FileOf(h), null, "PM2.5", code, Label(hourly, h), "pm25-above-pm10",
                        $"PM2.5 大于 PM10：PM2.5 {pm25[h].ToString(CultureInfo.InvariantCulture)} > PM10 {pm10[h].ToString(CultureInfo.InvariantCulture)}（实时数据，保留）",
                        QualityAction.Flagged);
                    added++;
                }
                added += Extreme(Pollutant.PM10, pm10[h], h, code);
                added += Extreme(Pollutant.PM2_5, pm25[h], h, code);
            }
            foreach (var p in PollutantInfo.All)
                added += FrozenRuns(hourly, s, p, rules.FrozenHours, FileOf);
        }
        return added;
    }

    private static int FrozenRuns(StationHourlyTable hourly, int s, Pollutant p, int minRun, Func<int, string> fileOf)
    {
        var series = hourly.Series(p, s);
        var added = 0;
        var start = 0;
        for (var h = 1; h <= series.Length; h++)
        {
            if (h < series.Length && !double.IsNaN(series[h]) && series[h] == series[start]) continue;
            var run = h - start;
            if (!double.IsNaN(series[start]) && run >= minRun)
            {
                hourly.Quality.Add(fileOf(start), null, p.Code(), hourly.StationCodes[s], Label(hourly, start),
                    "frozen-value",
                    $"数值冻结：{p.Code()} 连续 {run} 小时均为 {series[start].ToString(CultureInfo.InvariantCulture)}（至 {Label(hourly, h - 1)}；保留）",
                    QualityAction.Flagged);
                added++;
            }
            start = h;
        }
        return added;
    }

    private static string Label(StationHourlyTable t, int h) =>
        t.HourAt(h).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

}
