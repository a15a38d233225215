using System.Globalization;
using Workbench.Air.Results;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Standards;
using Workbench.Store;

namespace Workbench.Scale;

/// <summary>
/// Writes a <see cref="NetworkAssessmentResult"/> as one flat table, CSV (UTF-8 with BOM, for Excel) or Parquet:
/// <c>level, name, city, period, standard, aqi_standard, status, station_count</c> (the values of the air-core JSON
/// contract: standard <c>2012</c>, aqi_standard <c>HJ 633-2012</c>, status <c>realtime</c>), then the indicators of the
/// air-core contract in <see cref="AirAssessmentResult.IndicatorKeys"/> order at reported precision (empty/NULL =
/// not available).
/// </summary>
public static class NetworkTable
{
    /// <summary>The fixed leading columns.</summary>
    public static readonly string[] LeadingColumns =
        ["level", "name", "city", "period", "standard", "aqi_standard", "status", "station_count"];

    /// <summary>Writes CSV or Parquet by the file's extension (.csv / .parquet), atomically.</summary>
    public static void Write(NetworkAssessmentResult result, string path)
    {
        if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase)) WriteParquet(result, path);
        else if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) WriteCsv(result, path);
        else throw new ArgumentException($"输出文件“{path}”的扩展名应为 .csv 或 .parquet");
    }

    /// <summary>Writes the table as CSV.</summary>
    public static void WriteCsv(NetworkAssessmentResult result, string path) =>
        AtomicFile.WriteText(path, w =>
        {
            w.WriteLine(string.Join(',', LeadingColumns.Concat(AirAssessmentResult.IndicatorKeys)));
            foreach (var row in result.Rows)
            {
                var a = row.Assessment;
                var indicators = a.Indicators;
                w.WriteLine(string.Join(',', Leading(row).Select(Csv.Escape)
                    .Concat(AirAssessmentResult.IndicatorKeys.Select(k => indicators[k]?.ToString(CultureInfo.InvariantCulture) ?? ""))));
            }
        }, withBom: true);

    /// <summary>Writes the table as Parquet (indicators as DECIMAL(18,3), exact at reported precision).</summary>
    public static void WriteParquet(NetworkAssessmentResult result, string path)
    {
        using var db = HourlyParquet.Open();
        var columns = LeadingColumns.Select(c => $"\"{c}\" " + (c == "station_count" ? "INTEGER" : "VARCHAR"))
            .Concat(AirAssessmentResult.IndicatorKeys.Select(k => $"\"{k}\" DECIMAL(18,3)"));
        HourlyParquet.Execute(db, $"CREATE TABLE network ({string.Join(", ", columns)})");
        using (var appender = db.CreateAppender("network"))
            foreach (var row in result.Rows)
            {
                var r = appender.CreateRow();
                var lead = Leading(row);
                for (var i = 0; i < lead.Length - 1; i++) r = r.AppendValue(lead[i]);
                r = r.AppendValue((int?)row.Assessment.Stations.Count);
                var indicators = row.Assessment.Indicators;
                foreach (var k in AirAssessmentResult.IndicatorKeys)
                    r = indicators[k] is { } v ? r.AppendValue((decimal?)v) : r.AppendNullValue();
                r.EndRow();
            }
        var temp = path + ".tmp-" + Environment.ProcessId;
        HourlyParquet.Execute(db, $"COPY network TO {HourlyParquet.Quote(temp)} (FORMAT parquet)");
        File.Move(temp, path, overwrite: true);
    }

    private static string[] Leading(NetworkRow row)
    {
        var a = row.Assessment;
        // The values of the air-core JSON contract (AirAssessmentJson): standard "2012", aqi_standard "HJ 633-2012",
        // status "realtime".
        return [row.Level == NetworkLevel.City ? "city" : "station", row.Name, row.City, a.Period.Code,
            a.Standard.Label(), a.AqiStandard.Title(), a.Status.Code(), a.Stations.Count.ToString(CultureInfo.InvariantCulture)];
    }
}
