using System.Collections;
using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.Data.Analysis;
using Workbench.Frames;

namespace Workbench.Notebooks.Rendering;

/// <summary>
/// Tables as HTML for notebook outputs: DataFrames, and lists of records (one row per item, one column per public
/// property). Numbers keep the decimals the result carries (FrameText's formatting), Chinese aligns because the
/// browser lays it out, and a cut table says how many rows it had.
/// </summary>
public static class HtmlTable
{
    // Cells never wrap (a narrow output area broke Chinese headers one character per line); a table wider than the
    // output scrolls sideways in its own box instead.
    private const string Style =
        "<style>div.wb-table{overflow-x:auto;max-width:100%}table.wb{border-collapse:collapse;font-size:13px}" +
        "table.wb th,table.wb td{border:1px solid #ccc;padding:2px 8px;white-space:nowrap}" +
        "table.wb td.n{text-align:right;font-variant-numeric:tabular-nums}table.wb th{background:#f3f3f3}</style>";

    /// <summary>A DataFrame as an HTML table, at most <paramref name="maxRows"/> rows.</summary>
    public static string Of(DataFrame frame, int maxRows, IReadOnlyDictionary<string, int>? decimals = null)
    {
        var headers = frame.Columns.Select(c => c.Name).ToList();
        var rows = new List<IReadOnlyList<object?>>();
        for (long r = 0; r < Math.Min(frame.Rows.Count, maxRows); r++)
            rows.Add(frame.Columns.Select(c => c[r]).ToList());
        return Build(headers, rows, frame.Rows.Count, (col, value) =>
            FrameText.FormatCell(value, decimals is not null && decimals.TryGetValue(headers[col], out var d) ? d : null));
    }

    /// <summary>A list of objects as a table of their public properties, or null when the items have none.</summary>
    public static string? OfItems(IEnumerable items, int maxRows)
    {
        var list = items.Cast<object?>().ToList();
        var type = list.FirstOrDefault(i => i is not null)?.GetType();
        if (type is null || IsScalar(type)) return null;
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToList();
        if (properties.Count == 0) return null;
        var rows = list.Take(maxRows)
            .Select(item => (IReadOnlyList<object?>)properties.Select(p => item is null || !p.DeclaringType!.IsInstanceOfType(item) ? null : p.GetValue(item)).ToList())
            .ToList();
        return Build(properties.Select(p => p.Name).ToList(), rows, list.Count, (_, value) => FrameText.FormatCell(value));
    }

    /// <summary>True for values shown as one cell (numbers, text, dates), not as a row of properties.</summary>
    public static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
        || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan)
        || Nullable.GetUnderlyingType(type) is { } u && IsScalar(u);

    private static string Build(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<object?>> rows, long total, Func<int, object?, string> format)
    {
        var sb = new StringBuilder(Style).Append("<div class=\"wb-table\"><table class=\"wb\"><thead><tr>");
        foreach (var h in headers) sb.Append("<th>").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            sb.Append("<tr>");
            for (var c = 0; c < row.Count; c++)
            {
                var value = row[c];
                var numeric = value is not null && value.GetType() is var t && (t.IsPrimitive || t == typeof(decimal)) && t != typeof(bool) && t != typeof(char);
                sb.Append(numeric ? "<td class=\"n\">" : "<td>").Append(WebUtility.HtmlEncode(Text(value, c, format))).Append("</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table></div>");
        if (total > rows.Count) sb.Append("<p>（共 ").Append(total).Append(" 行，显示前 ").Append(rows.Count).Append(" 行）</p>");
        return sb.ToString();
    }

    private static string Text(object? value, int column, Func<int, object?, string> format) => value switch
    {
        null => "",
        IEnumerable e when value is not string => string.Join("、", e.Cast<object?>().Select(v => format(column, v))),
        _ => format(column, value),
    };
}
