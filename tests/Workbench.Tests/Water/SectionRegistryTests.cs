using Workbench.Quality;
using Workbench.Standards.Water;
using Workbench.Tests.Support;
using Workbench.Water.Registry;

namespace Workbench.Tests.Water;

/// <summary>The section registry: layouts, aliases, brackets, types from data.</summary>
public class SectionRegistryTests
{
    [SharedDataFact("water_quality_cnemc/section_types_inferred.csv")]
    public void InferredListGivesTypesNamesMislead()
    {
        var r = SectionRegistry.Load(SharedData.PathOf("water_quality_cnemc/section_types_inferred.csv"));
        Assert.True(r.Sections.Count > 1500);
        Assert.Equal(WaterBodyType.LakeReservoir, r.Resolve("陶岔", "河南省")!.Section.BodyType);
        Assert.Equal(WaterBodyType.River, r.Resolve("小浪底水库(小浪底)", "河南省")!.Section.BodyType);
        Assert.Null(r.Resolve("淅川史家湾(史家湾)", "河南省")!.Section.BodyType);   // undetermined
        // Full-width bracket in a file resolves to the registered name.
        var m = r.Resolve("广北滨河路(桥）", "北京市")!;
        Assert.Equal(SectionMatchKind.Normalised, m.Kind);
        // The name without its bracketed part.
        var b = r.Resolve("新蔡班台", "河南省")!;
        Assert.Equal("新蔡班台(班台)", b.Section.Name);
        Assert.Equal(SectionMatchKind.BaseName, b.Kind);
    }

    [Fact(DisplayName = "Registry layout: aliases, target, level, drinking-water flag, bad cells reported")]
    public void RegistryLayout()
    {
        var path = Path.Combine(Path.GetTempPath(), $"wb-registry-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, """
            断面名称,别名,省份,城市,河流,流域,水体类型,目标类别,考核级别,饮用水水源地,经度,纬度,年取水量(万吨)
            新蔡班台(班台),班台|班台闸,河南省,驻马店,洪河,淮河流域,河流,Ⅲ,国考,否,115.07,32.72,
            示例水库（库心）,,河南省,驻马店,示例水库,淮河流域,水库,Ⅱ类,省考,是,114.1,33.0,3650
            坏断面,,河南省,驻马店,洪河,淮河流域,池塘,Ⅶ,区考,否,x,,
            ,,河南省,,,,,,,,,,
            """);
        try
        {
            var q = new DataQualityReport();
            var r = SectionRegistry.Load(path, q);
            Assert.Equal(3, r.Sections.Count);
            var alias = r.Resolve("班台闸")!;
            Assert.Equal(SectionMatchKind.Alias, alias.Kind);
            Assert.Equal(WaterClass.III, alias.Section.Target);
            Assert.Equal(AssessmentLevel.National, alias.Section.Level);
            var lake = r.Resolve("示例水库(库心)")!.Section;
            Assert.Equal(WaterBodyType.LakeReservoir, lake.BodyType);
            Assert.True(lake.DrinkingWaterSource);
            Assert.Equal(3650m, lake.AnnualVolume);
            Assert.Equal(WaterClass.II, lake.Target);
            foreach (var code in new[] { "fullwidth-bracket", "registry-bad-type", "registry-bad-target", "registry-bad-level", "registry-bad-number", "registry-no-name" })
                Assert.True(q.CountsByCode.ContainsKey(code), code);
            Assert.Equal(3, r.SectionsOfCity("驻马店市").Count);
            // Round trip through the writer.
            var back = Path.ChangeExtension(path, ".out.csv");
            r.WriteCsv(back);
            var again = SectionRegistry.Load(back);
            Assert.Equal(r.Sections.Select(s => (s.Name, s.Target, s.BodyType, s.DrinkingWaterSource)), again.Sections.Select(s => (s.Name, s.Target, s.BodyType, s.DrinkingWaterSource)));
            File.Delete(back);
            // The same table as XLSX.
            var xlsx = Path.ChangeExtension(path, ".xlsx");
            using (var wb = new ClosedXML.Excel.XLWorkbook())
            {
                var ws = wb.AddWorksheet("名录");
                var rows = File.ReadAllLines(path).Select(l => l.Split(',')).ToArray();
                for (var i = 0; i < rows.Length; i++)
                    for (var c = 0; c < rows[i].Length; c++)
                        ws.Cell(i + 1, c + 1).Value = rows[i][c];
                wb.SaveAs(xlsx);
            }
            var fromXlsx = SectionRegistry.Load(xlsx);
            Assert.Equal(r.Sections.Select(s => (s.Name, s.Target, s.BodyType)), fromXlsx.Sections.Select(s => (s.Name, s.Target, s.BodyType)));
            File.Delete(xlsx);
        }
        finally { File.Delete(path); }
    }

    [Fact(DisplayName = "A drinking-water flag that says neither yes nor no is reported, not read as no")]
    public void UnreadableDrinkingWaterFlag()
    {
        // Seen while fuzzing the registry: any text but 是/Y/1/true/yes was read as 否 without a word.
        var path = Path.Combine(Path.GetTempPath(), $"wb-registry-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, """
            断面名称,省份,饮用水水源地
            甲,河南省,是
            乙,河南省,是的
            丙,河南省,
            丁,河南省,否
            """);
        try
        {
            var q = new DataQualityReport();
            var r = SectionRegistry.Load(path, q);
            Assert.Equal([true, false, false, false], r.Sections.Select(s => s.DrinkingWaterSource));
            var issue = Assert.Single(q.Issues);
            Assert.Equal(("registry-bad-drinking", 3L, "饮用水水源地", "乙", QualityAction.Rejected),
                (issue.Code, issue.Line!.Value, issue.Column, issue.Station, issue.Action));
            Assert.Contains("是的", issue.Reason);
        }
        finally { File.Delete(path); }
    }
}
