using System.Security.Cryptography;
using System.Text;
using Workbench.IO;
using Workbench.Tests.Support;

namespace Workbench.Tests.IO;

/// <summary>.xz is decoded in-process (no xz program): whole files exactly, damaged ones refused with their path.</summary>
public sealed class XzStreamTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("wb-xz-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static byte[] Text(int lines) =>
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, lines).Select(i => $"1819A,2019-01-01T{i % 24:D2}:00,焦作,{i}\n")));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact(DisplayName = "A .xz of three LZMA2 chunks decodes to exactly its bytes, read whole or streamed")]
    public void Decodes_exactly()
    {
        var data = Text(5000); // ≈ 150 KB: three 64 KiB chunks
        Assert.True(data.Length > 2 * 65536);
        var path = Write("数据.csv.xz", XzStored.Encode(data));
        Assert.Equal(data, XzStream.ReadAllBytes(path));
        using var s = XzStream.OpenRead(path);
        using var copy = new MemoryStream();
        var buffer = new byte[1000]; // small reads cross chunk boundaries
        int n;
        while ((n = s.Read(buffer, 0, buffer.Length)) > 0) copy.Write(buffer, 0, n);
        Assert.Equal(data, copy.ToArray());
    }

    [Fact(DisplayName = "A truncated .xz is refused naming the file, never read as shorter data")]
    public void Truncated()
    {
        var whole = XzStored.Encode(Text(5000));
        var path = Write("截断.csv.xz", whole[..(whole.Length / 2)]);
        var e = Assert.Throws<WorkbenchDataException>(() => XzStream.ReadAllBytes(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("文件损坏或不完整", e.Message);
    }

    [Fact(DisplayName = "A .xz whose content fails its CRC32 check is refused naming the file")]
    public void Corrupted()
    {
        var bytes = XzStored.Encode(Text(100));
        bytes[40] ^= 0x01; // a data byte of the first chunk: the block's check no longer matches
        var path = Write("损坏.csv.xz", bytes);
        var e = Assert.Throws<WorkbenchDataException>(() => XzStream.ReadAllBytes(path));
        Assert.Contains(path, e.Message);
    }

    [Fact(DisplayName = "Bytes after the end of the .xz stream are refused, not ignored")]
    public void Trailing_bytes()
    {
        var path = Write("多余.csv.xz", [.. XzStored.Encode(Text(10)), .. "extra"u8.ToArray()]);
        var e = Assert.Throws<WorkbenchDataException>(() => XzStream.ReadAllBytes(path));
        Assert.Contains("5 字节", e.Message);
    }

    [SharedDataFact("crea_city_daily_2017_2020/crea_city_day_obs_2017-01-01_2020-11-18.csv.xz")]
    public void Real_archive_decodes_to_the_bytes_xz_gives()
    {
        // Length and SHA-256 of `xz -dc` of the same file.
        var bytes = XzStream.ReadAllBytes(SharedData.PathOf("crea_city_daily_2017_2020/crea_city_day_obs_2017-01-01_2020-11-18.csv.xz"));
        Assert.Equal(44_346_781, bytes.Length);
        Assert.Equal("b58eb0d89a7e934daf76cbe819b68a13e5148529853e2acd40beaa3c0ccc096c", Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
