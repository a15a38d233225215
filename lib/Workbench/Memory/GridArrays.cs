using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Workbench.Memory;

/// <summary>
/// Allocation of the big per-year arrays (a national hourly grid is six arrays of about 115 MB). On Linux the
/// kernel maps fresh memory in 4 KB pages, one fault each on first write; in the virtual machines measured here
/// a fault costs about 12–30 µs, so a year's grid took 2–5 s of system time before a single value was parsed.
/// Asking for transparent huge pages (2 MB) on these arrays cuts the faults 512-fold. Only a request: where the
/// kernel has them off, or on other systems, nothing changes.
/// </summary>
internal static class GridArrays
{
    private const int HugePage = 2 << 20;
    private const int MadvHugePage = 14; // MADV_HUGEPAGE, linux/mman.h

    /// <summary>
    /// An array of <paramref name="length"/> elements whose contents are not initialized (the caller writes every
    /// slot). Pinned, so the address advised stays the array's.
    /// </summary>
    public static T[] AllocateUninitialized<T>(int length) where T : unmanaged
    {
        if (length * (long)Unsafe.SizeOf<T>() < 4L * HugePage || !OperatingSystem.IsLinux())
            return GC.AllocateUninitializedArray<T>(length);
        var array = GC.AllocateUninitializedArray<T>(length, pinned: true);
        AdviseHugePages(array);
        return array;
    }

    private static void AdviseHugePages<T>(T[] array) where T : unmanaged
    {
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned); // already pinned; this only reads the address
        var start = handle.AddrOfPinnedObject();
        handle.Free();
        var end = start + (nint)((long)array.Length * Unsafe.SizeOf<T>());
        var first = (start + HugePage - 1) & ~(nint)(HugePage - 1);
        var last = end & ~(nint)(HugePage - 1);
        if (last <= first) return;
        try
        {
            _ = Madvise(first, (nuint)(last - first), MadvHugePage); // failure only means small pages, as before
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);
}
