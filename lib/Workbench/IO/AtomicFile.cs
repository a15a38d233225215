using System.Text;

namespace Workbench.IO;

/// <summary>
/// Writes files through a temporary name and a rename, so nothing half-written is left. Every failure of the write
/// itself (a folder given as the file, no permission, disk full, path too long) is a <see cref="WorkbenchOutputException"/>
/// naming the path, and the temporary file is removed on every failure path.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes a file atomically: a temporary file beside it, then a rename over the target.</summary>
    /// <remarks>
    /// The parent folder is created when missing. An existing device under /dev (e.g. /dev/null, /dev/stdout) is
    /// written in place: renaming over it would replace the device. Exceptions of <paramref name="write"/> other than
    /// writing to its stream (e.g. reading an input) pass through unchanged.
    /// </remarks>
    public static void Write(string path, Action<Stream> write)
    {
        var full = OutputPath.FullPath(path);
        OutputPath.EnsureFile(path, full);
        if (IsDevice(full))
        {
            var device = Guard(path, () => new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite));
            try
            {
                write(new GuardedStream(device, path));
                Guard(path, device.Flush);
            }
            finally
            {
                // A flush that failed is tried again on dispose: that second failure must not replace the first.
                try { device.Dispose(); } catch (Exception e) when (IoErrors.IsFileSystem(e)) { }
            }
            return;
        }
        WriteVia(path, tmp =>
        {
            var fs = Guard(path, () => new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None));
            try { write(new GuardedStream(fs, path)); }
            catch
            {
                try { fs.Dispose(); } catch (Exception e) when (IoErrors.IsFileSystem(e)) { }
                throw;
            }
            Guard(path, fs.Dispose);   // the last flush: disk full often shows here
        });
    }

    /// <summary>
    /// Writes through a temporary path beside the target that <paramref name="writeTemp"/> fills (for writers that
    /// need a path, e.g. DuckDB), then renames it over the target; the temporary file is removed on any failure.
    /// </summary>
    public static void WriteVia(string path, Action<string> writeTemp)
    {
        var full = OutputPath.FullPath(path);
        OutputPath.EnsureFile(path, full);
        var dir = Path.GetDirectoryName(full)!;
        Guard(path, () => Directory.CreateDirectory(dir));
        var tmp = Path.Combine(dir, TempName(Path.GetFileName(full)));
        try
        {
            writeTemp(tmp);
            Guard(path, () => File.Move(tmp, full, overwrite: true));
        }
        catch
        {
            TryDelete(tmp);
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

    /// <summary>Deletes a file when it is there, ignoring failures (cleanup must not hide the first error).</summary>
    public static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (IoErrors.IsFileSystem(e)) { }
    }

    /// <summary>A hidden temporary name, kept within 255 bytes however long the target's name is.</summary>
    private static string TempName(string fileName)
    {
        var suffix = $".{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        var stem = fileName;
        while (Encoding.UTF8.GetByteCount(stem) + suffix.Length + 1 > 255 && stem.Length > 0) stem = stem[..^1];
        return "." + stem + suffix;
    }

    private static bool IsDevice(string full) =>
        !OperatingSystem.IsWindows() && full.StartsWith("/dev/", StringComparison.Ordinal)
        && !full.StartsWith("/dev/shm/", StringComparison.Ordinal) && File.Exists(full);

    private static void Guard(string path, Action action)
    {
        try { action(); }
        catch (Exception e) when (IoErrors.IsFileSystem(e)) { throw IoErrors.Writing(path, e); }
    }

    private static T Guard<T>(string path, Func<T> action)
    {
        try { return action(); }
        catch (Exception e) when (IoErrors.IsFileSystem(e)) { throw IoErrors.Writing(path, e); }
    }

    /// <summary>The target stream as the writer sees it: a failed write names the output; disposing only flushes.</summary>
    private sealed class GuardedStream(Stream inner, string path) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => Guard(path, () => inner.Position = value); }
        public override void Flush() => Guard(path, inner.Flush);
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => Guard(path, () => inner.Seek(offset, origin));
        public override void SetLength(long value) => Guard(path, () => inner.SetLength(value));
        public override void Write(byte[] buffer, int offset, int count) => Guard(path, () => inner.Write(buffer, offset, count));
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try { inner.Write(buffer); }
            catch (Exception e) when (IoErrors.IsFileSystem(e)) { throw IoErrors.Writing(path, e); }
        }
        public override void WriteByte(byte value) => Guard(path, () => inner.WriteByte(value));

        public override async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            try { await inner.WriteAsync(buffer.AsMemory(offset, count), cancellationToken); }
            catch (Exception e) when (IoErrors.IsFileSystem(e)) { throw IoErrors.Writing(path, e); }
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try { await inner.WriteAsync(buffer, cancellationToken); }
            catch (Exception e) when (IoErrors.IsFileSystem(e)) { throw IoErrors.Writing(path, e); }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) Flush();   // the owner closes the file (and so can remove it on failure)
            base.Dispose(disposing);
        }
    }
}
