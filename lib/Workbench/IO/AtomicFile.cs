using System.Text;

namespace Workbench.IO;

/// <summary>Writes files through a temporary name and a rename, so nothing half-written is left.</summary>
public static class AtomicFile
{
    /// <summary>Writes a file atomically: a temporary file beside it, then a rename over the target.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var tmp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var fs = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                write(fs);
            File.Move(tmp, full, overwrite: true);
        }
        catch
        {
            try { File.Delete(tmp); } catch (IOException) { }
            throw;
        }
    }

    /// <summary>Writes UTF-8 text atomically (with a BOM when asked, for Excel).</summary>
    public static void WriteText(string path, Action<TextWriter> write, bool withBom = false) =>
        Write(path, s =>
        {
            using var w = new StreamWriter(s, new UTF8Encoding(withBom)) { NewLine = "\n" };
            write(w);
        });
}
