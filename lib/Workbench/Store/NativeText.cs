using System.Runtime.InteropServices;
using ParquetSharp;

namespace Workbench.Store;

/// <summary>
/// UTF-8 copies of strings in native memory, one per distinct string, for ParquetSharp's physical byte-array writers:
/// a column of a million rows naming 1,600 stations is written as a million pointers to 1,600 copies, with no
/// conversion per row. The copies live until disposal (after the file is written).
/// </summary>
internal sealed class NativeText : IDisposable
{
    private readonly Dictionary<string, ByteArray> _copies = new(StringComparer.Ordinal);

    /// <summary>The native copy of <paramref name="text"/>, made on first use.</summary>
    public ByteArray this[string text]
    {
        get
        {
            if (_copies.TryGetValue(text, out var copy)) return copy;
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            var pointer = Marshal.AllocHGlobal(Math.Max(1, bytes.Length));
            Marshal.Copy(bytes, 0, pointer, bytes.Length);
            return _copies[text] = new ByteArray(pointer, bytes.Length);
        }
    }

    public void Dispose()
    {
        foreach (var copy in _copies.Values) Marshal.FreeHGlobal(copy.Pointer);
        _copies.Clear();
    }
}
