using System.Text.RegularExpressions;
using Workbench.Air;
using Workbench.Briefings;
using Workbench.Charts;
using Workbench.Periods;
using Workbench.Sample;
using Workbench.Tests.Briefings;

namespace Workbench.Tests.Periods;

/// <summary>
/// 南州 2020AW on the sample: every press-figure title and every sheet header names the season, never a calendar year
/// alone (issue 17: the 秋冬季 briefing embedded calendar-year figures, labelled its January–March rows by year, and
/// compared "与2015年相比" over seasons).
/// </summary>
[Trait("Category", "Slow")]
public partial class AutumnWinterThroughTests
{
    private const string Season = "2020—2021年秋冬季";

    /// <summary>A year named alone: 2020年 not preceded by "2019—" (a season is 2020—2021年 … 秋冬季) nor followed by a month (2020年10月).</summary>
    [GeneratedRegex(@"(?<![—\d])\d{4}年(?!\d{1,2}月)")]
    private static partial Regex YearAlone();

    private static readonly Lazy<(AirDataSet Data, string Input)> Sample = new(() =>
    {
        var input = SampleData.EnsureDefault();
        return (AirDataSet.Load([input]), input);
    });

    [Fact]
    public void EveryFigureTitleNamesTheSeason()
    {
        var (data, input) = Sample.Value;
        var figures = PressFigureSet.Build(PressFigureInputsFor.Build(data, [input], "南州", Period.AutumnWinter(2020), 2015, null, null, null));
        Assert.Equal(11, figures.Count);   // no water figures: water is assessed by year
        foreach (var f in figures)
        {
            Assert.Contains("秋冬季", f.Title);
            Assert.True(!YearAlone().IsMatch(f.Title), $"图题只写了年份：{f.Title}");
        }
        Assert.Equal(
        [
            "南州2018—2019年至2020—2021年秋冬季PM2.5月均浓度逐月变化",
            "南州2015—2016年至2020—2021年秋冬季PM2.5浓度变化",
            "南州2020—2021年秋冬季与2015—2016年秋冬季主要污染物浓度对比",
            "南州2020—2021年秋冬季各月空气质量级别天数",
            "南州2020—2021年秋冬季与上一秋冬季对比",
            "2020—2021年秋冬季各城市综合指数变化率排名（与2019—2020年秋冬季相比）",
        ], new[] { 0, 2, 3, 5, 7, 9 }.Select(i => figures[i].Title));
        Assert.StartsWith($"南州{Season}空气质量日历", figures[4].Title);
    }

    [Fact]
    public void EverySheetHeaderNamesTheSeason()
    {
        var (data, input) = Sample.Value;
        var briefing = BriefingCompute.Compute(data, BriefingInputs.Request(data, [input], "南州", Period.AutumnWinter(2020)));
        var folder = Directory.CreateTempSubdirectory("wb-aw-");
        try
        {
            var path = Path.Combine(folder.FullName, "aw.xlsx");
            File.WriteAllBytes(path, BriefingWorkbook.Build(briefing));
            foreach (var name in BriefingWorkbook.SheetNames.Where(n => n != MethodsSheet.Name))
            {
                var ws = SheetReader.Open(path, name);
                Assert.Contains(Season, ws.Text(1, 1));
                for (var row = 1; row <= 3; row++)
                    for (var col = 1; col <= 12; col++)
                        Assert.True(!YearAlone().IsMatch(ws.Text(row, col)), $"{name} 第{row}行第{col}列只写了年份：{ws.Text(row, col)}");
            }
            var monthly = SheetReader.Open(path, TrendSheets.MonthlyName);
            Assert.Equal([Season, "2019—2020年秋冬季"], new[] { monthly.Text(3, 2), monthly.Text(3, 3) });
            Assert.Equal(["10月", "11月", "12月", "1月", "2月", "3月"], Enumerable.Range(4, 6).Select(r => monthly.Text(r, 1)));
            var five = SheetReader.Open(path, TrendSheets.FiveYearName);
            Assert.Equal(["2015—2016年秋冬季", "2016—2017年秋冬季", "2017—2018年秋冬季", "2018—2019年秋冬季", "2019—2020年秋冬季", Season, "与2015—2016年秋冬季相比"],
                Enumerable.Range(4, 7).Select(r => five.Text(r, 1)));
        }
        finally
        {
            folder.Delete(true);
        }
    }
}
