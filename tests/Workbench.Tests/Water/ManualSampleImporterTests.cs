using ClosedXML.Excel;
using Workbench.Quality;
using Workbench.Standards.Water;
using Workbench.Water.Files;
using Workbench.Water.Import;

namespace Workbench.Tests.Water;

/// <summary>The monthly manual-sampling table importer.</summary>
public class ManualSampleImporterTests
{
    private static ManualSampleData Parse(string csv, DataQualityReport q) =>
        ManualSampleImporter.Read(CsvText.Parse(csv, "manual.csv"), "manual.csv", q);

    [Fact(DisplayName = "Monthly table: year+month columns, non-detects kept, placeholders and bad values listed")]
    public void YearMonthColumns()
    {
        const string csv = """
            断面名称,年,月,pH,溶解氧(mg/L),氨氮（mg/L）,总磷(mg/L),挥发酚(mg/L),汞(mg/L),备注
            东河上游,2020,5,7.8,8.1,0.41,0.08,0.0003L,ND,
            东河上游,2020,6,7.6,*,0.52,--,<0.0003,0.00002,
            东河上游,2020,6,7.6,*,0.52,--,<0.0003,0.00002,
            东河上游,2020,13,7.6,7.0,0.5,0.1,0.001,0.00001,
            东河上游（桥）,2020,7,7.7,6.9,abc,0.12,0.001,,
            ,2020,7,7.7,6.9,0.3,0.12,0.001,,
            """;
        var q = new DataQualityReport();
        var d = Parse(csv, q);
        Assert.Equal([WaterItem.PH, WaterItem.DissolvedOxygen, WaterItem.AmmoniaNitrogen, WaterItem.TotalPhosphorus, WaterItem.VolatilePhenol, WaterItem.Mercury], d.Items);
        Assert.Equal(3, d.Samples.Count);
        var may = d.Samples[0];
        Assert.Equal(new DateTime(2020, 5, 1), may.Time);
        Assert.Equal(MeasuredValue.NonDetect(0.0003m), may.Values[WaterItem.VolatilePhenol]);
        Assert.True(may.Values[WaterItem.Mercury].BelowDetectionLimit);
        Assert.False(may.Values[WaterItem.Mercury].DetectionLimitKnown);
        var june = d.Samples[1];
        Assert.False(june.Values.ContainsKey(WaterItem.DissolvedOxygen));
        Assert.False(june.Values.ContainsKey(WaterItem.TotalPhosphorus));
        Assert.Equal("东河上游(桥)", d.Samples[2].Section);
        Assert.False(d.Samples[2].Values.ContainsKey(WaterItem.AmmoniaNitrogen));
        Assert.Equal(1, d.Counts["exact-duplicate"]);
        Assert.Equal(1, d.Counts["bad-time"]);
        Assert.Equal(1, d.Counts["bad-value"]);
        Assert.Equal(1, d.Counts["no-section-name"]);
        Assert.Equal(1, d.Counts["placeholder-star"]);
        Assert.Equal(1, d.Counts["placeholder-dashes"]);
        Assert.Equal(1, d.Counts["fullwidth-bracket"]);
        Assert.Equal(3, d.Counts["non-detect"]);     // 0.0003L, ND, <0.0003 (duplicate and bad-time rows are not read further)
        var bad = q.Issues.Single(i => i.Code == "bad-value");
        Assert.Equal(6, bad.Line);
        Assert.Equal("氨氮（mg/L）", bad.Column);
    }

    [Theory(DisplayName = "Time column spellings")]
    [InlineData("2020-05", 2020, 5, 1)]
    [InlineData("2020-05-12", 2020, 5, 12)]
    [InlineData("2020年5月", 2020, 5, 1)]
    [InlineData("2020年5月9日", 2020, 5, 9)]
    [InlineData("202005", 2020, 5, 1)]
    [InlineData("2020/5/9", 2020, 5, 9)]
    public void TimeSpellings(string text, int y, int m, int day)
    {
        var d = Parse($"断面名称,监测时间,总磷\n甲,{text},0.1\n", new DataQualityReport());
        Assert.Equal(new DateTime(y, m, day), Assert.Single(d.Samples).Time);
    }

    [Fact(DisplayName = "A table without a time or without items is refused with a Chinese error")]
    public void Refused()
    {
        var e = Assert.Throws<Workbench.IO.WorkbenchDataException>(() => Parse("断面名称,总磷\n甲,0.1\n", new DataQualityReport()));
        Assert.Contains("时间", e.Message);
        e = Assert.Throws<Workbench.IO.WorkbenchDataException>(() => Parse("断面名称,监测时间,备注\n甲,2020-01,x\n", new DataQualityReport()));
        Assert.Contains("项目", e.Message);
    }

    [Fact(DisplayName = "XLSX monthly table: numbers and dates read from cells")]
    public void Xlsx()
    {
        var path = Path.Combine(Path.GetTempPath(), $"wb-manual-{Guid.NewGuid():N}.xlsx");
        try
        {
            using (var wb = new XLWorkbook())
            {
                var ws = wb.AddWorksheet("月报");
                string[] header = ["断面名称", "监测时间", "高锰酸盐指数", "总磷", "铅"];
                for (var c = 0; c < header.Length; c++) ws.Cell(1, c + 1).Value = header[c];
                ws.Cell(2, 1).Value = "东河出境";
                ws.Cell(2, 2).Value = new DateTime(2021, 3, 15);
                ws.Cell(2, 3).Value = 4.2;
                ws.Cell(2, 4).Value = 0.21;
                ws.Cell(2, 5).Value = "0.001L";
                wb.SaveAs(path);
            }
            var d = ManualSampleImporter.Read(path, new DataQualityReport());
            var s = Assert.Single(d.Samples);
            Assert.Equal(new DateTime(2021, 3, 15), s.Time);
            Assert.Equal(4.2m, s.Values[WaterItem.PermanganateIndex].Value);
            Assert.Equal(0.21m, s.Values[WaterItem.TotalPhosphorus].Value);
            Assert.Equal(MeasuredValue.NonDetect(0.001m), s.Values[WaterItem.Lead]);
        }
        finally { File.Delete(path); }
    }
}
