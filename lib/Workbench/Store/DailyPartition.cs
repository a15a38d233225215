using System.Runtime.InteropServices;
using ParquetSharp;
using Workbench.Air.Compute;
using Workbench.Air.Tables;
using Workbench.Standards.Air;

namespace Workbench.Store;

/// <summary>
/// One month of daily values ↔ its Parquet file: <c>station_daily/year=YYYY/month=MM/data.parquet</c> (one row per
/// station-day) and <c>city_daily/…</c> (one row per city-day, with the stations behind it). Columns: <c>station</c>
/// or <c>city</c>, <c>date</c> (DATE), <c>status</c> (realtime, audited or mixed: of the values behind the day),
/// for each daily indicator a DOUBLE (NULL = no valid value) and its count of valid hours (8-h windows for MDA8)
/// as <c>…_n</c> SMALLINT, and for city days <c>stations</c> (LIST of VARCHAR). The rules the values were derived
/// under are in the file's key-value metadata (<c>workbench.rules</c>) and in the year's manifest.
/// </summary>
internal static class DailyPartition
{
    /// <summary>Indicator columns in <see cref="DailyIndicator"/> order.</summary>
    public static readonly string[] IndicatorColumns = ["so2", "no2", "co", "pm10", "pm2_5", "o3_1h_max", "o3_8h_max"];

    private static readonly DailyIndicator[] Indicators = Enum.GetValues<DailyIndicator>();

    /// <summary>The metadata key holding the rules.</summary>
    public const string RulesMetadataKey = "workbench.rules";

    /// <summary>The metadata key holding the rules of the kept daily AQI (<see cref="KeptDailyAqi.Rules"/>).</summary>
    public const string AqiMetadataKey = "workbench.aqi";

    private static Column[] Schema(string siteColumn, bool withStations, bool withAqi) =>
    [
        new Column<string>(siteColumn),
        new Column<DateOnly>("date"),
        new Column<string>("status"),
        .. IndicatorColumns.SelectMany(c => new Column[] { new Column<double?>(c), new Column<short>(c + "_n") }),
        .. withStations ? new Column[] { new Column<string[]>("stations") } : [],
        .. withAqi ? new Column[] { new Column<short?>("aqi"), new Column<short>("aqi_primary") } : [],
    ];

    /// <summary>A day holds something when any indicator has a value or a count.</summary>
    private static bool HasAny(DailyTable daily, int site, int day)
    {
        foreach (var k in Indicators)
            if (daily.ValidCounts(k, site)[day] != 0 || !double.IsNaN(daily.Series(k, site)[day])) return true;
        return false;
    }

