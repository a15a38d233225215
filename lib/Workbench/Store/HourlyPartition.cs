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

    /// <summary>Writes the month; returns the rows written (station-hours holding any value).</summary>
    public static long Write(StoredMonth month, string path)
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
        var rows = held.Count(x => x);
        // The columns, in station-then-time order.
        var stations = new string[rows];
        var times = new DateTime[rows];
        var aqiColumn = new short?[rows];
        var values = new double?[pollutants.Count][];
        for (var p = 0; p < values.Length; p++) values[p] = new double?[rows];
        var masks = new short[rows];
        var labels = new DateTime[hours];
        for (var h = 0; h < hours; h++) labels[h] = grid.FirstHour.AddHours(h);
        var i = 0;
        for (var s = 0; s < grid.StationCodes.Count; s++)
        {
            var code = grid.StationCodes[s];
            var published = grid.PublishedAqi(s);
            var audited = month.Audited.AsSpan(s * hours, hours);
            var any = held.AsSpan(s * hours, hours);
            var first = i;
            for (var h = 0; h < hours; h++)
            {
                if (!any[h]) continue;
                stations[i] = code;
                times[i] = labels[h];
                aqiColumn[i] = published[h] >= 0 ? published[h] : null;
                masks[i] = audited[h];
                i++;
            }
            for (var p = 0; p < pollutants.Count; p++)
            {
                var series = grid.Series(pollutants[p], s);
                var column = values[p];
                var j = first;
                for (var h = 0; h < hours; h++)
                    if (any[h]) column[j++] = double.IsNaN(series[h]) ? null : series[h];
            }
        }
        using var properties = new WriterPropertiesBuilder().Compression(Compression.Zstd).Build();
        using var file = new ParquetFileWriter(path, Schema(), properties);
        using (var group = file.AppendRowGroup())
        {
            using (var w = group.NextColumn().LogicalWriter<string>()) w.WriteBatch(stations);
            using (var w = group.NextColumn().LogicalWriter<DateTime>()) w.WriteBatch(times);
            using (var w = group.NextColumn().LogicalWriter<short?>()) w.WriteBatch(aqiColumn);
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
        var groups = Enumerable.Range(0, file.FileMetaData.NumRowGroups).Select(g =>
        {
            using var group = file.RowGroup(g);
            var n = checked((int)group.MetaData.NumRows);
            return (Stations: ParquetStrings.ReadRuns(group, 0, n)!, Times: ReadAll<DateTime>(group, 1, n), Aqi: ReadAll<short?>(group, 2, n),
                Values: PollutantColumns.Select((_, p) => ReadAll<double?>(group, 3 + p, n)).ToArray(),
                Masks: ReadAll<short>(group, 3 + PollutantColumns.Length, n));
        }).ToArray();
        // Rows are ordered by station: each code starts a run.
        var stations = new List<string>();
        foreach (var g in groups)
            foreach (var code in g.Stations)
                if (stations.Count == 0 || !string.Equals(stations[^1], code, StringComparison.Ordinal)) stations.Add(code);
        if (stations.Distinct(StringComparer.Ordinal).Count() != stations.Count)
            throw new IO.WorkbenchDataException(path, null, null, "存储的小时数据未按站点排序：请重新导入到一个新文件夹");
        var result = new StoredMonth(year, month, stations);
        var grid = result.Grid;
        var s = -1;
        string? current = null;
        foreach (var g in groups)
            for (var i = 0; i < g.Stations.Length; i++)
            {
                if (!ReferenceEquals(g.Stations[i], current) && !string.Equals(g.Stations[i], current, StringComparison.Ordinal)) { current = g.Stations[i]; s++; }
                var h = grid.IndexOfHour(g.Times[i]);
                if (h < 0) throw new IO.WorkbenchDataException(path, null, "time", $"时间 {g.Times[i]:yyyy-MM-dd HH:mm} 不在 {year} 年 {month} 月内");
                if (g.Aqi[i] is { } a) grid.PublishedAqi(s)[h] = a;
                for (var p = 0; p < PollutantColumns.Length; p++)
                    if (g.Values[p][i] is { } v) grid.Series(PollutantInfo.All[p], s)[h] = v;
                result.Audited[s * grid.HourCount + h] = (byte)g.Masks[i];
            }
        return result;
    }

    private static T[] ReadAll<T>(RowGroupReader group, int column, int rows)
    {
        using var reader = group.Column(column).LogicalReader<T>();
        var values = new T[rows];
        var read = 0;
        while (read < rows)
        {
            var n = reader.ReadBatch(values.AsSpan(read));
            if (n == 0) break;
            read += n;
        }
        return values;
    }
}
