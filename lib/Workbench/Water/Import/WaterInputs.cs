using Workbench.Quality;
using Workbench.Water.Files;

namespace Workbench.Water.Import;

/// <summary>
/// Loads assessment inputs of any supported kind: automatic-station files (17-column CSV, snapshots, API JSON) and
/// monthly manual-sampling tables (CSV/XLSX), telling them apart by their header.
/// </summary>
public static class WaterInputs
{
    /// <summary>Reads every file into samples, in file order.</summary>
    public static IReadOnlyList<WaterSample> Load(IEnumerable<string> paths, DataQualityReport quality)
    {
        var all = new List<WaterSample>();
        foreach (var path in paths)
        {
            if (!File.Exists(path)) throw new FileNotFoundException($"输入文件不存在：{path}", path);
            if (IsAutomatic(path))
            {
                var data = AutomaticStationImporter.Read(path, quality);
                all.AddRange(WaterSamples.FromAutomatic(data, out var repeats));
                if (repeats > 0)
                    quality.Add(data.File, null, null, null, null, "repeated-reading",
                        $"同一断面同一时间的重复读数：{repeats:N0} 条只取第一条", QualityAction.Rejected);
            }
            else all.AddRange(ManualSampleImporter.Read(path, quality).Samples);
        }
        return all;
    }

    /// <summary>True for JSON, or a CSV whose header has 水质类别 and 监测时间 (the automatic-station layouts).</summary>
    public static bool IsAutomatic(string path)
    {
        if (AutomaticStationImporter.IsJsonName(path)) return true;
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) return false;
        using var s = Workbench.IO.XzStream.OpenRead(path);
        var head = new byte[64 * 1024];
        var n = 0;
        for (int k; n < head.Length && (k = s.Read(head, n, head.Length - n)) > 0;) n += k;
        var end = Array.IndexOf(head, (byte)'\n', 0, n);
        // The header line only, decoded as the importers do (a GBK header is still an automatic-station header).
        string header;
        try { header = CsvText.Decode(head[..(end < 0 ? n : end)], Path.GetFileName(path)); }
        catch (Workbench.IO.WorkbenchDataException) { return false; }
        if (header.TrimStart().StartsWith('{')) return true;
        return header.Contains("水质类别") && header.Contains("监测时间");
    }
}
