using System.Globalization;
using DuckDB.NET.Data;
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
    /// The grid goes into DuckDB as one row per station-day with 24-value lists (a row-by-row appender costs more
    /// per row than the values themselves), and DuckDB unnests the lists into station-hours in its own threads.
    /// </remarks>
    public static long Write(StationHourlyTable grid, string parquetPath)
    {
        using var db = Open();
        Execute(db, "CREATE TABLE days (station VARCHAR, first_hour TIMESTAMP, aqi SMALLINT[], so2 DOUBLE[], no2 DOUBLE[], " +
                    "co DOUBLE[], o3 DOUBLE[], pm10 DOUBLE[], pm2_5 DOUBLE[])");
        var pollutants = PollutantInfo.All;
        const int width = 24;
        using (var appender = db.CreateAppender("days"))
        {
            var aqiList = new short?[width];
            var lists = new double?[pollutants.Count][];
            for (var p = 0; p < lists.Length; p++) lists[p] = new double?[width];
            for (var s = 0; s < grid.StationCodes.Count; s++)
            {
                var code = grid.StationCodes[s];
                var aqi = grid.PublishedAqi(s);
                for (var start = 0; start < grid.HourCount; start += width)
                {
                    var n = Math.Min(width, grid.HourCount - start);
                    var any = false;
                    for (var h = 0; h < n; h++)
                    {
                        var a = aqi[start + h];
                        aqiList[h] = a >= 0 ? a : null;
                        any |= a >= 0;
                    }
                    for (var p = 0; p < pollutants.Count; p++)
                    {
                        var series = grid.Series(pollutants[p], s);
                        var list = lists[p];
                        for (var h = 0; h < n; h++)
                        {
                            var v = series[start + h];
                            list[h] = double.IsNaN(v) ? null : v;
                            any |= !double.IsNaN(v);
                        }
                    }
                    if (!any) continue;
                    var row = appender.CreateRow().AppendValue(code).AppendValue((DateTime?)grid.HourAt(start))
                        .AppendValue(n == width ? aqiList : aqiList[..n]);
                    foreach (var list in lists) row = row.AppendValue(n == width ? list : list[..n]);
                    row.EndRow();
                }
            }
        }
        Execute(db, """
            CREATE TABLE hourly AS
            SELECT station, first_hour + to_hours(i - 1) AS time, aqi[i] AS aqi, so2[i] AS so2, no2[i] AS no2, co[i] AS co,
                   o3[i] AS o3, pm10[i] AS pm10, pm2_5[i] AS pm2_5
            FROM days, generate_series(1, len(so2)) AS g(i)
            WHERE aqi[i] IS NOT NULL OR so2[i] IS NOT NULL OR no2[i] IS NOT NULL OR co[i] IS NOT NULL
               OR o3[i] IS NOT NULL OR pm10[i] IS NOT NULL OR pm2_5[i] IS NOT NULL
            """);
        long rows;
        using (var count = db.CreateCommand())
        {
            count.CommandText = "SELECT count(*) FROM hourly";
            rows = Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        Execute(db, $"COPY (SELECT * FROM hourly ORDER BY station, time) TO {Quote(parquetPath)} " +
                    "(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 262144)");
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
