using Workbench.Quality;
using Workbench.Standards.Water;
using Workbench.Tests.Support;
using Workbench.Water.Compute;
using Workbench.Water.Import;
using Workbench.Water.Registry;
using Xunit.Abstractions;

namespace Workbench.Tests.Water;

/// <summary>The automatic-station importers on the real files and on small hand-made excerpts.</summary>
public class AutomaticImportTests(ITestOutputHelper output)
{
    private const string Folder = "water_quality_cnemc/";

    [SharedDataFact(Folder + "raw_api_snapshot_2021-03-31.json")]
    public void ApiJsonMarkupRemovedRawValuesPreferred()
    {
        var q = new DataQualityReport();
        var data = AutomaticStationImporter.Read(SharedData.PathOf(Folder + "raw_api_snapshot_2021-03-31.json"), q);
        Assert.Equal(AutomaticFormat.ApiJson, data.Format);
        Assert.Equal(98, data.Rows.Count);
        var r = data.Readings.Single(x => x.Section == "八间房漫水桥");
        Assert.Equal("房山区", r.City);
        Assert.Equal("小清河", r.River);
        Assert.Equal(new DateTime(2021, 3, 31, 8, 0, 0), r.Time);
        Assert.Equal(WaterClass.III, r.PublishedClass);
        Assert.Equal(4.255m, r.Values[WaterItem.PermanganateIndex].Value);          // raw, from the title attribute
        Assert.Equal(4.26m, r.DisplayValues[WaterItem.PermanganateIndex].Value);    // display
        Assert.True(r.HasRawValues);
        Assert.DoesNotContain(data.Rows.SelectMany(x => x), cell => cell.Contains('<'));
        Assert.Contains("总磷(mg/L)_原始值", data.Columns);
        var stopped = data.Readings.Single(x => x.Section == "沿河城");
        Assert.Null(stopped.Time);
        Assert.Null(stopped.PublishedClass);
        Assert.Equal("停站", stopped.StationState);
        Assert.True(q.CountsByCode["placeholder-dashes"] > 0);
        var registry = SectionRegistry.Load(SharedData.PathOf(Folder + "section_types_inferred.csv"));
        var classified = AutomaticClassification.ClassifyAll(data, registry, q);
        var published = classified.Where(c => c.AgreesWithPublished is not null).ToArray();
        output.WriteLine($"API JSON 2021-03-31: {published.Count(c => c.AgreesWithPublished == true)} / {published.Length} agree");
        Assert.All(published, c => Assert.True(c.AgreesWithPublished, $"{c.Reading.Section}: {c.Reading.PublishedClassText} vs {c.Class}"));
    }

    [SharedDataFact(Folder + "raw_api_snapshot_2020-05-08.json.xz")]
    public void ApiJsonXzFullNationalSnapshot()
    {
        var q = new DataQualityReport();
        var data = AutomaticStationImporter.Read(SharedData.PathOf(Folder + "raw_api_snapshot_2020-05-08.json.xz"), q);
        Assert.Equal(1901, data.Rows.Count);
        var r = data.Readings.Single(x => x.Section == "南大荒桥");
        Assert.Equal(8.4108m, r.Values[WaterItem.PH].Value);
        Assert.Equal(new DateTime(2020, 5, 8, 15, 0, 0), r.Time);
        var registry = SectionRegistry.Load(SharedData.PathOf(Folder + "section_types_inferred.csv"));
        var classified = AutomaticClassification.ClassifyAll(data, registry, q);
        var published = classified.Where(c => c.AgreesWithPublished is not null).ToArray();
        var agree = published.Count(c => c.AgreesWithPublished == true);
        output.WriteLine($"API JSON 2020-05-08 (raw values): {agree} / {published.Length} = {(double)agree / published.Length:P2}");
        Assert.Equal(published.Length, agree);
    }

    [SharedDataFact(Folder + "water_quality_by_name_2021-04-01_05_all_sections.csv.xz")]
    public void SeventeenColumnQuirksCounted()
    {
        var q = new DataQualityReport();
        var data = AutomaticStationImporter.Read(SharedData.PathOf(Folder + "water_quality_by_name_2021-04-01_05_all_sections.csv.xz"), q);
        Assert.Equal(AutomaticFormat.SeventeenColumn, data.Format);
        Assert.Equal(46_183, data.Rows.Count);                      // every data row kept
        Assert.Equal(46_183, data.Readings.Count);
        Assert.Equal(4_272, data.Counts["exact-duplicate"]);        // DATA.md §7
        Assert.Equal(4_272, data.Readings.Count(r => r.IsExactDuplicate));
        Assert.True(data.Counts["time-placeholder"] >= 1_189);
        Assert.True(data.Counts["class-placeholder"] > 3_600);
        Assert.Equal(data.Counts["stale-time"], data.Readings.Count(r => r.IsStale));
        Assert.Contains(data.Readings, r => r.IsStale && r.TimeText.StartsWith("02-07"));
        Assert.DoesNotContain(data.Readings, r => r.IsStale && r.TimeText.StartsWith("04-0"));
        Assert.All(data.Readings.Where(r => r.Time is not null), r => Assert.Equal(2021, r.Time!.Value.Year));
        Assert.Contains(q.Issues, i => i.Code == "date-without-year");
        Assert.Contains(data.Readings, r => r.SourceSectionName.Contains('（') || r.SourceSectionName.Contains('）'));
        foreach (var (code, n) in data.Counts.OrderBy(kv => kv.Key)) output.WriteLine($"{code}: {n:N0}");
    }

