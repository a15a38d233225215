using Workbench.Air.Compute;
using Workbench.Periods;
using Workbench.Quality;

namespace Workbench.Tests.Air.Compute;

public sealed class TargetKindTests
{
    private static (IReadOnlyList<AirTarget> Targets, DataQualityReport Quality) Load(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"targets-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        try
        {
            var q = new DataQualityReport();
            return (AirTargets.Load(path, q), q);
        }
        finally { File.Delete(path); }
    }

    [Fact(DisplayName = "Targets 类型: 绝对值 by default, 同比变化率 and 同比变化量; months, 秋冬季 and ranges as 时段")]
    public void Kinds()
    {
        var (t, q) = Load("城市,指标,时段,目标值,类型\n东州,PM2.5,2025,39,\n东州,PM2.5,2019AW,-4,同比变化率\n"
            + "东州,重污染天数,2019AW,-1,同比变化量\n东州,PM2.5,2025-01,60,绝对值\n东州,PM10,2025-01..2025-11,70,\n");
        Assert.Empty(q.Issues);
        Assert.Equal([TargetKind.Absolute, TargetKind.ChangePercent, TargetKind.ChangeAmount, TargetKind.Absolute, TargetKind.Absolute],
            t.Select(x => x.Kind));
        Assert.Equal(Period.AutumnWinter(2019), t[1].Period);
        Assert.Equal(Period.Month(2025, 1), t[3].Period);
        Assert.Equal(Period.YearToDate(2025, 11), t[4].Period);
        Assert.Equal(-1m, t[2].Value);
    }

    [Fact(DisplayName = "Targets without 类型 column read as 绝对值; an unknown 类型 and a duplicate row are reported with line and column")]
    public void BadRows()
    {
        var (plain, q0) = Load("城市,指标,时段,目标值\n东州,PM2.5,2025,39\n");
        Assert.Empty(q0.Issues);
        Assert.Equal(TargetKind.Absolute, Assert.Single(plain).Kind);

        var (t, q) = Load("城市,指标,时段,目标值,类型\n东州,PM2.5,2025,39,绝对值\n东州,PM2.5,2025,-5,变化率\n东州,PM2.5,2025,38,\n");
        Assert.Equal(39m, Assert.Single(t).Value);
        Assert.Equal(2, q.Issues.Count);
        Assert.Equal(("target-type", (long?)3, "类型"), (q.Issues[0].Code, q.Issues[0].Line, q.Issues[0].Column));
        Assert.Contains("“变化率”", q.Issues[0].Reason);
        Assert.Equal(("target-duplicate", (long?)4), (q.Issues[1].Code, q.Issues[1].Line));
        Assert.Contains("第 2 行", q.Issues[1].Reason);
    }

    [Fact(DisplayName = "Relative targets: PM2.5 77 vs 90.6 last year = −15.0 % against −4 % (met, 11.0 points better); heavy days 19 vs 31 = −12 against −1")]
    public void RelativeGaps()
    {
        var rate = AirTargets.RelativeGap(new AirTarget("某区", "PM2.5", Period.AutumnWinter(2019), -4m) { Kind = TargetKind.ChangePercent }, 77m, 90.6m);
        // (77 − 90.6) / 90.6 × 100 = −15.011… → −15.0
        Assert.Equal((-15.0m, -11.0m, true), (rate.Actual, rate.Gap, rate.Met));
        Assert.Equal("变化幅度较目标低11.0个百分点", rate.Text);
        var heavy = AirTargets.RelativeGap(new AirTarget("某区", "heavy_days", Period.AutumnWinter(2019), -1m) { Kind = TargetKind.ChangeAmount }, 19m, 31m);
        Assert.Equal((-12m, -11m, true), (heavy.Actual, heavy.Gap, heavy.Met));
        var missed = AirTargets.RelativeGap(new AirTarget("某区", "good_days", Period.Year(2020), 10m) { Kind = TargetKind.ChangeAmount }, 250m, 246m);
        Assert.Equal((4m, false), (missed.Actual, missed.Met));
        Assert.Null(AirTargets.RelativeGap(new AirTarget("某区", "PM2.5", Period.Year(2020), -4m) { Kind = TargetKind.ChangePercent }, 50m, null).Met);
    }
}
