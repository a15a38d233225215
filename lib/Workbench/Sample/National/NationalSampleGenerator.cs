using System.Buffers.Text;
using System.Diagnostics;
using System.Text;
using Workbench.Air.Compute;
using Workbench.Air.Import;
using Workbench.Air.Method;
using Workbench.Air.Tables;
using Workbench.Registries;
using Workbench.Standards;

namespace Workbench.Sample.National;

/// <summary>What <see cref="NationalSampleGenerator.Generate"/> wrote.</summary>
/// <param name="Folder">The china_sites folder.</param>
/// <param name="StationsPath">The station list written beside it (Workbench registry layout).</param>
/// <param name="Files">Daily files written.</param>
/// <param name="Stations">Stations in the data.</param>
/// <param name="Elapsed">Time taken.</param>
public sealed record NationalSampleResult(string Folder, string StationsPath, int Files, int Stations, TimeSpan Elapsed);

/// <summary>
/// Deterministic national-scale hourly data in the CNEMC <c>china_sites_YYYYMMDD.csv</c> layout, for benchmarks and
/// scale tests beyond the one real national year: stations and cities from a real station list; per city a level and
/// regional pollution episodes, seasons (particles, SO2, NO2, CO high in winter; O3 high in summer), diurnal shapes,
/// hourly noise; the quirks of the real feed (DATA.md §1): a missing file (8 April), files with fewer hours
/// (20 February cut inside the hour-7 AQI row, 22 August with 6 hours), random missing station-hours and outages,
/// stations with no data, about 2 % of stations added on 1 June of the first year (the header changes mid-year) and a
/// station column duplicated from then on. The AQI row is the library's CNEMC real-time AQI of the values written;
/// the *_24h and O3_8h rows are moving means (18 of 24 and 6 of 8 hours).
/// </summary>
public static class NationalSampleGenerator
{
    private static readonly string[] Types =
        ["AQI", "PM2.5", "PM2.5_24h", "PM10", "PM10_24h", "SO2", "SO2_24h", "NO2", "NO2_24h",
         "O3", "O3_24h", "O3_8h", "O3_8h_24h", "CO", "CO_24h"];