    /// <summary>Writes the month's daily table (station or city sites); <paramref name="stationsOf"/> gives a city
    /// day's stations (null for station days). <paramref name="withAqi"/>: each day's AQI is kept too
    /// (<see cref="KeptDailyAqi"/>: <c>aqi</c>, NULL = none, and <c>aqi_primary</c>, the primary pollutants' bits).</summary>
    public static void Write(string path, string siteColumn, DailyTable daily, Func<int, int, DataStatus> statusOf,
        string rules, Func<int, int, IReadOnlyList<string>>? stationsOf = null, bool withAqi = false)
    {
        var rows = new List<(int S, int D)>(daily.Sites.Count * daily.DayCount);
        for (var s = 0; s < daily.Sites.Count; s++)
            for (var d = 0; d < daily.DayCount; d++)
                if (HasAny(daily, s, d) || stationsOf is not null && stationsOf(s, d).Count > 0) rows.Add((s, d));
        var n = rows.Count;
        // Physical values (see HourlyPartition.Write): definition levels mark the rows of an optional column that hold
        // a value, and only those values are passed; text is passed as pointers to one native copy per distinct string.
        using var text = new NativeText();
        var present = new short[n];
        Array.Fill(present, (short)1);
        var sites = new ByteArray[n];
        var dates = new int[n];
        var statuses = new ByteArray[n];
        for (var i = 0; i < n; i++)
        {
            var (s, d) = rows[i];
            sites[i] = text[daily.Sites[s]];
            dates[i] = daily.DayAt(d).DayNumber - Epoch.DayNumber;
            statuses[i] = text[statusOf(s, d).Code()];
        }
        using var properties = new WriterPropertiesBuilder().Compression(Compression.Zstd).Build();
        var metadata = new Dictionary<string, string> { [RulesMetadataKey] = rules };
        if (withAqi) metadata[AqiMetadataKey] = KeptDailyAqi.Rules;
        using var file = new ParquetFileWriter(path, Schema(siteColumn, stationsOf is not null, withAqi), properties, metadata);
        using (var group = file.AppendRowGroup())
        {
            using (var w = (ColumnWriter<ByteArray>)group.NextColumn()) w.WriteBatch(n, present, default, sites);
            using (var w = (ColumnWriter<int>)group.NextColumn()) w.WriteBatch(dates);
            using (var w = (ColumnWriter<ByteArray>)group.NextColumn()) w.WriteBatch(n, present, default, statuses);
            var levels = new short[n];
            var values = new double[n];
            var counts = new int[n];
            foreach (var k in Indicators)
            {
                var held = 0;
                for (var i = 0; i < n; i++)
                {
                    var v = daily.Series(k, rows[i].S)[rows[i].D];
                    levels[i] = double.IsNaN(v) ? (short)0 : (short)1;
                    if (!double.IsNaN(v)) values[held++] = v;
                    counts[i] = daily.ValidCounts(k, rows[i].S)[rows[i].D];
                }
                using (var w = (ColumnWriter<double>)group.NextColumn()) w.WriteBatch(n, levels, default, values.AsSpan(0, held));
                using (var w = (ColumnWriter<int>)group.NextColumn()) w.WriteBatch(counts);
            }
            if (stationsOf is not null)
            {
                // LIST<VARCHAR> as Parquet nests it (optional list, repeated entry, optional element): an empty list is
                // definition level 1, each code level 3; the repetition level is 0 where a row's list begins, 1 within it.
                var definition = new List<short>(n * 4);
                var repetition = new List<short>(n * 4);
                var codes = new List<ByteArray>(n * 4);
                foreach (var (s, d) in rows)
                {
                    var list = stationsOf(s, d);
                    if (list.Count == 0) { definition.Add(1); repetition.Add(0); continue; }
                    for (var j = 0; j < list.Count; j++)
                    {
                        definition.Add(3);
                        repetition.Add(j == 0 ? (short)0 : (short)1);
                        codes.Add(text[list[j]]);
                    }
                }
                using var w = (ColumnWriter<ByteArray>)group.NextColumn();
                w.WriteBatch(definition.Count, CollectionsMarshal.AsSpan(definition), CollectionsMarshal.AsSpan(repetition),
                    CollectionsMarshal.AsSpan(codes));
            }
            if (withAqi)
            {
                var aqi = new int[n];
                var primary = new int[n];
                var held = 0;
                for (var i = 0; i < n; i++)
                {
                    var a = KeptDailyAqi.Of(daily, rows[i].S, rows[i].D);
                    levels[i] = a.HasValue ? (short)1 : (short)0;
                    if (a.HasValue) aqi[held++] = a.Aqi;
                    primary[i] = (int)a.Primary;
                }
                using (var w = (ColumnWriter<int>)group.NextColumn()) w.WriteBatch(n, levels, default, aqi.AsSpan(0, held));
                using (var w = (ColumnWriter<int>)group.NextColumn()) w.WriteBatch(primary);
            }
        }
        file.Close();
    }

    /// <summary>A month's rows read back, column by column.</summary>
    public sealed record Columns(string[] Sites, DateOnly[] Dates, DataStatus[] Statuses, double[][] Values, byte[][] Counts,
        string[][]? Stations)
    {
        /// <summary>Rows.</summary>
        public int Count => Sites.Length;
    }

