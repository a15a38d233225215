using System.Globalization;
using System.Runtime.Intrinsics;
using Workbench.Air.Tables;
using Workbench.Quality;
using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Air.Checks;

/// <summary>A CO unit: mg/m³ (CNEMC, the library) or µg/m³ (PRSA, some exports).</summary>
public enum CoUnit
{
    /// <summary>mg/m³ (`--co-unit mg`).</summary>
    Mg,
    /// <summary>µg/m³ (`--co-unit ug`).</summary>
    Ug,
}

/// <summary>
/// Settings of the value checks every hourly and daily reader applies (<see cref="UnitPlausibility"/>,
/// <see cref="DailyValueChecks"/>): unit plausibility of CO per station (or city) and source file, and the physical ranges.
/// Judgement, not standard: each threshold is a named setting.
/// </summary>
public sealed record ValueRules
{
    /// <summary>
    /// How a suspected CO unit mix-up is resolved (CLI `--co-unit`). Null (default): the station-file's (city-file's) CO
    /// is refused (not loaded) and reported. <see cref="CoUnit.Ug"/>: station-files whose CO looks like µg/m³ although the
    /// format says mg/m³ are divided by 1,000 (each reported, Corrected: one line per station-file, one per value in daily
    /// tables). <see cref="CoUnit.Mg"/>: files whose CO looks like mg/m³ although the format says µg/m³ (PRSA, a header or
    /// unit column naming µg/m³) are taken as they are (reported the same way).
    /// </summary>
    public CoUnit? CoUnit { get; init; }

    /// <summary>A station-file (city-file) declared in mg/m³ whose hourly (daily) CO median exceeds this (mg/m³) is taken to be
    /// in µg/m³ (real hourly medians stay below 10 mg/m³ in the whole 2019 national feed, the highest daily value of 366
    /// cities 2013–2017 is 19.05; µg/m³ medians are in the hundreds).</summary>
    public double CoMedianAboveIsMicrograms { get; init; } = 20;

    /// <summary>A station-file declared in µg/m³ whose hourly CO median is below this (µg/m³) is taken to be already in
    /// mg/m³ (ambient CO is never below 0.02 mg/m³ for a whole file; mg/m³ medians are 0.3–3).</summary>
    public double CoMedianBelowIsMilligrams { get; init; } = 20;

    /// <summary>
    /// Fewest CO values a station-file needs for its own unit judgement. A file that holds fewer (a HeQinWill file is
    /// one hour) is judged with the station's other small files of the same declared unit, so one high but real hourly
    /// CO is not taken for a unit error; µg/m³ values in a lone hour still exceed CO's physical range.
    /// </summary>
    public int MinCoValuesPerJudgement { get; init; } = 12;

    /// <summary>Physical ranges of hourly and daily values (default: <c>Standards/Air/Data/physical_ranges.csv</c>).</summary>
    public PhysicalRanges Ranges { get; init; } = PhysicalRanges.Default;

    /// <summary>Defaults: mix-ups refused, shipped ranges.</summary>
    public static ValueRules Default { get; } = new();

    /// <summary>The CLI spelling of a CO unit setting.</summary>
    public static string OptionText(CoUnit unit) => unit == Checks.CoUnit.Ug ? "--co-unit ug" : "--co-unit mg";
}

/// <summary>Where each value of an hourly grid came from: file (with its declared CO unit), line and column.</summary>
internal abstract class ValueOrigins
{
    /// <summary>Number of source files.</summary>
    public abstract int FileCount { get; }

    /// <summary>Display name of file <paramref name="f"/>.</summary>
    public abstract string File(int f);

    /// <summary>The CO unit the file's format (or header) declares.</summary>
    public abstract CoUnit DeclaredCoUnit(int f);

    /// <summary>Where the declared unit comes from, in Chinese (e.g. “PRSA 数据集说明”).</summary>
    public abstract string CoUnitSource(int f);

    /// <summary>File of a station-hour (-1 = unknown).</summary>
    public abstract int FileOf(int station, int hour);

    /// <summary>Line of a value, when known.</summary>
    public abstract long? LineOf(int station, int hour, Pollutant p);

    /// <summary>Column of a value in its file (header name, or station code for china_sites).</summary>
    public abstract string ColumnOf(int station, int file, Pollutant p);
}

