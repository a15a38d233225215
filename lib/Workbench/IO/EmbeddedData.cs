using System.Text;

namespace Workbench.IO;

/// <summary>Reads data files shipped inside the library (any `Data/*.csv` under lib/Workbench).</summary>
public static class EmbeddedData
{
    /// <summary>Opens an embedded file by its path inside lib/Workbench, e.g. <c>Registries/Data/cities.csv</c>.</summary>
    public static TextReader OpenText(string relativePath)
    {
        var name = "Workbench." + relativePath.Replace('\\', '/');
        var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"内置数据文件不存在：{relativePath}");
        return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    }

    /// <summary>
    /// The data lines of an embedded table with one header line: blank lines and <c>#</c> comments skipped, the first
    /// other line taken as the header; each line with its 1-based number in the file (for messages).
    /// </summary>
    public static IEnumerable<(string Line, int LineNo)> DataLines(string relativePath)
    {
        using var r = OpenText(relativePath);
        var lineNo = 0;
        var headerSeen = false;
        while (r.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!headerSeen) { headerSeen = true; continue; }
            yield return (line, lineNo);
        }
    }
}