    /// <summary>Reads a month's rows through the Arrow API (whole columns, no conversion per value of the numbers).</summary>
    public static Columns Read(string path, bool withStations)
    {
        using var file = new ParquetSharp.Arrow.FileReader(path);
        using var stream = file.GetRecordBatchReader();
        var parts = new List<Columns>();
        while (stream.ReadNextRecordBatchAsync().AsTask().GetAwaiter().GetResult() is { } batch)
            using (batch)
            {
                var n = batch.Length;
                var sites = Runs((Apache.Arrow.StringArray)batch.Column(0));
                var dates = (Apache.Arrow.Date32Array)batch.Column(1);
                var statusText = Runs((Apache.Arrow.StringArray)batch.Column(2));
                var values = new double[Indicators.Length][];
                var counts = new byte[Indicators.Length][];
                for (var k = 0; k < Indicators.Length; k++)
                {
                    var v = (Apache.Arrow.DoubleArray)batch.Column(3 + 2 * k);
                    var c = ((Apache.Arrow.Int16Array)batch.Column(4 + 2 * k)).Values;
                    values[k] = v.Values.ToArray();
                    counts[k] = new byte[n];
                    // The spans are taken once: Arrow's per-element accessors cost more than the values.
                    var valid = HourlyPartition.Validity(v);
                    for (var i = 0; i < n && !valid.IsEmpty; i++)
                        if (!HourlyPartition.IsValid(valid, v.Offset + i)) values[k][i] = double.NaN;
                    for (var i = 0; i < n; i++) counts[k][i] = checked((byte)c[i]);
                }
                var day = new DateOnly[n];
                var dayNumbers = dates.Values;
                for (var i = 0; i < n; i++) day[i] = Epoch.AddDays(dayNumbers[i]);
                string[][]? stations = null;
                if (withStations)
                {
                    var list = (Apache.Arrow.ListArray)batch.Column(3 + 2 * Indicators.Length);
                    var codes = Runs((Apache.Arrow.StringArray)list.Values);
                    var offsets = list.ValueOffsets;
                    stations = new string[n][];
                    string[] previous = [];
                    for (var i = 0; i < n; i++)
                    {
                        var row = codes.AsSpan(offsets[i], offsets[i + 1] - offsets[i]);
                        // Consecutive days with the same stations share one array, as computed ones do.
                        stations[i] = previous = row.SequenceEqual(previous) ? previous : row.ToArray();
                    }
                }
                parts.Add(new Columns(sites, day, statusText.Select(t => StatusOf(t, path)).ToArray(), values, counts, stations));
            }
        return parts.Count == 1 ? parts[0] : new Columns([.. parts.SelectMany(p => p.Sites)], [.. parts.SelectMany(p => p.Dates)],
            [.. parts.SelectMany(p => p.Statuses)],
            Enumerable.Range(0, Indicators.Length).Select(k => parts.SelectMany(p => p.Values[k]).ToArray()).ToArray(),
            Enumerable.Range(0, Indicators.Length).Select(k => parts.SelectMany(p => p.Counts[k]).ToArray()).ToArray(),
            withStations ? [.. parts.SelectMany(p => p.Stations!)] : null);
    }

