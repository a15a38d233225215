using Workbench.Standards.Rounding;
using Workbench.Standards.Water;

namespace Workbench.Tests.Standards.Water;

/// <summary>Every water vector of REFERENCE C5.</summary>
public class WaterC5Tests
{
    private static readonly IReadOnlyDictionary<WaterItem, MeasuredValue> Means = C5Vectors.SectionMeans;

    [Fact(DisplayName = "C5 river section item classes: DO, CODMn, COD, BOD5, NH3-N III; TP IV; others I")]
    public void RiverItemClasses()
    {
        var ev = WaterEvaluation2011.Evaluate(Means, WaterBodyType.River);
        var expectIII = new[] { WaterItem.DissolvedOxygen, WaterItem.PermanganateIndex, WaterItem.ChemicalOxygenDemand, WaterItem.Bod5, WaterItem.AmmoniaNitrogen };
        foreach (var i in ev.Items.Where(i => i.Evaluated))
        {
            var expected = i.Item == WaterItem.TotalPhosphorus ? WaterClass.IV
                : expectIII.Contains(i.Item) ? WaterClass.III : WaterClass.I;
            Assert.True(expected == i.Class, $"{i.Item}: expected {expected}, got {i.Class}");
        }
        Assert.Equal(21, ev.EvaluatedItemCount);
        Assert.Empty(ev.MissingItems);
        // TN and fecal coliform are present but only reported.
        Assert.False(ev[WaterItem.TotalNitrogen]!.Evaluated);
        Assert.False(ev[WaterItem.FecalColiform]!.Evaluated);
        // Fecal coliform 12000 个/L is classed IV for reference (10000 < 12000 ≤ 20000) without deciding the class.
        Assert.Equal(WaterClass.IV, ev[WaterItem.FecalColiform]!.Class);
    }

    [Fact(DisplayName = "C5 river section class IV, 轻度污染, main pollutant 总磷(0.05)")]
    public void RiverSectionClassIV()
    {
        var ev = WaterEvaluation2011.Evaluate(Means, WaterBodyType.River);
        Assert.Equal(WaterClass.IV, ev.Class);
        Assert.Equal(WaterStatus.LightlyPolluted, ev.Status);
        Assert.Equal("轻度污染", ev.Status!.Value.ToChinese());
        var main = Assert.Single(ev.MainPollutants);
        Assert.Equal(WaterItem.TotalPhosphorus, main.Item);
        Assert.Equal(0.05m, main.ExceedanceMultiple);
        Assert.Equal("总磷(0.05)", ev.MainPollutantLabel);
    }

    [Fact(DisplayName = "C5 river section misses a class III target")]
    public void RiverTargetIIINotMet()
    {
        var ev = WaterEvaluation2011.Evaluate(Means, WaterBodyType.River);
        var a = TargetAttainment.Evaluate(ev, WaterClass.III)!;
        Assert.False(a.Attains);
        var ex = Assert.Single(a.Exceedances);
        Assert.Equal(WaterItem.TotalPhosphorus, ex.Item);
        Assert.Equal(0.05m, ex.MultipleOverTarget);
        Assert.True(TargetAttainment.Evaluate(ev, WaterClass.IV)!.Attains);
    }

    [Fact(DisplayName = "C5 lake point 劣V, 重度污染, TP multiple 3.20")]
    public void LakePointWorseThanV()
    {
        var ev = WaterEvaluation2011.Evaluate(Means, WaterBodyType.LakeReservoir);
        Assert.Equal(WaterClass.WorseThanV, ev.Class);
        Assert.Equal(WaterStatus.HeavilyPolluted, ev.Status);
        Assert.Equal(WaterClass.WorseThanV, ev[WaterItem.TotalPhosphorus]!.Class);
        Assert.Equal(3.20m, ev[WaterItem.TotalPhosphorus]!.ExceedanceMultiple);
        Assert.Equal(WaterItem.TotalPhosphorus, ev.MainPollutants[0].Item);
        // TN 2.5 is worse than V for a lake but is assessed separately by default.
        Assert.Equal(WaterClass.WorseThanV, ev[WaterItem.TotalNitrogen]!.Class);
        Assert.False(ev[WaterItem.TotalNitrogen]!.Evaluated);
    }

