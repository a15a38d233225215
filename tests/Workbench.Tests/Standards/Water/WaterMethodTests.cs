using Workbench.Standards.Water;

namespace Workbench.Tests.Standards.Water;

/// <summary>Hand-checked examples of the 2011 method, CWQI change and drinking-water attainment.</summary>
public class WaterMethodTests
{
    private static Dictionary<WaterItem, MeasuredValue> V(params (WaterItem, decimal)[] xs) =>
        xs.ToDictionary(x => x.Item1, x => MeasuredValue.Of(x.Item2));

    [Fact(DisplayName = "Heavy metals and cyanide first among main pollutants")]
    public void HeavyMetalsFirst()
    {
        // NH3-N 2.5 (劣V, multiple 1.5), CODMn 12 (V, 1.0), TP 0.35 (V, 0.75), Pb 0.06 (IV, 0.2).
        var ev = WaterEvaluation2011.Evaluate(V((WaterItem.AmmoniaNitrogen, 2.5m), (WaterItem.PermanganateIndex, 12m),
            (WaterItem.TotalPhosphorus, 0.35m), (WaterItem.Lead, 0.06m), (WaterItem.PH, 7.5m)), WaterBodyType.River);
        Assert.Equal(WaterClass.WorseThanV, ev.Class);
        Assert.Equal("铅(0.20)、氨氮(1.50)、高锰酸盐指数(1.00)", ev.MainPollutantLabel);
    }

    [Fact(DisplayName = "Equal classes ranked by exceedance multiple; pH/DO named without multiple")]
    public void RankByMultiple()
    {
        // CODMn 14 (V, 1.33), TP 0.38 (V, 0.9), NH3-N 1.9 (V, 0.9), DO 2.5 (V).
        var ev = WaterEvaluation2011.Evaluate(V((WaterItem.PermanganateIndex, 14m), (WaterItem.TotalPhosphorus, 0.38m),
            (WaterItem.AmmoniaNitrogen, 1.9m), (WaterItem.DissolvedOxygen, 2.5m)), WaterBodyType.River);
        Assert.Equal(WaterClass.V, ev.Class);
        Assert.Equal("高锰酸盐指数(1.33)、氨氮(0.90)、总磷(0.90)", ev.MainPollutantLabel);
        var noPhDo = WaterEvaluation2011.Evaluate(V((WaterItem.DissolvedOxygen, 1.5m), (WaterItem.TotalPhosphorus, 0.25m)),
            WaterBodyType.River, new WaterEvaluationSettings { MainPollutantsIncludePhAndDo = false });
        Assert.Equal(WaterClass.WorseThanV, noPhDo.Class);
        Assert.Equal("总磷(0.25)", noPhDo.MainPollutantLabel);
        var withDo = WaterEvaluation2011.Evaluate(V((WaterItem.DissolvedOxygen, 1.5m), (WaterItem.TotalPhosphorus, 0.25m)), WaterBodyType.River);
        Assert.Equal("溶解氧、总磷(0.25)", withDo.MainPollutantLabel);
    }

    [Fact(DisplayName = "Class III section has no main pollutants; annual class from annual means")]
    public void AnnualFromMeans()
    {
        // Monthly NH3-N 1.4 (IV) and 0.4 (II): the annual mean 0.9 is III, not the worst month.
        var months = new[] { V((WaterItem.AmmoniaNitrogen, 1.4m)), V((WaterItem.AmmoniaNitrogen, 0.4m)) };
        var means = WaterEvaluation2011.Means(months);
        var ev = WaterEvaluation2011.Evaluate(means, WaterBodyType.River);
        Assert.Equal(WaterClass.III, ev.Class);
        Assert.Empty(ev.MainPollutants);
        Assert.Equal(20, ev.MissingItems.Count);
    }

