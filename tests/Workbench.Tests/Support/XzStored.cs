namespace Workbench.Tests.Support;

/// <summary>
/// Writes a valid .xz file whose LZMA2 chunks are stored uncompressed (the .xz file format 1.2.0, sections 2–4;
/// LZMA2 control bytes 0x01/0x02), so tests make .xz inputs without any xz program.
/// </summary>
public static class XzStored
{
    /// <summary>The .xz bytes holding <paramref name="data"/> (one stream, one block, CRC32 check).</summary>
    public static byte[] Encode(ReadOnlySpan<byte> data)
    {
        var o = new List<byte>();
        // Stream header: magic, flags (check type 1 = CRC32), CRC32 of the flags.
        byte[] flags = [0x00, 0x01];
        o.AddRange([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]); o.AddRange(flags); o.AddRange(Le32(Crc32(flags)));
        // Block header: size (12 bytes → 2), flags (one filter, no sizes), LZMA2 filter (id 0x21, 1 property byte:
        // dictionary 1 MiB), padding, CRC32.
        byte[] header = [0x02, 0x00, 0x21, 0x01, 0x10, 0x00, 0x00, 0x00];
        o.AddRange(header); o.AddRange(Le32(Crc32(header)));
        var compressed = 0;
        for (var at = 0; at < data.Length; at += 65536)
        {
            var n = Math.Min(65536, data.Length - at);
            o.Add(at == 0 ? (byte)0x01 : (byte)0x02); // uncompressed chunk; the first resets the dictionary
            o.Add((byte)((n - 1) >> 8)); o.Add((byte)((n - 1) & 0xFF));
            o.AddRange(data.Slice(at, n).ToArray());
            compressed += 3 + n;
        }
        o.Add(0x00); compressed++; // end of LZMA2 data
        for (var pad = compressed; pad % 4 != 0; pad++) o.Add(0); // block padding
        o.AddRange(Le32(Crc32(data)));
        var unpadded = 12 + compressed + 4; // block header, compressed data and check, without the padding
        // Index: indicator, one record (unpadded size, uncompressed size), padding, CRC32.
        var index = new List<byte> { 0x00 };
        index.AddRange(VarInt(1)); index.AddRange(VarInt(unpadded)); index.AddRange(VarInt(data.Length));
        while (index.Count % 4 != 0) index.Add(0);
        index.AddRange(Le32(Crc32(index.ToArray())));
        o.AddRange(index);
        // Stream footer: CRC32 of backward size and flags, backward size, flags, magic.
        var tail = Le32((uint)(index.Count / 4 - 1)).Concat(flags).ToArray();
        o.AddRange(Le32(Crc32(tail))); o.AddRange(tail); o.AddRange([0x59, 0x5A]);
        return o.ToArray();
    }

    private static IEnumerable<byte> VarInt(long v)
    {
        while (v >= 0x80) { yield return (byte)(v | 0x80); v >>= 7; }
        yield return (byte)v;
    }

    private static byte[] Le32(uint v) => [(byte)v, (byte)(v >> 8), (byte)(v >> 16), (byte)(v >> 24)];

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (uint)-(int)(crc & 1));
        }
        return ~crc;
    }
}