/// <summary>
/// Value checks of an imported hourly grid, per station and source file: (1) CO unit plausibility: a station-file whose
/// CO median contradicts the declared unit is refused (NaN) unless the <see cref="ValueRules.CoUnit"/> setting names the
/// repair; declared µg/m³ (PRSA) is converted; (2) physical ranges: a value outside is not loaded. Everything is
/// reported (file, line, column, station, time). Called by every hourly reader after its grid is built.
/// </summary>
public static class UnitPlausibility
{
    /// <summary>Reason codes.</summary>
    public const string SuspectCode = "co-unit-suspect", RepairedCode = "co-unit-repaired", ConvertedCode = "co-unit",
        OutOfRangeCode = "out-of-range";

    /// <summary>Applies the checks in place; returns the number of values removed from the grid.</summary>
    internal static long Apply(StationHourlyTable table, ValueOrigins origins, ValueRules? rules) =>
        Report([(Find(table, origins, rules), origins)], table.StationCodes, table.Quality);

    /// <summary>The checks of a whole read, applied in place; <see cref="Report"/> lists them.</summary>
    private static StationFindings[] Find(StationHourlyTable table, ValueOrigins origins, ValueRules? rules)
    {
        rules ??= ValueRules.Default;
        var found = new StationFindings[table.StationCodes.Count];
        var allDeclaredMg = true;
        for (var f = 0; f < origins.FileCount; f++) allDeclaredMg &= origins.DeclaredCoUnit(f) == CoUnit.Mg;
        Parallel.For(0, found.Length, s =>
        {
            Interruption.ThrowIfRequested();
            found[s] = CheckStation(table, origins, rules, allDeclaredMg, s, smallFilesLater: false);
        });
        return found;
    }

    /// <summary>
    /// The checks of station <paramref name="s"/> in one part of a read (a month of files, each file wholly in one
    /// part, all declared in mg/m³), applied in place; <see cref="Report"/> lists the parts' findings as one read's.
    /// The small files' CO is judged in one pool for the whole read (<see cref="CoUnitRule.Groups"/>): a part only
    /// collects it (<see cref="StationFindings.SmallFileCo"/>), for <see cref="SmallFilesAsDeclared"/>. Stations may be
    /// checked in parallel.
    /// </summary>
    internal static StationFindings FindStation(StationHourlyTable table, ValueOrigins origins, ValueRules? rules, int s) =>
        CheckStation(table, origins, rules ?? ValueRules.Default, allDeclaredMg: true, s, smallFilesLater: true);

    /// <summary>
    /// Lists the findings of the parts of one read (in the order of their files) as the checks of the whole read list
    /// them: station by station, its CO unit lines, then its values out of range; then one line per file converted from
    /// a declared µg/m³. Returns the number of values removed.
    /// </summary>
    internal static long Report(IReadOnlyList<(StationFindings[] Found, ValueOrigins Origins)> parts, IReadOnlyList<string> stationCodes,
        DataQualityReport q)
    {
        void Add(QualityIssue i)
        {
            if (q.IsListFull(i.Code)) q.Count(i.Code);
            else q.Add(i);
        }
        for (var s = 0; s < stationCodes.Count; s++)
        {
            foreach (var (found, _) in parts) found[s].CoUnit.ForEach(Add);
            foreach (var (found, _) in parts) found[s].OutOfRange.ForEach(Add);
        }
        // Conversions from a declared µg/m³ (PRSA, a header saying µg/m³): one line per file.
        foreach (var (found, origins) in parts)
        {
            var converted = new long[origins.FileCount];
            var firstStation = new string?[origins.FileCount];
            for (var s = 0; s < found.Length; s++)
                foreach (var (f, n) in found[s].Converted)
                {
                    converted[f] += n;
                    firstStation[f] ??= stationCodes[s];
                }
            for (var f = 0; f < converted.Length; f++)
                if (converted[f] > 0)
                    q.Add(new QualityIssue(origins.File(f), null, origins.ColumnOf(-1, f, Pollutant.CO), firstStation[f], null, ConvertedCode,
                        CoUnitRule.ConvertedReason(origins.CoUnitSource(f), converted[f]), QualityAction.Corrected));
        }
        return parts.Sum(p => p.Found.Sum(r => r.Removed));
    }

