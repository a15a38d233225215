using System.IO.Compression;

namespace Workbench.Air.Import;

/// <summary>
/// One input file for an importer: a display name (used in quality lines and error messages) and a way
/// to open it. Lets readers take files, zip entries or in-memory streams alike.
/// </summary>
public sealed class ImportSource
{
    private readonly Func<Stream> _open;

    /// <summary>Creates a source from a display name and an opener (called once per read pass).</summary>
    public ImportSource(string displayName, Func<Stream> open)
    {
        DisplayName = displayName;
        _open = open;
    }

    /// <summary>The name shown in quality lines and errors (file name without directory, or archive.zip!/entry).</summary>
    public string DisplayName { get; }

    /// <summary>A file on disk, when the source is one (null for zip entries and streams).</summary>
    public string? FilePath { get; private init; }

    /// <summary>Opens the content for reading.</summary>
    public Stream Open() => _open();

    /// <summary>Reads the whole content into memory.</summary>
    public byte[] ReadAllBytes()
    {
        if (FilePath is not null) return File.ReadAllBytes(FilePath);
        using var s = Open();
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>
    /// Reads the whole content into a buffer rented from the shared pool (return it with
    /// <see cref="System.Buffers.ArrayPool{T}.Return"/>): a national year is 364 files of 1.6 MB, and fresh
    /// large arrays for each would keep the garbage collector busy.
    /// </summary>
    internal byte[] RentAllBytes(out int length)
    {
        using var s = FilePath is not null
            ? new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan)
            : Open();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(s.CanSeek ? (int)Math.Max(1, s.Length) : 1 << 20);
        length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var bigger = System.Buffers.ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
                var n = s.Read(buffer, length, buffer.Length - length);
                if (n == 0) return buffer;
                length += n;
            }
        }
        catch
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>Opens the content for one sequential pass (files with a read-ahead hint).</summary>
    internal Stream OpenSequential() => FilePath is not null
        ? new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan)
        : Open();

    /// <summary>A file on disk, decompressed on the fly when it ends with .xz (display name = file name, .xz included).</summary>
    public static ImportSource FromPath(string path) =>
        Workbench.IO.XzStream.IsXz(path)
            ? new ImportSource(Path.GetFileName(path), () => Workbench.IO.XzStream.OpenRead(path))
            : FromFile(path);

    /// <summary>A file on disk; its display name is the file name.</summary>
    public static ImportSource FromFile(string path) =>
        new(Path.GetFileName(path), () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        { FilePath = path };

    /// <summary>The entries of a zip archive whose names match <paramref name="accept"/>, sorted by name.
    /// Each entry is opened through its own archive handle, so entries can be read in parallel.</summary>
    /// <remarks>A member is named <c>archive.zip!/member</c> in messages; an archive that cannot be opened is a
    /// <see cref="Workbench.IO.WorkbenchDataException"/> naming it.</remarks>
    public static IReadOnlyList<ImportSource> FromZip(string zipPath, Func<string, bool> accept)
    {
        var zipName = Path.GetFileName(zipPath);
        try
        {
            using var zip = ZipFile.OpenRead(zipPath);
            return zip.Entries
                .Where(e => e.Length > 0 && accept(e.Name))
                .OrderBy(e => e.FullName, StringComparer.Ordinal)
                .Select(e => e.FullName)
                .Select(full => new ImportSource(MemberName(zipName, full), () => OpenEntry(zipPath, full)))
                .ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new Workbench.IO.WorkbenchDataException(zipPath, null, null,
                e is InvalidDataException ? "不是有效的 zip 压缩文件（文件已损坏或不完整）" : Workbench.IO.IoErrors.Reason(e), e);
        }
    }

    /// <summary>How a zip member is named in messages and quality lines: <c>archive.zip!/folder/member.csv</c>.</summary>
    public static string MemberName(string zipName, string memberPath) => $"{zipName}!/{memberPath.TrimStart('/')}";

    private static Stream OpenEntry(string zipPath, string fullName)
    {
        var member = MemberName(Path.GetFileName(zipPath), fullName);
        ZipArchive zip;
        try { zip = ZipFile.OpenRead(zipPath); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new Workbench.IO.WorkbenchDataException(member, null, null, Workbench.IO.IoErrors.Reason(e), e);
        }
        try
        {
            var entry = zip.GetEntry(fullName) ?? throw new Workbench.IO.WorkbenchDataException(member, null, null, "压缩文件中没有该文件（压缩文件在读取期间被改动）");
            return new OwningStream(entry.Open(), zip);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            zip.Dispose();
            throw new Workbench.IO.WorkbenchDataException(member, null, null, "压缩内容已损坏，无法解压", e);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>A zip entry stream that closes its archive with it (so reading a header decompresses only the start).</summary>
    private sealed class OwningStream(Stream inner, IDisposable owner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                owner.Dispose();
            }
            base.Dispose(disposing);
        }
    }

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}