    /// <summary>Writes the sample; one calendar year is held in memory at a time.</summary>
    public static NationalSampleResult Generate(NationalSampleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.End < options.Start) throw new ArgumentException("结束日期早于开始日期");
        var watch = Stopwatch.StartNew();
        var registry = StationRegistry.Load(options.StationListPath);
        var records = registry.Records.GroupBy(r => r.Code, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();
        if (options.StationLimit is { } limit) records = records.Take(limit).ToArray();
        var plan = new NationalPlan(records, options);
        var folder = Path.Combine(options.OutputFolder, "china_sites");
        Directory.CreateDirectory(folder);
        var stationsPath = Path.Combine(options.OutputFolder, "stations.csv");
        new StationRegistry(records, registry.Cities).WriteCsv(stationsPath);

        var files = 0;
        using var progress = Progress.Start("写入全国数据", FileDays(options.Start, options.End).Length);
        for (var year = options.Start.Year; year <= options.End.Year; year++)
        {
            var from = year == options.Start.Year ? options.Start : new DateOnly(year, 1, 1);
            var to = year == options.End.Year ? options.End : new DateOnly(year, 12, 31);
            files += WriteYear(plan, from, to, folder, progress);
            // A national year's grid, AQI and moving means peak at ≈ 3.2 GB: release them before the next year, so
            // memory stays one year's (measured: 3.2 GB for one year and for two; 5.9 GB for five without this).
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
        return new NationalSampleResult(folder, stationsPath, files, plan.Codes.Count, watch.Elapsed);
    }

    /// <summary>The days <paramref name="from"/>..<paramref name="to"/> that get a file: every 8 April is left out (a missing file, as in the real feed).</summary>
    private static DateOnly[] FileDays(DateOnly from, DateOnly to) =>
        Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(i => from.AddDays(i)).Where(d => !(d.Month == 4 && d.Day == 8)).ToArray();

    /// <summary>Writes the days <paramref name="from"/>..<paramref name="to"/> of one year; returns the files written.</summary>
    private static int WriteYear(NationalPlan plan, DateOnly from, DateOnly to, string folder, Progress.Stage progress)
    {
        // Two lead-in days so the moving statistics and the real-time AQI of the first hours are complete.
        var lead = from.AddDays(-2);
        var grid = new StationHourlyTable(plan.Codes, lead.ToDateTime(TimeOnly.MinValue), (to.DayNumber - lead.DayNumber + 1) * 24, DataStatus.Realtime);
        Parallel.For(0, plan.Codes.Count, s => plan.FillStation(grid, s));
        var aqi = HourlyAqi.Compute(grid, RealtimeAqiMethod.CnemcRealtime, AirSettings.Default);
        var derived = Derived(grid);
        var days = FileDays(from, to);
        Parallel.ForEach(days, day =>
        {
            var bytes = WriteDay(plan, grid, aqi, derived, day);
            File.WriteAllBytes(Path.Combine(folder, ChinaSitesReader.FileNameOf(day)), bytes);
            progress.Step(ChinaSitesReader.FileNameOf(day));
        });
        return days.Length;
    }

    /// <summary>CNEMC's moving rows: [kind][station] over the grid (24-h means need 18 hours, 8-h means 6).</summary>
    private static double[][][] Derived(StationHourlyTable grid)
    {
        Pollutant[] twentyFour = [Pollutant.PM2_5, Pollutant.PM10, Pollutant.SO2, Pollutant.NO2, Pollutant.O3, Pollutant.CO];
        var result = new double[8][][];
        for (var k = 0; k < 8; k++) result[k] = new double[grid.StationCodes.Count][];
        Parallel.For(0, grid.StationCodes.Count, s =>
        {
            for (var k = 0; k < twentyFour.Length; k++)
                result[k][s] = HourlyAqi.MovingMean(grid.Series(twentyFour[k], s), 24, 18);
            var o38 = HourlyAqi.MovingMean(grid.Series(Pollutant.O3, s), 8, 6);
            result[6][s] = o38;
            var maxSoFar = new double[o38.Length];
            for (var h = 0; h < o38.Length; h++)
            {
                var prev = h % 24 == 0 ? double.NaN : maxSoFar[h - 1];
                maxSoFar[h] = double.IsNaN(prev) ? o38[h] : double.IsNaN(o38[h]) ? prev : Math.Max(prev, o38[h]);
            }
            result[7][s] = maxSoFar;
        });
        return result;
    }

    private static byte[] WriteDay(NationalPlan plan, StationHourlyTable grid, Air.Results.HourlyAqiResult aqi,
        double[][][] derived, DateOnly day)
    {
        var columns = plan.ColumnsOn(day);
        var ms = new MemoryStream(1 << 21);
        var header = "date,hour,type," + string.Join(",", columns.Select(c => plan.Codes[c])) + "\r\n";
        ms.Write(Encoding.ASCII.GetBytes(header));
        var hours = plan.HoursIn(day);
        var offset = (day.DayNumber - DateOnly.FromDateTime(grid.FirstHour).DayNumber) * 24;
        Span<byte> buf = stackalloc byte[32];
        var date = Encoding.ASCII.GetBytes($"{day:yyyyMMdd},");
        for (var hour = 0; hour < hours; hour++)
        {
            var slot = offset + hour;
            for (var t = 0; t < Types.Length; t++)
            {
                var rowStart = ms.Position;
                ms.Write(date);
                ms.Write(Encoding.ASCII.GetBytes($"{hour},{Types[t]}"));
                foreach (var c in columns)
                {
                    ms.WriteByte((byte)',');
                    double v = Types[t] switch
                    {
                        "AQI" => aqi.Series(c)[slot] is { HasValue: true } a ? a.Aqi : double.NaN,
                        "PM2.5" => grid.Series(Pollutant.PM2_5, c)[slot],
                        "PM10" => grid.Series(Pollutant.PM10, c)[slot],
                        "SO2" => grid.Series(Pollutant.SO2, c)[slot],
                        "NO2" => grid.Series(Pollutant.NO2, c)[slot],
                        "O3" => grid.Series(Pollutant.O3, c)[slot],
                        "CO" => grid.Series(Pollutant.CO, c)[slot],
                        "PM2.5_24h" => derived[0][c][slot],
                        "PM10_24h" => derived[1][c][slot],
                        "SO2_24h" => derived[2][c][slot],
                        "NO2_24h" => derived[3][c][slot],
                        "O3_24h" => derived[4][c][slot],
                        "CO_24h" => derived[5][c][slot],
                        "O3_8h" => derived[6][c][slot],
                        _ => derived[7][c][slot],
                    };
                    if (double.IsNaN(v)) continue;
                    var isCo = Types[t].StartsWith("CO", StringComparison.Ordinal);
                    var rounded = Math.Round(v, isCo ? 3 : 0, MidpointRounding.ToEven);
                    Utf8Formatter.TryFormat((decimal)rounded, buf, out var n);
                    ms.Write(buf[..n]);
                }
                // 20 February: the feed ends part-way through the hour-7 AQI row (DATA.md §1).
                if (plan.IsCutDay(day) && hour == hours - 1 && t == 0)
                {
                    var cut = rowStart + (ms.Position - rowStart) * 6 / 10;
                    ms.SetLength(cut);
                    return ms.ToArray();
                }
                ms.Write("\r\n"u8);
            }
        }
        return ms.ToArray();
    }
}
