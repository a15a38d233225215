using Workbench.Periods;
using Workbench.Quality;
using Workbench.Standards.Rounding;
using Workbench.Standards.Water;
using Workbench.Tests.Standards.Water;
using Workbench.Water.Compute;
using Workbench.Water.Import;
using Workbench.Water.Registry;
using Workbench.Water.Results;

namespace Workbench.Tests.Water;

/// <summary>Period assessment of sections, cities and rivers, hand-checked.</summary>
public class WaterAssessmentTests
{
    private static SectionInfo S(string name, string city, string river, WaterClass? target, WaterBodyType type = WaterBodyType.River,
        bool drinking = false, decimal? volume = null) =>
        new(name, [], "示例省", city, river, "", type, target, AssessmentLevel.National, drinking, null, null, volume);

    private static WaterSample M(string section, int y, int m, params (WaterItem, decimal)[] v) =>
        new(section, "示例省", "", "", new DateTime(y, m, 10), v.ToDictionary(x => x.Item1, x => MeasuredValue.Of(x.Item2)),
            SampleSource.Manual, "t.csv", 1);

    [Fact(DisplayName = "C5 section through the assessment: class IV, target III missed, CWQI 7.391069, as a lake 劣V")]
    public void C5ThroughAssessment()
    {
        var registry = new SectionRegistry([S("甲断面", "东州", "东河", WaterClass.III), S("乙点位", "东州", "东州水库", WaterClass.III, WaterBodyType.LakeReservoir)]);
        var samples = new[] { "甲断面", "乙点位" }.Select(n => new WaterSample(n, "示例省", "", "", new DateTime(2020, 6, 1),
            C5Vectors.SectionMeans, SampleSource.Manual, "t.csv", 1)).ToArray();
        var r = WaterAssessment.Assess(samples, registry, Period.Year(2020));
        var river = r.Sections[0];
        Assert.Equal(WaterClass.IV, river.Evaluation.Class);
        Assert.False(river.Attainment!.Attains);
        Assert.Equal("总磷(0.05)", river.Evaluation.MainPollutantLabel);
        Assert.Equal(7.391069m, GbT8170.Round(river.Cwqi!.Value, 6));
        var lake = r.Sections[1];
        Assert.Equal(WaterClass.WorseThanV, lake.Evaluation.Class);
        Assert.Equal(10.541069m, GbT8170.Round(lake.Cwqi!.Value, 6));
        Assert.Null(river.CwqiLastYear);
    }