    /// <summary>
    /// Copies a month's rows into <paramref name="daily"/>, straight from the Arrow buffers: a site's consecutive days
    /// are one run, copied column by column (one station's month is about 30 rows; a copy per value cost more than
    /// reading the file). City days' stations go to <paramref name="contributed"/> when given; statuses other than
    /// real-time are set under a lock on <paramref name="daily"/> (its status grid is made on first use). False when a
    /// row names a site the table lacks (the file was derived from other data).
    /// </summary>
    public static bool ReadInto(string path, DailyTable daily, IReadOnlyList<string>[][]? contributed, out bool aqiKept)
    {
        using var file = new ParquetSharp.Arrow.FileReader(path);
        // The kept AQI is taken only from a file that kept it under today's rules.
        var kept = daily.KeptDailyAqi;
        aqiKept = kept is not null && file.Schema.GetFieldIndex("aqi") >= 0 && file.Schema.Metadata is { } metadata
            && metadata.TryGetValue(AqiMetadataKey, out var aqiRules) && aqiRules == KeptDailyAqi.Rules;
        if (!aqiKept) kept = null;
        var codes = contributed is null ? null : new StationCodes();
        using var stream = file.GetRecordBatchReader();
        while (stream.ReadNextRecordBatchAsync().AsTask().GetAwaiter().GetResult() is { } batch)
            using (batch)
            {
                var n = batch.Length;
                var sites = (Apache.Arrow.StringArray)batch.Column(0);
                var days = ((Apache.Arrow.Date32Array)batch.Column(1)).Values;
                var statuses = (Apache.Arrow.StringArray)batch.Column(2);
                var lists = contributed is null ? null : (Apache.Arrow.ListArray)batch.Column(3 + 2 * Indicators.Length);
                string[] previousStations = [];
                // Arrow's per-element accessors cost more than the comparisons: values, validity, offsets and bytes are
                // taken once.
                ReadOnlySpan<short> aqiValues = default, aqiPrimaries = default;
                ReadOnlySpan<byte> aqiValid = default;
                var aqiOffset = 0;
                if (kept is not null)
                {
                    var aqi = (Apache.Arrow.Int16Array)batch.Column("aqi");
                    aqiValues = aqi.Values;
                    aqiValid = HourlyPartition.Validity(aqi);
                    aqiOffset = aqi.Offset;
                    aqiPrimaries = ((Apache.Arrow.Int16Array)batch.Column("aqi_primary")).Values;
                }
                // Day d of the table is the file's day number (days since 1970-01-01) less this.
                var dayShift = daily.FirstDay.DayNumber - Epoch.DayNumber;
                var siteOffsets = sites.ValueOffsets;
                var siteData = sites.ValueBuffer.Span;
                var statusOffsets = statuses.ValueOffsets;
                var statusData = statuses.ValueBuffer.Span;
                for (var i = 0; i < n;)
                {
                    var siteBytes = siteData[siteOffsets[i]..siteOffsets[i + 1]];
                    var end = i + 1;
                    while (end < n && days[end] == days[end - 1] + 1 && siteData[siteOffsets[end]..siteOffsets[end + 1]].SequenceEqual(siteBytes)) end++;
                    var s = daily.IndexOfSite(System.Text.Encoding.UTF8.GetString(siteBytes));
                    if (s < 0) return false;
                    var first = days[i] - dayShift;
                    var length = end - i;
                    if (first >= 0 && first + length <= daily.DayCount) CopyRun(batch, i, length, daily, s, first);
                    else
                        for (var r = i; r < end; r++)
                            if ((uint)(days[r] - dayShift) < (uint)daily.DayCount) CopyRun(batch, r, 1, daily, s, days[r] - dayShift);
                    for (var r = i; r < end; r++)
                    {
                        var d = days[r] - dayShift;
                        if ((uint)d >= (uint)daily.DayCount) continue;
                        if (kept is not null)
                            kept[s * daily.DayCount + d] = HourlyPartition.IsValid(aqiValid, aqiOffset + r)
                                ? new AqiValue(aqiValues[r], (AqiTerms)aqiPrimaries[r]) : AqiValue.None;
                        if (!statusData[statusOffsets[r]..statusOffsets[r + 1]].SequenceEqual("realtime"u8))
                            lock (daily) daily.SetDayStatus(s, d, StatusOf(statuses.GetString(r), path));
                        if (contributed is null) continue;
                        // Consecutive days with the same stations share one array, as computed ones do.
                        contributed[s][d] = previousStations = codes!.Row(lists!, r, previousStations);
                    }
                    i = end;
                }
            }
        return true;
    }

    /// <summary>Rows <paramref name="row"/>.. of a batch into days <paramref name="day"/>.. of one site.</summary>
    private static void CopyRun(Apache.Arrow.RecordBatch batch, int row, int length, DailyTable daily, int site, int day)
    {
        for (var k = 0; k < Indicators.Length; k++)
        {
            var v = (Apache.Arrow.DoubleArray)batch.Column(3 + 2 * k);
            var series = daily.Series(Indicators[k], site).Slice(day, length);
            v.Values.Slice(row, length).CopyTo(series);
            var valid = HourlyPartition.Validity(v);
            if (!valid.IsEmpty)
                for (var j = 0; j < length; j++)
                    if (!HourlyPartition.IsValid(valid, v.Offset + row + j)) series[j] = double.NaN;
            var c = ((Apache.Arrow.Int16Array)batch.Column(4 + 2 * k)).Values.Slice(row, length);
            var counts = daily.ValidCounts(Indicators[k], site).Slice(day, length);
            for (var j = 0; j < length; j++) counts[j] = checked((byte)c[j]);
        }
    }

