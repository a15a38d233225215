using DuckDB.NET.Data;

namespace Workbench.IO;

/// <summary>The embedded DuckDB the workbench uses for SQL over Parquet (the store's SQL, Parquet tables written).</summary>
internal static class DuckDb
{
    /// <summary>Opens an in-memory database (its own threads; results never depend on them).</summary>
    public static DuckDBConnection Open()
    {
        var c = new DuckDBConnection("DataSource=:memory:");
        c.Open();
        return c;
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