    [Fact(DisplayName = "River of < 5 sections: averages classed; ≥ 5 sections: class shares")]
    public void AreaMethods()
    {
        var a = V((WaterItem.AmmoniaNitrogen, 1.4m));
        var b = V((WaterItem.AmmoniaNitrogen, 0.4m));
        var few = new[] { (a, WaterEvaluation2011.Evaluate(a, WaterBodyType.River)), (b, WaterEvaluation2011.Evaluate(b, WaterBodyType.River)) }
            .Select(x => ((IReadOnlyDictionary<WaterItem, MeasuredValue>)x.Item1, x.Item2)).ToArray();
        var r = AreaEvaluation2011.Evaluate(few);
        Assert.Equal(AreaMethod.MeanOfSections, r.Method);
        Assert.Equal(WaterClass.III, r.Class);
        Assert.Equal(WaterStatus.Good, r.Status);
        Assert.Equal(50m, r.ShareItoIIIPercent);

        var bad = V((WaterItem.AmmoniaNitrogen, 2.5m), (WaterItem.TotalPhosphorus, 0.1m));
        var good = V((WaterItem.AmmoniaNitrogen, 0.3m), (WaterItem.TotalPhosphorus, 0.25m));
        var five = new[] { bad, bad, good, good, good }
            .Select(x => ((IReadOnlyDictionary<WaterItem, MeasuredValue>)x, WaterEvaluation2011.Evaluate(x, WaterBodyType.River))).ToArray();
        var s = AreaEvaluation2011.Evaluate(five);
        Assert.Equal(AreaMethod.ClassShares, s.Method);
        Assert.Equal(0m, s.ShareItoIIIPercent);
        Assert.Equal(40m, s.ShareWorseThanVPercent);
        Assert.Equal(WaterStatus.HeavilyPolluted, s.Status);
        // TP exceeds III in 3 of 5 sections (60 %), NH3-N in 2 (40 %).
        Assert.Equal(WaterItem.TotalPhosphorus, s.MainPollutants[0].Item);
        Assert.Equal(60m, s.MainPollutants[0].ExceedanceRatePercent);
        Assert.Equal(WaterItem.AmmoniaNitrogen, s.MainPollutants[1].Item);
    }

    [Fact(DisplayName = "Lake of 6 points: averaged spatially with lake TP limits, not by class shares")]
    public void LakePointsAveraged()
    {
        var tps = new[] { 0.02m, 0.03m, 0.04m, 0.06m, 0.07m, 0.08m };   // mean 0.05 → lake class III
        var points = tps.Select(tp => V((WaterItem.TotalPhosphorus, tp)))
            .Select(v => ((IReadOnlyDictionary<WaterItem, MeasuredValue>)v, WaterEvaluation2011.Evaluate(v, WaterBodyType.LakeReservoir))).ToArray();
        var r = AreaEvaluation2011.Evaluate(points);
        Assert.Equal(AreaMethod.MeanOfSections, r.Method);
        Assert.Equal(WaterClass.III, r.Class);
        Assert.Equal(50m, r.ShareItoIIIPercent);
    }

    [Fact(DisplayName = "C4-style CWQI change: 4.60 → 4.35 is −5.43 %; city mean of sections")]
    public void CwqiChange()
    {
        Assert.Equal(-5.43m, Math.Round(Cwqi2017.ChangePercent(4.35m, 4.60m)!.Value, 2));
        Assert.Null(Cwqi2017.ChangePercent(4m, 0m));
        var a = Cwqi2017.Section(V((WaterItem.AmmoniaNitrogen, 0.5m), (WaterItem.TotalPhosphorus, 0.1m)), WaterBodyType.River); // 0.5 + 0.5
        var b = Cwqi2017.Section(V((WaterItem.AmmoniaNitrogen, 2m)), WaterBodyType.River); // 2
        var m = Cwqi2017.Mean([a, b])!;
        Assert.Equal(1.5m, m.Value);
        Assert.Equal((1, 2), (m.MinItemCount, m.MaxItemCount));
        // The DO special form: 5 / 10 = 0.5.
        Assert.Equal(0.5m, Cwqi2017.ItemIndex(WaterItem.DissolvedOxygen, 10m, WaterBodyType.River));
    }

    [Fact(DisplayName = "Drinking-water sources: by count 2/3 = 66.7 %, by volume 800/1000 = 80.0 %")]
    public void DrinkingWater()
    {
        var r = DrinkingWaterAttainment.Compute([new("甲", true, 500m), new("乙", true, 300m), new("丙", false, 200m)]);
        Assert.Equal(66.7m, r.CountRatePercent);
        Assert.Equal(80.0m, r.VolumeRatePercent);
        var partial = DrinkingWaterAttainment.Compute([new("甲", true, 500m), new("乙", false, null)]);
        Assert.Equal(50.0m, partial.CountRatePercent);
        Assert.Null(partial.VolumeRatePercent);
        Assert.Equal(["乙"], partial.SourcesWithoutVolume);
    }
}
