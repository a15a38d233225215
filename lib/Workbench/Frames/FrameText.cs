using System.Globalization;
using Microsoft.Data.Analysis;
using Workbench.Standards.Rounding;
using Workbench.Text;

namespace Workbench.Frames;

/// <summary>
/// Readable rendering of Microsoft.Data.Analysis DataFrames: Chinese columns aligned, numbers at
/// their reported precision with no float noise (DataFrame.ToString prints 17.600000381469727).
/// </summary>
public static class FrameText
{
    /// <summary>Renders a frame as an aligned text table. <paramref name="decimals"/> maps a column
    /// name to its reported decimals; other numeric columns print with up to 15 significant digits.</summary>
    public static string ToText(DataFrame frame, IReadOnlyDictionary<string, int>? decimals = null, int maxRows = 200)
    {
        var headers = frame.Columns.Select(c => c.Name).ToArray();
        var rows = new List<IReadOnlyList<string>>();
        for (long r = 0; r < Math.Min(frame.Rows.Count, maxRows); r++)
        {
            var cells = new string[headers.Length];
            for (var c = 0; c < headers.Length; c++)
                cells[c] = FormatCell(frame.Columns[c][r], decimals is not null && decimals.TryGetValue(headers[c], out var d) ? d : null);
            rows.Add(cells);
        }
        var text = TextTable.Render(headers, rows);
        if (frame.Rows.Count > maxRows) text += $"……共 {frame.Rows.Count} 行，仅显示前 {maxRows} 行\n";
        return text;
    }

    /// <summary>Formats one cell: null as empty, numbers without binary noise, dates as ISO, yes/no in Chinese.</summary>
    public static string FormatCell(object? value, int? decimals = null) => value switch
    {
        null => "",
        bool b => b ? "是" : "否",
        double d when double.IsNaN(d) => "",
        float f when float.IsNaN(f) => "",
        double d => Number(d, decimals),
        float f => Number((double)(decimal)f, decimals),
        decimal m => decimals is int k ? GbT8170.Round(m, k).ToString(CultureInfo.InvariantCulture) : m.ToString(CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Number(double d, int? decimals)
    {
        if (!double.IsFinite(d)) return d.ToString(CultureInfo.InvariantCulture);
        var m = decimals is int k ? GbT8170.Round(d, k) : GbT8170.ToDecimal(d);
        return decimals is int kk ? m.ToString("F" + kk, CultureInfo.InvariantCulture) : m.ToString(CultureInfo.InvariantCulture);
    }
}
