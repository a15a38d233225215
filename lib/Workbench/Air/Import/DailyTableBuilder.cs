using System.Globalization;
using Workbench.Air.Tables;
using Workbench.Quality;

namespace Workbench.Air.Import;

/// <summary>
/// Collects rows of site-day values (city daily files) and builds a <see cref="DailyTable"/>. A repeated
/// site-day is reported and the first kept. Valid counts stay 0: published city values do not say how
/// many hours are behind them.
/// </summary>
internal sealed class DailyTableBuilder(DataQualityReport quality)
{
    private static readonly int IndicatorCount = Enum.GetValues<DailyIndicator>().Length;
    private readonly List<string> _sites = [];
    private readonly Dictionary<string, int> _siteIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Site, int Day), int> _rowIndex = [];
    private readonly List<(int Site, int Day, double[] Values, int Aqi, string File, long Line)> _rows = [];
    private int _minDay = int.MaxValue;
    private int _maxDay = int.MinValue;

    /// <summary>The quality report being filled.</summary>
    public DataQualityReport Quality { get; } = quality;

    /// <summary>A value buffer (one slot per <see cref="DailyIndicator"/>) with every slot missing.</summary>
    public static double[] NewRow()
    {
        var r = new double[IndicatorCount];
        Array.Fill(r, double.NaN);
        return r;
    }

    /// <summary>Index of a site, adding it when new (first-seen order).</summary>
    public int Site(string site)
    {
        if (_siteIndex.TryGetValue(site, out var s)) return s;
        s = _sites.Count;
        _siteIndex[site] = s;
        _sites.Add(site);
        return s;
    }

    /// <summary>Adds a site-day (AQI -1 = none). False when the site-day was already there.</summary>
    public bool Add(string site, DateOnly day, double[] values, int aqi, string file, long line)
    {
        var s = Site(site);
        if (_rowIndex.TryGetValue((s, day.DayNumber), out var first))
        {
            var kept = _rows[first];
            var same = kept.Aqi == aqi;
            for (var i = 0; i < IndicatorCount; i++)
                if (!(double.IsNaN(kept.Values[i]) && double.IsNaN(values[i])) && kept.Values[i] != values[i]) same = false;
            Quality.Add(new QualityIssue(file, line, null, site, $"{day:yyyy-MM-dd}", "duplicate-day",
                same ? $"重复日期：{site} {day:yyyy-MM-dd} 已在第 {kept.Line} 行出现，数值相同，本行舍弃"
                     : $"重复日期：{site} {day:yyyy-MM-dd} 已在第 {kept.Line} 行出现且数值不同（保留第一行：{Show(kept.Values, kept.Aqi)}；本行：{Show(values, aqi)}），本行舍弃",
                QualityAction.Rejected));
            return false;
        }
        _rowIndex[(s, day.DayNumber)] = _rows.Count;
        _rows.Add((s, day.DayNumber, values, aqi, file, line));
        _minDay = Math.Min(_minDay, day.DayNumber);
        _maxDay = Math.Max(_maxDay, day.DayNumber);
        return true;
    }

    /// <summary>Builds the table from the first to the last day seen.</summary>
    public DailyTable Build(DataStatus status)
    {
        if (_rows.Count == 0) return new DailyTable(_sites, DateOnly.MinValue, 0, status, Quality);
        var table = new DailyTable(_sites, DateOnly.FromDayNumber(_minDay), _maxDay - _minDay + 1, status, Quality);
        long accepted = 0;
        foreach (var (s, day, v, aqi, _, _) in _rows)
        {
            var d = day - _minDay;
            if (aqi >= 0) { table.PublishedAqi(s)[d] = (short)aqi; accepted++; }
            for (var i = 0; i < IndicatorCount; i++)
            {
                if (double.IsNaN(v[i])) continue;
                table.Series((DailyIndicator)i, s)[d] = v[i];
                accepted++;
            }
        }
        Quality.CountAccepted(accepted);
        return table;
    }

    private static string Show(double[] v, int aqi) =>
        $"AQI {(aqi < 0 ? "空" : aqi)}，" + string.Join("，", Enum.GetValues<DailyIndicator>()
            .Select(i => $"{i} {(double.IsNaN(v[(int)i]) ? "空" : v[(int)i].ToString(CultureInfo.InvariantCulture))}"));
}
