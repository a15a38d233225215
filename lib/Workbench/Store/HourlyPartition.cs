using ParquetSharp;
using Workbench.Standards;

namespace Workbench.Store;

/// <summary>
/// One month of hourly values ↔ its Parquet file (<c>hourly/year=YYYY/month=MM/data.parquet</c>): one row per
/// station-hour holding any value, ordered by station then time; columns <c>station</c> (CNEMC code), <c>time</c>
/// (TIMESTAMP, CNEMC hour label = end of the hour, Beijing time, no zone), <c>aqi</c> (SMALLINT, the feed's
/// published AQI), <c>so2, no2, co, o3, pm10, pm2_5</c> (DOUBLE, NULL = missing; CO mg/m³, the rest µg/m³) and
/// <c>audited_mask</c> (SMALLINT: bit 0 the AQI, bits 1–6 the pollutants in that order; a set bit = 审核).
/// </summary>
/// <remarks>
/// Written and read column by column with ParquetSharp (Apache Arrow's C++ Parquet): no per-value calls into a
/// database driver. Values are stored as read, so a month read back is bit-identical to the month written.
/// </remarks>
internal static class HourlyPartition
{
    /// <summary>Pollutant columns in <see cref="PollutantInfo.All"/> order.</summary>
    public static readonly string[] PollutantColumns = ["so2", "no2", "co", "o3", "pm10", "pm2_5"];

    private static Column[] Schema() =>
    [
        new Column<string>("station"),
        new Column<DateTime>("time", LogicalType.Timestamp(isAdjustedToUtc: false, TimeUnit.Micros)),
        new Column<short?>("aqi"),
        .. PollutantColumns.Select(c => (Column)new Column<double?>(c)),
        new Column<short>("audited_mask"),
    ];

    /// <summary>
    /// The column arrays <see cref="Write"/> fills, kept by one import for its next month: a national month's columns
    /// are about 110 MB, and fresh arrays for every month were half the page faults of a national import (and, being
    /// large objects, a full collection each).
    /// </summary>
    internal sealed class ColumnBuffers
    {
        private readonly System.Collections.Concurrent.ConcurrentBag<Columns> _free = [];

        /// <summary>A set for <paramref name="rows"/> rows (grown when smaller), its level arrays cleared.</summary>
        public Columns Rent(int rows) => (_free.TryTake(out var c) ? c : new Columns()).Prepare(rows);

        /// <summary>Gives a set back for the next month.</summary>
        public void Return(Columns columns) => _free.Add(columns);
    }

    /// <summary>One month's columns as Parquet's physical values; the first <c>rows</c> entries are the month's.</summary>
    internal sealed class Columns
    {
        public ByteArray[] Stations = [];
        public short[] Present = [];
        public long[] Times = [];
        public short[] AqiLevels = [];
        public int[] AqiValues = [];
        public int[] Masks = [];
        public short[][] Levels = new short[PollutantColumns.Length][];
        public double[][] Values = new double[PollutantColumns.Length][];

        public Columns Prepare(int rows)
        {
            if (Times.Length < rows)
            {
                Stations = new ByteArray[rows];
                Present = new short[rows];
                Array.Fill(Present, (short)1);
                Times = new long[rows];
                AqiLevels = new short[rows];
                AqiValues = new int[rows];
                Masks = new int[rows];
                for (var p = 0; p < Levels.Length; p++) { Levels[p] = new short[rows]; Values[p] = new double[rows]; }
                return this;
            }
            // Only the levels are read where not written (a value's level is set, an absent one's left 0).
            Array.Clear(AqiLevels, 0, rows);
            foreach (var level in Levels) Array.Clear(level, 0, rows);
            return this;
        }
    }

