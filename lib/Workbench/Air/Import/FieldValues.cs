using System.Globalization;
using Workbench.Quality;

namespace Workbench.Air.Import;

/// <summary>
/// Parses the value fields of one text file: missing markers (empty, NA, NaN, -, --, —, *) become NaN and
/// are counted for one summary line per file; non-numeric and negative values are rejected with file,
/// line and column.
/// </summary>
internal sealed class FieldValues(DataQualityReport quality, string file)
{
    private long _missing;

    /// <summary>The file the values come from.</summary>
    public string File { get; } = file;

    /// <summary>Missing markers seen so far.</summary>
    public long MissingCount => _missing;

    /// <summary>True for the markers the feeds use for "no value".</summary>
    public static bool IsMissingMarker(string s)
    {
        var t = s.Trim().Trim('\u3000');
        return t.Length == 0 || t is "NA" or "N/A" or "NaN" or "nan" or "NAN" or "null" or "NULL" or "-" or "--" or "—" or "——" or "*";
    }

    /// <summary>A concentration (NaN when missing or rejected).</summary>
    public double Parse(string text, long line, string column, string? station, string? time)
    {
        if (IsMissingMarker(text)) { _missing++; return double.NaN; }
        var t = text.Trim().Trim('\u3000');
        // A comma inside a field can only come from a quoted field: "1,234" is a number with thousands separators
        // (issue 14), read without them and reported; any other comma (a decimal comma "1,23") is not a number.
        if (t.Contains(',') && StructureIssues.IsThousandsGrouped(t)
            && double.TryParse(t.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var grouped) && grouped >= 0)
        {
            quality.Add(StructureIssues.Thousands(File, line, column, station, time, t, grouped));
            return grouped;
        }
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
        {
            quality.Add(new QualityIssue(File, line, column, station, time, "invalid-value",
                $"非数值：{column} 为“{Short(t)}”，剔除", QualityAction.Rejected));
            return double.NaN;
        }
        if (v < 0)
        {
            quality.Add(new QualityIssue(File, line, column, station, time, "negative-value",
                $"负值：{column} = {t}，剔除", QualityAction.Rejected));
            return double.NaN;
        }
        return v;
    }

    /// <summary>A published AQI (-1 when missing or rejected; must be a whole number).</summary>
    public int ParseAqi(string text, long line, string column, string? station, string? time)
    {
        var v = Parse(text, line, column, station, time);
        if (double.IsNaN(v)) return -1;
        if (v != Math.Floor(v) || v > short.MaxValue)
        {
            quality.Add(new QualityIssue(File, line, column, station, time, "invalid-aqi",
                $"AQI 非整数：“{text.Trim()}”，剔除", QualityAction.Rejected));
            return -1;
        }
        return (int)v;
    }

    /// <summary>Adds the per-file summary line of missing markers (when there were any).</summary>
    public void Summarise()
    {
        if (_missing > 0)
            quality.Add(new QualityIssue(File, null, null, null, null, "empty-values",
                $"空值：本文件有 {_missing:N0} 个缺失标记（空、NA、NaN 等），按缺失处理（不逐条列出）", QualityAction.Missing));
    }

    private static string Short(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
