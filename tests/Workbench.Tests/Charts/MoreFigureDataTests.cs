using System.Text.Json;
using Workbench.Air.Compute;
using Workbench.Charts;
using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Tests.Charts;

/// <summary>Calendar, day counts, 秋冬季, rankings and composite shares.</summary>
public class MoreFigureDataTests
{
    [Fact(DisplayName = "House style: AQI level colours are HJ 633 Appendix A #00E400 #FFFF00 #FF7E00 #FF0000 #99004C #7E0023")]
    public void AqiColours() =>
        Assert.Equal(["#00E400", "#FFFF00", "#FF7E00", "#FF0000", "#99004C", "#7E0023"], Enumerable.Range(1, 6).Select(HouseStyle.AqiLevelColour));

    [Fact(DisplayName = "Calendar 2019: levels per day coloured by HJ 633 (Jan 优 green, Dec 中度 red), 2019-06-10 grey")]
    public void Calendar()
    {
        var data = MoreFigureData.Calendar(ChartFixtures.CityDaily, 2019);
        Assert.Equal(365, data.Days.Count);
        var jan15 = data.Days.Single(d => d.Day == new DateOnly(2019, 1, 15));
        Assert.Equal((1, "#00E400"), (jan15.Level!.Value, jan15.Colour));
        var dec15 = data.Days.Single(d => d.Day == new DateOnly(2019, 12, 15));
        Assert.Equal((4, "#FF0000", 158), (dec15.Level!.Value, dec15.Colour, dec15.Aqi!.Value));
        var aug1 = data.Days.Single(d => d.Day == new DateOnly(2019, 8, 1));
        Assert.Equal((3, "#FF7E00"), (aug1.Level!.Value, aug1.Colour));
        var missing = data.Days.Single(d => d.Day == ChartFixtures.MissingDay);
        Assert.Equal((null, null, HouseStyle.MissingColour), (missing.Aqi, missing.Level, missing.Colour));
        // 90 days level 1 (Jan–Mar), 121 level 2 (Apr–Jul less the missing day), 122 level 3 (Aug–Nov), 31 level 4.
        var counts = data.Counts;
        Assert.Equal((90, 121, 122, 31, 1), (counts[1], counts[2], counts[3], counts[4], counts[0]));
        // 2019-01-01 was a Tuesday: first row, second column; 2019-01-07 (Monday) starts row 2.
        var d1 = data.Days[0];
        Assert.Equal((0, 1), (d1.Week, d1.Weekday));
        Assert.Equal((1, 0), (data.Days[6].Week, data.Days[6].Weekday));

        var figure = Figures.AqiCalendar(ChartFixtures.CityDaily, 2019, ChartFixtures.Annual(2019), "测试数据");
        using var json = JsonDocument.Parse(figure.ToJson());
        var traces = json.RootElement.GetProperty("data").EnumerateArray().ToArray();
        var december = traces[11].GetProperty("marker").GetProperty("color").EnumerateArray().Select(c => c.GetString()!).Distinct().ToArray();
        Assert.Equal(["#FF0000"], december);
        Assert.Contains(traces, t => t.TryGetProperty("name", out var n) && n.GetString() == "优 90天");
        Assert.Contains(traces, t => t.TryGetProperty("name", out var n) && n.GetString() == "无有效数据 1天");
        Assert.DoesNotContain("January", figure.ToJson());
    }

    [Fact(DisplayName = "Days per level per month: June 2019 29 良 + 1 missing; December 31 中度污染; stacked in level colours")]
    public void DaysPerLevel()
    {
        var monthly = ChartFixtures.Monthly(2019);
        var data = MoreFigureData.DaysPerLevel(monthly);
        Assert.Equal(12, data.Count);
        Assert.Equal(("6月", 29, 1), (data[5].Label, data[5].DaysPerLevel[1], data[5].MissingDays));
        Assert.Equal(31, data[11].DaysPerLevel[3]);
        Assert.Equal(31, data[0].DaysPerLevel[0]);
        var figure = Figures.DaysPerLevel(monthly, "测试数据");
        using var json = JsonDocument.Parse(figure.ToJson());
        var traces = json.RootElement.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(AqiLevels.All.Select(l => l.ColourHex).Append(HouseStyle.MissingColour),
            traces.Select(t => t.GetProperty("marker").GetProperty("color").GetString()));
        Assert.Equal("stack", json.RootElement.GetProperty("layout").GetProperty("barmode").GetString());
    }

