using Workbench.Air.Method;
using Workbench.Air.Results;
using Workbench.Air.Tables;
using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Air.Compute;

/// <summary>
/// Real-time (hourly) AQI of every station-hour of a grid, by <see cref="RealtimeAqiMethod"/> (the rule itself is
/// <see cref="RealtimeAqi.Compute"/>). The moving means a method needs are taken on the clock-hour grid: O3 8-hour
/// means ending at the hour (≥ 6 of 8 valid hours) and 24-hour moving means of PM10, PM2.5 and SO2 (≥ 20 of 24,
/// <see cref="AirSettings.MinHoursFor24hMovingMean"/>). Parallel over stations.
/// </summary>
public static class HourlyAqi
{
    /// <summary>
    /// Computes the AQI of every station-hour. <paramref name="fixedBreakpoints"/> null = the HJ 633 version in force
    /// on the hour's date (<see cref="StandardVersions.AqiInForce"/>; the hour label's date).
    /// </summary>
    public static HourlyAqiResult Compute(StationHourlyTable hourly, RealtimeAqiMethod method, AirSettings settings,
        AqiStandard? fixedBreakpoints = null)
    {
        ArgumentNullException.ThrowIfNull(hourly);
        ArgumentNullException.ThrowIfNull(settings);
        var hours = hourly.HourCount;
        var breakpoints = new AqiStandard[hours];
        for (var h = 0; h < hours; h++)
            breakpoints[h] = fixedBreakpoints ?? StandardVersions.AqiInForce(DateOnly.FromDateTime(hourly.HourAt(h)));
        var values = new AqiValue[checked(hourly.StationCodes.Count * hours)];
        var needsMoving = method == RealtimeAqiMethod.Hj633_2012Realtime;
        Parallel.For(0, hourly.StationCodes.Count, s =>
        {
            Interruption.ThrowIfRequested();
            var so2 = hourly.Series(Pollutant.SO2, s);
            var no2 = hourly.Series(Pollutant.NO2, s);
            var co = hourly.Series(Pollutant.CO, s);
            var o3 = hourly.Series(Pollutant.O3, s);
            var pm10 = hourly.Series(Pollutant.PM10, s);
            var pm25 = hourly.Series(Pollutant.PM2_5, s);
            double[]? o3_8 = null, pm10_24 = null, pm25_24 = null;
            if (needsMoving)
            {
                o3_8 = MovingMean(o3, 8, settings.Validity.MinHoursPer8hWindow);
                pm10_24 = MovingMean(pm10, 24, settings.MinHoursFor24hMovingMean);
                pm25_24 = MovingMean(pm25, 24, settings.MinHoursFor24hMovingMean);
            }
            var dest = values.AsSpan(s * hours, hours);
            for (var h = 0; h < hours; h++)
            {
                // SO2 24-h matters only when SO2 1 h > 800 (HJ 633-2012 Table 1 note 2 fallback): computed just then.
                var so2_24 = so2[h] > 800 ? MeanEndingAt(so2, h, 24, settings.MinHoursFor24hMovingMean) : double.NaN;
                var c = new HourlyConcentrations(so2[h], no2[h], co[h], o3[h], pm10[h], pm25[h],
                    O3_8h: o3_8?[h] ?? double.NaN, PM10_24h: pm10_24?[h] ?? double.NaN,
                    PM2_5_24h: pm25_24?[h] ?? double.NaN, SO2_24h: so2_24);
                dest[h] = RealtimeAqi.Compute(method, breakpoints[h], c, settings.Aqi);
            }
        });
        return new HourlyAqiResult(hourly.StationCodes, hourly.FirstHour, hours, method, fixedBreakpoints,
            settings.Aqi, values, breakpoints);
    }

    /// <summary>
    /// Moving mean over the <paramref name="width"/> clock hours ending at each slot (slots before the grid count as
    /// missing); NaN where fewer than <paramref name="minValid"/> hours are valid.
    /// </summary>
    public static double[] MovingMean(ReadOnlySpan<double> series, int width, int minValid)
    {
        // Each window summed afresh: a running sum drifts in binary and the AQI rounds up at exact breakpoints.
        var result = new double[series.Length];
        for (var h = 0; h < series.Length; h++) result[h] = MeanEndingAt(series, h, width, minValid);
        return result;
    }

    /// <summary>Mean of the <paramref name="width"/> clock hours ending at slot <paramref name="end"/>; NaN with fewer than <paramref name="minValid"/> valid hours.</summary>
    public static double MeanEndingAt(ReadOnlySpan<double> series, int end, int width, int minValid)
    {
        double sum = 0; var n = 0;
        for (var i = Math.Max(0, end - width + 1); i <= end; i++)
            if (!double.IsNaN(series[i])) { sum += series[i]; n++; }
        return n >= minValid && n > 0 ? sum / n : double.NaN;
    }

    /// <summary>Compares computed AQI with the AQI the source published (<see cref="StationHourlyTable.PublishedAqi"/>).</summary>
    public static AqiAgreement Agreement(HourlyAqiResult computed, StationHourlyTable published)
    {
        long compared = 0, equal = 0, publishedOnly = 0, computedOnly = 0;
        for (var s = 0; s < computed.StationCodes.Count; s++)
        {
            var p = published.IndexOfStation(computed.StationCodes[s]);
            if (p < 0) continue;
            var ours = computed.Series(s);
            var theirs = published.PublishedAqi(p);
            var offset = published.IndexOfHour(computed.FirstHour);
            for (var h = 0; h < computed.HourCount; h++)
            {
                var ph = offset < 0 ? published.IndexOfHour(computed.HourAt(h)) : offset + h;
                if (ph < 0 || ph >= published.HourCount) continue;
                var pub = theirs[ph];
                var has = ours[h].HasValue;
                if (pub >= 0 && has) { compared++; if (pub == ours[h].Aqi) equal++; }
                else if (pub >= 0) publishedOnly++;
                else if (has) computedOnly++;
            }
        }
        return new AqiAgreement(compared, equal, publishedOnly, computedOnly);
    }
}
