using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
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
        // Stations are searched in parallel (a national year is 14 million station-hours, with ≈ 340,000 hours of
        // PM2.5 above PM10); findings are added in station order, so the report reads the same on every run, and a
        // finding is written out as text only when the report will list it (beyond its limit it is only counted).
        // Each thread collects a station's findings in its own list, kept at the size it grew to, and stores them at
        // their count (a list per station grew by doubling to 340,000 findings, twice their size in copies).
        var found = new Finding[hourly.StationCodes.Count][];
        Parallel.For(0, found.Length, () => new List<Finding>(), (s, _, scratch) =>
        {
            Interruption.ThrowIfRequested();
            scratch.Clear();
            Find(hourly, s, rules, scratch);
            found[s] = scratch.Count == 0 ? [] : scratch.ToArray();
            return scratch;
        }, _ => { });
        var q = hourly.Quality;
        var added = 0;
        foreach (var list in found)
            foreach (var f in list)
            {
                var code = CodeOf(f.Kind);
                if (q.IsListFull(code)) q.Count(code);
                else q.Add(Describe(hourly, f, code, rules, fileOf));
                added++;
            }
        return added;
    }

    private enum FindingKind : byte { Pm25AbovePm10, Extreme, Frozen }

    /// <summary>One suspicious hour (or frozen run starting at <see cref="Hour"/>), before it is written out.</summary>
    private readonly record struct Finding(FindingKind Kind, int Station, int Hour, Pollutant Pollutant, int Run = 0);

    private static string CodeOf(FindingKind kind) => kind switch
    {
        FindingKind.Pm25AbovePm10 => "pm25-above-pm10",
        FindingKind.Extreme => "extreme-value",
        _ => "frozen-value",
    };

    [MethodImpl(HotPath.Options)]
    private static void Find(StationHourlyTable hourly, int s, PlausibilityRules rules, List<Finding> found)
    {
        var pm25 = hourly.Series(Pollutant.PM2_5, s);
        var pm10 = hourly.Series(Pollutant.PM10, s);
        // Four hours at a time, and hour by hour only where one of them is suspect (most hours are not): the findings
        // and their order are the hour-by-hour loop's.
        var vectors = Vector256.IsHardwareAccelerated;
        var extreme = Vector256.Create(rules.ExtremeParticulate);
        var h = 0;
        for (; h < hourly.HourCount; h++)
        {
            if (vectors && (h & 3) == 0 && h + 4 <= hourly.HourCount)
            {
                var a = Vector256.Create(pm25.Slice(h, 4));
                var b = Vector256.Create(pm10.Slice(h, 4));
                if ((Vector256.GreaterThan(a, b) | Vector256.GreaterThan(a, extreme) | Vector256.GreaterThan(b, extreme)) == Vector256<double>.Zero)
                {
                    h += 3;
                    continue;
                }
            }
            if (pm25[h] > pm10[h]) found.Add(new(FindingKind.Pm25AbovePm10, s, h, Pollutant.PM2_5)); // false when either is NaN
            if (pm10[h] > rules.ExtremeParticulate) found.Add(new(FindingKind.Extreme, s, h, Pollutant.PM10));
            if (pm25[h] > rules.ExtremeParticulate) found.Add(new(FindingKind.Extreme, s, h, Pollutant.PM2_5));
        }
        foreach (var p in PollutantInfo.All)
        {
            var series = hourly.Series(p, s);
            var start = 0;
            for (h = 1; h <= series.Length; h++)
            {
                // Four hours that each differ from the hour before (or are missing) end the run and begin three of one
                // hour: with runs flagged from two hours on, only the run before them can be flagged.
                if (vectors && rules.FrozenHours >= 2 && h + 4 <= series.Length
                    && Vector256.Equals(Vector256.Create(series.Slice(h, 4)), Vector256.Create(series.Slice(h - 1, 4))) == Vector256<double>.Zero)
                {
                    if (!double.IsNaN(series[start]) && h - start >= rules.FrozenHours)
                        found.Add(new(FindingKind.Frozen, s, start, p, h - start));
                    start = h + 3;
                    h += 3;
                    continue;
                }
                if (h < series.Length && !double.IsNaN(series[h]) && series[h] == series[start]) continue;
                if (!double.IsNaN(series[start]) && h - start >= rules.FrozenHours)
                    found.Add(new(FindingKind.Frozen, s, start, p, h - start));
                start = h;
            }
        }
    }

    private static QualityIssue Describe(StationHourlyTable hourly, Finding f, string code, PlausibilityRules rules,
        Func<DateTime, string>? fileOf)
    {
        var file = fileOf?.Invoke(hourly.HourAt(f.Hour)) ?? "";
        var station = hourly.StationCodes[f.Station];
        var value = hourly.Series(f.Pollutant, f.Station)[f.Hour];
        string Text(double v) => v.ToString(CultureInfo.InvariantCulture);
        return f.Kind switch
        {
            FindingKind.Pm25AbovePm10 => new QualityIssue(file, null, "PM2.5", station, Label(hourly, f.Hour), code,
                $"PM2.5 大于 PM10：PM2.5 {Text(value)} > PM10 {Text(hourly.Series(Pollutant.PM10, f.Station)[f.Hour])}（实时数据，保留）",
                QualityAction.Flagged),
            FindingKind.Extreme => new QualityIssue(file, null, f.Pollutant.Code(), station, Label(hourly, f.Hour), code,
                $"极端值：{f.Pollutant.Code()} {Text(value)} µg/m³ 超过 {rules.ExtremeParticulate}（保留，AQI 分指数按上限处理）",
                QualityAction.Flagged),
            _ => new QualityIssue(file, null, f.Pollutant.Code(), station, Label(hourly, f.Hour), code,
                $"数值冻结：{f.Pollutant.Code()} 连续 {f.Run} 小时均为 {Text(value)}（至 {Label(hourly, f.Hour + f.Run - 1)}；保留）",
                QualityAction.Flagged),
        };
    }

    private static string Label(StationHourlyTable t, int h) =>
        t.HourAt(h).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

}
