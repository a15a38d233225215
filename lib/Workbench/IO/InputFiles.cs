namespace Workbench.IO;

/// <summary>Where the small files that go with a data input are looked for (station list, dust days, targets, water/).</summary>
public static class InputFiles
{
    /// <summary>
    /// The first of <paramref name="names"/> (file or folder) found in an input's folder (the input itself when it is a
    /// folder) or that folder's parent, trying the inputs in order; null when none is there.
    /// </summary>
    public static string? FindBeside(IReadOnlyList<string> inputs, params string[] names)
    {
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full);
            for (var level = 0; folder is not null && level < 2; level++, folder = Path.GetDirectoryName(folder))
                foreach (var name in names)
                {
                    var candidate = Path.Combine(folder, name);
                    if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
                }
        }
        return null;
    }
}