    /// <summary>
    /// The station lists of a city table's rows, each code one string however many rows name it (a month's file names
    /// each station on every day of its city: decoded one by one, they were a month's largest allocation).
    /// </summary>
    private sealed class StationCodes
    {
        private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
        private readonly List<string> _row = [];
        private Apache.Arrow.ListArray? _lists;   // the column and row of the list last returned
        private int _last = -1;

        /// <summary>Row <paramref name="r"/>'s list: <paramref name="previous"/> itself when equal to it.</summary>
        public string[] Row(Apache.Arrow.ListArray lists, int r, string[] previous)
        {
            var values = (Apache.Arrow.StringArray)lists.Values;
            var offsets = values.ValueOffsets;
            var data = values.ValueBuffer.Span;
            var (from, to) = (lists.ValueOffsets[r], lists.ValueOffsets[r + 1]);
            // The row before in the same column, whose list is <paramref name="previous"/>, with the same bytes: a city
            // keeps its stations for months, so most rows need no decoding.
            var same = ReferenceEquals(lists, _lists) && _last == r - 1 && SameAsRowBefore(lists, r, offsets, data);
            (_lists, _last) = (lists, r);
            if (same) return previous;
            _row.Clear();
            for (var i = from; i < to; i++) _row.Add(Of(data[offsets[i]..offsets[i + 1]]));
            return CollectionsMarshal.AsSpan(_row).SequenceEqual(previous) ? previous : _row.ToArray();
        }

        private static bool SameAsRowBefore(Apache.Arrow.ListArray lists, int r, ReadOnlySpan<int> offsets, ReadOnlySpan<byte> data)
        {
            var (before, from, to) = (lists.ValueOffsets[r - 1], lists.ValueOffsets[r], lists.ValueOffsets[r + 1]);
            if (to - from != from - before) return false;
            for (var k = 0; k < to - from; k++)
                if (offsets[from + k + 1] - offsets[from + k] != offsets[before + k + 1] - offsets[before + k]) return false;
            return data[offsets[from]..offsets[to]].SequenceEqual(data[offsets[before]..offsets[from]]);
        }

        private string Of(ReadOnlySpan<byte> utf8)
        {
            Span<char> chars = stackalloc char[64];
            if (utf8.Length > chars.Length) return System.Text.Encoding.UTF8.GetString(utf8);
            chars = chars[..System.Text.Encoding.UTF8.GetChars(utf8, chars)];
            var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(chars, out var known)) return known;
            var code = chars.ToString();
            _strings.Add(code, code);
            return code;
        }
    }

    /// <summary>A string column's values; a value equal to the one before shares its string (the tables are sorted).</summary>
    private static string[] Runs(Apache.Arrow.StringArray array)
    {
        var result = new string[array.Length];
        string previous = "";
        ReadOnlySpan<byte> previousBytes = default;
        var offsets = array.ValueOffsets;
        var data = array.ValueBuffer.Span;
        for (var i = 0; i < array.Length; i++)
        {
            var bytes = data[offsets[i]..offsets[i + 1]];
            if (i == 0 || !bytes.SequenceEqual(previousBytes))
            {
                previous = System.Text.Encoding.UTF8.GetString(bytes);
                previousBytes = bytes;
            }
            result[i] = previous;
        }
        return result;
    }

    private static readonly DateOnly Epoch = new(1970, 1, 1);

    private static DataStatus StatusOf(string name, string path) => DataStatusInfo.TryParseCode(name, out var status) ? status
        : throw new IO.WorkbenchDataException(path, null, "status", $"无法识别的数据状态“{name}”");
}
