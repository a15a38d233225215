using System.ComponentModel;
using System.Diagnostics;

namespace Workbench.IO;

/// <summary>
/// Reads .xz files. .NET has no xz decoder, so the system's <c>xz -dc</c> (Debian package xz-utils) decompresses
/// into a pipe; this class is the only place that knows it.
/// </summary>
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
        var psi = new ProcessStartInfo("xz")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-dc");
        psi.ArgumentList.Add("--");
        psi.ArgumentList.Add(path);
        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new Win32Exception();
        }
        catch (Win32Exception e)
        {
            throw new WorkbenchDataException(path, null, null,
                "读取 .xz 压缩文件需要系统中的 xz 程序，但未找到（Debian/Ubuntu 请安装 xz-utils；也可先自行解压再读取）", e);
        }
        return new ProcessOutputStream(process, path);
    }

    /// <summary>The decompressor's output; disposing it waits for the process and reports a failed decompression.</summary>
    private sealed class ProcessOutputStream(Process process, string path) : Stream
    {
        private readonly Stream _out = process.StandardOutput.BaseStream;
        private readonly Task<string> _err = process.StandardError.ReadToEndAsync();
        private bool _eof;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = _out.Read(buffer, offset, count);
            if (n == 0 && !_eof)
            {
                _eof = true;
                process.WaitForExit();
                if (process.ExitCode != 0)
                    throw new WorkbenchDataException(path, null, null, $"xz 解压失败（退出码 {process.ExitCode}）：{_err.Result.Trim()}");
            }
            return n;
        }

        private bool _disposed;

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_disposed)
            {
                _disposed = true;
                if (!process.HasExited)
                {
                    // Closed before the end (only the first lines were wanted): stop the decompressor.
                    try { process.Kill(); } catch (InvalidOperationException) { }
                }
                process.WaitForExit();
                _out.Dispose();
                process.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
