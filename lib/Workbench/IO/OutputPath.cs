using System.Text;

namespace Workbench.IO;

/// <summary>What an output option names.</summary>
public enum OutputKind
{
    /// <summary>A file (written atomically).</summary>
    File,
    /// <summary>A folder the command creates or fills.</summary>
    Folder,
}

/// <summary>
/// The one rule for outputs, checked before anything is read: an output is never one of the inputs (same file or
/// folder after resolving full paths and symbolic links; case-insensitively on Windows and macOS), is of the kind the
/// option names, and has no path component longer than a file system allows. An output inside an input folder is
/// allowed. Write failures themselves are mapped by <see cref="AtomicFile"/> and <see cref="Write"/>.
/// </summary>
public static class OutputPath
{
    /// <summary>The reason given when a folder is named where a file is written.</summary>
    public const string IsFolderReason = "这是一个文件夹，不是文件：请给出文件名";

    /// <summary>Longest file or folder name most file systems accept, in bytes.</summary>
    public const int MaxComponentBytes = 255;

    /// <summary>
    /// Refuses <paramref name="output"/> (null = not asked for) when it is one of <paramref name="inputs"/> (nulls
    /// ignored) or not of <paramref name="kind"/>.
    /// </summary>
    /// <exception cref="WorkbenchOutputException">The output is an input, of the wrong kind, or its path is invalid.</exception>
    public static void EnsureNotInput(string? output, IEnumerable<string?> inputs, OutputKind kind = OutputKind.File)
    {
        if (output is null) return;
        var full = FullPath(output);
        var canonical = Canonical(full);
        foreach (var input in inputs)
        {
            if (string.IsNullOrEmpty(input)) continue;
            string inputFull;
            try { inputFull = Path.GetFullPath(input); }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException) { continue; }
            if (!Same(canonical, Canonical(inputFull))) continue;
            throw new WorkbenchOutputException(output, Directory.Exists(inputFull)
                ? $"这是输入文件夹“{input}”，输出不能写到输入上：请换一个文件夹"
                : $"这是输入文件“{input}”，输出不能覆盖输入：请换一个文件名");
        }
        if (kind == OutputKind.File) EnsureFile(output, full);
        else
        {
            if (File.Exists(full)) throw new WorkbenchOutputException(output, "这是一个文件，不是文件夹：请给出文件夹");
            EnsureNoFileAbove(output, full);
        }
    }

    /// <summary>
    /// Refuses a file output that names a folder (an existing one, or a path ending with a separator) or lies under a
    /// file (<c>notes.txt/out.csv</c>).
    /// </summary>
    public static void EnsureFile(string output, string full)
    {
        if (Directory.Exists(full) || Path.EndsInDirectorySeparator(output)) throw new WorkbenchOutputException(output, IsFolderReason);
        EnsureNoFileAbove(output, full);
    }

    private static void EnsureNoFileAbove(string output, string full)
    {
        for (var up = Path.GetDirectoryName(full); up is not null; up = Path.GetDirectoryName(up))
        {
            if (Directory.Exists(up)) return;
            if (File.Exists(up)) throw new WorkbenchOutputException(output, $"路径中的“{up}”是一个文件，不是文件夹");
        }
    }

    /// <summary>Refuses two outputs of one command that name the same file (nulls ignored).</summary>
    public static void EnsureDistinct(params string?[] outputs)
    {
        var given = outputs.Where(o => o is not null).Select(o => (Path: o!, Canonical: Canonical(FullPath(o!)))).ToArray();
        for (var i = 0; i < given.Length; i++)
            for (var j = i + 1; j < given.Length; j++)
                if (Same(given[i].Canonical, given[j].Canonical))
                    throw new WorkbenchOutputException(given[j].Path, $"与另一个输出“{given[i].Path}”是同一个文件");
    }

    /// <summary>The full path of an output; an invalid or over-long path is a <see cref="WorkbenchOutputException"/>.</summary>
    public static string FullPath(string output)
    {
        if (string.IsNullOrWhiteSpace(output)) throw new WorkbenchOutputException(output, "路径为空");
        string full;
        try { full = Path.GetFullPath(output); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new WorkbenchOutputException(output, e is PathTooLongException ? IoErrors.Reason(e, writing: true) : "路径无效（含有不允许的字符）", e);
        }
        var tooLong = full.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .FirstOrDefault(c => Encoding.UTF8.GetByteCount(c) > MaxComponentBytes);
        if (tooLong is not null)
            throw new WorkbenchOutputException(output,
                $"路径过长：名称“{(tooLong.Length > 20 ? tooLong[..20] + "…" : tooLong)}”有 {Encoding.UTF8.GetByteCount(tooLong)} 字节，超过 {MaxComponentBytes} 字节的上限");
        return full;
    }

    /// <summary>
    /// Runs <paramref name="write"/>, which writes to <paramref name="path"/> (a file or folder output): a file-system
    /// failure becomes a <see cref="WorkbenchOutputException"/> naming the path.
    /// </summary>
    public static void Write(string path, Action write)
    {
        try { write(); }
        catch (Exception e) when (IoErrors.IsFileSystem(e)) { throw Failure(path, e); }
    }

    /// <inheritdoc cref="Write(string, Action)"/>
    public static T Write<T>(string path, Func<T> write)
    {
        try { return write(); }
        catch (Exception e) when (IoErrors.IsFileSystem(e)) { throw Failure(path, e); }
    }

    /// <summary>The output error for a failure while writing <paramref name="path"/>; names the exact file when it is another one.</summary>
    private static WorkbenchOutputException Failure(string path, Exception e)
    {
        var reason = IoErrors.Reason(e, writing: true);
        var at = IoErrors.PathOf(e);
        return new WorkbenchOutputException(path, at is null || Same(at, path) ? reason : $"{reason}（{at}）", e);
    }

    private static bool Same(string a, string b) => string.Equals(Trim(a), Trim(b),
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static string Trim(string p) => p.Length > 1 ? p.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : p;

    /// <summary>The full path with the symbolic links of its existing part resolved (a link to an input is that input).</summary>
    private static string Canonical(string full)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            try
            {
                FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
                if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                    current = Path.GetFullPath(target.FullName);
            }
            catch (Exception e) when (IoErrors.IsFileSystem(e)) { }
        }
        return current;
    }
}
