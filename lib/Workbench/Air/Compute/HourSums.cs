using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Workbench.Air.Compute;

/// <summary>
/// A station's hourly values over whole days added into per-hour sums and counts, four hours at a time. Each hour is
/// one lane, so its sum receives the stations in the order they are added, as a loop over them would: the sums are the
/// loop's, bit for bit. A missing value (NaN) adds +0 and no count (a sum of concentrations is never −0, so adding +0
/// changes nothing).
/// </summary>
internal static class HourSums
{
    /// <summary>True when the vector path runs in hardware (otherwise callers loop hour by hour).</summary>
    public static bool IsAccelerated => Vector256.IsHardwareAccelerated;

    /// <summary>
    /// Adds <paramref name="values"/> (whole days of 24 hours) into <paramref name="sum"/> and <paramref name="count"/>;
    /// sets <paramref name="gave"/>[day] when any hour of that day held a value.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    public static void AddDays(ReadOnlySpan<double> values, Span<double> sum, Span<int> count, Span<bool> gave)
    {
        const int day = DailyWindows.HoursPerDay;
        if (values.Length != gave.Length * day || sum.Length != values.Length || count.Length != values.Length)
            throw new ArgumentException("应为整日（每日 24 个小时值）");
        ref var v = ref MemoryMarshal.GetReference(values);
        ref var s = ref MemoryMarshal.GetReference(sum);
        ref var c = ref MemoryMarshal.GetReference(count);
        for (var d = 0; d < gave.Length; d++)
        {
            var any = Vector256<double>.Zero;
            var end = (nuint)((d + 1) * day);
            for (var i = (nuint)(d * day); i < end; i += 4)
            {
                var x = Vector256.LoadUnsafe(ref v, i);
                var present = Vector256.Equals(x, x);   // all ones where not NaN
                (Vector256.LoadUnsafe(ref s, i) + (x & present)).StoreUnsafe(ref s, i);
                // Counts are ints: the four 64-bit masks (−1 where present) narrowed to 32 bits and subtracted.
                var minusOnes = Vector256.Narrow(present.AsInt64(), Vector256<long>.Zero).GetLower();
                (Vector128.LoadUnsafe(ref c, i) - minusOnes).StoreUnsafe(ref c, i);
                any |= present;
            }
            if (any != Vector256<double>.Zero) gave[d] = true;
        }
    }
}
