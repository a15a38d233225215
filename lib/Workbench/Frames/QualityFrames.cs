using Microsoft.Data.Analysis;
using Workbench.Air.Compute;
using Workbench.Quality;
using Workbench.Standards;

namespace Workbench.Frames;

/// <summary>Data-quality results as DataFrames for notebooks: issues by reason, the issues themselves, station coverage.</summary>
public static class QualityFrames
{
    /// <summary>Issue counts by reason code, most frequent first, with the Chinese reason and the action taken.</summary>
    public static DataFrame Counts(DataQualityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var issues = report.Issues;
        var rows = report.CountsByCode.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        var first = rows.Select(kv => issues.FirstOrDefault(i => i.Code == kv.Key)).ToList();
        return new DataFrame(
            new StringDataFrameColumn("原因代码", rows.Select(kv => kv.Key)),
            new StringDataFrameColumn("原因", first.Select(i => i?.Reason.Split('：', ':')[0] ?? "")),
            new StringDataFrameColumn("处理", first.Select(i => i is null ? "" : DataQualityReport.ActionName(i.Action))),
            new Int64DataFrameColumn("条数", rows.Select(kv => (long?)kv.Value)));
    }

    /// <summary>The listed issues (at most <paramref name="max"/>, optionally of one reason code): file, line, column, station, time, reason, action.</summary>
    public static DataFrame Issues(DataQualityReport report, int max = 50, string? code = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var list = report.Issues.Where(i => code is null || i.Code == code).Take(max).ToList();
        return new DataFrame(
            new StringDataFrameColumn("文件", list.Select(i => Path.GetFileName(i.File))),
            new Int64DataFrameColumn("行", list.Select(i => i.Line)),
            new StringDataFrameColumn("列", list.Select(i => i.Column)),
            new StringDataFrameColumn("站点", list.Select(i => i.Station)),
            new StringDataFrameColumn("时间", list.Select(i => i.Time)),
            new StringDataFrameColumn("原因", list.Select(i => i.Reason)),
            new StringDataFrameColumn("处理", list.Select(i => DataQualityReport.ActionName(i.Action))));
    }

    /// <summary>Station coverage: per station the share of hours with a value and the valid days of each pollutant.</summary>
    public static DataFrame Coverage(IReadOnlyList<StationCoverageRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var frame = new DataFrame(
            new StringDataFrameColumn("站点", rows.Select(r => r.Code)),
            new StringDataFrameColumn("名称", rows.Select(r => r.Name)),
            new StringDataFrameColumn("类型", rows.Select(r => r.IsControl ? "对照点" : "城市点")),
            new Int32DataFrameColumn("日历天数", rows.Select(r => (int?)r.CalendarDays)));
        foreach (var p in PollutantInfo.All)
            frame.Columns.Add(new DecimalDataFrameColumn(p.Code() + "小时完整率%", rows.Select(r => (decimal?)r.HourCompletenessPercent(p))));
        foreach (var p in PollutantInfo.All)
            frame.Columns.Add(new Int32DataFrameColumn(p.Code() + "有效天数", rows.Select(r => (int?)r.ValidDays[p])));
        return frame;
    }
}
