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
}
