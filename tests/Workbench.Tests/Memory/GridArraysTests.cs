using System.Globalization;
using System.Runtime.InteropServices;
using Workbench.Memory;

namespace Workbench.Tests.Memory;

/// <summary>
/// A year's grid arrays ask Linux for huge pages (first-write faults were 2–5 s of a national import). The request is
/// seen in the kernel's own account of the process's mappings: the mapping holding the array carries the "hg" flag.
/// </summary>
public sealed class GridArraysTests
{
    [Fact]
    public void A_grid_sized_array_is_pinned_and_advised_for_huge_pages_on_linux()
    {
        const int length = 15_000_000; // one pollutant of a national year: 1,640 stations × 8,760 h ≈ 14.4 M
        var array = GridArrays.AllocateUninitialized<double>(length);
        Assert.Equal(length, array.Length);
        if (!OperatingSystem.IsLinux()) return;

        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        var middle = (ulong)(handle.AddrOfPinnedObject() + length / 2 * sizeof(double));
        handle.Free();
        var flags = VmFlagsOfMappingHolding(middle);
        var thp = File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled");
        if (thp.Contains("[never]")) Assert.DoesNotContain("hg", flags);
        else Assert.Contains("hg", flags);

        array[0] = 1; array[^1] = 2; // the array is usable end to end
        Assert.Equal(2, array[^1]);
    }

    private static string[] VmFlagsOfMappingHolding(ulong address)
    {
        var inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var first = line.AsSpan(0, Math.Max(0, line.IndexOf(' ')));
            var dash = first.IndexOf('-');
            if (dash > 0 && !first.EndsWith(":"))
            {
                var start = ulong.Parse(first[..dash], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                var end = ulong.Parse(first[(dash + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                inside = address >= start && address < end;
                continue;
            }
            if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal))
                return line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        throw new InvalidOperationException($"no mapping holds 0x{address:x}");
    }
}
