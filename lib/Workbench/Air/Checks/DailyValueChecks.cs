using System.Globalization;
using Workbench.Air.Tables;
using Workbench.Quality;
using Workbench.Standards.Air;

namespace Workbench.Air.Checks;

/// <summary>One source of daily values: a file, with the unit its CO is declared in (a file whose rows declare two units,
/// as CREA's unit column could, is two sources).</summary>
/// <param name="File">Display name of the file.</param>
/// <param name="Columns">Column of each <see cref="DailyIndicator"/> in the file (header name), by (int)indicator.</param>
/// <param name="AqiColumn">Column of the published AQI.</param>
/// <param name="CoUnit">The CO unit the format, header or unit column declares.</param>
/// <param name="CoUnitSource">Where the declared unit comes from, in Chinese (e.g. “按 CNEMC 惯例”, “表头“CO(µg/m³)””).</param>
internal sealed record DailySource(string File, string[] Columns, string AqiColumn, CoUnit CoUnit, string CoUnitSource);

/// <summary>Where each value of a daily table came from: source, line.</summary>
internal abstract class DailyOrigins
{
    /// <summary>The sources, indexed as <see cref="SourceOf"/> returns them.</summary>
    public abstract IReadOnlyList<DailySource> Sources { get; }

    /// <summary>Source of a site-day (-1 = no row).</summary>
    public abstract int SourceOf(int site, int day);

    /// <summary>Line of a value (<paramref name="indicator"/> null = the published AQI).</summary>
    public abstract long LineOf(int site, int day, DailyIndicator? indicator);
}

/// <summary>
/// Value checks of a city (or site) daily table, the daily counterpart of <see cref="UnitPlausibility"/>, applied by the
/// one builder every daily reader goes through (aqistudy, CREA, tidy daily CSV/XLSX): (1) CO unit plausibility per site
/// and source file (<see cref="CoUnitRule"/>: a declared µg/m³ is converted; a median contradicting the declared unit
/// refuses the site-file's CO unless the <see cref="ValueRules.CoUnit"/> setting names the repair, and then every repaired
/// value is reported); (2) physical ranges of daily values and of the published AQI (physical_ranges.csv, averaging
/// 24h / 8h max / 1h max / day): a value outside is not loaded. Everything is reported with file, line, column, site, date.
/// </summary>
internal static class DailyValueChecks
{
    /// <summary>The physical range of a daily indicator.</summary>
    public static PhysicalRange RangeOf(PhysicalRanges ranges, DailyIndicator i) => i switch
    {
        DailyIndicator.O3_8hMax => ranges.Get("O3", PhysicalRanges.DailyMax8h),
        DailyIndicator.O3_1hMax => ranges.Get("O3", PhysicalRanges.DailyMax1h),
        DailyIndicator.PM2_5 => ranges.Get("PM2.5", PhysicalRanges.DailyMean),
        _ => ranges.Get(i.ToString(), PhysicalRanges.DailyMean),
    };

    /// <summary>The range of a published daily AQI.</summary>
    public static PhysicalRange AqiRange(PhysicalRanges ranges) => ranges.Get(PhysicalRanges.Aqi, PhysicalRanges.Day);

    /// <summary>How a report line names a daily indicator.</summary>
    public static string Label(DailyIndicator i) => i switch
    {
        DailyIndicator.O3_8hMax => "O3 日最大 8 小时平均",
        DailyIndicator.O3_1hMax => "O3 日最大 1 小时平均",
        DailyIndicator.PM2_5 => "PM2.5 日均值",
        _ => i + " 日均值",
    };

    /// <summary>An <c>out-of-range</c> line when <paramref name="value"/> lies outside <paramref name="range"/>; null inside
    /// (or NaN). For values read outside a daily table too (aqistudy monthly means, CREA's O3 daily mean).</summary>
    public static QualityIssue? RangeIssue(double value, PhysicalRange range, string item, string file, long? line, string column,
        string site, string time) =>
        double.IsNaN(value) || range.Contains(value) ? null
            : new QualityIssue(file, line, column, site, time, UnitPlausibility.OutOfRangeCode,
                UnitPlausibility.OutOfRangeReason(item, value, range), QualityAction.Rejected);

    /// <summary>Applies the checks in place; returns the number of values removed (published AQI included).</summary>
    public static long Apply(DailyTable table, DailyOrigins origins, ValueRules? rules)
    {
        rules ??= ValueRules.Default;
        var q = table.Quality;
        var converted = new Dictionary<string, (long Count, string Column, string Site, string Source)>(StringComparer.Ordinal);
        long removed = 0;
        for (var s = 0; s < table.Sites.Count; s++)
        {
            Interruption.ThrowIfRequested();
            var issues = new List<QualityIssue>();
            removed += CheckSite(table, origins, rules, s, issues, converted);
            foreach (var i in issues)
                if (q.IsListFull(i.Code)) q.Count(i.Code);
                else q.Add(i);
        }
        // A declared µg/m³ (a header or unit column saying so) converted: one line per file.
        foreach (var (file, c) in converted)
            q.Add(new QualityIssue(file, null, c.Column, c.Site, null, UnitPlausibility.ConvertedCode,
                CoUnitRule.ConvertedReason(c.Source, c.Count), QualityAction.Corrected));
        return removed;
    }