    /// <summary>One station's findings in one part of a read.</summary>
    /// <param name="CoUnit">CO unit lines (files on their own in order, then the pools of small files).</param>
    /// <param name="OutOfRange">Values outside their physical range, in file order.</param>
    /// <param name="Removed">Values removed.</param>
    /// <param name="Converted">CO values converted from a declared µg/m³, per file.</param>
    /// <param name="SmallFileCo">A part's small files' CO values, left for the whole read's pool (null: none, or a whole read).</param>
    internal sealed record StationFindings(List<QualityIssue> CoUnit, List<QualityIssue> OutOfRange, long Removed,
        List<(int File, long Count)> Converted, List<double>? SmallFileCo);

    private static readonly StationFindings Nothing = new([], [], 0, [], null);

    /// <summary>
    /// Whether the parts' small files, pooled per station as the whole read pools them, are taken as declared (mg/m³):
    /// then the parts' findings are the whole read's. Otherwise the pool's verdict would change values the parts have
    /// passed on, and the read must be checked whole.
    /// </summary>
    internal static bool SmallFilesAsDeclared(IReadOnlyList<StationFindings[]> parts, ValueRules? rules)
    {
        rules ??= ValueRules.Default;
        if (parts.Count == 0) return true;
        for (var s = 0; s < parts[0].Length; s++)
        {
            var pool = parts.SelectMany(p => p[s].SmallFileCo ?? []).ToList();
            if (pool.Count > 0 && CoUnitRule.Judge(CoUnitRule.Median(pool), CoUnit.Mg, rules) != CoVerdict.AsDeclared) return false;
        }
        return true;
    }

    /// <summary>The CO values of station <paramref name="s"/>'s small files (fewer CO values than a judgement needs), which
    /// the whole read pools.</summary>
    private static List<double>? SmallFileCo(StationHourlyTable t, ValueOrigins o, ValueRules rules, int s)
    {
        var co = t.Series(Pollutant.CO, s);
        // Counted per file first: nearly every station-file has enough values, and then nothing is collected.
        var counts = o.FileCount <= 256 ? stackalloc int[o.FileCount] : new int[o.FileCount];
        counts.Clear();
        for (var h = 0; h < co.Length; h++)
            if (!double.IsNaN(co[h]) && o.FileOf(s, h) is var f and >= 0) counts[f]++;
        var any = false;
        foreach (var n in counts) any |= n > 0 && !CoUnitRule.JudgedAlone(n, rules);
        if (!any) return null;
        List<double>? small = null;
        for (var h = 0; h < co.Length; h++)
            if (!double.IsNaN(co[h]) && o.FileOf(s, h) is var f and >= 0 && !CoUnitRule.JudgedAlone(counts[f], rules))
                (small ??= []).Add(co[h]);
        return small;
    }

