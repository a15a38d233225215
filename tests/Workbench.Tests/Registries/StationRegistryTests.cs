using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Quality;
using Workbench.Registries;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Registries;

public class StationRegistryTests(ITestOutputHelper output)
{
    private const string CnemcList = "stations/cnemc_station_list_2020-01-01.csv";
    private const string CreaList = "stations/crea_station_list_with_province.csv";
    private static readonly DateOnly Day2020 = new(2020, 1, 1);

    [SharedDataFact(CnemcList)]
    public void CnemcListCountsAndDuplicate()
    {
        var quality = new DataQualityReport();
        var reg = StationRegistry.Load(SharedData.PathOf(CnemcList), quality);
        var dup = quality.Issues.Where(i => i.Code == "duplicate-station").ToArray();
        output.WriteLine($"行 1641，去重后站点 {reg.Records.Count}，对照点 {reg.Records.Count(r => r.IsControl)}；{quality.Summary()}");
        Assert.Equal(1640, reg.Codes.Count);            // 1,641 rows, 3207A twice
        // The station-role registry splits 定陵 (1002A) and 青浦淀山湖 (1146A) where their roles begin: two more records.
        Assert.Equal(1642, reg.Records.Count);
        Assert.Equal(1642, quality.ValuesAccepted);
        var d = Assert.Single(dup);
        Assert.Equal("3207A", d.Station);
        Assert.Equal(QualityAction.Rejected, d.Action);
        Assert.NotNull(d.Line);
        Assert.Equal(23, reg.Records.Count(r => r.IsControl && r.Name.Contains("对照点", StringComparison.Ordinal)));
        Assert.Equal(25, reg.Records.Count(r => r.IsControl));
        Assert.Equal(0, quality.CountsByCode.GetValueOrDefault("unknown-city"));
    }

    [SharedDataFact(CnemcList)]
    public void Station_role_registry_marks_Dingling_and_Dianshanhu_from_their_sourced_dates()
    {
        var reg = StationRegistry.Load(SharedData.PathOf(CnemcList));
        var before = reg.Find("1002A", new DateOnly(2012, 10, 5))!;
        var after = reg.Find("1002A", new DateOnly(2012, 10, 6))!;
        Assert.False(before.IsControl);
        Assert.True(after.IsControl);
        Assert.Contains("清洁对照点", after.ControlReason);
        Assert.Contains("新华社 2012-10-06", after.ControlReason);
        Assert.False(reg.Find("1146A", new DateOnly(2012, 5, 31))!.IsControl);
        Assert.True(reg.Find("1146A", Day2020)!.IsControl);
        Assert.DoesNotContain("1002A", reg.StationsOfCity("北京", Day2020).Select(s => s.Code));
        Assert.Contains("1002A", reg.StationsOfCity("北京", Day2020, includeControl: true).Select(s => s.Code));
        Assert.Equal(11, reg.StationsOfCity("北京", Day2020).Count);   // 12 national stations, 定陵 left out
        // A name-marked control station says so.
        Assert.Equal("对照点（站点名称“影视城(对照点)”标注）", reg.Find("1830A", Day2020)!.ControlReason);
        // Written as a Workbench registry and read back: the same records, reasons included.
        var path = Path.Combine(Path.GetTempPath(), $"wb-roles-{Guid.NewGuid():N}.csv");
        try
        {
            reg.WriteCsv(path);
            var again = StationRegistry.Load(path);
            Assert.Equal(reg.Records, again.Records);
            Assert.Equal(reg.Fingerprint, again.Fingerprint);
        }
        finally { File.Delete(path); }
    }