    [Fact(DisplayName = "C5 CWQI river 7.391069")]
    public void CwqiRiver()
    {
        var r = Cwqi2017.Section(Means, WaterBodyType.River);
        Assert.Equal(7.391069m, GbT8170.Round(r.Value, 6));
        Assert.Equal(21, r.ItemCount);
        Assert.True(r.IsComplete);
        var expected = new Dictionary<WaterItem, decimal>
        {
            [WaterItem.PH] = 0.30m, [WaterItem.DissolvedOxygen] = 0.8621m, [WaterItem.PermanganateIndex] = 0.70m,
            [WaterItem.ChemicalOxygenDemand] = 0.90m, [WaterItem.Bod5] = 0.775m, [WaterItem.AmmoniaNitrogen] = 0.62m,
            [WaterItem.TotalPhosphorus] = 1.05m, [WaterItem.Copper] = 0.004m, [WaterItem.Zinc] = 0.02m,
            [WaterItem.Fluoride] = 0.45m, [WaterItem.Selenium] = 0.04m, [WaterItem.Arsenic] = 0.04m,
            [WaterItem.Mercury] = 0.30m, [WaterItem.Cadmium] = 0.06m, [WaterItem.Chromium6] = 0.08m,
            [WaterItem.Lead] = 0.04m, [WaterItem.Cyanide] = 0.01m, [WaterItem.VolatilePhenol] = 0.24m,
            [WaterItem.Petroleum] = 0.60m, [WaterItem.AnionicSurfactant] = 0.25m, [WaterItem.Sulfide] = 0.05m,
        };
        foreach (var (item, v) in expected)
            Assert.True(v == GbT8170.Round(r.ItemIndices[item], 4), $"{item}: {r.ItemIndices[item]}");
    }

    [Fact(DisplayName = "C5 CWQI lake 10.541069 (TP 0.21/0.05 = 4.2)")]
    public void CwqiLake()
    {
        var r = Cwqi2017.Section(Means, WaterBodyType.LakeReservoir);
        Assert.Equal(4.2m, r.ItemIndices[WaterItem.TotalPhosphorus]);
        Assert.Equal(10.541069m, GbT8170.Round(r.Value, 6));
    }

    [Theory(DisplayName = "C5 CWQI pH vectors")]
    [InlineData("6.5", "0.5")]
    [InlineData("8.2", "0.6")]
    [InlineData("7.0", "0")]
    public void CwqiPh(string ph, string expected) =>
        Assert.Equal(decimal.Parse(expected), Cwqi2017.ItemIndex(WaterItem.PH, decimal.Parse(ph), WaterBodyType.River));

    [Theory(DisplayName = "C5 boundary vectors")]
    [InlineData(WaterItem.DissolvedOxygen, "5.0", WaterClass.III)]
    [InlineData(WaterItem.DissolvedOxygen, "4.99", WaterClass.IV)]
    [InlineData(WaterItem.DissolvedOxygen, "2.0", WaterClass.V)]
    [InlineData(WaterItem.DissolvedOxygen, "1.9", WaterClass.WorseThanV)]
    [InlineData(WaterItem.DissolvedOxygen, "6.0", WaterClass.II)]
    [InlineData(WaterItem.PH, "6.0", WaterClass.I)]
    [InlineData(WaterItem.PH, "9.0", WaterClass.I)]
    [InlineData(WaterItem.PH, "9.01", WaterClass.WorseThanV)]
    [InlineData(WaterItem.PH, "5.99", WaterClass.WorseThanV)]
    [InlineData(WaterItem.AmmoniaNitrogen, "0.15", WaterClass.I)]
    [InlineData(WaterItem.AmmoniaNitrogen, "0.16", WaterClass.II)]
    [InlineData(WaterItem.AmmoniaNitrogen, "0.5", WaterClass.II)]
    [InlineData(WaterItem.AmmoniaNitrogen, "1.0", WaterClass.III)]
    [InlineData(WaterItem.AmmoniaNitrogen, "1.01", WaterClass.IV)]
    [InlineData(WaterItem.AmmoniaNitrogen, "2.0", WaterClass.V)]
    [InlineData(WaterItem.AmmoniaNitrogen, "2.01", WaterClass.WorseThanV)]
    public void Boundary(WaterItem item, string value, WaterClass expected) =>
        Assert.Equal(expected, Gb3838Classifier.ClassOf(item, decimal.Parse(value), WaterBodyType.River));

