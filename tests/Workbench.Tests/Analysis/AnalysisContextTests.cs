using Workbench.Air.Compute;
using Workbench.Analysis;
using Workbench.Frames;
using Workbench.Periods;
using Workbench.Quality;
using Workbench.Standards;
using Xunit.Abstractions;

namespace Workbench.Tests.Analysis;

/// <summary>The notebook parameters resolved as the CLI resolves its options, and the frames the notebooks show.</summary>
[Collection("cli")]
public sealed class AnalysisContextTests(ITestOutputHelper output)
{
    private static readonly Lazy<AnalysisContext> Dongzhou2025 = new(() => AnalysisContext.Open("东州", "2025"));

    [Fact(DisplayName = "Empty standard = the version in force on the period's last day; a given one is kept")]
    public void StandardByDate()
    {
        var ctx = Dongzhou2025.Value;
        Assert.Equal(AirQualityStandard.Gb3095_2012, ctx.Standard);
        Assert.False(ctx.StandardGiven);
        Assert.Equal(Period.Year(2025), ctx.Period);
        Assert.Equal(AirQualityStandard.Gb3095_2026Final, AnalysisContext.Open("东州", "2025", standard: "2026-final").Standard);
    }

    [Theory(DisplayName = "Bad parameters give a Chinese message naming the parameter")]
    [InlineData("东州", "2025年", "", "period")]
    [InlineData("东州", "2025", "2030", "standard")]
    [InlineData("", "2025", "", "city")]
    [InlineData("海州", "2025", "", "海州")]
    public void BadParameters(string city, string period, string standard, string named)
    {
        var e = Assert.Throws<ArgumentException>(() => AnalysisContext.Open(city, period, standard: standard));
        output.WriteLine(e.Message);
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Standard changes: PM2.5 limit 35 → 30 → 25 µg/m³ (2012, 2026 transition, 2026 final); same concentration")]
    public void StandardChangesFrame()
    {
        var ctx = Dongzhou2025.Value;
        var versions = new[] { AirQualityStandard.Gb3095_2012, AirQualityStandard.Gb3095_2026Transition, AirQualityStandard.Gb3095_2026Final }
            .Select(s => ctx.Assess(standard: s)).ToArray();
        var frame = AirFrames.StandardChanges(versions);
        output.WriteLine(FrameText.ToText(frame));
        var pm25 = Enumerable.Range(0, (int)frame.Rows.Count).Single(i => (string)frame.Columns["指标"][i] == "PM2.5浓度");
        Assert.Equal(versions[0].Indicators["PM2.5"], (decimal?)frame.Columns["浓度"][pm25]);
        Assert.Equal(35m, (decimal?)frame.Columns["限值（2012）"][pm25]);
        Assert.Equal(30m, (decimal?)frame.Columns["限值（2026）"][pm25]);
        Assert.Equal(25m, (decimal?)frame.Columns["限值（2026-final）"][pm25]);
        // The composite index divides by the limits, so a stricter version gives a larger index.
        Assert.True(versions[0].Composite!.Total < versions[1].Composite!.Total && versions[1].Composite!.Total < versions[2].Composite!.Total);
        Assert.Throws<ArgumentException>(() => AirFrames.StandardChanges([versions[0], ctx.Assess(Period.Year(2024))]));
    }

    [Fact(DisplayName = "Station coverage: hours and valid days per station within the period; city stations' PM2.5 valid days ≥ the city's")]
    public void Coverage()
    {
        var ctx = Dongzhou2025.Value;
        var rows = StationCoverage.Of(ctx.Data, "东州", ctx.Period, ctx.Settings);
        var city = ctx.Assess();
        foreach (var r in rows)
            output.WriteLine($"{r.Code} {r.Name} 对照点={r.IsControl} PM2.5 小时 {r.HoursWithValue[Pollutant.PM2_5]}/{r.ExpectedHours}（{r.HourCompletenessPercent(Pollutant.PM2_5)}%） 有效天 {r.ValidDays[Pollutant.PM2_5]}");
        Assert.Equal(city.Stations.Count + 1, rows.Count); // the sample has one control station per city
        Assert.All(rows, r =>
        {
            Assert.Equal(365 * 24, r.ExpectedHours);
            Assert.InRange(r.HoursWithValue[Pollutant.PM2_5], 1, r.ExpectedHours);
            Assert.InRange(r.ValidDays[Pollutant.PM2_5], 1, 365);
            // A valid day needs at least 20 hours (GB 3095), so valid days × 20 never exceed the hours with a value.
            Assert.True(r.ValidDays[Pollutant.PM2_5] * 20 <= r.HoursWithValue[Pollutant.PM2_5]);
        });
        Assert.True(rows.Where(r => !r.IsControl).Max(r => r.ValidDays[Pollutant.PM2_5]) >= city.Statistics.Pollutants[Pollutant.PM2_5].ValidDays);
    }

    [Fact(DisplayName = "Trends frame: Theil–Sen slope and Mann–Kendall p of a hand-checked series (1,2,3,4,5 → slope 1, p < 0.05)")]
    public void TrendsFrame()
    {
        var t = Trend.Analyse([2021, 2022, 2023, 2024, 2025], [1, 2, 3, 4, 5]);
        var frame = AirFrames.Trends([("PM2.5", t)]);
        output.WriteLine(FrameText.ToText(frame));
        Assert.Equal(1m, (decimal?)frame.Columns["Theil–Sen斜率（每年）"][0]);
        Assert.True(t.PValue < 0.05);
        Assert.Equal(t.Text, (string)frame.Columns["结论"][0]);
    }
}