    [Fact(DisplayName = "Annual class from the mean of monthly means; CWQI change against last year; city shares")]
    public void AnnualAndChange()
    {
        var registry = new SectionRegistry([S("A", "东州", "东河", WaterClass.III), S("B", "东州", "东河", WaterClass.II), S("C", "西州", "西河", WaterClass.IV)]);
        var samples = new List<WaterSample>
        {
            // A 2020: NH3-N monthly 1.4 (IV) and 0.4 (II) → mean 0.9 (III). Two samples in May average first: (1.2+1.6)/2 = 1.4.
            M("A", 2020, 5, (WaterItem.AmmoniaNitrogen, 1.2m)), M("A", 2020, 5, (WaterItem.AmmoniaNitrogen, 1.6m)),
            M("A", 2020, 6, (WaterItem.AmmoniaNitrogen, 0.4m)),
            // A 2019: NH3-N 1.2 → CWQI 1.2; 2020 CWQI 0.9 → −25 %.
            M("A", 2019, 7, (WaterItem.AmmoniaNitrogen, 1.2m)),
            // B 2020: TP 0.3 (IV) against a II target: multiple over the II limit (0.3 − 0.1)/0.1 = 2.00.
            M("B", 2020, 5, (WaterItem.TotalPhosphorus, 0.3m)),
            M("C", 2020, 5, (WaterItem.TotalPhosphorus, 0.05m)),
            // Outside the period and its base: ignored.
            M("C", 2018, 5, (WaterItem.TotalPhosphorus, 0.9m)),
        };
        var q = new DataQualityReport();
        var r = WaterAssessment.Assess(samples, registry, Period.Year(2020), quality: q);
        var a = r.Sections.Single(s => s.Section.Name == "A");
        Assert.Equal(2, a.MonthCount);
        Assert.Equal(3, a.SampleCount);
        Assert.Equal(0.9m, a.Means[WaterItem.AmmoniaNitrogen].Value);
        Assert.Equal(WaterClass.III, a.Evaluation.Class);
        Assert.True(a.Attainment!.Attains);
        Assert.Equal(-25m, a.CwqiChangePercent);
        var b = r.Sections.Single(s => s.Section.Name == "B");
        Assert.False(b.Attainment!.Attains);
        Assert.Equal(2.00m, Assert.Single(b.Attainment.Exceedances).MultipleOverTarget);
        var dongzhou = r.Cities.Single(c => c.Name == "东州");
        Assert.Equal(2, dongzhou.Evaluation.SectionCount);
        Assert.Equal(AreaMethod.MeanOfSections, dongzhou.Evaluation.Method);
        Assert.Equal(50m, dongzhou.Evaluation.ShareItoIIIPercent);
        Assert.Equal((2, 1), (dongzhou.TargetCount, dongzhou.AttainedCount));
        // City CWQI = mean of A (0.9) and B (0.3/0.2 = 1.5) = 1.2; change over paired sections (A only): −25 %.
        Assert.Equal(1.2m, dongzhou.Cwqi!.Value);
        Assert.Equal(-25m, dongzhou.CwqiChangePercent);
        var onlyXizhou = WaterAssessment.Assess(samples, registry, Period.Year(2020), city: "西州市");
        Assert.Equal(["C"], onlyXizhou.Sections.Select(s => s.Section.Name));
        var month = WaterAssessment.Assess(samples, registry, Period.Month(2020, 6));
        Assert.Equal(0.4m, Assert.Single(month.Sections).Means[WaterItem.AmmoniaNitrogen].Value);
    }

    [Fact(DisplayName = "River of 5 sections uses class shares; unregistered sections are reported; drinking water by count and volume")]
    public void SharesUnregisteredDrinkingWater()
    {
        var names = new[] { "R1", "R2", "R3", "R4", "R5" };
        var registry = new SectionRegistry(names.Select((n, i) => S(n, "南州", "南江", WaterClass.III, drinking: i < 2, volume: i == 0 ? 300m : 100m)));
        var tp = new[] { 0.1m, 0.5m, 0.15m, 0.5m, 0.19m };   // II, 劣V, III, 劣V, III
        var samples = names.Select((n, i) => M(n, 2021, 3, (WaterItem.TotalPhosphorus, tp[i]))).Append(M("X", 2021, 3, (WaterItem.TotalPhosphorus, 0.1m))).ToArray();
        var q = new DataQualityReport();
        var r = WaterAssessment.Assess(samples, registry, Period.Parse("2021Q1"), quality: q);
        var river = r.Rivers.Single(x => x.Name == "南江");
        Assert.Equal(AreaMethod.ClassShares, river.Evaluation.Method);
        Assert.Equal(60m, river.Evaluation.ShareItoIIIPercent);
        Assert.Equal(40m, river.Evaluation.ShareWorseThanVPercent);
        Assert.Equal(WaterStatus.HeavilyPolluted, river.Evaluation.Status);
        Assert.Null(WaterAssessment.Assess(samples, registry, Period.Parse("2021Q1"),
            new WaterEvaluationSettings { HeavyPollution = HeavyPollutionRule.ShareItoIIIBelow60 }).Rivers.Single(x => x.Name == "南江").Evaluation.Status);
        var x = r.Sections.Single(s => s.Section.Name == "X");
        Assert.False(x.InRegistry);
        Assert.Contains(q.Issues, i => i.Code == "section-not-in-registry" && i.Station == "X");
        var dw = r.DrinkingWater!;
        Assert.Equal((2, 1), (dw.SourceCount, dw.AttainedCount));
        Assert.Equal(50.0m, dw.CountRatePercent);
        Assert.Equal(75.0m, dw.VolumeRatePercent);   // 300 of 400
        var frame = WaterFrames.Sections(r);
        Assert.Equal(6, frame.Rows.Count);
        Assert.Equal("劣Ⅴ", frame["水质类别"][1]);
        var areas = WaterFrames.Areas(r.Rivers);
        Assert.Equal(60.0m, areas["Ⅰ～Ⅲ类比例(%)"][0]);
        Assert.Contains("\"南江\"", WaterAssessmentReport.ToJson(r));
        Assert.Contains("重度污染", WaterAssessmentReport.ToText(r));
    }