    private static StationFindings CheckStation(StationHourlyTable t, ValueOrigins o, ValueRules rules, bool allDeclaredMg, int s,
        bool smallFilesLater)
    {
        // Before anything here changes a value: the whole read pools them as they were read.
        var smallCo = smallFilesLater ? SmallFileCo(t, o, rules, s) : null;
        // A national year is 1,600 stations × 365 files: nearly every station has no value outside its range and, where
        // every file declares mg/m³, no CO above the threshold anywhere, so no station-file can be suspect. One pass over
        // the series decides that; the per-file grouping below is built only for the other stations.
        if (allDeclaredMg && !OutsideAnyRange(t, rules, s) && MaxOf(t.Series(Pollutant.CO, s)) <= rules.CoMedianAboveIsMicrograms)
            return smallCo is null ? Nothing : Nothing with { SmallFileCo = smallCo };
        var issues = new List<QualityIssue>();
        var outOfRange = new List<QualityIssue>();
        var converted = new List<(int, long)>();
        long removed = 0;
        // Hours of the station by file, in order of first hour.
        var groups = new Dictionary<int, List<int>>();
        var coCounts = new Dictionary<int, int>();
        var order = new List<int>();
        var co = t.Series(Pollutant.CO, s);
        Span<double> so2 = t.Series(Pollutant.SO2, s), no2 = t.Series(Pollutant.NO2, s), o3 = t.Series(Pollutant.O3, s),
            pm10 = t.Series(Pollutant.PM10, s), pm25 = t.Series(Pollutant.PM2_5, s);
        for (var h = 0; h < t.HourCount; h++)
        {
            if (double.IsNaN(co[h]) && double.IsNaN(so2[h]) && double.IsNaN(no2[h]) && double.IsNaN(o3[h])
                && double.IsNaN(pm10[h]) && double.IsNaN(pm25[h])) continue;
            var f = o.FileOf(s, h);
            if (!groups.TryGetValue(f, out var list)) { groups[f] = list = new List<int>(24); order.Add(f); coCounts[f] = 0; }
            list.Add(h);
            if (!double.IsNaN(co[h])) coCounts[f]++;
        }
        var station = t.StationCodes[s];
        // CO unit: each file with enough values on its own; the small files of the station pooled by declared unit.
        int CoValues(int f) => coCounts[f];
        foreach (var files in CoUnitRule.Groups(order, CoValues, o.DeclaredCoUnit, rules, alone: f => f < 0))
        {
            var hours = files.SelectMany(f => groups[f]).ToList();
            var f0 = files[0];
            // A part of a read leaves its small files' pool to the whole read (SmallFilesAsDeclared).
            if (smallFilesLater && f0 >= 0 && !CoUnitRule.JudgedAlone(coCounts[f0], rules)) continue;
            removed += CheckCoUnit(t, o, rules, s, f0, f0 < 0 ? "" : CoUnitRule.GroupName(files, o.File), station, hours, co, issues, converted);
        }
        foreach (var f in order)
        {
            var hours = groups[f];
            var file = f < 0 ? "" : o.File(f);
            foreach (var p in PollutantInfo.All)
            {
                var range = rules.Ranges[p];
                var series = t.Series(p, s);
                foreach (var h in hours)
                {
                    var v = series[h];
                    if (double.IsNaN(v) || range.Contains(v)) continue;
                    series[h] = double.NaN;
                    removed++;
                    outOfRange.Add(new QualityIssue(file, o.LineOf(s, h, p), f < 0 ? p.Code() : o.ColumnOf(s, f, p), station, Iso(t.HourAt(h)),
                        OutOfRangeCode, OutOfRangeReason(p.Code(), v, range), QualityAction.Rejected));
                }
            }
        }
        return new StationFindings(issues, outOfRange, removed, converted, smallCo);
    }

