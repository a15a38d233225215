namespace Workbench.Standards.Rounding;

/// <summary>
/// GB/T 8170-2008 rounding (四舍六入五成双): round half to even, on decimal values.
/// </summary>
/// <remarks>
/// Binary doubles carry noise (1.05 is 1.0500000000000000444…), so a double is first brought to
/// decimal with 15 significant digits, which removes arithmetic noise, and only then rounded.
/// </remarks>
public static class GbT8170
{
    /// <summary>Rounds a decimal to <paramref name="decimals"/> places, half to even.</summary>
    public static decimal Round(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.ToEven);

    /// <summary>Rounds a double to <paramref name="decimals"/> places, half to even, through decimal.</summary>
    /// <exception cref="ArgumentException">NaN or infinite input.</exception>
    public static decimal Round(double value, int decimals) => Round(ToDecimal(value), decimals);

    /// <summary>Converts a double to decimal keeping 15 significant digits (drops binary noise).</summary>
    public static decimal ToDecimal(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException($"无法舍入非数值：{value}", nameof(value));
        // The conversion keeps 15 significant digits (System.Decimal(Double)), which is exact for every decimal
        // with at most 15 significant digits and drops the binary noise beyond them; it does not allocate.
        return (decimal)value;
    }
}
