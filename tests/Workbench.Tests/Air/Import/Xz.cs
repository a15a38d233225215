namespace Workbench.Tests.Air.Import;

/// <summary>Tests decompress the shared .xz files with the library's one reader, <see cref="Workbench.IO.XzStream"/>.</summary>
internal static class Xz
{
    /// <summary>Decompressed bytes of a .xz file (through the library's one xz reader).</summary>
    public static byte[] Decompress(string path) => Workbench.IO.XzStream.ReadAllBytes(path);

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