    [Fact(DisplayName = "秋冬季 pairs: PM2.5 65 → 33 同比下降49.2%; heavy days 0 → 0 同比持平")]
    public void AutumnWinter()
    {
        var data = MoreFigureData.AutumnWinter(ChartFixtures.Annual(2020), ChartFixtures.Annual(2019));
        Assert.Equal((65m, 33m, "同比下降49.2%"), (data.Pm25.Previous!.Value, data.Pm25.Current!.Value, data.Pm25.Text));
        Assert.Equal((0m, 0m, "同比持平"), (data.HeavyDays.Previous!.Value, data.HeavyDays.Current!.Value, data.HeavyDays.Text));
    }

    [Fact(DisplayName = "Ranking: rank order kept, ties share a rank, only the analyst's city highlighted")]
    public void Ranking()
    {
        var entries = Workbench.Air.Compute.Ranking.Rank([("甲", 4.2m), ("东州", 3.1m), ("乙", 3.1m), ("丙", 5.0m)]);
        var bars = MoreFigureData.Ranking(entries, "东州");
        Assert.Equal([1, 1, 3, 4], bars.Select(b => b.Rank));
        Assert.Equal([HouseStyle.HighlightColour], bars.Where(b => b.Name == "东州").Select(b => b.Colour));
        Assert.All(bars.Where(b => b.Name != "东州"), b => Assert.Equal(HouseStyle.NeutralColour, b.Colour));
        Assert.Single(bars, b => b.Highlighted);
    }

    [Fact(DisplayName = "Composite shares: six pollutants, shares sum to 100 ± 0.3, largest first, pollutant colours")]
    public void Shares()
    {
        var result = ChartFixtures.Annual(2019);
        var shares = MoreFigureData.Shares(result);
        Assert.Equal(6, shares.Count);
        Assert.InRange(shares.Sum(s => s.SharePercent), 99.7m, 100.3m);
        Assert.Equal(shares.OrderByDescending(s => s.SharePercent).Select(s => s.Pollutant), shares.Select(s => s.Pollutant));
        Assert.Equal(Pollutant.PM2_5, shares[0].Pollutant); // 65/35 = 1.86, the largest sub-index
        Assert.Equal(result.Composite!.SubIndices[Pollutant.PM2_5], shares[0].SubIndex);
        Assert.All(shares, s => Assert.Equal(HouseStyle.PollutantColour(s.Pollutant), s.Colour));
    }

    [Fact(DisplayName = "Figures hide the mode bar and use Chinese fonts; HTML inlines plotly.js once and loads nothing")]
    public void HtmlIsSelfContained()
    {
        var figure = Figures.AnnualValues([ChartFixtures.Annual(2019), ChartFixtures.Annual(2020)], "PM2.5", "测试数据");
        var html = figure.ToHtml();
        Assert.Contains("displayModeBar: false", html);
        Assert.Contains("Noto Sans CJK SC", html);
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        // plotly.js itself mentions cdn.plot.ly (topojson for geo traces, which the catalogue never uses); the page
        // outside the inlined library names no URL at all. The browser test checks the request log.
        var page = html.Replace(FigureHtml.PlotlyJs.Replace("</", "<\\/"), "");
        Assert.DoesNotContain("http", page);
        Assert.DoesNotContain("<link", page);
        // plotly.js is inlined exactly once.
        var marker = "plotly.js v";
        var count = 0;
        for (var i = html.IndexOf(marker, StringComparison.Ordinal); i >= 0; i = html.IndexOf(marker, i + 1, StringComparison.Ordinal)) count++;
        Assert.Equal(1, count);
        Assert.True(html.Length > 3_000_000);
    }

    [Fact(DisplayName = "A long source line wraps at ｜ so it is never clipped")]
    public void SourceLineWraps()
    {
        var text = string.Join("｜", Enumerable.Repeat("数据来源：城市空气质量监测站点小时数据", 6));
        var lines = SourceLineText.Wrap(text, 1200);
        Assert.True(lines.Count > 1);
        Assert.Equal(text, string.Join("｜", lines));
        Assert.All(lines, l => Assert.True(Workbench.Text.EastAsianWidth.Of(l) * HouseStyle.SourceSize / 2 <= 1200));
    }

    [Fact(DisplayName = "Date axes tick in Chinese (%Y年%-m月), never English month names")]
    public void ChineseDateTicks()
    {
        var b = new FigureBuilder();
        b.Trace("scatter", FigureBuilder.Map(("x", new[] { "2025-01-01", "2025-02-01" }), ("y", new[] { 1, 2 })));
        b.Layout("xaxis", FigureBuilder.Map(("type", "date")));
        using var json = JsonDocument.Parse(b.Build("t", "测试", "来源").ToJson());
        Assert.Equal("%Y年%-m月", json.RootElement.GetProperty("layout").GetProperty("xaxis").GetProperty("tickformat").GetString());
    }
}