    /// <summary>Whether any value of station <paramref name="s"/> lies outside its pollutant's physical range.</summary>
    private static bool OutsideAnyRange(StationHourlyTable t, ValueRules rules, int s)
    {
        foreach (var p in PollutantInfo.All)
        {
            var range = rules.Ranges[p];
            var series = t.Series(p, s);
            // Four values at a time (a national year is 14 million station-hours a pollutant); NaN compares false both ways.
            var h = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                var (min, max) = (Vector256.Create(range.Min), Vector256.Create(range.Max));
                for (; h + 4 <= series.Length; h += 4)
                {
                    var v = Vector256.Create(series.Slice(h, 4));
                    if ((Vector256.LessThan(v, min) | Vector256.GreaterThan(v, max)) != Vector256<double>.Zero) return true;
                }
            }
            for (; h < series.Length; h++)
                if (series[h] < range.Min || series[h] > range.Max) return true;
        }
        return false;
    }

    /// <summary>Largest non-NaN value (−∞ when none).</summary>
    private static double MaxOf(ReadOnlySpan<double> series)
    {
        var max = double.NegativeInfinity;
        var h = 0;
        if (Vector256.IsHardwareAccelerated && series.Length >= 4)
        {
            var lanes = Vector256.Create(double.NegativeInfinity);
            for (; h + 4 <= series.Length; h += 4)
            {
                var v = Vector256.Create(series.Slice(h, 4));
                lanes = Vector256.ConditionalSelect(Vector256.GreaterThan(v, lanes), v, lanes); // NaN never greater
            }
            for (var k = 0; k < 4; k++) max = Math.Max(max, lanes[k]);
        }
        for (; h < series.Length; h++)
            if (series[h] > max) max = series[h];
        return max;
    }

    /// <summary>The text of an <c>out-of-range</c> line: the item as the report names it, the value and the range.</summary>
    internal static string OutOfRangeReason(string item, double v, PhysicalRange range)
    {
        var bound = v < range.Min ? $"低于下限 {Num(range.Min)}" : $"超过上限 {Num(range.Max)}";
        var unit = range.Unit is "" or "1" ? "" : " " + range.Unit;
        return $"超出物理范围：{item} = {Num(v)}{unit}，{bound}（物理范围 {Num(range.Min)}–{Num(range.Max)}{unit}，见 physical_ranges.csv），不载入";
    }

    /// <summary>Decides the CO unit of one station-file (or pool of small files) and converts or refuses; returns values removed.</summary>
    private static long CheckCoUnit(StationHourlyTable t, ValueOrigins o, ValueRules rules, int s, int f, string file,
        string station, List<int> hours, Span<double> co, List<QualityIssue> issues, List<(int, long)> converted)
    {
        int count = 0;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var h in hours)
        {
            var v = co[h];
            if (double.IsNaN(v)) continue;
            count++;
            if (v < min) min = v;
            if (v > max) max = v;
        }
        if (count == 0) return 0;
        var declared = f < 0 ? CoUnit.Mg : o.DeclaredCoUnit(f);
        // The median lies between the smallest and the largest value: when they are on the usual side of the threshold,
        // the verdict needs no sort. Nearly every station-file is so (a national year is 600,000 of them), and the
        // report's texts are made only for the others.
        if (declared == CoUnit.Mg && max <= rules.CoMedianAboveIsMicrograms) return 0;
        var median = double.NaN;
        CoVerdict verdict;
        if (declared == CoUnit.Ug && min >= rules.CoMedianBelowIsMilligrams) verdict = CoVerdict.ConvertDeclared;
        else
        {
            var values = new List<double>(count);
            foreach (var h in hours) if (!double.IsNaN(co[h])) values.Add(co[h]);
            median = CoUnitRule.Median(values);
            verdict = CoUnitRule.Judge(median, declared, rules);
            if (verdict == CoVerdict.AsDeclared) return 0;
        }
        var source = f < 0 ? "按 CNEMC 惯例" : o.CoUnitSource(f);
        var column = f < 0 ? "CO" : o.ColumnOf(s, f, Pollutant.CO);
        var span = $"{Iso(t.HourAt(hours[0]))}/{Iso(t.HourAt(hours[^1]))}";
        var n = count.ToString("N0", CultureInfo.InvariantCulture);
        switch (verdict)
        {
            case CoVerdict.ConvertDeclared or CoVerdict.RepairMicrograms:
                foreach (var h in hours)
                    if (!double.IsNaN(co[h])) co[h] = CoUnitRule.ToMilligrams(co[h]);
                if (verdict == CoVerdict.RepairMicrograms)
                    issues.Add(new QualityIssue(file, null, column, station, span, RepairedCode,
                        $"单位修正：CO 中位数 {Num(median)} 超过 {Num(rules.CoMedianAboveIsMicrograms)} mg/m³，按设置 {ValueRules.OptionText(CoUnit.Ug)} 视为 µg/m³，" +
                        $"已除以 1000 换算为 mg/m³（本站点本文件 {n} 个值）", QualityAction.Corrected));
                else converted.Add((f, count));
                return 0;
            case CoVerdict.RepairMilligrams:
                issues.Add(new QualityIssue(file, null, column, station, span, RepairedCode,
                    $"单位修正：CO 中位数 {Num(median)} 低于 {Num(rules.CoMedianBelowIsMilligrams)} µg/m³，按设置 {ValueRules.OptionText(CoUnit.Mg)} 视为已是 mg/m³，" +
                    $"不再除以 1000（{source}为 µg/m³；本站点本文件 {n} 个值）", QualityAction.Corrected));
                return 0;
            default:
                foreach (var h in hours) co[h] = double.NaN;
                issues.Add(new QualityIssue(file, null, column, station, span, SuspectCode,
                    CoUnitRule.SuspectReason(verdict, median, source, $"本站点本文件的 CO（{n} 个值）", rules), QualityAction.Rejected));
                return count;
        }
    }

    private static string Num(double v) => CoUnitRule.Num(v);

    private static string Iso(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
