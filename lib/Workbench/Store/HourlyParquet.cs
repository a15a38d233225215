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
    public static long Write(StationHourlyTable grid, string parquetPath)
    {
        using var db = Open();
        Execute(db, "CREATE TABLE hourly (station VARCHAR, time TIMESTAMP, aqi SMALLINT, so2 DOUBLE, no2 DOUBLE, " +
                    "co DOUBLE, o3 DOUBLE, pm10 DOUBLE, pm2_5 DOUBLE)");
        long rows = 0;
        var pollutants = PollutantInfo.All;
        using (var appender = db.CreateAppender("hourly"))
        {
            for (var s = 0; s < grid.StationCodes.Count; s++)
            {
                var code = grid.StationCodes[s];
                var aqi = grid.PublishedAqi(s);
                for (var h = 0; h < grid.HourCount; h++)
                {
                    var any = aqi[h] >= 0;
                    for (var p = 0; p < pollutants.Count && !any; p++)
                        any = !double.IsNaN(grid.Series(pollutants[p], s)[h]);
                    if (!any) continue;
                    var row = appender.CreateRow().AppendValue(code).AppendValue((DateTime?)grid.HourAt(h));
                    row = aqi[h] >= 0 ? row.AppendValue((short?)aqi[h]) : row.AppendNullValue();
                    for (var p = 0; p < pollutants.Count; p++)
                    {
                        var v = grid.Series(pollutants[p], s)[h];
                        row = double.IsNaN(v) ? row.AppendNullValue() : row.AppendValue((double?)v);
                    }
                    row.EndRow();
                    rows++;
                }
            }
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
            var s = r.GetInt32(0);
            var h = r.GetInt32(1);
            if (!r.IsDBNull(2)) grid.PublishedAqi(s)[h] = r.GetInt16(2);
            for (var p = 0; p < pollutants.Count; p++)
                if (!r.IsDBNull(3 + p)) grid.Series(pollutants[p], s)[h] = r.GetDouble(3 + p);
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
