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

    private const int Batch = 1 << 16;

    private static Column[] Schema() =>
    [
        new Column<string>("station"),
        new Column<DateTime>("time", LogicalType.Timestamp(isAdjustedToUtc: false, TimeUnit.Micros)),
        new Column<short?>("aqi"),
        .. PollutantColumns.Select(c => (Column)new Column<double?>(c)),
        new Column<short>("audited_mask"),
    ];

    /// <summary>Writes the month; returns the rows written (station-hours holding any value).</summary>
    public static long Write(StoredMonth month, string path)
    {
        var grid = month.Grid;
        var pollutants = PollutantInfo.All;
        var hours = grid.HourCount;
        // The columns, built in one pass in station-then-time order.
        var rows = 0;
        for (var s = 0; s < grid.StationCodes.Count; s++)
            for (var h = 0; h < hours; h++)
                if (month.HasAny(s, h)) rows++;
        var stations = new string[rows];
        var times = new DateTime[rows];
        var aqi = new short?[rows];
        var values = new double?[pollutants.Count][];
        for (var p = 0; p < values.Length; p++) values[p] = new double?[rows];
        var masks = new short[rows];
        var i = 0;
        for (var s = 0; s < grid.StationCodes.Count; s++)
        {
            var published = grid.PublishedAqi(s);
            for (var h = 0; h < hours; h++)
            {
                if (!month.HasAny(s, h)) continue;
                stations[i] = grid.StationCodes[s];
                times[i] = grid.FirstHour.AddHours(h);
                aqi[i] = published[h] >= 0 ? published[h] : null;
                for (var p = 0; p < pollutants.Count; p++)
                {
                    var v = grid.Series(pollutants[p], s)[h];
                    values[p][i] = double.IsNaN(v) ? null : v;
                }
                masks[i] = month.Audited[s * hours + h];
                i++;
            }
        }
        using var properties = new WriterPropertiesBuilder().Compression(Compression.Zstd).Build();
        using var file = new ParquetFileWriter(path, Schema(), properties);
        using (var group = file.AppendRowGroup())
        {
            using (var w = group.NextColumn().LogicalWriter<string>()) w.WriteBatch(stations);
            using (var w = group.NextColumn().LogicalWriter<DateTime>()) w.WriteBatch(times);
            using (var w = group.NextColumn().LogicalWriter<short?>()) w.WriteBatch(aqi);
            foreach (var column in values)
                using (var w = group.NextColumn().LogicalWriter<double?>()) w.WriteBatch(column);
            using (var w = group.NextColumn().LogicalWriter<short>()) w.WriteBatch(masks);
        }
        file.Close();
        return rows;
    }

    /// <summary>Reads a month written by <see cref="Write"/>.</summary>
    /// <exception cref="IO.WorkbenchDataException">The file is not a month of this layout.</exception>
    public static StoredMonth Read(string path, int year, int month)
    {
        using var file = new ParquetFileReader(path);
        var columns = Enumerable.Range(0, file.FileMetaData.NumColumns).Select(i => file.FileMetaData.Schema.Column(i).Name).ToArray();
        string[] expected = ["station", "time", "aqi", .. PollutantColumns, "audited_mask"];
        if (!columns.SequenceEqual(expected))
            throw new IO.WorkbenchDataException(path, null, null, $"存储的小时数据列不符（{string.Join(",", columns)}）：请重新导入到一个新文件夹");
        // Pass 1: the stations (rows are ordered by station, so each code is read into one string).
        var stations = new List<string>();
        var stationOfRow = new List<int>();
        var times = new List<DateTime>();
        for (var g = 0; g < file.FileMetaData.NumRowGroups; g++)
        {
            using var group = file.RowGroup(g);
            var n = checked((int)group.MetaData.NumRows);
            using (var r = group.Column(0).LogicalReader<string>())
                foreach (var code in ReadAll(r, n))
                {
                    if (stations.Count == 0 || !string.Equals(stations[^1], code, StringComparison.Ordinal)) stations.Add(code);
                    stationOfRow.Add(stations.Count - 1);
                }
            using (var r = group.Column(1).LogicalReader<DateTime>())
                times.AddRange(ReadAll(r, n));
        }
        if (stations.Distinct(StringComparer.Ordinal).Count() != stations.Count)
            throw new IO.WorkbenchDataException(path, null, null, "存储的小时数据未按站点排序：请重新导入到一个新文件夹");
        var result = new StoredMonth(year, month, stations);
        var grid = result.Grid;
        var hourOfRow = new int[times.Count];
        for (var i = 0; i < times.Count; i++)
        {
            var h = grid.IndexOfHour(times[i]);
            if (h < 0) throw new IO.WorkbenchDataException(path, null, "time", $"时间 {times[i]:yyyy-MM-dd HH:mm} 不在 {year} 年 {month} 月内");
            hourOfRow[i] = h;
        }
        var offset = 0;
        for (var g = 0; g < file.FileMetaData.NumRowGroups; g++)
        {
            using var group = file.RowGroup(g);
            var n = checked((int)group.MetaData.NumRows);
            using (var r = group.Column(2).LogicalReader<short?>())
            {
                var i = offset;
                foreach (var a in ReadAll(r, n)) { if (a is { } v) grid.PublishedAqi(stationOfRow[i])[hourOfRow[i]] = v; i++; }
            }
            for (var p = 0; p < PollutantColumns.Length; p++)
            {
                var pollutant = PollutantInfo.All[p];
                using var r = group.Column(3 + p).LogicalReader<double?>();
                var i = offset;
                foreach (var x in ReadAll(r, n)) { if (x is { } v) grid.Series(pollutant, stationOfRow[i])[hourOfRow[i]] = v; i++; }
            }
            using (var r = group.Column(3 + PollutantColumns.Length).LogicalReader<short>())
            {
                var i = offset;
                foreach (var m in ReadAll(r, n)) { result.Audited[stationOfRow[i] * grid.HourCount + hourOfRow[i]] = (byte)m; i++; }
            }
            offset += n;
        }
        return result;
    }

    private static IEnumerable<T> ReadAll<T>(LogicalColumnReader<T> reader, int rows)
    {
        var buffer = new T[Math.Min(Batch, Math.Max(1, rows))];
        var left = rows;
        while (left > 0)
        {
            var n = reader.ReadBatch(buffer.AsSpan(0, Math.Min(buffer.Length, left)));
            if (n == 0) break;
            for (var i = 0; i < n; i++) yield return buffer[i];
            left -= n;
        }
    }
}
