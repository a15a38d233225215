using System.Globalization;
using ClosedXML.Excel;
using Workbench.IO;

namespace Workbench.Store;

/// <summary>The rows a query gave: column names and values (null = SQL NULL).</summary>
public sealed record SqlResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);

/// <summary>
/// SQL over a store's Parquet with the embedded DuckDB (`workbench air sql`): views <c>hourly</c>,
/// <c>station_daily</c>, <c>city_daily</c> (each with the <c>year</c> and <c>month</c> of its partition) and
/// <c>stations</c>, over the files as they are, so the same query runs in any engine reading Parquet.
/// </summary>
public static class StoreSql
{
    /// <summary>The views and the files behind them.</summary>
    public static readonly IReadOnlyList<(string View, string Glob)> Views =
    [
        ("hourly", "hourly/*/*/*.parquet"),
        ("station_daily", "station_daily/*/*/*.parquet"),
        ("city_daily", "city_daily/*/*/*.parquet"),
        ("stations", StoreLayout.StationsParquet),
    ];

    /// <summary>Runs <paramref name="query"/> over the store.</summary>
    /// <exception cref="WorkbenchDataException">The query fails (DuckDB's message, in a Chinese frame).</exception>
    public static SqlResult Run(AirStore store, string query)
    {
        using var db = DuckDb.Open();
        foreach (var (view, glob) in Views)
        {
            var path = Path.Combine(store.Folder, glob);
            var any = glob.Contains('*') ? Directory.Exists(Path.Combine(store.Folder, glob.Split('/')[0])) : File.Exists(path);
            if (!any) continue; // a store without a station list has no city table
            var read = glob.Contains('*') ? $"read_parquet({DuckDb.Quote(path)}, hive_partitioning = true)" : $"read_parquet({DuckDb.Quote(path)})";
            DuckDb.Execute(db, $"CREATE VIEW {view} AS SELECT * FROM {read}");
        }
        try
        {
            using var cmd = db.CreateCommand();
            cmd.CommandText = query;
            using var r = cmd.ExecuteReader();
            var columns = Enumerable.Range(0, r.FieldCount).Select(r.GetName).ToArray();
            var rows = new List<object?[]>();
            while (r.Read())
            {
                var row = new object?[columns.Length];
                for (var i = 0; i < row.Length; i++) row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
                rows.Add(row);
            }
            return new SqlResult(columns, rows);
        }
        catch (DuckDB.NET.Data.DuckDBException e)
        {
            throw new WorkbenchDataException(store.Folder, null, null,
                $"SQL 查询出错（可用的视图：{string.Join("、", Views.Select(v => v.View))}）：{e.Message}");
        }
    }

    /// <summary>A value as text (invariant culture; dates ISO; doubles round-trip).</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list and not string => string.Join(";", list.Cast<object?>().Select(Text)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Writes the rows as CSV (UTF-8 with BOM, for Excel) or XLSX, by the extension.</summary>
    public static void Write(SqlResult result, string path)
    {
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            AtomicFile.Write(path, stream =>
            {
                using var wb = new XLWorkbook();
                var ws = wb.AddWorksheet("查询结果");
                // Text through SetValue: ClosedXML's Value setter turns text such as "PM2.5" or "2019-01-01" into dates.
                for (var c = 0; c < result.Columns.Count; c++) ws.Cell(1, c + 1).SetValue(result.Columns[c]);
                for (var r = 0; r < result.Rows.Count; r++)
                    for (var c = 0; c < result.Columns.Count; c++)
                    {
                        var cell = ws.Cell(r + 2, c + 1);
                        switch (result.Rows[r][c])
                        {
                            case null: break;
                            case double or float or decimal or int or long or short or byte or sbyte or uint or ulong or ushort:
                                cell.Value = Convert.ToDouble(result.Rows[r][c], CultureInfo.InvariantCulture); break;
                            default: cell.SetValue(Text(result.Rows[r][c])); break;
                        }
                    }
                ws.SheetView.FreezeRows(1);
                Workbench.Text.ColumnWidths.Fit(ws);   // by display width (ClosedXML's AdjustToContents needs GDI+)
                wb.SaveAs(stream);
            });
            return;
        }
        AtomicFile.WriteText(path, w =>
        {
            w.WriteLine(string.Join(',', result.Columns.Select(Csv.Escape)));
            foreach (var row in result.Rows) w.WriteLine(string.Join(',', row.Select(v => Csv.Escape(Text(v)))));
        }, withBom: true);
    }
}
