using Workbench.Periods;
using Workbench.Quality;
using Workbench.Standards.Water;
using Workbench.Tests.Support;
using Workbench.Water.Compute;
using Workbench.Water.Import;
using Workbench.Water.Registry;
using Workbench.Water.Sample;
using Xunit.Abstractions;

namespace Workbench.Tests.Water;

/// <summary>The deterministic water sample: reproduces the committed files and carries the planted features.</summary>
public class WaterSampleGeneratorTests(ITestOutputHelper output)
{
    private static readonly Lazy<string> Generated = new(() =>
    {
        var dir = Directory.CreateTempSubdirectory("wb-water-sample-").FullName;
        WaterSampleGenerator.Write(dir);
        return dir;
    });

    [Theory(DisplayName = "The generator reproduces the committed sample files byte for byte")]
    [InlineData("sections.csv")]
    [InlineData("monthly_samples.csv")]
    public void ReproducesCommittedFiles(string name)
    {
        var committed = Path.Combine(SharedData.RepoRoot, "data", "sample", "water", name);
        Assert.True(File.Exists(committed), $"data/sample/water/{name} is not committed");
        Assert.Equal(File.ReadAllBytes(committed), File.ReadAllBytes(Path.Combine(Generated.Value, "water", name)));
    }

    [Fact(DisplayName = "Sample: 5 cities, 14 sections, one drinking-water reservoir with volume, targets II–IV")]
    public void Network()
    {
        var r = SectionRegistry.Load(Path.Combine(Generated.Value, "water", "sections.csv"));
        Assert.Equal(14, r.Sections.Count);
        Assert.Equal(["东州", "西州", "南州", "北州", "中州"], r.Sections.Select(s => s.City).Distinct());
        Assert.All(r.Sections.GroupBy(s => s.City), g => Assert.InRange(g.Count(), 2, 4));
        Assert.All(r.Sections.GroupBy(s => s.City), g => Assert.InRange(g.Select(s => s.River).Distinct().Count(), 1, 3));
        var lake = Assert.Single(r.Sections, s => s.BodyType == WaterBodyType.LakeReservoir);
        Assert.True(lake.DrinkingWaterSource);
        Assert.NotNull(lake.AnnualVolume);
        Assert.All(r.Sections, s => Assert.InRange(s.Target!.Value, WaterClass.II, WaterClass.IV));
        Assert.Equal("中州南江(南江中州段)", r.Resolve("中州南江")!.Section.Name);
    }

    [Fact(DisplayName = "Sample: 白沙河口 misses its IV target early and meets it in 2025; city CWQI improves 2015 → 2025")]
    public void PlantedFeatures()
    {
        var q = new DataQualityReport();
        var registry = SectionRegistry.Load(Path.Combine(Generated.Value, "water", "sections.csv"), q);
        var data = ManualSampleImporter.Read(Path.Combine(Generated.Value, "water", "monthly_samples.csv"), q);
        Assert.Equal(14 * 132, data.Samples.Count);
        Assert.True(data.Counts["non-detect"] > 100);
        Assert.True(data.Counts["placeholder-dashes"] > 0);
        var missed = new List<int>();
        decimal? first = null, last = null;
        foreach (var y in Enumerable.Range(2015, 11))
        {
            var r = WaterAssessment.Assess(data.Samples, registry, Period.Year(y), quality: q);
            Assert.Equal(14, r.Sections.Count);
            var bs = r.Sections.Single(s => s.Section.Name == "白沙河口");
            if (!bs.Attainment!.Attains) missed.Add(y);
            var mean = r.Cities.Average(c => c.Cwqi!.Value);
            first ??= mean;
            last = mean;
            output.WriteLine($"{y}: 白沙河口 {bs.Evaluation.Class?.ToRoman()}, attained {r.Sections.Count(s => s.Attainment!.Attains)}/14, mean city CWQI {mean:F4}");
        }
        Assert.Contains(2015, missed);
        Assert.DoesNotContain(2025, missed);
        Assert.True(last < first * 0.85m, $"CWQI {first} → {last}");
    }
}
