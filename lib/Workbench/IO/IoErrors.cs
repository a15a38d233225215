using System.Text.RegularExpressions;

namespace Workbench.IO;

/// <summary>Chinese reasons for file-system failures, so a .NET exception text never reaches the analyst alone.</summary>
public static partial class IoErrors
{
    /// <summary>True for the exceptions a file system throws at a user's path (missing, denied, full, too long…).</summary>
    public static bool IsFileSystem(Exception e) => e is IOException or UnauthorizedAccessException;

    /// <summary>The reason, in Chinese, without the path; <paramref name="writing"/> phrases it for an output.</summary>
    public static string Reason(Exception e, bool writing = false) => e switch
    {
        PathTooLongException => "路径过长（文件名或某一级文件夹名超过 255 字节，或整个路径超过系统上限）",
        FileNotFoundException when writing => "无法在该位置创建文件",
        FileNotFoundException => "文件不存在",
        DirectoryNotFoundException => writing ? "所在文件夹不存在，或路径中有一级不是文件夹" : "文件夹不存在，或路径中有一级不是文件夹",
        UnauthorizedAccessException => writing ? "没有写入权限（文件夹只读、文件只读或无权访问）" : "没有读取权限",
        InvalidDataException => "文件已损坏，或不是其扩展名所说的格式",
        IOException io => Code(io) switch
        {
            28 or 112 or 39 => "磁盘已满",
            122 => "磁盘配额已用完",
            30 or 19 => "文件系统是只读的",
            21 => "这是一个文件夹，不是文件",
            20 => "路径中有一级不是文件夹",
            36 or 206 => "路径过长",
            32 or 33 => "文件正被其他程序占用（例如已在 Excel 中打开）",
            5 when !OperatingSystem.IsWindows() => "磁盘读写出错",
            _ => $"{(writing ? "写入" : "读取")}出错（{e.Message}）",
        },
        _ => e.Message,
    };

    /// <summary>The path a .NET file-system exception names (its quoted path), or null.</summary>
    public static string? PathOf(Exception e)
    {
        if (e is FileNotFoundException { FileName: { Length: > 0 } name }) return name;
        var m = QuotedPath().Match(e.Message);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>The error of an input that cannot be read (file named, reason in Chinese).</summary>
    public static WorkbenchDataException Reading(string path, Exception e) =>
        e as WorkbenchDataException ?? new WorkbenchDataException(path, null, null, Reason(e), e);

    /// <summary>The error of an output that cannot be written (path named, reason in Chinese).</summary>
    public static WorkbenchOutputException Writing(string path, Exception e) =>
        e as WorkbenchOutputException ?? new WorkbenchOutputException(path, Reason(e, writing: true), e);

    /// <summary>The OS error number of an IOException (errno on Unix, the Win32 code on Windows), or -1.</summary>
    private static int Code(IOException e)
    {
        var h = e.HResult;
        if (OperatingSystem.IsWindows()) return (h & 0xFFFF0000) == 0x80070000 ? h & 0xFFFF : -1;
        return h is > 0 and < 4096 ? h : -1;
    }

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedPath();
}
