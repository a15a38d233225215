using Workbench.Standards.Rounding;

namespace Workbench.Standards.Air;

/// <summary>How the composite index rounds (REFERENCE A4 ⚠: inferred from published rankings).</summary>
public enum CompositeRounding
{
    /// <summary>Each I_i rounded by GB/T 8170 to the reported decimals, then summed (reproduces published indices).</summary>
    RoundEachIndexThenSum,
    /// <summary>Unrounded I_i summed, the total rounded by GB/T 8170.</summary>
    SumUnrounded,
}

/// <summary>Settings of the composite index.</summary>
/// <param name="Rounding">Rounding mode.</param>
/// <param name="Decimals">Decimals of I_i and of the total (2).</param>
public sealed record CompositeIndexSettings(CompositeRounding Rounding = CompositeRounding.RoundEachIndexThenSum, int Decimals = 2)
{
    /// <summary>Each index to 2 decimals, then summed.</summary>
    public static CompositeIndexSettings Default { get; } = new();
}

/// <summary>A composite index with its parts.</summary>
/// <param name="LimitsOf">Standard version whose class-2 limits are the S_i.</param>
/// <param name="Total">I_sum, rounded to <see cref="CompositeIndexSettings.Decimals"/>.</param>
/// <param name="SubIndices">I_i as summed: rounded in <see cref="CompositeRounding.RoundEachIndexThenSum"/>, else rounded for display only.</param>
/// <param name="SharePercent">I_i / ΣI_i × 100 of the unrounded indices, GB/T 8170 to 1 decimal.</param>
/// <param name="Primary">Pollutant with the largest unrounded I_i (first in bulletin order on a tie).</param>
/// <param name="Settings">Rounding settings used.</param>
public sealed record CompositeIndexResult(
    AirQualityStandard LimitsOf, decimal Total, IReadOnlyDictionary<Pollutant, decimal> SubIndices,
    IReadOnlyDictionary<Pollutant, decimal> SharePercent, Pollutant Primary, CompositeIndexSettings Settings);

/// <summary>
/// Ambient air quality composite index (环境空气质量综合指数, 《城市环境空气质量排名技术规定》 环办监测〔2018〕19号):
/// I_i = C_i / S_i, I_sum = Σ I_i over the six pollutants.
/// </summary>
public static class CompositeIndex
{
    /// <summary>
    /// Computes the index from the REPORTED (rounded) period statistics: SO2, NO2, PM10, PM2.5 means, CO P95 (mg/m³),
    /// O3 MDA8 P90. S_i are the class-2 annual limits (SO2, NO2, PM10, PM2.5), the CO 24-hour limit and the O3 MDA8 limit
    /// of <paramref name="limitsOf"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A statistic is missing (NaN) or negative.</exception>
    public static CompositeIndexResult Compute(AirQualityStandard limitsOf, double so2, double no2, double pm10, double pm25,
        double coP95, double o3P90, CompositeIndexSettings? settings = null)
    {
        settings ??= CompositeIndexSettings.Default;
        // Pollutant enum order: SO2, NO2, CO, O3, PM10, PM2_5.
        (Pollutant P, double C, AveragingTime A)[] inputs =
        [
            (Pollutant.SO2, so2, AveragingTime.Annual),
            (Pollutant.NO2, no2, AveragingTime.Annual),
            (Pollutant.CO, coP95, AveragingTime.Day24h),
            (Pollutant.O3, o3P90, AveragingTime.Mda8),
            (Pollutant.PM10, pm10, AveragingTime.Annual),
            (Pollutant.PM2_5, pm25, AveragingTime.Annual),
        ];
        var unrounded = new Dictionary<Pollutant, decimal>(inputs.Length);
        var shown = new Dictionary<Pollutant, decimal>(inputs.Length);
        decimal sumUnrounded = 0m, sumRounded = 0m;
        var primary = Pollutant.SO2;
        var best = -1m;
        foreach (var (p, c, a) in inputs)
        {
            if (!double.IsFinite(c) || c < 0)
                throw new ArgumentException($"综合指数缺少{p.ChineseName()}（{p.Code()}）的有效统计值：{c}", p.Code());
            var limit = (decimal)Gb3095Limits.Limit(limitsOf, p, a);
            var index = GbT8170.ToDecimal(c) / limit;
            var rounded = GbT8170.Round(index, settings.Decimals);
            unrounded[p] = index;
            shown[p] = rounded;
            sumUnrounded += index;
            sumRounded += rounded;
            if (index > best) { best = index; primary = p; }
        }
        var total = settings.Rounding == CompositeRounding.RoundEachIndexThenSum
            ? GbT8170.Round(sumRounded, settings.Decimals)
            : GbT8170.Round(sumUnrounded, settings.Decimals);
        var shares = new Dictionary<Pollutant, decimal>(inputs.Length);
        foreach (var (p, i) in unrounded)
            shares[p] = sumUnrounded == 0m ? 0m : GbT8170.Round(i / sumUnrounded * 100m, 1);
        return new CompositeIndexResult(limitsOf, total, shown, shares, primary, settings);
    }
}
