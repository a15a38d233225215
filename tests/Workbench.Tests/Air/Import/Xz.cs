using System.Diagnostics;

namespace Workbench.Tests.Air.Import;

/// <summary>.NET has no xz decoder: tests decompress the shared .xz files with the xz command line.</summary>
internal static class Xz
{
    /// <summary>Decompressed bytes of a .xz file.</summary>
    public static byte[] Decompress(string path)
    {
        var psi = new ProcessStartInfo("xz", ["-dc", path]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("xz did not start");
        using var ms = new MemoryStream();
        p.StandardOutput.BaseStream.CopyTo(ms);
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"xz -dc failed ({p.ExitCode}) on {Path.GetFileName(path)}");
        return ms.ToArray();
    }

    /// <summary>Decompresses into a temporary file named like the original without .xz; returns its path.</summary>
    public static string ToTempFile(string path)
    {
        var dir = Path.Combine(Path.GetTempPath(), "wb-xz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var target = Path.Combine(dir, Path.GetFileNameWithoutExtension(path));
        File.WriteAllBytes(target, Decompress(path));
        return target;
    }
}
