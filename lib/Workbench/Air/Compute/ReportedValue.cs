using Workbench.Standards.Rounding;

namespace Workbench.Air.Compute;

/// <summary>
/// A reported number: GB/T 8170 rounding to a fixed number of decimals, and that many decimals kept in the decimal's
/// scale, so CO 2 prints "2.0" and a ratio of 100 % prints "100.0" as published.
/// </summary>
public static class ReportedValue
{
    /// <summary>Rounds half-even and fixes the scale to <paramref name="decimals"/>.</summary>
    public static decimal Round(decimal value, int decimals) => WithScale(GbT8170.Round(value, decimals), decimals);

    /// <summary>Rounds a double (through decimal, noise removed) half-even and fixes the scale.</summary>
    public static decimal Round(double value, int decimals) => WithScale(GbT8170.Round(value, decimals), decimals);

    /// <summary>Sets the scale of an already rounded value to exactly <paramref name="decimals"/>.</summary>
    public static decimal WithScale(decimal rounded, int decimals) =>
        decimal.Round(rounded + new decimal(0, 0, 0, false, (byte)decimals), decimals);
}
