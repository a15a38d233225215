using System.Text;

namespace Workbench.Registries;

/// <summary>Splits one CSV line into fields (RFC 4180 quotes; no embedded line breaks in registry files).</summary>
internal static class CsvFields
{
    /// <summary>Fields of <paramref name="line"/>; a trailing CR is removed first.</summary>
    public static string[] Split(string line)
    {
        if (line.EndsWith('\r')) line = line[..^1];
        if (line.IndexOf('"') < 0) return line.Split(',');
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else sb.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(ch);
        }
        fields.Add(sb.ToString());
        return fields.ToArray();
    }

    /// <summary>Trims ASCII and full-width spaces (U+3000), no-break spaces and a stray BOM.</summary>
    public static string Clean(string s) => s.Trim(Blanks);

    private static readonly char[] Blanks = [' ', '\t', '\u3000', '\u00A0', '\uFEFF', '\r', '\n'];
}