    [SharedDataFact(CnemcList)]
    public void JiaozuoStations()
    {
        var reg = StationRegistry.Load(SharedData.PathOf(CnemcList));
        var c1830 = reg.Find("1830A", Day2020)!;
        Assert.True(c1830.IsControl);
        Assert.Equal("焦作", c1830.City);
        Assert.Equal("河南", c1830.Province);               // filled from the city registry
        Assert.Equal(["1827A", "1828A", "1829A", "3169A"], reg.StationsOfCity("焦作市", Day2020).Select(s => s.Code));
        Assert.Equal(["1827A", "1828A", "1829A", "1830A", "3169A"],
            reg.StationsOfCity("焦作", Day2020, includeControl: true).Select(s => s.Code));
        // 对照点 in full-width brackets and with an opening note.
        Assert.True(reg.Find("1414A", Day2020)!.IsControl);
        Assert.True(reg.Find("3238A", Day2020)!.IsControl);
        Assert.Equal(113.1992, c1830.Longitude);
        Assert.Equal(35.2590, c1830.Latitude);
    }

    [SharedDataFact(CreaList)]
    public void CreaListLoads()
    {
        var quality = new DataQualityReport();
        var reg = StationRegistry.Load(SharedData.PathOf(CreaList), quality);
        output.WriteLine($"CREA：{reg.Records.Count} 站；{quality.Summary()}");
        Assert.Equal(1497, reg.Codes.Count);
        Assert.Equal(1499, reg.Records.Count);   // 定陵 and 青浦淀山湖 split where their roles begin
        var s1827 = reg.Find("1827A", Day2020)!;
        Assert.Equal("市监测站", s1827.Name);                 // trailing full-width space trimmed
        Assert.Equal("河南", s1827.Province);
        Assert.Equal("昌都", reg.Find("2622A", Day2020)!.City); // 昌都地区 → 昌都
        Assert.Equal("莱芜", reg.Find("1615A", Day2020)!.City);  // CREA keeps the pre-2019 city
        Assert.False(reg.Find("1830A", Day2020)!.IsControl);      // CREA dropped the 对照点 suffix
        Assert.Equal(0, quality.CountsByCode.GetValueOrDefault("unknown-city"));
    }

