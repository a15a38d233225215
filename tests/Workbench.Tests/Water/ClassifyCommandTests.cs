using System.Text;
using Workbench.IO;
using Workbench.Quality;
using Workbench.Tests.Support;
using Workbench.Water.Compute;
using Workbench.Water.Import;
using Workbench.Water.Registry;
using Xunit.Abstractions;

namespace Workbench.Tests.Water;

/// <summary><c>workbench water classify</c> through the library function it calls, on small real excerpts.</summary>
public class ClassifyCommandTests(ITestOutputHelper output)
{
    private const string Folder = "water_quality_cnemc/";

    [SharedDataFact(Folder + "szzdjc_daily_snapshots_2020-05-08_2021-04-05.csv.xz")]
    public void SnapshotExcerptKeepsEveryRowAndColumn()
    {
        // The first 400 lines: the 2020-05-08 full national snapshot (raw values present).
        string[] lines;
        using (var s = XzStream.OpenRead(SharedData.PathOf(Folder + "szzdjc_daily_snapshots_2020-05-08_2021-04-05.csv.xz")))
        using (var r = new StreamReader(s, Encoding.UTF8))
            lines = Enumerable.Range(0, 401).Select(_ => r.ReadLine()!).ToArray();
        var dir = Directory.CreateTempSubdirectory("wb-classify-").FullName;
        try
        {
            var input = Path.Combine(dir, "excerpt.csv");
            File.WriteAllLines(input, lines);
            var outPath = Path.Combine(dir, "out.csv");
            var q = new DataQualityReport();
            var registry = SectionRegistry.Load(SharedData.PathOf(Folder + "section_types_inferred.csv"), q);
            var summary = ClassifyFile.Run(input, registry, outPath, q);
            output.WriteLine(summary.Describe());
            var outLines = File.ReadAllLines(outPath, Encoding.UTF8);
            Assert.Equal(401, outLines.Length);
            Assert.Equal(lines[0] + "," + ClassifyFile.ClassColumn, outLines[0]);
            // Every row, in order, with its columns unchanged and one more at the end.
            for (var i = 1; i < lines.Length; i++)
                Assert.StartsWith(lines[i] + ",", outLines[i]);
            Assert.Equal(400, summary.Rows);
            Assert.True(summary.WithPublished > 200);
            Assert.Equal(summary.WithPublished, summary.Agreeing);   // raw values: 100 %
            // A classed row ends with a Roman numeral (the empty class is covered by QuotedFields). Rows in
            // maintenance (no published class) are still classed from the items present.
            var classes = outLines.Skip(1).Select(l => l[(l.LastIndexOf(',') + 1)..]).ToArray();
            Assert.All(classes, c => Assert.Contains(c, new[] { "", "Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "劣Ⅴ" }));
        }
        finally { Directory.Delete(dir, true); }
    }

    [SharedDataFact(Folder + "raw_api_snapshot_2021-03-31.json")]
    public void JsonInputWritesCleanColumns()
    {
        var dir = Directory.CreateTempSubdirectory("wb-classify-").FullName;
        try
        {
            var outPath = Path.Combine(dir, "out.csv");
            var q = new DataQualityReport();
            var summary = ClassifyFile.Run(SharedData.PathOf(Folder + "raw_api_snapshot_2021-03-31.json"), SectionRegistry.Empty, outPath, q);
            output.WriteLine(summary.Describe());
            var outLines = File.ReadAllLines(outPath, Encoding.UTF8);
            Assert.Equal(99, outLines.Length);
            Assert.StartsWith("省份,流域,断面名称,监测时间,水质类别,水温(℃),pH(无量纲)", outLines[0]);
            Assert.EndsWith(",计算类别", outLines[0]);
            Assert.DoesNotContain(outLines, l => l.Contains("<span"));
            Assert.Contains(outLines, l => l.StartsWith("北京市,淮河流域,八间房漫水桥,03-31 08:00,Ⅲ,13.9,7.77,") && l.EndsWith(",Ⅲ"));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact(DisplayName = "Classify: an unreadable input gives a Chinese error naming the file")]
    public void MissingInput()
    {
        var e = Assert.Throws<FileNotFoundException>(() => ClassifyFile.Run("不存在.csv", SectionRegistry.Empty, "out.csv", new DataQualityReport()));
        Assert.Contains("不存在.csv", e.Message);
        var xz = Assert.Throws<FileNotFoundException>(() => XzStream.OpenRead("不存在.csv.xz"));
        Assert.Contains("文件不存在", xz.Message);
    }

    [Fact(DisplayName = "Classify writes quoted fields back unchanged")]
    public void QuotedFields()
    {
        var dir = Directory.CreateTempSubdirectory("wb-classify-").FullName;
        try
        {
            var input = Path.Combine(dir, "in_2021-04-01.csv");
            File.WriteAllText(input, """
                省份,流域,断面名称,监测时间,水质类别,pH(无量纲),溶解氧(mg/L),高锰酸盐指数(mg/L),氨氮(mg/L),总磷(mg/L),站点情况
                河南省,淮河流域,"甲,乙",04-01 08:00,Ⅱ,7.5,8.0,3.0,0.3,0.08,正常
                河南省,淮河流域,丙,04-01 08:00,*,--,--,--,--,--,维护
                """);
            var outPath = Path.Combine(dir, "out.csv");
            var summary = ClassifyFile.Run(input, SectionRegistry.Empty, outPath, new DataQualityReport());
            var outLines = File.ReadAllLines(outPath, Encoding.UTF8);
            Assert.Equal("河南省,淮河流域,\"甲,乙\",04-01 08:00,Ⅱ,7.5,8.0,3.0,0.3,0.08,正常,Ⅱ", outLines[1]);
            Assert.Equal("河南省,淮河流域,丙,04-01 08:00,*,--,--,--,--,--,维护,", outLines[2]);
            Assert.Equal((2, 1, 1), (summary.Rows, summary.Classed, summary.Agreeing));
        }
        finally { Directory.Delete(dir, true); }
    }
}
