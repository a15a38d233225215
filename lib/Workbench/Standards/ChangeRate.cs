using Workbench.Standards.Rounding;

namespace Workbench.Standards;

/// <summary>Change rates for year-on-year (同比) and baseline comparisons (REFERENCE A4: ΔI = (I_cur − I_base) / I_base × 100 %).</summary>
public static class ChangeRate
{
    /// <summary>(current − baseline) / baseline × 100, GB/T 8170 on the result. Negative = decrease (improvement for concentrations).</summary>
    /// <exception cref="ArgumentException">The baseline is zero (no rate is defined).</exception>
    public static decimal Percent(decimal current, decimal baseline, int decimals = 1)
    {
        if (baseline == 0m)
            throw new ArgumentException($"基准值为 0，无法计算变化率（当前值 {current}）", nameof(baseline));
        return GbT8170.Round((current - baseline) / baseline * 100m, decimals);
    }

    /// <summary>Difference of two percentages in percentage points (百分点), e.g. the good-day ratio 80.3 % vs 75.1 % → 5.2.</summary>
    public static decimal PercentagePoints(decimal currentPercent, decimal baselinePercent) => currentPercent - baselinePercent;
}