    /// <summary>Writes the month; returns the rows written (station-hours holding any value).</summary>
    /// <param name="month">The month.</param>
    /// <param name="path">The file.</param>
    /// <param name="buffers">Column arrays kept from an earlier month of the same import, or null.</param>
    public static long Write(StoredMonth month, string path, ColumnBuffers? buffers = null)
    {
        var grid = month.Grid;
        var pollutants = PollutantInfo.All;
        var hours = grid.HourCount;
        // Which station-hours hold a value, in one pass per series.
        var held = new bool[grid.StationCodes.Count * hours];
        Parallel.For(0, grid.StationCodes.Count, s =>
        {
            var any = held.AsSpan(s * hours, hours);
            var aqi = grid.PublishedAqi(s);
            for (var h = 0; h < hours; h++) any[h] = aqi[h] >= 0;
            foreach (var p in pollutants)
            {
                var series = grid.Series(p, s);
                for (var h = 0; h < hours; h++) any[h] |= !double.IsNaN(series[h]);
            }
        });
        var rows = held.AsSpan().Count(true);
        // The columns, in station-then-time order, as Parquet's physical values: definition levels say which rows of an
        // optional column hold a value and only those values are passed (no nullable boxing, no string conversion per
        // row; text as pointers to one native UTF-8 copy per station).
        using var text = new NativeText();
        var codes = grid.StationCodes.Select(c => text[c]).ToArray();
        var columns = buffers?.Rent(rows) ?? new Columns().Prepare(rows);
        try
        {
            var (stations, times, aqiLevels, aqiValues, masks) = (columns.Stations, columns.Times, columns.AqiLevels, columns.AqiValues, columns.Masks);
            var (levels, values) = (columns.Levels, columns.Values);
            var aqiCount = 0;
            var counts = new int[pollutants.Count];
            var firstMicros = (grid.FirstHour - DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;
            const long hourMicros = 3_600_000_000L;
            // The row where each station starts; then the station columns and each pollutant's column on both cores.
            var start = new int[grid.StationCodes.Count + 1];
            for (var s = 0; s < grid.StationCodes.Count; s++)
                start[s + 1] = start[s] + held.AsSpan(s * hours, hours).Count(true);
            Parallel.For(0, pollutants.Count + 1, k =>
            {
                if (k == pollutants.Count) StationColumns();
                else PollutantColumn(k);
            });
            using var properties = new WriterPropertiesBuilder().Compression(Compression.Zstd).Build();
            using var file = new ParquetFileWriter(path, Schema(), properties);
            using (var group = file.AppendRowGroup())
            {
                using (var w = (ColumnWriter<ByteArray>)group.NextColumn())
                    w.WriteBatch(rows, columns.Present.AsSpan(0, rows), default, stations.AsSpan(0, rows));
                using (var w = (ColumnWriter<long>)group.NextColumn()) w.WriteBatch(times.AsSpan(0, rows));
                using (var w = (ColumnWriter<int>)group.NextColumn())
                    w.WriteBatch(rows, aqiLevels.AsSpan(0, rows), default, aqiValues.AsSpan(0, aqiCount));
                for (var p = 0; p < values.Length; p++)
                    using (var w = (ColumnWriter<double>)group.NextColumn())
                        w.WriteBatch(rows, levels[p].AsSpan(0, rows), default, values[p].AsSpan(0, counts[p]));
                using (var w = (ColumnWriter<int>)group.NextColumn()) w.WriteBatch(masks.AsSpan(0, rows));
            }
            file.Close();
            return rows;

            void StationColumns()
            {
                for (var s = 0; s < grid.StationCodes.Count; s++)
                {
                    var published = grid.PublishedAqi(s);
                    var audited = month.Audited.AsSpan(s * hours, hours);
                    var any = held.AsSpan(s * hours, hours);
                    for (int h = 0, i = start[s]; h < hours; h++)
                    {
                        if (!any[h]) continue;
                        stations[i] = codes[s];
                        times[i] = firstMicros + h * hourMicros;
                        masks[i] = audited[h];
                        if (published[h] >= 0) { aqiLevels[i] = 1; aqiValues[aqiCount++] = published[h]; }
                        i++;
                    }
                }
            }

            void PollutantColumn(int p)
            {
                var (level, column) = (levels[p], values[p]);
                var n = 0;
                for (var s = 0; s < grid.StationCodes.Count; s++)
                {
                    var series = grid.Series(pollutants[p], s);
                    var any = held.AsSpan(s * hours, hours);
                    for (int h = 0, j = start[s]; h < hours; h++)
                    {
                        if (!any[h]) continue;
                        if (!double.IsNaN(series[h])) { level[j] = 1; column[n++] = series[h]; }
                        j++;
                    }
                }
                counts[p] = n;
            }
        }
        finally
        {
            buffers?.Return(columns);
        }
    }

    /// <summary>Reads a month written by <see cref="Write"/>, through the Arrow API (whole columns).</summary>
    /// <exception cref="IO.WorkbenchDataException">The file is not a month of this layout.</exception>
    public static StoredMonth Read(string path, int year, int month)
    {
        using var file = new ParquetSharp.Arrow.FileReader(path);
        var columns = file.Schema.FieldsList.Select(f => f.Name).ToArray();
        string[] expected = ["station", "time", "aqi", .. PollutantColumns, "audited_mask"];
        if (!columns.SequenceEqual(expected))
            throw new IO.WorkbenchDataException(path, null, null, $"存储的小时数据列不符（{string.Join(",", columns)}）：请重新导入到一个新文件夹");
        var batches = new List<Apache.Arrow.RecordBatch>();
        try
        {
            using (var stream = file.GetRecordBatchReader())
                while (stream.ReadNextRecordBatchAsync().AsTask().GetAwaiter().GetResult() is { } batch) batches.Add(batch);
            // Rows are ordered by station: each code starts a run.
            var stations = new List<string>();
            var runs = batches.Select(b => StationRuns((Apache.Arrow.StringArray)b.Column(0), stations)).ToArray();
            if (stations.Distinct(StringComparer.Ordinal).Count() != stations.Count)
                throw new IO.WorkbenchDataException(path, null, null, "存储的小时数据未按站点排序：请重新导入到一个新文件夹");
            var result = new StoredMonth(year, month, stations);
            var grid = result.Grid;
            var firstMicros = (grid.FirstHour - DateTime.UnixEpoch).Ticks / 10;
            for (var bi = 0; bi < batches.Count; bi++)
            {
                var batch = batches[bi];
                var station = runs[bi];
                var n = batch.Length;
                var times = ((Apache.Arrow.TimestampArray)batch.Column(1)).Values;
                var hourOf = new int[n];
                for (var i = 0; i < n; i++)
                {
                    var micros = times[i] - firstMicros;
                    var h = micros % 3_600_000_000L == 0 ? micros / 3_600_000_000L : -1;
                    if (h < 0 || h >= grid.HourCount)
                        throw new IO.WorkbenchDataException(path, null, "time", $"第 {i + 1} 行的时间不在 {year} 年 {month} 月的整点内");
                    hourOf[i] = (int)h;
                }
                var aqi = (Apache.Arrow.Int16Array)batch.Column(2);
                var aqiValues = aqi.Values;
                var aqiValid = Validity(aqi);
                for (var i = 0; i < n; i++)
                    if (IsValid(aqiValid, aqi.Offset + i)) grid.PublishedAqi(station[i])[hourOf[i]] = aqiValues[i];
                for (var p = 0; p < PollutantColumns.Length; p++)
                {
                    var column = (Apache.Arrow.DoubleArray)batch.Column(3 + p);
                    var values = column.Values;
                    var valid = Validity(column);
                    var pollutant = PollutantInfo.All[p];
                    for (var i = 0; i < n; i++)
                        if (IsValid(valid, column.Offset + i)) grid.Series(pollutant, station[i])[hourOf[i]] = values[i];
                }
                var masks = ((Apache.Arrow.Int16Array)batch.Column(3 + PollutantColumns.Length)).Values;
                for (var i = 0; i < n; i++) result.Audited[station[i] * grid.HourCount + hourOf[i]] = (byte)masks[i];
            }
            return result;
        }
        finally
        {
            foreach (var b in batches) b.Dispose();
        }
    }

    /// <summary>The validity bitmap of a column, empty when it has no null (read once: Arrow's accessor per element
    /// costs more than the value).</summary>
    internal static ReadOnlySpan<byte> Validity(Apache.Arrow.IArrowArray array) =>
        array.NullCount == 0 ? default : array.Data.Buffers[0].Span;

    /// <summary>True when bit <paramref name="bit"/> of <paramref name="validity"/> says "not null" (empty = no null).</summary>
    internal static bool IsValid(ReadOnlySpan<byte> validity, int bit) =>
        validity.IsEmpty || (validity[bit >> 3] & (1 << (bit & 7))) != 0;

    /// <summary>The station index of each row (codes appended to <paramref name="stations"/> as new runs begin).</summary>
    private static int[] StationRuns(Apache.Arrow.StringArray codes, List<string> stations)
    {
        var result = new int[codes.Length];
        var offsets = codes.ValueOffsets;
        var data = codes.ValueBuffer.Span;
        ReadOnlySpan<byte> previous = default;
        for (var i = 0; i < codes.Length; i++)
        {
            var bytes = data[offsets[i]..offsets[i + 1]];
            if (stations.Count == 0 || !bytes.SequenceEqual(previous))
            {
                var code = System.Text.Encoding.UTF8.GetString(bytes);
                if (stations.Count == 0 || !string.Equals(stations[^1], code, StringComparison.Ordinal)) stations.Add(code);
                previous = bytes;
            }
            result[i] = stations.Count - 1;
        }
        return result;
    }
}
