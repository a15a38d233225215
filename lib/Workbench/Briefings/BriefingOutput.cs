using System.Text;

namespace Workbench.Briefings;

/// <summary>Where a briefing is written: an explicit path (replaced only when forced) or a new dated folder.</summary>
public static class BriefingOutput
{
    /// <summary>The file name of a briefing: <c>东州_2020_环境质量简报.xlsx</c> (characters not allowed in names replaced).</summary>
    public static string FileName(string city, Periods.Period period)
    {
        var name = $"{city}_{period.Code.Replace("..", "至")}_环境质量简报.xlsx";
        var sb = new StringBuilder();
        foreach (var ch in name) sb.Append(Path.GetInvalidFileNameChars().Contains(ch) || ch is ':' or '*' or '?' or '"' or '<' or '>' or '|' or '\\' ? '_' : ch);
        return sb.ToString();
    }

    /// <summary>
    /// The path to write. <paramref name="outPath"/> given: that path; when it exists it is replaced only with
    /// <paramref name="force"/>, otherwise an error says so. Not given: a new folder
    /// <c>&lt;root&gt;/yyyyMMdd-HHmmss[-n]/</c> (never an existing one), so a job can be run again and again.
    /// </summary>
    /// <exception cref="InvalidOperationException">The explicit path exists and <paramref name="force"/> is false.</exception>
    public static string Resolve(string? outPath, bool force, string root, string fileName, DateTimeOffset now)
    {
        if (outPath is not null)
        {
            if (Directory.Exists(outPath))
                throw new InvalidOperationException($"输出路径“{outPath}”是一个文件夹：请给出 .xlsx 文件名");
            if (File.Exists(outPath) && !force)
                throw new InvalidOperationException($"输出文件“{outPath}”已存在：加 --force 覆盖，或换一个文件名");
            return outPath;
        }
        var stamp = now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var folder = Path.Combine(root, stamp);
        for (var n = 2; Directory.Exists(folder); n++) folder = Path.Combine(root, $"{stamp}-{n}");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }
}
