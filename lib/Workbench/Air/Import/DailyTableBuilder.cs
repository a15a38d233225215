using System.Globalization;
using Workbench.Air.Checks;
using Workbench.Air.Tables;
using Workbench.Quality;

namespace Workbench.Air.Import;

/// <summary>
/// Collects rows of site-day values (city daily files: aqistudy, CREA, tidy daily tables) and builds a
/// <see cref="DailyTable"/>, then applies the daily value checks (<see cref="DailyValueChecks"/>: CO unit per site and
/// file, physical ranges). A repeated site-day is reported and the first kept. Valid counts stay 0: published city values
/// do not say how many hours are behind them.
/// </summary>
internal sealed class DailyTableBuilder(DataQualityReport quality)
{
    private static readonly int IndicatorCount = Enum.GetValues<DailyIndicator>().Length;
    private readonly List<string> _sites = [];
    private readonly Dictionary<string, int> _siteIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Site, int Day), int> _rowIndex = [];
    private readonly List<Row> _rows = [];
    private readonly Dictionary<string, FileColumns> _files = new(StringComparer.Ordinal);
    private int _minDay = int.MaxValue;
    private int _maxDay = int.MinValue;

    /// <summary>One site-day as read: values as written (CO in its declared unit), AQI -1 = none, the line of each value.</summary>
    private sealed record Row(int Site, int Day, double[] Values, int Aqi, string File, long Line, long[]? Lines, CoUnit? CoUnit);

    /// <summary>A file's value columns (header names) and declared CO unit.</summary>
    private sealed record FileColumns(string[] Columns, string AqiColumn, CoUnit CoUnit, string CoUnitSource);

    /// <summary>The quality report being filled.</summary>
    public DataQualityReport Quality { get; } = quality;

    /// <summary>A value buffer (one slot per <see cref="DailyIndicator"/>) with every slot missing.</summary>
    public static double[] NewRow()
    {
        var r = new double[IndicatorCount];
        Array.Fill(r, double.NaN);
        return r;
    }

    /// <summary>Declares a file's value columns (header names), its AQI column and the unit its CO is in, for the value
    /// checks and their report lines. Files not declared: CO in mg/m³ (CNEMC), columns named by indicator.</summary>
    public void DescribeFile(string file, IEnumerable<(DailyIndicator Indicator, string Column)> columns, string aqiColumn = "AQI",
        CoUnit coUnit = CoUnit.Mg, string coUnitSource = "按 CNEMC 惯例")
    {
        var names = DefaultColumns();
        foreach (var (i, c) in columns) names[(int)i] = c;
        _files[file] = new FileColumns(names, aqiColumn, coUnit, coUnitSource);
    }

    private static string[] DefaultColumns() => Enum.GetValues<DailyIndicator>().Select(i => i.ToString()).ToArray();

    /// <summary>Index of a site, adding it when new (first-seen order).</summary>
    public int Site(string site)
    {
        if (_siteIndex.TryGetValue(site, out var s)) return s;
        s = _sites.Count;
        _siteIndex[site] = s;
        _sites.Add(site);
        return s;
    }

    /// <summary>
    /// Adds a site-day (AQI -1 = none; CO as written, in the file's declared unit). False when the site-day was already
    /// there. <paramref name="lines"/>: the line of each value when they differ (CREA: one line per pollutant);
    /// <paramref name="coUnit"/>: the row's own CO unit when the file declares it per row (CREA's unit column).
    /// </summary>
    public bool Add(string site, DateOnly day, double[] values, int aqi, string file, long line, long[]? lines = null, CoUnit? coUnit = null)
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
        _rows.Add(new Row(s, day.DayNumber, values, aqi, file, line, lines, coUnit));
        _minDay = Math.Min(_minDay, day.DayNumber);
        _maxDay = Math.Max(_maxDay, day.DayNumber);
        return true;
    }

    /// <summary>Builds the table from the first to the last day seen, then applies the daily value checks
    /// (<see cref="DailyValueChecks"/>: CO unit per site-file, physical ranges of values and published AQI).</summary>
    public DailyTable Build(DataStatus status, ValueRules? rules)
    {
        if (_rows.Count == 0) return new DailyTable(_sites, DateOnly.MinValue, 0, status, Quality);
        var table = new DailyTable(_sites, DateOnly.FromDayNumber(_minDay), _maxDay - _minDay + 1, status, Quality);
        long accepted = 0;
        foreach (var r in _rows)
        {
            var d = r.Day - _minDay;
            if (r.Aqi >= 0) { table.PublishedAqi(r.Site)[d] = (short)r.Aqi; accepted++; }
            for (var i = 0; i < IndicatorCount; i++)
            {
                if (double.IsNaN(r.Values[i])) continue;
                table.Series((DailyIndicator)i, r.Site)[d] = r.Values[i];
                accepted++;
            }
        }
        accepted -= DailyValueChecks.Apply(table, new RowOrigins(this, table), rules);
        Quality.CountAccepted(accepted);
        return table;
    }

    /// <summary>Origins of the table's values: the row each site-day came from, its file and declared CO unit.</summary>
    private sealed class RowOrigins : DailyOrigins
    {
        private readonly DailyTableBuilder _b;
        private readonly int[] _rowOfSlot;
        private readonly int[] _sourceOfRow;
        private readonly int _dayCount;
        private readonly List<DailySource> _sources = [];

        public RowOrigins(DailyTableBuilder b, DailyTable table)
        {
            _b = b;
            _dayCount = table.DayCount;
            _rowOfSlot = new int[checked(table.Sites.Count * table.DayCount)];
            Array.Fill(_rowOfSlot, -1);
            _sourceOfRow = new int[b._rows.Count];
            var index = new Dictionary<(string, CoUnit), int>();
            for (var i = 0; i < b._rows.Count; i++)
            {
                var r = b._rows[i];
                _rowOfSlot[r.Site * _dayCount + (r.Day - b._minDay)] = i;
                var file = b._files.GetValueOrDefault(r.File) ?? new FileColumns(DefaultColumns(), "AQI", CoUnit.Mg, "按 CNEMC 惯例");
                var unit = r.CoUnit ?? file.CoUnit;
                if (!index.TryGetValue((r.File, unit), out var src))
                {
                    index[(r.File, unit)] = src = _sources.Count;
                    _sources.Add(new DailySource(r.File, file.Columns, file.AqiColumn, unit, file.CoUnitSource));
                }
                _sourceOfRow[i] = src;
            }
        }

        public override IReadOnlyList<DailySource> Sources => _sources;

        public override int SourceOf(int site, int day) => _rowOfSlot[site * _dayCount + day] is var r and >= 0 ? _sourceOfRow[r] : -1;

        public override long LineOf(int site, int day, DailyIndicator? indicator)
        {
            var r = _b._rows[_rowOfSlot[site * _dayCount + day]];
            return indicator is { } i && r.Lines is { } lines && lines[(int)i] > 0 ? lines[(int)i] : r.Line;
        }
    }

    private static string Show(double[] v, int aqi) =>
        $"AQI {(aqi < 0 ? "空" : aqi)}，" + string.Join("，", Enum.GetValues<DailyIndicator>()
            .Select(i => $"{i} {(double.IsNaN(v[(int)i]) ? "空" : v[(int)i].ToString(CultureInfo.InvariantCulture))}"));
}
