using System.Globalization;
using Workbench.Air.Checks;
using Workbench.Air.Tables;
using Workbench.Quality;
using Workbench.Standards;

namespace Workbench.Air.Import;

/// <summary>
/// Collects long-format rows (one station-hour per row) and builds the dense hourly grid. A repeated
/// station-hour is reported (with both values when they differ) and the first row kept.
/// </summary>
internal sealed class HourlyTableBuilder(DataQualityReport quality)
{
    /// <summary>Value slots of a row: 0 = published AQI, 1 + (int)Pollutant = concentrations.</summary>
    public const int Width = 7;

    private readonly List<string> _stations = [];
    private readonly Dictionary<string, int> _stationIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Station, long Hour), int> _rowIndex = [];
    private readonly List<(int Station, long Hour, double[] Values, string File, long Line)> _rows = [];
    private readonly Dictionary<string, SourceFile> _files = new(StringComparer.Ordinal);
    private long _minHour = long.MaxValue;
    private long _maxHour = long.MinValue;

    /// <summary>The quality report being filled.</summary>
    public DataQualityReport Quality { get; } = quality;

    /// <summary>Number of rows kept.</summary>
    public int RowCount => _rows.Count;

    /// <summary>Declares a file's value columns (header names) and CO unit, for the value checks' report lines.
    /// Files not declared: CO in mg/m³ (CNEMC), columns named by pollutant code.</summary>
    public void DescribeFile(string file, IEnumerable<(Pollutant P, string Column)> columns, CoUnit coUnit = CoUnit.Mg,
        string coUnitSource = "按 CNEMC 惯例")
    {
        var names = PollutantInfo.All.Select(p => p.Code()).ToArray();
        foreach (var (p, c) in columns) names[(int)p] = c;
        _files[file] = new SourceFile(file, names, coUnit, coUnitSource);
    }

    private sealed record SourceFile(string Name, string[] Columns, CoUnit CoUnit, string CoUnitSource);

    /// <summary>A row buffer with every slot missing.</summary>
    public static double[] NewRow()
    {
        var r = new double[Width];
        Array.Fill(r, double.NaN);
        return r;
    }

    /// <summary>Slot of a pollutant in a row.</summary>
    public static int Slot(Pollutant p) => 1 + (int)p;

    /// <summary>Adds a row (AQI in slot 0, NaN = missing). Returns false when the station-hour was already there.</summary>
    public bool Add(string station, DateTime label, double[] values, string file, long line)
    {
        if (!_stationIndex.TryGetValue(station, out var s))
        {
            s = _stations.Count;
            _stationIndex[station] = s;
            _stations.Add(station);
        }
        var hour = label.Ticks / TimeSpan.TicksPerHour;
        if (_rowIndex.TryGetValue((s, hour), out var first))
        {
            var kept = _rows[first];
            var same = true;
            for (var i = 0; i < Width; i++)
                if (!(double.IsNaN(kept.Values[i]) && double.IsNaN(values[i])) && kept.Values[i] != values[i]) same = false;
            Quality.Add(new QualityIssue(file, line, null, station, Iso(label), "duplicate-hour",
                same
                    ? $"重复小时：{station} {Iso(label)} 已在第 {kept.Line} 行出现，数值相同，本行舍弃"
                    : $"重复小时：{station} {Iso(label)} 已在第 {kept.Line} 行出现且数值不同（保留第一行：{Show(kept.Values)}；本行：{Show(values)}），本行舍弃",
                QualityAction.Rejected));
            return false;
        }
        _rowIndex[(s, hour)] = _rows.Count;
        _rows.Add((s, hour, values, file, line));
        _minHour = Math.Min(_minHour, hour);
        _maxHour = Math.Max(_maxHour, hour);
        return true;
    }

    /// <summary>Builds the grid from the first to the last hour seen (empty when no rows), then applies the value
    /// checks (<see cref="UnitPlausibility"/>: CO unit per station-file, physical ranges).</summary>
    public StationHourlyTable Build(DataStatus status, ValueRules? rules)
    {
        if (_rows.Count == 0)
            return new StationHourlyTable(_stations, DateTime.MinValue, 0, status, Quality);
        var first = new DateTime(_minHour * TimeSpan.TicksPerHour);
        var table = new StationHourlyTable(_stations, first, checked((int)(_maxHour - _minHour + 1)), status, Quality);
        long accepted = 0;
        foreach (var (s, hour, v, _, _) in _rows)
        {
            var slot = (int)(hour - _minHour);
            if (!double.IsNaN(v[0])) { table.PublishedAqi(s)[slot] = (short)v[0]; accepted++; }
            foreach (var p in PollutantInfo.All)
            {
                var x = v[Slot(p)];
                if (double.IsNaN(x)) continue;
                table.Series(p, s)[slot] = x;
                accepted++;
            }
        }
        accepted -= UnitPlausibility.Apply(table, new RowOrigins(this, table), rules);
        Quality.CountAccepted(accepted);
        ReportMissingHours(table);
        return table;
    }

    /// <summary>Hours inside the range for which no station has a row (unpublished or not scraped): one line.</summary>
    private void ReportMissingHours(StationHourlyTable table)
    {
        var present = new bool[table.HourCount];
        foreach (var (_, hour, _, _, _) in _rows) present[hour - _minHour] = true;
        var ranges = new List<string>();
        var missing = 0;
        for (var h = 0; h < present.Length; h++)
        {
            if (present[h]) continue;
            var start = h;
            while (h + 1 < present.Length && !present[h + 1]) h++;
            missing += h - start + 1;
            var a = table.HourAt(start);
            var b = table.HourAt(h);
            ranges.Add(start == h ? Iso(a) : a.Date == b.Date ? $"{Iso(a)}–{b:HH:mm}" : $"{Iso(a)}–{Iso(b)}");
        }
        if (missing > 0)
            Quality.Add(new QualityIssue("", null, null, null, null, "missing-hours",
                $"缺少小时：{missing} 个小时没有任何站点的数据（{string.Join("、", ranges.Take(50))}{(ranges.Count > 50 ? " 等" : "")}），按缺失处理",
                QualityAction.Missing));
    }

    /// <summary>Origins of the grid's values: the row each station-hour came from.</summary>
    private sealed class RowOrigins : ValueOrigins
    {
        private readonly HourlyTableBuilder _b;
        private readonly int[] _rowOfSlot;
        private readonly int _hourCount;
        private readonly SourceFile[] _files;
        private readonly int[] _fileOfRow;

        public RowOrigins(HourlyTableBuilder b, StationHourlyTable table)
        {
            _b = b;
            _hourCount = table.HourCount;
            _rowOfSlot = new int[checked(table.StationCodes.Count * table.HourCount)];
            Array.Fill(_rowOfSlot, -1);
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var files = new List<SourceFile>();
            _fileOfRow = new int[b._rows.Count];
            for (var i = 0; i < b._rows.Count; i++)
            {
                var (s, hour, _, file, _) = b._rows[i];
                _rowOfSlot[s * _hourCount + (int)(hour - b._minHour)] = i;
                if (!index.TryGetValue(file, out var f))
                {
                    index[file] = f = files.Count;
                    files.Add(b._files.GetValueOrDefault(file)
                              ?? new SourceFile(file, PollutantInfo.All.Select(p => p.Code()).ToArray(), CoUnit.Mg, "按 CNEMC 惯例"));
                }
                _fileOfRow[i] = f;
            }
            _files = files.ToArray();
        }

        public override int FileCount => _files.Length;
        public override string File(int f) => _files[f].Name;
        public override CoUnit DeclaredCoUnit(int f) => _files[f].CoUnit;
        public override string CoUnitSource(int f) => _files[f].CoUnitSource;
        public override int FileOf(int station, int hour) => _rowOfSlot[station * _hourCount + hour] is var r and >= 0 ? _fileOfRow[r] : -1;
        public override long? LineOf(int station, int hour, Pollutant p) =>
            _rowOfSlot[station * _hourCount + hour] is var r and >= 0 ? _b._rows[r].Line : null;
        public override string ColumnOf(int station, int file, Pollutant p) => _files[file].Columns[(int)p];
    }

    internal static string Iso(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string Show(double[] v) =>
        "AQI " + F(v[0]) + "，" + string.Join("，", PollutantInfo.All.Select(p => $"{p.Code()} {F(v[Slot(p)])}"));

    private static string F(double x) => double.IsNaN(x) ? "空" : x.ToString(CultureInfo.InvariantCulture);
}
