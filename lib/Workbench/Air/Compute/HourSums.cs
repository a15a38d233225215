using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Workbench.Air.Compute;

/// <summary>
/// A day's 24 hourly values added into per-hour sums and counts, four hours at a time. Each hour is one lane, so its
/// sum receives the stations in the same order as a loop over them would: the sums are the loop's, bit for bit. A
/// missing value (NaN) adds +0 and no count (a sum of concentrations is never −0, so adding +0 changes nothing).
/// </summary>
internal static class HourSums
{
    /// <summary>True when the vector path runs in hardware (otherwise callers loop hour by hour).</summary>
    public static bool IsAccelerated => Vector256.IsHardwareAccelerated;

    /// <summary>Adds <paramref name="values"/> (24 hours) into <paramref name="sum"/> and <paramref name="count"/>; true when
    /// any hour held a value.</summary>
    [MethodImpl(HotPath.Options)]
    public static bool AddDay(ReadOnlySpan<double> values, Span<double> sum, Span<int> count)
    {
        if (values.Length != DailyWindows.HoursPerDay || sum.Length < values.Length || count.Length < values.Length)
            throw new ArgumentException("一天应为 24 个小时值");
        ref var v = ref MemoryMarshal.GetReference(values);
        ref var s = ref MemoryMarshal.GetReference(sum);
        ref var c = ref MemoryMarshal.GetReference(count);
        var any = Vector256<double>.Zero;
        for (nuint i = 0; i < (nuint)DailyWindows.HoursPerDay; i += 4)
        {
            var x = Vector256.LoadUnsafe(ref v, i);
            var present = Vector256.Equals(x, x);   // all ones where not NaN
            (Vector256.LoadUnsafe(ref s, i) + (x & present)).StoreUnsafe(ref s, i);
            // Counts are ints: the four 64-bit masks (−1 where present) narrowed to 32 bits and subtracted.
            var minusOnes = Vector256.Narrow(present.AsInt64(), Vector256<long>.Zero).GetLower();
            (Vector128.LoadUnsafe(ref c, i) - minusOnes).StoreUnsafe(ref c, i);
            any |= present;
        }
        return any != Vector256<double>.Zero;
    }
}