    private static string WriteTemp(string text, bool bom)
    {
        var path = Path.Combine(Path.GetTempPath(), $"wb-stations-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(bom));
        return path;
    }

    private const string OwnRegistry =
        "监测点编码,监测点名称,城市,区县,省份,经度,纬度,对照点,启用日期,停用日期\r\n" +
        "1828A,市环保局,焦作市,解放区,河南,113.2,35.2,否,,\r\n" +
        "1830A,影视城(对照点),焦作,山阳区,河南,113.1992,35.259,是,,2023-12-31\r\n" +
        "1830A,影视城,焦作,山阳区,河南,113.1992,35.259,否,2024-01-01,\r\n" +
        "1827A,市监测站,焦作,解放区,河南,113.261,35.235,否,,2020-12-31\r\n" +
        "3335A,新站,焦作,山阳区,,113.3,35.3,否,2021-06-01,\r\n";

    [Theory(DisplayName = "Own registry CSV: validity dates, control change, districts")]
    [InlineData(true)]
    [InlineData(false)]
    public void OwnRegistryValidity(bool bom)
    {
        var path = WriteTemp(OwnRegistry, bom);
        try
        {
            var quality = new DataQualityReport();
            var reg = StationRegistry.Load(path, quality);
            Assert.Equal(0, quality.TotalCount);
            Assert.Equal(5, reg.Records.Count);
            Assert.True(reg.Find("1830A", new DateOnly(2023, 12, 31))!.IsControl);
            Assert.False(reg.Find("1830A", new DateOnly(2024, 1, 1))!.IsControl);
            Assert.Null(reg.Find("1827A", new DateOnly(2021, 1, 1)));
            Assert.Null(reg.Find("3335A", new DateOnly(2021, 5, 31)));
            Assert.Equal(["1827A", "1828A"], reg.StationsOfCity("焦作", new DateOnly(2020, 6, 1)).Select(s => s.Code));
            Assert.Equal(["1828A", "1830A", "3335A"], reg.StationsOfCity("焦作市", new DateOnly(2024, 6, 1)).Select(s => s.Code));
            Assert.Equal(["1830A", "3335A"], reg.StationsOfDistrict("焦作", "山阳区", new DateOnly(2024, 6, 1)).Select(s => s.Code));
            Assert.Empty(reg.StationsOfDistrict("焦作", "山阳区", new DateOnly(2021, 1, 1)));
            Assert.Equal(["1830A"], reg.StationsOfDistrict("焦作", "山阳区", new DateOnly(2021, 1, 1), includeControl: true).Select(s => s.Code));
            Assert.Equal(["山阳区", "解放区"], reg.DistrictsOf("焦作", new DateOnly(2024, 6, 1)));
            Assert.Equal("河南", reg.Find("3335A", new DateOnly(2022, 1, 1))!.Province);
            Assert.Equal(2, reg.History("1830A").Count);

            // Round trip through the writer.
            var sw = new StringWriter();
            reg.WriteCsv(sw);
            var again = StationRegistry.Parse(sw.ToString(), "again.csv");
            Assert.Equal(reg.Records, again.Records);
        }
        finally { File.Delete(path); }
    }

    [Fact(DisplayName = "Overlapping spans of one code are reported and the later row rejected")]
    public void OverlapReported()
    {
        var text = "监测点编码,监测点名称,城市,区县,省份,经度,纬度,对照点,启用日期,停用日期\n" +
                   "1830A,影视城(对照点),焦作,,,,,是,,2024-06-30\n" +
                   "1830A,影视城,焦作,,,,,否,2024-01-01,\n";
        var quality = new DataQualityReport();
        var reg = StationRegistry.Parse(text, "x.csv", quality);
        var issue = Assert.Single(quality.Issues);
        Assert.Equal("duplicate-station", issue.Code);
        Assert.Equal(3, issue.Line);
        Assert.Single(reg.Records);
        Assert.Throws<ArgumentException>(() => new StationRegistry([
            new StationInfo("1A", "a", "焦作", null, null, false, ValidTo: new DateOnly(2024, 6, 30)),
            new StationInfo("1A", "a", "焦作", null, null, true, ValidFrom: new DateOnly(2024, 1, 1))]));
    }

    [Fact(DisplayName = "Bad files: Chinese error naming file, line and column")]
    public void BadFiles()
    {
        var e = Assert.Throws<WorkbenchDataException>(() => StationRegistry.Parse("code,name\n1,a\n", "bad.csv"));
        Assert.Contains("bad.csv", e.Message);
        Assert.Equal(1, e.Line);
        var text = "监测点编码,监测点名称,城市,区县,省份,经度,纬度,对照点,启用日期,停用日期\n" +
                   "1830A,影视城,焦作,,,,,否,2024-13-01,\n";
        var e2 = Assert.Throws<WorkbenchDataException>(() => StationRegistry.Parse(text, "dates.csv"));
        Assert.Equal(2, e2.Line);
        Assert.Equal("启用日期", e2.Column);
        Assert.Contains("2024-13-01", e2.Message);
    }

    [Fact(DisplayName = "Unknown city and bad coordinate are reported, not dropped")]
    public void UnknownCityReported()
    {
        var text = "监测点编码,监测点名称,城市,经度,纬度\n9999A,某站,不存在市,abc,35.1\n";
        var quality = new DataQualityReport();
        var reg = StationRegistry.Parse(text, "u.csv", quality);
        var s = Assert.Single(reg.Records);
        Assert.Equal("不存在市", s.City);
        Assert.Null(s.Longitude);
        Assert.Equal(1, quality.CountsByCode["unknown-city"]);
        Assert.Equal(1, quality.CountsByCode["bad-coordinate"]);
    }

    [Fact(DisplayName = "GBK station list is decoded and reported")]
    public void GbkFile()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var path = Path.Combine(Path.GetTempPath(), $"wb-gbk-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, System.Text.Encoding.GetEncoding(936).GetBytes("监测点编码,监测点名称,城市,经度,纬度\n1830A,影视城(对照点),焦作,113.1992,35.259\n"));
        try
        {
            var quality = new DataQualityReport();
            var reg = StationRegistry.Load(path, quality);
            Assert.True(reg.Find("1830A", Day2020)!.IsControl);
            Assert.Equal(1, quality.CountsByCode["encoding-gb18030"]);
        }
        finally { File.Delete(path); }
    }
}