    [Fact(DisplayName = "C5 river status [II,II,III,III,III,IV,II,III,V,劣V,III,II] → 良好 (75 %, 8.3 %)")]
    public void RiverStatusGood()
    {
        WaterClass[] c = [WaterClass.II, WaterClass.II, WaterClass.III, WaterClass.III, WaterClass.III, WaterClass.IV,
            WaterClass.II, WaterClass.III, WaterClass.V, WaterClass.WorseThanV, WaterClass.III, WaterClass.II];
        var (p13, p6) = AreaEvaluation2011.Shares(c);
        Assert.Equal(75m, p13);
        Assert.Equal(8.3m, GbT8170.Round(p6, 1));
        Assert.Equal(WaterStatus.Good, AreaEvaluation2011.StatusFromClasses(c));
    }

    [Fact(DisplayName = "C5 river status 13×II, 2×IV, 5×劣V → 中度污染 (65 %, 25 %)")]
    public void RiverStatusModerate()
    {
        var c = Repeat(WaterClass.II, 13).Concat(Repeat(WaterClass.IV, 2)).Concat(Repeat(WaterClass.WorseThanV, 5)).ToArray();
        Assert.Equal((65m, 25m), AreaEvaluation2011.Shares(c));
        Assert.Equal(WaterStatus.ModeratelyPolluted, AreaEvaluation2011.StatusFromClasses(c));
    }

    [Fact(DisplayName = "C5 river status 12×III, 8×劣V → 重度污染 under the “< 75 %” rule")]
    public void RiverStatusHeavyComplete()
    {
        var c = Repeat(WaterClass.III, 12).Concat(Repeat(WaterClass.WorseThanV, 8)).ToArray();
        Assert.Equal((60m, 40m), AreaEvaluation2011.Shares(c));
        Assert.Equal(WaterStatus.HeavilyPolluted, AreaEvaluation2011.StatusFromClasses(c, HeavyPollutionRule.ShareItoIIIBelow75));
    }

    [Fact(DisplayName = "C5 river status 12×III, 8×劣V → unclassified under the ❓ “< 60 %” rule")]
    public void RiverStatusHeavyRecalled()
    {
        var c = Repeat(WaterClass.III, 12).Concat(Repeat(WaterClass.WorseThanV, 8)).ToArray();
        Assert.Null(AreaEvaluation2011.StatusFromClasses(c, HeavyPollutionRule.ShareItoIIIBelow60));
        // Below 60 % both rules agree.
        var worse = Repeat(WaterClass.III, 11).Concat(Repeat(WaterClass.WorseThanV, 9)).ToArray();
        Assert.Equal(WaterStatus.HeavilyPolluted, AreaEvaluation2011.StatusFromClasses(worse, HeavyPollutionRule.ShareItoIIIBelow60));
    }

    [Fact(DisplayName = "C5 river status 9×I, 1×IV → 优 (90 %)")]
    public void RiverStatusExcellent()
    {
        var c = Repeat(WaterClass.I, 9).Concat(Repeat(WaterClass.IV, 1)).ToArray();
        Assert.Equal(90m, AreaEvaluation2011.Shares(c).ItoIII);
        Assert.Equal(WaterStatus.Excellent, AreaEvaluation2011.StatusFromClasses(c));
    }

    private static IEnumerable<WaterClass> Repeat(WaterClass c, int n) => Enumerable.Repeat(c, n);
}
