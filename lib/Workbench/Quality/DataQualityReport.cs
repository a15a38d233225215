using System.Text;
using Workbench.IO;

namespace Workbench.Quality;

/// <summary>
/// Every value an importer rejected, corrected or flagged, with file, line and column.
/// Nothing is dropped silently: an importer that leaves anything out adds a line here.
/// </summary>
/// <remarks>Thread-safe for concurrent <see cref="Add(QualityIssue)"/>.</remarks>
public sealed class DataQualityReport
{
    private readonly List<QualityIssue> _issues = [];
    private readonly Dictionary<string, long> _counts = [];
    private readonly Lock _gate = new();

    /// <summary>Lines kept in memory per reason code; the rest are only counted (a national year can
    /// hold millions of missing values).</summary>
    public int MaxListedPerCode { get; init; } = 10_000;

    /// <summary>Files read (for the summary).</summary>
    public int FilesRead { get; private set; }

    /// <summary>Values or rows accepted (for the summary).</summary>
    public long ValuesAccepted { get; private set; }

    /// <summary>The listed issues, in the order they were added.</summary>
    public IReadOnlyList<QualityIssue> Issues { get { lock (_gate) return _issues.ToArray(); } }

    /// <summary>Count per reason code, including issues beyond <see cref="MaxListedPerCode"/>.</summary>
    public IReadOnlyDictionary<string, long> CountsByCode { get { lock (_gate) return new Dictionary<string, long>(_counts); } }

    /// <summary>Total count of issues, listed or not.</summary>
    public long TotalCount { get { lock (_gate) return _counts.Values.Sum(); } }

    /// <summary>Adds one issue.</summary>
    public void Add(QualityIssue issue)
    {
        lock (_gate)
        {
            _counts.TryGetValue(issue.Code, out var n);
            _counts[issue.Code] = n + 1;
            if (n < MaxListedPerCode) _issues.Add(issue);
        }
    }

    /// <summary>True when issues of <paramref name="code"/> are no longer listed, only counted (<see cref="MaxListedPerCode"/>).</summary>
    public bool IsListFull(string code)
    {
        lock (_gate) return _counts.GetValueOrDefault(code) >= MaxListedPerCode;
    }

    /// <summary>Counts <paramref name="n"/> issues of <paramref name="code"/> without listing them (beyond the listing limit).</summary>
    public void Count(string code, long n = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        lock (_gate) _counts[code] = _counts.GetValueOrDefault(code) + n;
    }

    /// <summary>Adds one issue.</summary>
    public void Add(string file, long? line, string? column, string? station, string? time,
        string code, string reason, QualityAction action) =>
        Add(new QualityIssue(file, line, column, station, time, code, reason, action));

    /// <summary>Counts a file read.</summary>
    public void CountFile() { lock (_gate) FilesRead++; }

    /// <summary>Counts accepted values.</summary>
    public void CountAccepted(long n) { lock (_gate) ValuesAccepted += n; }

    /// <summary>Appends everything from another report (e.g. per-file reports merged in order); with
    /// <paramref name="keep"/>, only the issues it keeps (counts beyond the other's listing limit are all taken).</summary>
    public void Merge(DataQualityReport other, Func<QualityIssue, bool>? keep = null)
    {
        foreach (var i in other.Issues) if (keep is null || keep(i)) Add(i);
        lock (_gate)
        {
            FilesRead += other.FilesRead;
            ValuesAccepted += other.ValuesAccepted;
            // Counts beyond the listing limit of the other report.
            foreach (var (code, n) in other.CountsByCode)
            {
                var listed = other.Issues.Count(i => i.Code == code);
                if (n > listed) _counts[code] = _counts.GetValueOrDefault(code) + (n - listed);
            }
        }
    }

    /// <summary>One Chinese line: files, accepted values and issues by reason.</summary>
    public string Summary()
    {
        var counts = CountsByCode;
        var sb = new StringBuilder();
        sb.Append($"数据质量：读取文件 {FilesRead} 个，接受数值 {ValuesAccepted:N0} 个");
        if (counts.Count == 0) sb.Append("，无问题记录");
        else
        {
            sb.Append($"，问题 {counts.Values.Sum():N0} 条（");
            sb.Append(string.Join("；", counts.OrderByDescending(kv => kv.Value)
                .Select(kv => $"{ReasonTitle(kv.Key)} {kv.Value:N0}")));
            sb.Append('）');
        }
        return sb.ToString();
    }

    private string ReasonTitle(string code)
    {
        lock (_gate)
        {
            var first = _issues.FirstOrDefault(i => i.Code == code);
            return first is null ? code : first.Reason.Split('：', ':')[0];
        }
    }

    /// <summary>Header of the CSV report (Chinese, as analysts open it in Excel).</summary>
    public static readonly string[] CsvHeader = ["文件", "行", "列", "站点", "时间", "原因代码", "原因", "处理"];

    /// <summary>Writes the report as UTF-8 CSV with BOM (Excel opens it correctly), atomically.</summary>
    public void WriteCsv(string path)
    {
        AtomicFile.WriteText(path, w =>
        {
            w.WriteLine(string.Join(',', CsvHeader));
            foreach (var i in Issues)
                w.WriteLine(string.Join(',',
                    Csv.Escape(i.File), i.Line?.ToString() ?? "", Csv.Escape(i.Column ?? ""),
                    Csv.Escape(i.Station ?? ""), Csv.Escape(i.Time ?? ""), i.Code, Csv.Escape(i.Reason),
                    ActionName(i.Action)));
            // Counted but not listed: say so, so the file never looks complete when it is not.
            foreach (var (code, n) in CountsByCode)
            {
                var listed = Issues.Count(i => i.Code == code);
                if (n > listed)
                    w.WriteLine(string.Join(',', "", "", "", "", "", code,
                        Csv.Escape($"另有 {n - listed:N0} 条同类问题未逐条列出"), ""));
            }
        }, withBom: true);
    }

    /// <summary>Chinese name of an action.</summary>
    public static string ActionName(QualityAction a) => a switch
    {
        QualityAction.Rejected => "剔除",
        QualityAction.Corrected => "修正",
        QualityAction.Flagged => "标记",
        QualityAction.Missing => "缺失",
        _ => a.ToString(),
    };
}
