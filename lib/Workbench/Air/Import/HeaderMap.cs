using System.Text;
using Workbench.IO;

namespace Workbench.Air.Import;

/// <summary>
/// Finds columns by name in a header, tolerant of case, spaces (also full-width), BOMs and units in
/// brackets: "PM2.5(μg/m³)", "pm2.5", "ＰＭ2.5" and "PM2.5 " all match "PM2.5".
/// </summary>
internal sealed class HeaderMap
{
    private readonly string[] _normalized;

    public HeaderMap(string[] header, string file)
    {
        Header = header;
        File = file;
        _normalized = header.Select(Normalize).ToArray();
    }

    /// <summary>The header as read.</summary>
    public string[] Header { get; }

    /// <summary>The file (for errors).</summary>
    public string File { get; }

    /// <summary>Index of the first column matching any of the names, or -1.</summary>
    public int Find(params string[] names)
    {
        foreach (var n in names)
        {
            var i = Array.IndexOf(_normalized, Normalize(n));
            if (i >= 0) return i;
        }
        return -1;
    }

    /// <summary>Index of a required column; a Chinese error naming file and line 1 when absent.</summary>
    public int Require(string what, params string[] names)
    {
        var i = Find(names);
        if (i < 0)
            throw new WorkbenchDataException(File, 1, null,
                $"表头缺少{what}列（可用列名：{string.Join("、", names)}；实际表头：{string.Join(",", Header.Take(20))}）");
        return i;
    }

    /// <summary>Lower-case, no spaces, no bracketed units, full-width letters and digits made ASCII.</summary>
    public static string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        var depth = 0;
        foreach (var raw in s.Normalize(NormalizationForm.FormKC))
        {
            var c = raw;
            if (c is '(' or '（' or '[' or '【') { depth++; continue; }
            if (c is ')' or '）' or ']' or '】') { depth = Math.Max(0, depth - 1); continue; }
            if (depth > 0 || char.IsWhiteSpace(c) || c == '\uFEFF' || c == '"') continue;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
