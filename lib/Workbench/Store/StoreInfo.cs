using System.Text;
using Workbench.Quality;

namespace Workbench.Store;

/// <summary>The Chinese description of what a store holds (`workbench air store info`).</summary>
public static class StoreInfo
{
    /// <summary>Years, months, station-days per status, stations, imported files and size.</summary>
    public static string Describe(AirStore store)
    {
        var sb = new StringBuilder();
        var files = Directory.EnumerateFiles(store.Folder, "*", SearchOption.AllDirectories).ToArray();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        var parquet = files.Where(f => f.EndsWith(".parquet", StringComparison.Ordinal)).Sum(f => new FileInfo(f).Length);
        sb.AppendLine($"存储：{Path.GetFullPath(store.Folder)}（格式版本 {StoreLayout.Version}）");
        sb.AppendLine($"大小：{bytes / 1048576.0:F1} MB，共 {files.Length} 个文件（其中 Parquet {parquet / 1048576.0:F1} MB）");
        var stations = AirStore.StationCodesOf(store.Years);
        sb.AppendLine($"站点：{stations.Count:N0} 个；站点列表：{(store.StationsPath is null ? "无（没有城市日值表）" : StoreLayout.StationsCsv + ListIssues(store))}");
        foreach (var y in store.Years)
        {
            var last = y.FirstHour.AddHours(y.HourCount - 1);
            sb.AppendLine($"{y.Year} 年：{y.FirstHour:yyyy-MM-dd} 至 {last:yyyy-MM-dd}，{y.Stations.Count:N0} 个站点，{y.Rows:N0} 个站点小时；" +
                          $"站点日：实时 {y.RealtimeDays:N0}，审核 {y.AuditedDays:N0}，混合 {y.MixedDays:N0}");
            foreach (var (m, info) in y.Months)
                sb.AppendLine($"  {m,2} 月：{info.Rows:N0} 个站点小时；站点日 实时 {info.RealtimeDays:N0}，审核 {info.AuditedDays:N0}，混合 {info.MixedDays:N0}");
        }
        var ledger = store.Ledger;
        sb.AppendLine($"导入 {ledger.Imports.Count} 次：");
        foreach (var i in ledger.Imports)
        {
            var c = i.Counts;
            sb.AppendLine($"  第 {i.Number} 次 {i.At:yyyy-MM-dd HH:mm:ss}（{(i.Status == Air.Tables.DataStatus.Audited ? "审核" : "实时")}）：" +
                          $"{i.Files.Count} 个文件，月份 {string.Join("、", i.Months)}；新增 {c.Added:N0}，替换 {c.Replaced:N0}，跳过 {c.Skipped:N0}，未变 {c.Unchanged:N0}");
            foreach (var f in i.Files.Take(5)) sb.AppendLine($"    {f.Name}（{f.Size:N0} 字节，SHA-256 {f.Sha256[..16]}…）");
            if (i.Files.Count > 5) sb.AppendLine($"    另有 {i.Files.Count - 5} 个文件");
        }
        return sb.ToString();
    }

    /// <summary>How many problems the list given at import had (its normalized copy no longer shows them).</summary>
    private static string ListIssues(AirStore store)
    {
        var report = new DataQualityReport();
        store.LoadStationsQuality(report);
        return report.TotalCount == 0 ? "" : $"（导入时所给列表的问题 {report.TotalCount:N0} 条，见 {StoreLayout.StationsQuality}）";
    }
}
