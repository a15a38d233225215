using Workbench.Air;
using Workbench.Air.Method;
using Workbench.Air.Compute;
using Workbench.Air.Import;
using Workbench.Periods;
using Workbench.Sample.National;
using Workbench.Scale;
using Workbench.Standards;
using Workbench.Store;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Sample.National;

/// <summary>
/// The national generator on a small window (80 real stations, 2019-05-29 … 2019-06-04, across the mid-year header
/// change): deterministic, read by the real importer with the feed's quirks reported, and — the point of issue 8 —
/// store-based and CSV-based network assessments identical on it.
/// </summary>
public sealed class NationalSampleTests(ITestOutputHelper output) : IDisposable
{
    private const string StationList = "stations/cnemc_station_list_2020-01-01.csv";
    private static readonly DateOnly Start = new(2019, 5, 29);
    private static readonly DateOnly End = new(2019, 6, 4);
    private readonly string _temp = Directory.CreateTempSubdirectory("wb-national-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private NationalSampleResult Generate(string name, int stations = 80) =>
        NationalSampleGenerator.Generate(new NationalSampleOptions(SharedData.PathOf(StationList), Start, End,
            Path.Combine(_temp, name), StationLimit: stations));

    [SharedDataFact(StationList)]
    public void Same_seed_gives_identical_files_and_the_header_changes_on_1_June()
    {
        var a = Generate("a");
        var b = Generate("b");
        Assert.Equal(7, a.Files);
        foreach (var f in Directory.EnumerateFiles(a.Folder))
            Assert.Equal(File.ReadAllBytes(f), File.ReadAllBytes(Path.Combine(b.Folder, Path.GetFileName(f))));
        var may = File.ReadLines(Path.Combine(a.Folder, "china_sites_20190531.csv")).First().Split(',').Length;
        var june = File.ReadLines(Path.Combine(a.Folder, "china_sites_20190601.csv")).First().Split(',').Length;
        output.WriteLine($"表头字段：5月31日 {may}，6月1日 {june}");
        Assert.True(june > may, "6月1日起新增站点列（含一列重复）");

        var data = ChinaSitesReader.ReadData([a.Folder]);
        Assert.Equal(80, data.Hourly.StationCodes.Count);
        var codes = data.Hourly.Quality.CountsByCode;
        Assert.True(codes.GetValueOrDefault("duplicate-column") >= 4, "6月起每个文件报告重复列");
        Assert.True(codes.GetValueOrDefault("empty-values") == 7, "每个文件一行空值小结");
    }

    [SharedDataFact(StationList)]
    public void Published_aqi_row_is_the_cnemc_realtime_aqi_of_the_values()
    {
        var r = Generate("aqi");
        var data = AirDataSet.Load([r.Folder], r.StationsPath);
        var ours = HourlyAqi.Compute(data.Hourly!, RealtimeAqiMethod.CnemcRealtime, AirSettings.Default);
        var agreement = HourlyAqi.Agreement(ours, data.Hourly!);
        output.WriteLine($"小时 AQI 与 AQI 行：{agreement}");
        // The generator writes the library's CNEMC real-time AQI of the values it writes: every hour agrees.
        Assert.True(agreement.Compared > 10_000);
        Assert.Equal(agreement.Compared, agreement.Equal);
    }

    [SharedDataFact(StationList)]
    public void Network_assessment_from_the_store_is_identical_to_csv()
    {
        var r = Generate("feed");
        var store = Path.Combine(_temp, "store");
        AirStore.Import([r.Folder], store, r.StationsPath);
        var period = Period.Range(Start, End);
        var fromCsv = NetworkAssessment.Assess(AirDataSet.Load([r.Folder], r.StationsPath), period, AirSettings.Default);
        var fromStore = NetworkAssessment.Assess(AirDataSet.Load([store]), period, AirSettings.Default);
        var a = Path.Combine(_temp, "csv.csv");
        var b = Path.Combine(_temp, "store.csv");
        NetworkTable.Write(fromCsv, a);
        NetworkTable.Write(fromStore, b);
        Assert.Equal(File.ReadAllText(a), File.ReadAllText(b));
        var cities = fromCsv.Rows.Count(x => x.Level == NetworkLevel.City);
        Assert.True(cities >= 5, $"{cities} 个城市");
        Assert.Contains(fromCsv.Rows, x => x.Level == NetworkLevel.City && x.Assessment.Indicators["PM2.5"] is > 0);
        output.WriteLine($"{cities} 个城市、{fromCsv.Rows.Count - cities} 个站点，存储与 CSV 的表逐字节相同");
        output.WriteLine(string.Join("\n", File.ReadLines(a).Take(4)));
    }
}
