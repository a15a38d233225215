using Workbench.Air.Compute;
using Workbench.Air.Results;
using Workbench.Standards;

namespace Workbench.Charts;

/// <summary>One year's monthly values of a pollutant (index 0 = January; null = no valid statistic).</summary>
/// <param name="Year">Year.</param>
/// <param name="Values">12 values in the pollutant's reported unit.</param>
public sealed record MonthlySeries(int Year, IReadOnlyList<decimal?> Values)
{
    /// <summary>Legend label: the year (2020年) or the period of the series (2020—2021年秋冬季).</summary>
    public string Label { get; init; } = $"{Year}年";
}

/// <summary>Data of the monthly trend figure: several years overlaid, with the limit and an optional target.</summary>
/// <param name="City">City.</param>
/// <param name="Pollutant">Pollutant.</param>
/// <param name="Years">One series per year, oldest first.</param>
/// <param name="Limit">The GB 3095 class-2 limit the headline statistic is compared with.</param>
/// <param name="Target">The target line, when given.</param>
public sealed record MonthlyTrendData(string City, Pollutant Pollutant, IReadOnlyList<MonthlySeries> Years, ReferenceLine Limit, ReferenceLine? Target)
{
    /// <summary>The x-axis: one label per value of a series (1月 … 12月; 10月 … 3月 for a 秋冬季).</summary>
    public IReadOnlyList<string> MonthLabels { get; init; } = Enumerable.Range(1, 12).Select(HouseStyle.MonthLabel).ToArray();

    /// <summary>The span the title names: 2018—2020年, 2018—2019年至2020—2021年秋冬季.</summary>
    public string Span { get; init; } = Years.Count == 1 ? $"{Years[0].Year}年" : $"{Years[0].Year}—{Years[^1].Year}年";
}

/// <summary>One bar of a per-period figure with the change against the previous bar.</summary>
/// <param name="Label">Category label ("2019年").</param>
/// <param name="Value">Value (null = no valid statistic).</param>
/// <param name="ChangeText">"同比下降11.1%", or null for the first bar.</param>
/// <param name="Change">Signed change (percent, points or days), or null.</param>
public sealed record LabelledValue(string Label, decimal? Value, string? ChangeText, decimal? Change);

/// <summary>Data of the annual values figure: one bar per year with its year-on-year change label.</summary>
/// <param name="City">City.</param>
/// <param name="Indicator">Indicator key (<see cref="AirAssessmentResult.IndicatorKeys"/>).</param>
/// <param name="Bars">Bars, oldest year first.</param>
/// <param name="Limit">Limit line (pollutants only).</param>
/// <param name="Target">Target line, when given.</param>
public sealed record AnnualValuesData(string City, string Indicator, IReadOnlyList<LabelledValue> Bars, ReferenceLine? Limit, ReferenceLine? Target);

/// <summary>One pollutant's pair of the base-year comparison.</summary>
/// <param name="Pollutant">Pollutant.</param>
/// <param name="Baseline">Base-year value.</param>
/// <param name="Current">Current value.</param>
/// <param name="Change">Percent change (GB/T 8170, 1 decimal), null when not comparable.</param>
/// <param name="Text">"与2015年相比下降76.0%".</param>
public sealed record PollutantPair(Pollutant Pollutant, decimal? Baseline, decimal? Current, decimal? Change, string Text);

/// <summary>Data of the five-year (base-year) comparison figure.</summary>
/// <param name="City">City.</param>
/// <param name="BaselineLabel">"2015年".</param>
/// <param name="CurrentLabel">"2020年".</param>
/// <param name="Pairs">Six pollutants in bulletin order: PM2.5, PM10, O3, SO2, NO2, CO.</param>
public sealed record BaseYearComparisonData(string City, string BaselineLabel, string CurrentLabel, IReadOnlyList<PollutantPair> Pairs);

/// <summary>Pure functions that turn assessment results into the numbers each air figure plots.</summary>
public static class AirFigureData
{
    /// <summary>Bulletin order of the six pollutants on figures.</summary>
    public static IReadOnlyList<Pollutant> BulletinOrder { get; } =
        [Pollutant.PM2_5, Pollutant.PM10, Pollutant.O3, Pollutant.SO2, Pollutant.NO2, Pollutant.CO];

    /// <summary>Indicator key of a pollutant's headline statistic: "PM2.5", "CO_P95", "O3_8h_P90".</summary>
    public static string IndicatorOf(Pollutant p) => p switch
    {
        Pollutant.CO => "CO_P95",
        Pollutant.O3 => "O3_8h_P90",
        Pollutant.PM2_5 => "PM2.5",
        _ => p.Code(),
    };

    /// <summary>The pollutant of an indicator key, or null for day counts and the composite index.</summary>
    public static Pollutant? PollutantOf(string indicator) =>
        PollutantInfo.All.Cast<Pollutant?>().FirstOrDefault(p => IndicatorOf(p!.Value) == indicator);

    /// <summary>
    /// The limit line of a pollutant's headline statistic under the results' standard: the class-2 annual limit for
    /// SO2, NO2, PM10, PM2.5 (GB 3095 Table 1), the 24-hour limit for CO P95 and the MDA8 limit for O3 P90 (HJ 663 §5).
    /// </summary>
    public static ReferenceLine LimitLine(PollutantStatistics statistics, string axis = "y")
    {
        var p = statistics.Pollutant;
        var annual = !double.IsNaN(statistics.AnnualLimit);
        var value = annual ? statistics.AnnualLimit : statistics.ShortTermLimit;
        var kind = annual ? "年平均" : p == Pollutant.CO ? "24小时平均" : "日最大8小时平均";
        return new ReferenceLine(value, $"二级标准限值 {Format(value)}<br>（{kind}）", HouseStyle.LimitColour, axis);
    }

