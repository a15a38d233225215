namespace Workbench.IO;

/// <summary>Where the small files that go with a data input are looked for (station list, dust days, targets, water/).</summary>
public static class InputFiles
{
    /// <summary>
    /// Refuses an input file that is not there (or is a folder) before it is opened, with a Chinese message naming
    /// it; returns the path.
    /// </summary>
    /// <exception cref="WorkbenchDataException">Missing, or a folder.</exception>
    public static string Require(string path)
    {
        if (File.Exists(path)) return path;
        throw new WorkbenchDataException(string.IsNullOrEmpty(path) ? "(空路径)" : path, null, null,
            Directory.Exists(path) ? "这是一个文件夹，不是文件" : "文件不存在");
    }

    /// <summary>Reads an input file whole; a file that cannot be read is a <see cref="WorkbenchDataException"/> naming it.</summary>
    public static byte[] ReadAllBytes(string path)
    {
        Require(path);
        try { return File.ReadAllBytes(path); }
        catch (Exception e) when (IoErrors.IsFileSystem(e)) { throw IoErrors.Reading(path, e); }
    }

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
