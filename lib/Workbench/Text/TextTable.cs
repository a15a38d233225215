using System.Text;

namespace Workbench.Text;

/// <summary>A plain text table with columns aligned by display width (Chinese counts double).</summary>
public static class TextTable
{
    /// <summary>Renders rows under headers; numeric-looking cells are right-aligned.</summary>
    public static string Render(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var body = rows.Select(r => r.ToArray()).ToList();
        var widths = headers.Select(EastAsianWidth.Of).ToArray();
        var numeric = new bool[headers.Count];
        Array.Fill(numeric, true);
        foreach (var r in body)
            for (var c = 0; c < headers.Count && c < r.Length; c++)
            {
                widths[c] = Math.Max(widths[c], EastAsianWidth.Of(r[c]));
                if (r[c].Length > 0 && !LooksNumeric(r[c])) numeric[c] = false;
            }
        var sb = new StringBuilder();
        AppendRow(sb, headers.ToArray(), widths, numeric);
        sb.AppendJoin("  ", widths.Select(w => new string('─', w))).Append('\n');
        foreach (var r in body) AppendRow(sb, r, widths, numeric);
        return sb.ToString();
    }

    private static void AppendRow(StringBuilder sb, string[] cells, int[] widths, bool[] numeric)
    {
        for (var c = 0; c < widths.Length; c++)
        {
            if (c > 0) sb.Append("  ");
            var cell = c < cells.Length ? cells[c] : "";
            var last = c == widths.Length - 1;
            sb.Append(numeric[c] ? EastAsianWidth.PadLeft(cell, widths[c])
                : last ? cell : EastAsianWidth.PadRight(cell, widths[c]));
        }
        sb.Append('\n');
    }

    private static bool LooksNumeric(string s) =>
        double.TryParse(s.TrimEnd('%'), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out _);
}
