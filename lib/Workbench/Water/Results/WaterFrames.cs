using Microsoft.Data.Analysis;
using Workbench.Standards.Rounding;
using Workbench.Standards.Water;

namespace Workbench.Water.Results;

/// <summary>
/// Water results as DataFrames for notebooks (Chinese column names, display rounding: CWQI 4 decimals, shares and
/// changes 1–2 decimals by GB/T 8170). The records stay the source of truth.
/// </summary>
public static class WaterFrames
{
    /// <summary>One row per section: class, target, attainment, main pollutants, CWQI and its change.</summary>
    public static DataFrame Sections(WaterAssessmentResult result)
    {
        var s = result.Sections;
        return new DataFrame(
            new StringDataFrameColumn("断面名称", s.Select(x => x.Section.Name)),
            new StringDataFrameColumn("城市", s.Select(x => x.Section.City)),
            new StringDataFrameColumn("河流", s.Select(x => x.Section.River)),
            new StringDataFrameColumn("水体类型", s.Select(x => x.Section.EffectiveBodyType.ToChinese())),
            new StringDataFrameColumn("时段", s.Select(x => x.Period.Label)),
            new Int32DataFrameColumn("样品数", s.Select(x => (int?)x.SampleCount)),
            new Int32DataFrameColumn("评价项目数", s.Select(x => (int?)x.Evaluation.EvaluatedItemCount)),
            new StringDataFrameColumn("水质类别", s.Select(x => x.Evaluation.Class?.ToRoman() ?? "")),
            new StringDataFrameColumn("水质状况", s.Select(x => x.Evaluation.Status?.ToChinese() ?? "")),
            new StringDataFrameColumn("目标类别", s.Select(x => x.Section.Target?.ToRoman() ?? "")),
            new StringDataFrameColumn("是否达标", s.Select(x => x.Attainment is null ? "" : x.Attainment.Attains ? "达标" : "不达标")),
            new StringDataFrameColumn("超标项目(倍数)", s.Select(x => string.Join("、", x.Attainment?.Exceedances.Select(e => e.Label) ?? []))),
            new StringDataFrameColumn("主要污染指标", s.Select(x => x.Evaluation.MainPollutantLabel)),
            new DecimalDataFrameColumn("CWQI", s.Select(x => x.Cwqi is null ? (decimal?)null : GbT8170.Round(x.Cwqi.Value, 4))),
            new Int32DataFrameColumn("CWQI项目数", s.Select(x => x.Cwqi?.ItemCount)),
            new DecimalDataFrameColumn("去年同期CWQI", s.Select(x => x.CwqiLastYear is null ? (decimal?)null : GbT8170.Round(x.CwqiLastYear.Value, 4))),
            new DecimalDataFrameColumn("CWQI变化率(%)", s.Select(x => x.CwqiChangePercent is { } c ? GbT8170.Round(c, 2) : (decimal?)null)));
    }

    /// <summary>One row per area (city, river, lake or reservoir, basin): shares, status, attainment and mean CWQI with its change.</summary>
    public static DataFrame Areas(IReadOnlyList<AreaAssessment> areas)
    {
        return new DataFrame(
            new StringDataFrameColumn("类型", areas.Select(a => a.Kind switch { AreaKind.City => "城市", AreaKind.River => "河流", AreaKind.LakeReservoir => "湖库", _ => "流域" })),
            new StringDataFrameColumn("名称", areas.Select(a => a.Name)),
            new Int32DataFrameColumn("断面数", areas.Select(a => (int?)a.Evaluation.SectionCount)),
            new StringDataFrameColumn("评价方法", areas.Select(a => a.Evaluation.Method == AreaMethod.ClassShares ? "类别比例法" : "断面均值法")),
            new DecimalDataFrameColumn("Ⅰ～Ⅲ类比例(%)", areas.Select(a => (decimal?)GbT8170.Round(a.Evaluation.ShareItoIIIPercent, 1))),
            new DecimalDataFrameColumn("劣Ⅴ类比例(%)", areas.Select(a => (decimal?)GbT8170.Round(a.Evaluation.ShareWorseThanVPercent, 1))),
            new StringDataFrameColumn("水质状况", areas.Select(a => a.Evaluation.Status?.ToChinese() ?? "未定级")),
            new StringDataFrameColumn("主要污染指标", areas.Select(a => string.Join("、", a.Evaluation.MainPollutants.Select(p => p.Label)))),
            new StringDataFrameColumn("达标断面", areas.Select(a => a.TargetCount == 0 ? "" : $"{a.AttainedCount}/{a.TargetCount}")),
            new DecimalDataFrameColumn("平均CWQI", areas.Select(a => a.Cwqi is null ? (decimal?)null : GbT8170.Round(a.Cwqi.Value, 4))),
            new DecimalDataFrameColumn("CWQI变化率(%)", areas.Select(a => a.CwqiChangePercent is { } c ? GbT8170.Round(c, 2) : (decimal?)null)));
    }
}