    /// <summary>A target line: "2025年目标&lt;br&gt;33".</summary>
    public static ReferenceLine TargetLine(AirTarget target, string axis = "y") =>
        new((double)target.Value, $"{target.Period.Label}目标<br>{target.Value:0.###}", HouseStyle.TargetColour, axis);

    /// <summary>Monthly values of <paramref name="pollutant"/> per year from monthly assessments (any order, any years).</summary>
    /// <exception cref="ArgumentException">No monthly result, or results of several cities.</exception>
    public static MonthlyTrendData MonthlyTrend(IEnumerable<AirAssessmentResult> monthly, Pollutant pollutant, AirTarget? target = null)
    {
        var list = monthly.Where(r => r.Period.Kind == Periods.PeriodKind.Month).ToArray();
        if (list.Length == 0) throw new ArgumentException("没有月度评价结果", nameof(monthly));
        var city = SingleCity(list);
        var years = list.GroupBy(r => r.Period.Start.Year).OrderBy(g => g.Key).Select(g =>
        {
            var values = new decimal?[12];
            foreach (var r in g) values[r.Period.Start.Month - 1] = r.Statistics.Pollutants[pollutant].Headline;
            return new MonthlySeries(g.Key, values);
        }).ToArray();
        var latest = list.MaxBy(r => r.Period.Start)!;
        return new MonthlyTrendData(city, pollutant, years, LimitLine(latest.Statistics.Pollutants[pollutant]),
            target is null ? null : TargetLine(target));
    }

    /// <summary>
    /// Monthly values of a pollutant in each of <paramref name="periods"/> (the same period of several years, e.g. the
    /// 秋冬季 2018—2019 to 2020—2021): one series per period, the months in the period's order (10月 … 3月).
    /// </summary>
    public static MonthlyTrendData MonthlyTrend(IEnumerable<AirAssessmentResult> monthly, Pollutant pollutant, IReadOnlyList<Periods.Period> periods,
        AirTarget? target = null)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count == 0) throw new ArgumentException("没有时段", nameof(periods));
        var list = monthly.Where(r => r.Period.Kind == Periods.PeriodKind.Month).ToArray();
        if (list.Length == 0) throw new ArgumentException("没有月度评价结果", nameof(monthly));
        var city = SingleCity(list);
        var series = periods.Select(p =>
        {
            var values = Periods.PeriodSeries.Months(p)
                .Select(m => list.FirstOrDefault(r => r.Period == m)?.Statistics.Pollutants[pollutant].Headline).ToArray();
            return new MonthlySeries(p.Start.Year, values) { Label = p.Label };
        }).ToArray();
        var latest = list.MaxBy(r => r.Period.Start)!;
        return new MonthlyTrendData(city, pollutant, series, LimitLine(latest.Statistics.Pollutants[pollutant]), target is null ? null : TargetLine(target))
        {
            MonthLabels = Periods.PeriodSeries.Months(periods[^1]).Select(m => HouseStyle.MonthLabel(m.Start.Month)).ToArray(),
            Span = Periods.PeriodSeries.SpanLabel(periods[0], periods[^1]),
        };
    }

    /// <summary>One bar per annual result with its year-on-year change (<see cref="PeriodComparison.Change"/>, prefix "同比").</summary>
    public static AnnualValuesData AnnualValues(IEnumerable<AirAssessmentResult> annual, string indicator, AirTarget? target = null)
    {
        var list = annual.OrderBy(r => r.Period.Start).ToArray();
        if (list.Length == 0) throw new ArgumentException("没有年度评价结果", nameof(annual));
        var city = SingleCity(list);
        var bars = new List<LabelledValue>();
        for (var i = 0; i < list.Length; i++)
        {
            var value = list[i].Indicators[indicator];
            var previous = i > 0 && list[i - 1].Period.Start.Year == list[i].Period.Start.Year - 1 ? list[i - 1] : null;
            var change = previous is null ? null : PeriodComparison.Change(indicator, value, previous.Indicators[indicator], "同比");
            bars.Add(new LabelledValue(list[i].Period.Label, value, change?.Text, change?.Change));
        }
        var pollutant = PollutantOf(indicator);
        return new AnnualValuesData(city, indicator, bars,
            pollutant is null ? null : LimitLine(list[^1].Statistics.Pollutants[pollutant.Value]),
            target is null ? null : TargetLine(target));
    }

    /// <summary>The six pollutant pairs of a base-year comparison (<see cref="PeriodComparison.AgainstBaseYear"/>).</summary>
    public static BaseYearComparisonData BaseYear(ComparisonResult comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var pairs = BulletinOrder.Select(p =>
        {
            var c = comparison[IndicatorOf(p)];
            return new PollutantPair(p, c.Baseline, c.Current, c.Change, c.Text);
        }).ToArray();
        return new BaseYearComparisonData(comparison.City, comparison.Baseline.Label, comparison.Current.Label, pairs);
    }

    internal static string SingleCity(IEnumerable<AirAssessmentResult> results)
    {
        var cities = results.Select(r => r.City).Distinct(StringComparer.Ordinal).ToArray();
        return cities.Length == 1 ? cities[0] : throw new ArgumentException($"结果属于多个城市（{string.Join("、", cities)}），一张图只画一个城市");
    }

    internal static string Format(double v) => v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