    [SharedDataFact(Folder + "water_quality_by_name_2021-04_henan")]
    public void PerSectionFileTakesItsYearFromTheFolder()
    {
        var path = SharedData.PathOf(Folder + "water_quality_by_name_2021-04_henan/河南省/海河流域/修武水文站/2021-04/修武水文站.csv");
        var data = AutomaticStationImporter.Read(path, new DataQualityReport());
        Assert.Equal(28, data.Rows.Count);
        var first = data.Readings[0];
        Assert.Equal(new DateTime(2021, 4, 1, 8, 0, 0), first.Time);
        Assert.Equal(WaterClass.IV, first.PublishedClass);
        // pH 8.33 I, DO 5.00 III, CODMn 4.97 III, NH3-N 0.910 III, TP 0.218 IV (river): IV.
        Assert.Equal(WaterClass.IV, AutomaticClassification.Evaluate(first, WaterBodyType.River)!.Class);
    }

    [SharedDataFact(Folder + "szzdjc_daily_snapshots_2020-05-08_2021-04-05.csv.xz")]
    public void SnapshotsYearFromSnapshotDate()
    {
        var q = new DataQualityReport();
        var data = AutomaticStationImporter.Read(SharedData.PathOf(Folder + "szzdjc_daily_snapshots_2020-05-08_2021-04-05.csv.xz"), q);
        Assert.Equal(AutomaticFormat.DailySnapshot, data.Format);
        Assert.Equal(35_946, data.Rows.Count);
        Assert.Equal(3_802, data.Readings.Count(r => r.HasRawValues));
        var bracket = data.Readings.First(r => r.SourceSectionName == "广北滨河路(桥）");
        Assert.Equal("广北滨河路(桥)", bracket.Section);
        Assert.Equal(7.5685m, bracket.Values[WaterItem.PH].Value);
        // A January snapshot with a December reading time belongs to the previous year.
        Assert.All(data.Readings.Where(r => r.Time is not null && r.SnapshotDate is not null),
            r => Assert.True(r.Time!.Value.Date <= r.SnapshotDate!.Value.ToDateTime(TimeOnly.MinValue).AddDays(1), $"line {r.Line}"));
        Assert.Contains(data.Readings, r => r.SnapshotDate!.Value.Year == 2021 && r.Time?.Year == 2021);
    }

    [Fact(DisplayName = "17-column excerpt: placeholders, duplicates, repeated header, bad value and short row listed")]
    public void ExcerptQuirks()
    {
        const string csv = """
            省份,流域,断面名称,监测时间,水质类别,水温(℃),pH(无量纲),溶解氧(mg/L),电导率(μS/cm),浊度(NTU),高锰酸盐指数(mg/L),氨氮(mg/L),总磷(mg/L),总氮(mg/L),叶绿素α(mg/L),藻密度(cells/L),站点情况
            河南省,淮河流域,新蔡班台(班台),04-01 08:00,Ⅲ,16.8,7.90,6.10,500.1,7.5,4.10,0.300,0.150,2.61,*,*,正常
            河南省,淮河流域,新蔡班台(班台),04-01 08:00,Ⅲ,16.8,7.90,6.10,500.1,7.5,4.10,0.300,0.150,2.61,*,*,正常
            省份,流域,断面名称,监测时间,水质类别,水温(℃),pH(无量纲),溶解氧(mg/L),电导率(μS/cm),浊度(NTU),高锰酸盐指数(mg/L),氨氮(mg/L),总磷(mg/L),总氮(mg/L),叶绿素α(mg/L),藻密度(cells/L),站点情况
            河南省,淮河流域,新蔡班台(班台),*,*,--,--,--,--,--,--,--,--,--,*,*,维护
            河南省,淮河流域,新蔡班台(班台),02-07 12:00,Ⅱ,9.8,7.90,9.10,500.1,7.5,abc,0.300,0.050,2.61,*,*,正常
            河南省,淮河流域,新蔡班台(班台),04-02 08:00,Ⅲ
            """;
        var q = new DataQualityReport();
        var data = AutomaticStationImporter.ReadCsv(csv, "excerpt.csv", q, new AutomaticImportOptions(new DateOnly(2021, 4, 1)));
        Assert.Equal(6, data.Rows.Count);                      // every row kept as written
        Assert.Equal(4, data.Readings.Count);                  // the repeated header and the short row have no reading
        Assert.Equal(1, data.Counts["exact-duplicate"]);
        Assert.Equal(1, data.Counts["repeated-header"]);
        Assert.Equal(1, data.Counts["time-placeholder"]);
        Assert.Equal(1, data.Counts["class-placeholder"]);
        Assert.Equal(1, data.Counts["stale-time"]);
        Assert.Equal(1, data.Counts["bad-value"]);
        Assert.Equal(1, data.Counts["field-count"]);
        var bad = q.Issues.Single(i => i.Code == "bad-value");
        Assert.Equal(6, bad.Line);
        Assert.Equal("高锰酸盐指数(mg/L)", bad.Column);
        var stale = data.Readings.Single(r => r.IsStale);
        Assert.Equal(new DateTime(2021, 2, 7, 12, 0, 0), stale.Time);
        Assert.False(stale.Values.ContainsKey(WaterItem.PermanganateIndex));
        Assert.Equal(WaterClass.III, AutomaticClassification.Evaluate(data.Readings[0], WaterBodyType.River)!.Class);
        Assert.Null(AutomaticClassification.Evaluate(data.Readings[2], WaterBodyType.River));
    }

    [Fact(DisplayName = "A file without the 17 columns is refused with a Chinese error naming the file")]
    public void WrongFormat()
    {
        var e = Assert.Throws<Workbench.IO.WorkbenchDataException>(() =>
            AutomaticStationImporter.ReadCsv("a,b\n1,2\n", "wrong.csv", new DataQualityReport()));
        Assert.Contains("wrong.csv", e.Message);
        Assert.Contains("断面名称", e.Message);
    }
}