    [Fact(DisplayName = "A reservoir named in 所属河流 is a 湖库, not a river: its five points averaged with lake TP limits")]
    public void ReservoirIsALakeNotARiver()
    {
        var points = new[] { "K1", "K2", "K3", "K4", "K5" };
        var registry = new SectionRegistry(points.Select(n => S(n, "东州", "东州水库", WaterClass.III, WaterBodyType.LakeReservoir))
            .Append(S("河1", "东州", "东河", WaterClass.III)).Append(S("库1", "东州", "东河", WaterClass.III, WaterBodyType.LakeReservoir)));
        // Lake TP limits (GB 3838 table 1): Ⅱ ≤ 0.025, Ⅲ ≤ 0.05, Ⅳ ≤ 0.1. Points: Ⅱ, Ⅲ, Ⅳ, Ⅲ, Ⅲ; mean 0.04 → Ⅲ.
        var tp = new[] { 0.02m, 0.04m, 0.06m, 0.03m, 0.05m };
        var samples = points.Select((n, i) => M(n, 2021, 3, (WaterItem.TotalPhosphorus, tp[i])))
            .Append(M("河1", 2021, 3, (WaterItem.TotalPhosphorus, 0.1m))).Append(M("库1", 2021, 3, (WaterItem.TotalPhosphorus, 0.1m)))
            .ToArray();
        var r = WaterAssessment.Assess(samples, registry, Period.Parse("2021Q1"));

        Assert.DoesNotContain(r.Rivers, a => a.Name == "东州水库");
        var lake = Assert.Single(r.LakesReservoirs);
        Assert.Equal(("东州水库", AreaKind.LakeReservoir), (lake.Name, lake.Kind));
        Assert.Equal(AreaMethod.MeanOfSections, lake.Evaluation.Method); // five points, yet not class shares
        Assert.Equal(5, lake.Evaluation.SectionCount);
        Assert.Equal(WaterClass.III, lake.Evaluation.Class);
        Assert.Equal(80m, lake.Evaluation.ShareItoIIIPercent);
        // A water body with a river section stays a river (both points: TP 0.1 is Ⅲ for a river, Ⅳ for a lake).
        var river = Assert.Single(r.Rivers);
        Assert.Equal(("东河", AreaKind.River), (river.Name, river.Kind));
        Assert.Equal(50m, river.Evaluation.ShareItoIIIPercent);

        var frame = WaterFrames.Areas(r.LakesReservoirs);
        Assert.Equal("湖库", frame["类型"][0]);
        Assert.Contains("湖库按各点位均值评价", r.Methods, StringComparison.Ordinal);
        var text = WaterAssessmentReport.ToText(r);
        Assert.Contains(text.Split('\n'), l => l.Contains("湖库", StringComparison.Ordinal) && l.Contains("断面数", StringComparison.Ordinal));
        Assert.Contains("\"lakesReservoirs\"", WaterAssessmentReport.ToJson(r), StringComparison.Ordinal);
    }
}
