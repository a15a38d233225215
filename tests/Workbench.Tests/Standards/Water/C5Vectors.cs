using Workbench.Standards.Water;

namespace Workbench.Tests.Standards.Water;

/// <summary>The section annual means of REFERENCE C5.</summary>
internal static class C5Vectors
{
    public static IReadOnlyDictionary<WaterItem, MeasuredValue> SectionMeans { get; } = new Dictionary<WaterItem, MeasuredValue>
    {
        [WaterItem.PH] = M(7.6m), [WaterItem.DissolvedOxygen] = M(5.8m), [WaterItem.PermanganateIndex] = M(4.2m),
        [WaterItem.ChemicalOxygenDemand] = M(18m), [WaterItem.Bod5] = M(3.1m), [WaterItem.AmmoniaNitrogen] = M(0.62m),
        [WaterItem.TotalPhosphorus] = M(0.21m), [WaterItem.Copper] = M(0.004m), [WaterItem.Zinc] = M(0.02m),
        [WaterItem.Fluoride] = M(0.45m), [WaterItem.Selenium] = M(0.0004m), [WaterItem.Arsenic] = M(0.002m),
        [WaterItem.Mercury] = M(0.00003m), [WaterItem.Cadmium] = M(0.0003m), [WaterItem.Chromium6] = M(0.004m),
        [WaterItem.Lead] = M(0.002m), [WaterItem.Cyanide] = M(0.002m), [WaterItem.VolatilePhenol] = M(0.0012m),
        [WaterItem.Petroleum] = M(0.03m), [WaterItem.AnionicSurfactant] = M(0.05m), [WaterItem.Sulfide] = M(0.01m),
        [WaterItem.TotalNitrogen] = M(2.5m), [WaterItem.FecalColiform] = M(12000m),
    };

    private static MeasuredValue M(decimal v) => MeasuredValue.Of(v);
}
