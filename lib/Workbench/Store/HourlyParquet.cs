using System.Globalization;
using DuckDB.NET.Data;
using Workbench.Air.Checks;
using Workbench.Air.Tables;
using Workbench.Standards;

namespace Workbench.Store;

/// <summary>
/// The hourly grid ↔ Parquet through an embedded DuckDB: one row per station-hour that holds any value, columns
/// <c>station, time, aqi, so2, no2, co, o3, pm10, pm2_5</c> (NULL = missing; CO in mg/m³, the rest µg/m³; time =
/// CNEMC hour label, Beijing time, no zone). Values are stored as read (DOUBLE round-trips the feed's decimals
/// exactly), so a grid rebuilt from the store is the grid the importer built.
/// </summary>
internal static class HourlyParquet
{
    /// <summary>Pollutant columns in grid order (<see cref="Pollutant"/> enum order).</summary>
    public static readonly string[] PollutantColumns = ["so2", "no2", "co", "o3", "pm10", "pm2_5"];

    /// <summary>Opens an in-memory DuckDB (its own threads; results never depend on them).</summary>
    public static DuckDBConnection Open()
    {
        var c = new DuckDBConnection("DataSource=:memory:");
        c.Open();
        return c;
    }

    /// <summary>Writes the station-hours of <paramref name="grid"/> to one Parquet file (zstd); returns the row count.</summary>
    /// <remarks>
    /// The grid is handed to DuckDB as plain long-format CSV parts (written in parallel, shortest round-trip
    /// decimals, so every double comes back bit-identical), which DuckDB's parallel reader turns into Parquet: the
    /// ADO.NET appender costs microseconds per row, far more than the values themselves (measured: 86 s vs a few
    /// seconds for a national year). Rows come out ordered by station then time (parts in station order, DuckDB
    /// keeps insertion order), without a sort. The parts are deleted afterwards.
    /// </remarks>
    public static long Write(StationHourlyTable grid, string parquetPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(parquetPath))!;
        var parts = Math.Max(1, Math.Min(Environment.ProcessorCount * 2, grid.StationCodes.Count));
        var files = Enumerable.Range(0, parts).Select(i => Path.Combine(folder, $".part-{i}.csv")).ToArray();
        var rows = new long[parts];
        try
        {
            Parallel.For(0, parts, i =>
            {
                var from = (int)((long)grid.StationCodes.Count * i / parts);
                var to = (int)((long)grid.StationCodes.Count * (i + 1) / parts);
                rows[i] = WritePart(grid, from, to, files[i]);
            });
            using var db = Open();
            // The grid being written is ≈ 0.7 GB already (national year); DuckDB's default limit (80 % of RAM) let the
            // import peak at 2.3 GB. Under a limit it streams the conversion (measured below).
            Execute(db, "SET memory_limit = '256MB'");
            var list = "[" + string.Join(", ", files.Select(Quote)) + "]";
            Execute(db, $"""
                COPY (SELECT * FROM read_csv({list}, header = false, delim = ',', quote = '', escape = '',
                        columns = {ColumnTypes}, timestampformat = '%Y-%m-%d %H:%M'))
                TO {Quote(parquetPath)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 262144)
                """);
        }
        finally
        {
            foreach (var f in files) File.Delete(f);
        }
        return rows.Sum();
    }

    private const string ColumnTypes = "{'station': 'VARCHAR', 'time': 'TIMESTAMP', 'aqi': 'SMALLINT', 'so2': 'DOUBLE', " +
        "'no2': 'DOUBLE', 'co': 'DOUBLE', 'o3': 'DOUBLE', 'pm10': 'DOUBLE', 'pm2_5': 'DOUBLE'}";

    /// <summary>Writes stations [from, to) as CSV rows (station-hours holding any value); returns the row count.</summary>
    private static long WritePart(StationHourlyTable grid, int from, int to, string path)
    {
        var pollutants = PollutantInfo.All;
        long rows = 0;
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        var buffer = new byte[1 << 16];
        var used = 0;
        for (var s = from; s < to; s++)
        {
            var code = System.Text.Encoding.UTF8.GetBytes(grid.StationCodes[s]);
            if (code.AsSpan().IndexOfAny((byte)',', (byte)'\n', (byte)'\r') >= 0)
                throw new IO.WorkbenchDataException(grid.StationCodes[s], null, null, "站点编码含逗号或换行，无法写入存储");
            var aqi = grid.PublishedAqi(s);
            for (var h = 0; h < grid.HourCount; h++)
            {
                var any = aqi[h] >= 0;
                for (var p = 0; p < pollutants.Count && !any; p++) any = !double.IsNaN(grid.Series(pollutants[p], s)[h]);
                if (!any) continue;
                if (buffer.Length - used < 512) { file.Write(buffer, 0, used); used = 0; }
                var span = buffer.AsSpan(used);
                var n = 0;
                code.CopyTo(span); n += code.Length;
                span[n++] = (byte)',';
                var t = grid.HourAt(h);
                System.Text.Unicode.Utf8.TryWrite(span[n..], CultureInfo.InvariantCulture,
                    $"{t.Year:D4}-{t.Month:D2}-{t.Day:D2} {t.Hour:D2}:00", out var w);
                n += w;
                span[n++] = (byte)',';
                if (aqi[h] >= 0) { System.Buffers.Text.Utf8Formatter.TryFormat(aqi[h], span[n..], out w); n += w; }
                for (var p = 0; p < pollutants.Count; p++)
                {
                    span[n++] = (byte)',';
                    var v = grid.Series(pollutants[p], s)[h];
                    if (double.IsNaN(v)) continue;
                    // "R": the shortest text that parses back to the same double.
                    v.TryFormat(span[n..], out w, "R", CultureInfo.InvariantCulture);
                    n += w;
                }
                span[n++] = (byte)'\n';
                used += n;
                rows++;
            }
        }
        file.Write(buffer, 0, used);
        return rows;
    }

    /// <summary>
    /// Fills <paramref name="grid"/> from Parquet files (hive-partitioned glob or file list); rows outside the grid's
    /// hours or stations are skipped (the caller sized the grid from the manifests).
    /// </summary>
    public static void Read(IReadOnlyList<string> parquetFiles, StationHourlyTable grid)
    {
        if (parquetFiles.Count == 0 || grid.HourCount == 0) return;
        using var db = Open();
        // Station index and hour slot are computed by DuckDB (joins and integer arithmetic run in its threads), so
        // the .NET side only copies numbers: no string per row.
        Execute(db, "CREATE TEMP TABLE codes (station VARCHAR, idx INTEGER)");
        using (var a = db.CreateAppender("codes"))
            for (var i = 0; i < grid.StationCodes.Count; i++)
                a.CreateRow().AppendValue(grid.StationCodes[i]).AppendValue((int?)i).EndRow();
        var first = grid.FirstHour.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var files = "[" + string.Join(", ", parquetFiles.Select(Quote)) + "]";
        var sql = $"""
            SELECT c.idx, CAST(datediff('hour', TIMESTAMP '{first}', h.time) AS INTEGER) AS slot,
                   h.aqi, h.so2, h.no2, h.co, h.o3, h.pm10, h.pm2_5
            FROM read_parquet({files}) h JOIN codes c USING (station)
            WHERE h.time >= TIMESTAMP '{first}' AND h.time < TIMESTAMP '{first}' + INTERVAL {grid.HourCount} HOUR
            """;
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var pollutants = PollutantInfo.All;
        while (r.Read())
        {
            // GetFieldValue<T?> reads a value and its null flag in one call (3× faster than IsDBNull + GetDouble).
            var s = r.GetFieldValue<int>(0);
            var h = r.GetFieldValue<int>(1);
            if (r.GetFieldValue<short?>(2) is { } aqi) grid.PublishedAqi(s)[h] = aqi;
            for (var p = 0; p < pollutants.Count; p++)
                if (r.GetFieldValue<double?>(3 + p) is { } v) grid.Series(pollutants[p], s)[h] = v;
        }
    }

    /// <summary>
    /// Per station of <paramref name="stations"/>: the hours with at least one pollutant value (a row holding only the
    /// published AQI does not count, as on the grid), and the first and last of them.
    /// </summary>
    public static IReadOnlyDictionary<string, StationHours> StationHours(IReadOnlyList<string> parquetFiles, IReadOnlyCollection<string> stations)
    {
        var result = new Dictionary<string, StationHours>(StringComparer.Ordinal);
        if (parquetFiles.Count == 0 || stations.Count == 0) return result;
        using var db = Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"""
            SELECT station, CAST(count(*) AS INTEGER), min(time), max(time)
            FROM read_parquet([{string.Join(", ", parquetFiles.Select(Quote))}])
            WHERE station IN ({string.Join(", ", stations.Select(Quote))})
              AND NOT ({string.Join(" AND ", PollutantColumns.Select(c => c + " IS NULL"))})
            GROUP BY station
            """;
        using var r = cmd.ExecuteReader();
        while (r.Read())
            result[r.GetString(0)] = new StationHours(r.GetFieldValue<int>(1), r.GetFieldValue<DateTime>(2), r.GetFieldValue<DateTime>(3));
        return result;
    }

    /// <summary>Runs one statement.</summary>
    public static void Execute(DuckDBConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    /// <summary>SQL string literal.</summary>
    public static string Quote(string s) => "'" + s.Replace("'", "''") + "'";
}
