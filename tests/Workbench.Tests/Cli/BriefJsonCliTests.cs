using System.Text.Json;
using Workbench.Briefings;

namespace Workbench.Tests.Cli;

/// <summary>`workbench brief --json` on the sample: the statements with their values, figures and sheets.</summary>
[Collection("cli")]
public sealed class BriefJsonCliTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("wb-brief-json-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact(DisplayName = "brief --json 东州 2025-01..2025-11: statements, the year-end race against the 2025 targets, figures and sheets")]
    [Trait("Category", "Slow")]
    public void YearToDateWithRace()
    {
        var path = Path.Combine(_temp, "b.xlsx");
        var run = CliRunner.Run("brief", "--city", "东州", "--period", "2025-01..2025-11", "--no-press-figures", "--json", "--out", path);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("已写入", run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal(("东州", "2025-01..2025-11", "2025年1—11月"),
            (root.GetProperty("city").GetString(), root.GetProperty("period").GetString(), root.GetProperty("period_label").GetString()));
        // No pictures without the press figures: the calendar is the 空气质量日历 sheet, drawn in cells.
        Assert.Equal(BriefingWorkbook.SheetNames, root.GetProperty("sheets").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Contains(CalendarSheet.Name, BriefingWorkbook.SheetNames);
        Assert.Empty(root.GetProperty("figures").EnumerateArray());
        Assert.Equal(path, root.GetProperty("files").GetProperty("workbook").GetString());

        var statements = root.GetProperty("statements").EnumerateArray().ToArray();
        JsonElement Kind(string kind, string startsWith) => statements.Single(s => s.GetProperty("kind").GetString() == kind
            && s.GetProperty("text").GetString()!.StartsWith(startsWith, StringComparison.Ordinal));
        // data/sample/targets.csv: 东州 2025 PM2.5 39, 优良天数比例 76.0; the period ends on 30 November: 31 days remain of 365.
        var pm = Kind("year-end-race", "完成2025年PM2.5浓度目标（39微克/立方米），12月（31天）");
        var v = pm.GetProperty("values");
        Assert.Equal((39m, 365, 31), (v.GetProperty("PM2.5_target").GetDecimal(), v.GetProperty("target_days").GetInt32(), v.GetProperty("remaining_days").GetInt32()));
        var soFar = v.GetProperty("PM2.5_so_far").GetDecimal();
        var allowed = Math.Floor((39m * 365 - soFar) / 31);
        Assert.Equal(allowed, v.GetProperty("PM2.5_required").GetDecimal());
        Assert.EndsWith($"PM2.5平均浓度须不高于{allowed}微克/立方米。", pm.GetProperty("text").GetString());
        // The sum so far is the reported mean's days: 334 days at the rounded mean ± 0.5 each.
        var mean = Kind("pollutants", "PM2.5浓度").GetProperty("values").GetProperty("PM2.5").GetDecimal();
        Assert.InRange(soFar, (mean - 0.5m) * 300, (mean + 0.5m) * 334);
        // Good days: ⌈76.0 % × 365⌉ = ⌈277.4⌉ = 278 needed for the year.
        var good = Kind("good-days", "优良天数").GetProperty("values").GetProperty("good_days").GetInt32();
        var race = Kind("year-end-race", "2025年优良天数比例目标（76.0%）").GetProperty("text").GetString();
        Assert.Equal(good >= 278 ? $"2025年优良天数比例目标（76.0%）已经完成（已有优良天{good}天）。"
            : $"完成2025年优良天数比例目标（76.0%），12月（31天）中还须至少有{278 - good}天为优良（已有优良天{good}天）。", race);
        // Districts of 东州 in the sample registry: 东城区, 高新区, 南湖区.
        var districts = Kind("districts", "各区县PM2.5浓度").GetProperty("values");
        Assert.Equal([1m, 2m, 3m], new[] { "东城区", "高新区", "南湖区" }.Select(d => districts.GetProperty(d + "_rank").GetDecimal()).Order());
        Assert.Equal("water", Kind("water-sections", "4个考核断面").GetProperty("topic").GetString());
    }
}
