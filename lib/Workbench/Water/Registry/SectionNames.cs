using System.Text;

namespace Workbench.Water.Registry;

/// <summary>
/// Normalises section names as files spell them: full-width brackets and spaces (<c>广北滨河路(桥）</c>),
/// so that one section has one key.
/// </summary>
public static class SectionNames
{
    /// <summary>Full-width brackets to ASCII, full-width and ordinary spaces removed, trimmed.</summary>
    public static string Normalise(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "";
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name)
        {
            switch (ch)
            {
                case '（': sb.Append('('); break;
                case '）': sb.Append(')'); break;
                case ' ' or '\u3000' or '\t' or '\u00A0': break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>True when normalising changed something other than surrounding spaces (worth a quality line).</summary>
    public static bool HasFullWidthBrackets(string? name) => name is not null && (name.Contains('（') || name.Contains('）'));
}