    private static long CheckSite(DailyTable t, DailyOrigins o, ValueRules rules, int s, List<QualityIssue> issues,
        Dictionary<string, (long Count, string Column, string Site, string Source)> converted)
    {
        var site = t.Sites[s];
        // Days of the site by source, in order of first day.
        var days = new Dictionary<int, List<int>>();
        var order = new List<int>();
        for (var d = 0; d < t.DayCount; d++)
        {
            var src = o.SourceOf(s, d);
            if (src < 0) continue;
            if (!days.TryGetValue(src, out var list)) { days[src] = list = []; order.Add(src); }
            list.Add(d);
        }
        var co = t.Series(DailyIndicator.CO, s).ToArray();
        long removed = 0;
        int CoValues(int src) => days[src].Count(d => !double.IsNaN(co[d]));
        foreach (var group in CoUnitRule.Groups(order, CoValues, src => o.Sources[src].CoUnit, rules))
            removed += CheckCoUnit(t, o, rules, s, group, days, issues, converted);
        foreach (var src in order)
        {
            var source = o.Sources[src];
            foreach (var i in Enum.GetValues<DailyIndicator>())
            {
                var range = RangeOf(rules.Ranges, i);
                var series = t.Series(i, s);
                foreach (var d in days[src])
                {
                    if (RangeIssue(series[d], range, Label(i), source.File, o.LineOf(s, d, i), source.Columns[(int)i], site, Date(t, d)) is not { } issue)
                        continue;
                    series[d] = double.NaN;
                    removed++;
                    issues.Add(issue);
                }
            }
            var aqiRange = AqiRange(rules.Ranges);
            var aqi = t.PublishedAqi(s);
            foreach (var d in days[src])
            {
                if (aqi[d] < 0 || RangeIssue(aqi[d], aqiRange, "AQI", source.File, o.LineOf(s, d, null), source.AqiColumn, site, Date(t, d)) is not { } issue)
                    continue;
                aqi[d] = -1;
                removed++;
                issues.Add(issue);
            }
        }
        return removed;
    }

    /// <summary>Decides the CO unit of one site-file (or pool of small files) and converts or refuses; returns values removed.</summary>
    private static long CheckCoUnit(DailyTable t, DailyOrigins o, ValueRules rules, int s, List<int> group,
        Dictionary<int, List<int>> days, List<QualityIssue> issues,
        Dictionary<string, (long Count, string Column, string Site, string Source)> converted)
    {
        var co = t.Series(DailyIndicator.CO, s);
        var slots = new List<(int Source, int Day)>();
        var values = new List<double>();
        foreach (var src in group)
            foreach (var d in days[src])
                if (!double.IsNaN(co[d])) { slots.Add((src, d)); values.Add(co[d]); }
        if (slots.Count == 0) return 0;
        var median = CoUnitRule.Median(values);
        var first = o.Sources[group[0]];
        var verdict = CoUnitRule.Judge(median, first.CoUnit, rules);
        var site = t.Sites[s];
        var column = first.Columns[(int)DailyIndicator.CO];
        switch (verdict)
        {
            case CoVerdict.AsDeclared:
                return 0;
            case CoVerdict.ConvertDeclared:
                foreach (var (_, d) in slots) co[d] = CoUnitRule.ToMilligrams(co[d]);
                foreach (var g in slots.GroupBy(x => o.Sources[x.Source].File))
                {
                    var c = converted.GetValueOrDefault(g.Key, (0, column, site, first.CoUnitSource));
                    converted[g.Key] = c with { Count = c.Count + g.Count() };
                }
                return 0;
            case CoVerdict.RepairMicrograms or CoVerdict.RepairMilligrams:
                // Every repaired value reported, with its line (a setting repairs, the report shows each value it touched).
                foreach (var (src, d) in slots)
                {
                    var source = o.Sources[src];
                    var was = co[d];
                    string reason;
                    if (verdict == CoVerdict.RepairMicrograms)
                    {
                        co[d] = CoUnitRule.ToMilligrams(was);
                        reason = $"单位修正：CO = {CoUnitRule.Num(was)} 按设置 {ValueRules.OptionText(CoUnit.Ug)} 视为 µg/m³，换算为 {CoUnitRule.Num(co[d])} mg/m³" +
                                 $"（本文件中{site}的 CO 日均值中位数 {CoUnitRule.Num(median)} 超过 {CoUnitRule.Num(rules.CoMedianAboveIsMicrograms)} mg/m³）";
                    }
                    else
                        reason = $"单位修正：CO = {CoUnitRule.Num(was)} 按设置 {ValueRules.OptionText(CoUnit.Mg)} 视为已是 mg/m³，不再除以 1000" +
                                 $"（{source.CoUnitSource}为 µg/m³；本文件中{site}的 CO 日均值中位数 {CoUnitRule.Num(median)} 低于 {CoUnitRule.Num(rules.CoMedianBelowIsMilligrams)} µg/m³）";
                    issues.Add(new QualityIssue(source.File, o.LineOf(s, d, DailyIndicator.CO), source.Columns[(int)DailyIndicator.CO], site,
                        Date(t, d), UnitPlausibility.RepairedCode, reason, QualityAction.Corrected));
                }
                return 0;
            default:
                foreach (var (_, d) in slots) co[d] = double.NaN;
                var n = slots.Count.ToString("N0", CultureInfo.InvariantCulture);
                issues.Add(new QualityIssue(CoUnitRule.GroupName(group, src => o.Sources[src].File), null, column, site,
                    $"{Date(t, slots.Min(x => x.Day))}/{Date(t, slots.Max(x => x.Day))}", UnitPlausibility.SuspectCode,
                    CoUnitRule.SuspectReason(verdict, median, first.CoUnitSource, $"本文件中{site}的 CO 日均值（{n} 个值）", rules),
                    QualityAction.Rejected));
                return slots.Count;
        }
    }

    private static string Date(DailyTable t, int d) => t.DayAt(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
