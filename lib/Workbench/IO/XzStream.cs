using SharpCompress.Compressors.Xz;

namespace Workbench.IO;

/// <summary>
/// Reads .xz files, decoded in-process by SharpCompress's managed decoder: no system <c>xz</c> program is needed
/// (Windows has none). This class is the only place that knows how .xz is decoded.
/// </summary>
/// <remarks>
/// Measured on the 124 MB national archive (docs/install.md): the system <c>xz -dc</c> takes about 0.6 times the CPU, but
/// only where it is installed, and the .xz files the readers take are a few megabytes, where the difference is a
/// fraction of a second: one decoder everywhere, every platform reading the same way.
/// </remarks>
public static class XzStream
{
    /// <summary>True when the path names an .xz file.</summary>
    public static bool IsXz(string path) => path.EndsWith(".xz", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens a file for reading, decompressing it when it ends with .xz.</summary>
    public static Stream OpenRead(string path) => IsXz(path) ? OpenXz(path) : File.OpenRead(path);

    /// <summary>Reads a whole file into memory, decompressing .xz.</summary>
    public static byte[] ReadAllBytes(string path)
    {
        if (!IsXz(path)) return File.ReadAllBytes(path);
        using var s = OpenXz(path);
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    private static Stream OpenXz(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"文件不存在：{path}", path);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return new CheckedXzStream(file, path);
    }

    /// <summary>The decoded bytes; a damaged or truncated file is reported with its path, never read as shorter data.</summary>
    private sealed class CheckedXzStream(FileStream file, string path) : Stream
    {
        private XZStream? _xz;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            try
            {
                _xz ??= new XZStream(file);
                var n = _xz.Read(buffer);
                // The decoder checks the index and footer only when asked for more after the last block.
                if (n == 0 && buffer.Length > 0 && file.Position < file.Length)
                    throw new InvalidDataException($"流结束后仍有 {file.Length - file.Position} 字节未读");
                return n;
            }
            catch (Exception e) when (e is not WorkbenchDataException and not OperationCanceledException and not OutOfMemoryException)
            {
                throw new WorkbenchDataException(path, null, null, $".xz 解压失败（文件损坏或不完整）：{e.Message}", e);
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _xz?.Dispose();
                file.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
