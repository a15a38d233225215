using System.Numerics;
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
        ArgumentNullException.ThrowIfNull(hourly);
        var scan = new Scan(hourly.StationCodes, hourly.FirstHour, rules);
        scan.Add(hourly);
        return scan.Report(hourly.Quality, fileOf);
    }

    private enum FindingKind : byte { Pm25AbovePm10, Extreme, Frozen }

    /// <summary>One suspicious hour (or frozen run starting at <see cref="Hour"/>), before it is written out: the hour
    /// counts from the first hour scanned; the value (and PM10's, beside PM2.5 above it) as found.</summary>
    private readonly record struct Finding(FindingKind Kind, int Hour, Pollutant Pollutant, double Value, double Other = 0, int Run = 0);

    private static string CodeOf(FindingKind kind) => kind switch
    {
        FindingKind.Pm25AbovePm10 => "pm25-above-pm10",
        FindingKind.Extreme => "extreme-value",
        _ => "frozen-value",
    };

    /// <summary>
    /// The checks of a grid read in consecutive blocks of hours (a month at a time): a frozen run is followed across
    /// the blocks, and <see cref="Report"/> lists the same findings in the same order as <see cref="Check"/> of the
    /// whole grid. Stations are searched in parallel (a national year is 14 million station-hours, with ≈ 340,000 hours
    /// of PM2.5 above PM10); findings are listed in station order, so the report reads the same on every run, and a
    /// finding is written out as text only when the report will list it (beyond its limit it is only counted).
    /// </summary>
    internal sealed class Scan
    {
        private readonly IReadOnlyList<string> _stations;
        private readonly DateTime _firstHour;
        private readonly PlausibilityRules _rules;
        private readonly List<Finding>?[] _hourly;        // per station: PM2.5 above PM10 and extreme values, by hour
        private readonly List<Finding>?[] _frozen;        // per station and pollutant: frozen runs, by hour
        private readonly (int Start, double Value)[] _runs; // per station and pollutant: the run still open
        private int _hours;

        public Scan(IReadOnlyList<string> stations, DateTime firstHour, PlausibilityRules? rules)
        {
            _stations = stations;
            _firstHour = firstHour;
            _rules = rules ?? PlausibilityRules.Default;
            _hourly = new List<Finding>?[stations.Count];
            _frozen = new List<Finding>?[stations.Count * PollutantInfo.All.Count];
            _runs = new (int, double)[stations.Count * PollutantInfo.All.Count];
            _runs.AsSpan().Fill((0, double.NaN));
        }

        /// <summary>Scans the next block of hours (its stations those of the scan, in the same order).</summary>
        public void Add(StationHourlyTable block)
        {
            Parallel.For(0, _stations.Count, s =>
            {
                Interruption.ThrowIfRequested();
                AddStation(block, s);
            });
            EndBlock(block);
        }

        /// <summary>Scans station <paramref name="s"/> of the next block (stations may be scanned in parallel; then
        /// <see cref="EndBlock"/>).</summary>
        public void AddStation(StationHourlyTable block, int s)
        {
            if (block.FirstHour != _firstHour.AddHours(_hours) || block.StationCodes.Count != _stations.Count)
                throw new ArgumentException("小时块不接续", nameof(block));
            Find(block, s, _hours);
        }

        /// <summary>Ends a block whose every station was scanned.</summary>
        public void EndBlock(StationHourlyTable block) => _hours += block.HourCount;

        /// <summary>Closes the open runs and adds every finding to <paramref name="q"/> (once, after the last block);
        /// returns how many were added.</summary>
        public int Report(DataQualityReport q, Func<DateTime, string>? fileOf)
        {
            var added = 0;
            var pollutants = PollutantInfo.All.Count;
            for (var s = 0; s < _stations.Count; s++)
            {
                for (var p = 0; p < pollutants; p++) Close(s, p, _hours);
                Write(_hourly[s], s);
                for (var p = 0; p < pollutants; p++) Write(_frozen[s * pollutants + p], s);
            }
            return added;

            void Write(List<Finding>? found, int s)
            {
                if (found is null) return;
                foreach (var f in found)
                {
                    var code = CodeOf(f.Kind);
                    if (q.IsListFull(code)) q.Count(code);
                    else q.Add(Describe(f, _stations[s], code, _rules, _firstHour, fileOf));
                    added++;
                }
            }
        }

        [MethodImpl(HotPath.Options)]
        private void Find(StationHourlyTable block, int s, int offset)
        {
            var pm25 = block.Series(Pollutant.PM2_5, s);
            var pm10 = block.Series(Pollutant.PM10, s);
            // Four hours at a time, and hour by hour only where one of them is suspect (most hours are not): the findings
            // and their order are the hour-by-hour loop's.
            var vectors = Vector256.IsHardwareAccelerated;
            var extreme = Vector256.Create(_rules.ExtremeParticulate);
            var n = block.HourCount;
            for (var h = 0; h < n; h++)
            {
                if (vectors && (h & 3) == 0 && h + 4 <= n)
                {
                    var a = Vector256.Create(pm25.Slice(h, 4));
                    var b = Vector256.Create(pm10.Slice(h, 4));
                    if ((Vector256.GreaterThan(a, b) | Vector256.GreaterThan(a, extreme) | Vector256.GreaterThan(b, extreme)) == Vector256<double>.Zero)
                    {
                        h += 3;
                        continue;
                    }
                }
                if (pm25[h] > pm10[h]) Found(ref _hourly[s], new(FindingKind.Pm25AbovePm10, offset + h, Pollutant.PM2_5, pm25[h], pm10[h])); // false when either is NaN
                if (pm10[h] > _rules.ExtremeParticulate) Found(ref _hourly[s], new(FindingKind.Extreme, offset + h, Pollutant.PM10, pm10[h]));
                if (pm25[h] > _rules.ExtremeParticulate) Found(ref _hourly[s], new(FindingKind.Extreme, offset + h, Pollutant.PM2_5, pm25[h]));
            }
            var pollutants = PollutantInfo.All.Count;
            var frozen = _rules.FrozenHours;
            foreach (var p in PollutantInfo.All)
            {
                var series = block.Series(p, s);
                var k = s * pollutants + (int)p;
                ref var run = ref _runs[k];
                // Hour 0 of a block continues the run the block before left open (or begins the first).
                if (n > 0) Step(s, (int)p, ref run, offset, series[0]);
                var h = 1;
                // Four hours at a time: which of them differ from the hour before (or are missing) and so begin a run.
                // Only the first such hour can end a run long enough to flag (the runs begun inside the four are
                // shorter than four hours); the last one begins the run that goes on.
                if (vectors && frozen >= 4)
                    for (; h + 4 <= n; h += 4)
                    {
                        var same = Vector256.Equals(Vector256.Create(series.Slice(h, 4)), Vector256.Create(series.Slice(h - 1, 4)))
                            .ExtractMostSignificantBits();
                        var begins = ~same & 0xFu;
                        if (begins == 0) continue;
                        var firstBegin = BitOperations.TrailingZeroCount(begins);
                        if (offset + h + firstBegin - run.Start >= frozen) Close(s, (int)p, offset + h + firstBegin);
                        var lastBegin = 31 - BitOperations.LeadingZeroCount(begins);
                        run = (offset + h + lastBegin, series[h + lastBegin]);
                    }
                for (; h < n; h++) Step(s, (int)p, ref run, offset + h, series[h]);
            }
        }

        /// <summary>Hour <paramref name="hour"/> (value <paramref name="v"/>) continues the open run or ends it and
        /// begins the next.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Step(int s, int p, ref (int Start, double Value) run, int hour, double v)
        {
            if (!double.IsNaN(v) && v == run.Value) return;
            if (hour - run.Start >= _rules.FrozenHours) Close(s, p, hour); // most runs are short: no call
            run = (hour, v);
        }

        /// <summary>Ends station <paramref name="s"/>'s open run of pollutant <paramref name="p"/> before hour
        /// <paramref name="end"/>, flagged when it is a value repeated for the threshold's hours or more.</summary>
        private void Close(int s, int p, int end)
        {
            var k = s * PollutantInfo.All.Count + p;
            var (start, value) = _runs[k];
            if (!double.IsNaN(value) && end - start >= _rules.FrozenHours)
                Found(ref _frozen[k], new(FindingKind.Frozen, start, (Pollutant)p, value, Run: end - start));
        }

        private static void Found(ref List<Finding>? list, Finding f) => (list ??= []).Add(f);
    }

    private static QualityIssue Describe(Finding f, string station, string code, PlausibilityRules rules, DateTime firstHour,
        Func<DateTime, string>? fileOf)
    {
        var file = fileOf?.Invoke(firstHour.AddHours(f.Hour)) ?? "";
        string Text(double v) => v.ToString(CultureInfo.InvariantCulture);
        string Label(int h) => firstHour.AddHours(h).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        return f.Kind switch
        {
            FindingKind.Pm25AbovePm10 => new QualityIssue(file, null, "PM2.5", station, Label(f.Hour), code,
                $"PM2.5 大于 PM10：PM2.5 {Text(f.Value)} > PM10 {Text(f.Other)}（实时数据，保留）",
                QualityAction.Flagged),
            FindingKind.Extreme => new QualityIssue(file, null, f.Pollutant.Code(), station, Label(f.Hour), code,
                $"极端值：{f.Pollutant.Code()} {Text(f.Value)} µg/m³ 超过 {rules.ExtremeParticulate}（保留，AQI 分指数按上限处理）",
                QualityAction.Flagged),
            _ => new QualityIssue(file, null, f.Pollutant.Code(), station, Label(f.Hour), code,
                $"数值冻结：{f.Pollutant.Code()} 连续 {f.Run} 小时均为 {Text(f.Value)}（至 {Label(f.Hour + f.Run - 1)}；保留）",
                QualityAction.Flagged),
        };
    }
}
