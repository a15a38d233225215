using System.Globalization;
using CsCheck;
using Workbench.Air.Import;
using Workbench.Registries;
using Workbench.Standards;
using Workbench.Tests.Support;
using Workbench.Water.Import;
using Workbench.Water.Registry;
using Xunit.Abstractions;
using static Workbench.Tests.Fuzz.FuzzFixtures;
using static Workbench.Tests.Fuzz.LoadedValues;

namespace Workbench.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing of the readers of line formats (issue 14): a small real-shaped file of each reader, mutated
/// a few thousand times with fixed seeds, one <see cref="LineMutations"/> mutation each, checked by <see cref="FuzzCheck"/>
/// (a lost value must be reported within a line of the mutated one: an inserted line break shifts what follows; an
/// unterminated quote is reported where it ends). The spreadsheet, JSON and notebook readers have their own classes
/// (<see cref="XlsxFuzzTests"/>, <see cref="WaterJsonFuzzTests"/>, <see cref="NotebookFuzzTests"/>). Tagged slow: a minute
/// or two in all.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    private const int Iterations = 2000;

    public static TheoryData<string> Readers() =>
        new(["china_sites", "prsa", "heqinwill", "scraped", "aqistudy", "crea", "station_list", "water_csv", "targets", "dust_list",
             "aqistudy_monthly", "tidy_hourly", "tidy_daily", "water_snapshot", "water_manual", "registry", "registry_inferred"]);

    [SharedDataTheory("cnemc_hourly_2019/target_cities")]
    [MemberData(nameof(Readers))]
    public void No_value_moves_and_every_loss_is_reported(string reader)
    {
        var c = CaseOf(reader);
        var clean = c.Read(c.Bytes(c.Lines), c.FileName);
        var data = c.Lines.Length - c.HeaderLines;
        Assert.True(clean.Values.Count >= Math.Min(20, data), $"{reader}：干净文件只载入 {clean.Values.Count} 个值");
        var check = new FuzzCheck(reader, clean);
        foreach (var (line, kind, at) in FuzzCheck.Samples(reader, Gen.Select(Gen.Int[0, data - 1], Gen.Int[0, LineMutations.Kinds - 1], Gen.Int[0, 10_000]), Iterations))
        {
            var index = c.HeaderLines + line;
            var (lines, description) = LineMutations.Mutate(c, index, kind, at);
            if (lines is null) continue;   // nothing to mutate at that spot (no separator, no non-digit)
            var fileLine = index + 1;
            check.Check(description, () => c.Read(c.Bytes(lines), c.FileName),
                i => Math.Abs(i.Line!.Value - fileLine) <= 1 || i.Line.Value > fileLine && i.Code.Contains("quote"));
        }
        output.WriteLine(check.Summary());
    }

    // ------------------------------------------------------------------ the readers' cases

    private static readonly MixedUtf8 Utf8 = MixedUtf8.Instance;

    private static LineCase CaseOf(string reader) => reader switch
    {
        "china_sites" => new(reader, "china_sites_20190101.csv", 1, Head("cnemc_hourly_2019/target_cities/china_sites_20190101.csv", 1 + 15 * 3),
            Utf8, (b, n) => Grid(ChinaSitesReader.Read(new MemoryStream(b), n))),
        "prsa" => new(reader, "PRSA_Data_Dongsi_20130301-20170228.csv", 1,
            Head("beijing_prsa/PRSA_Data_Dongsi_20130301-20170228.csv.xz", 61, xz: true), Utf8,
            (b, n) => Grid(PrsaReader.Read(new MemoryStream(b), n))),
        "heqinwill" => new(reader, "2024-01-01T00.csv", 1, Head("cnemc_realtime_2024_sample/HeQinWill_CNEMC_2024-01-01T00_excerpt.csv", 15),
            Utf8, (b, n) => Grid(HeQinWillReader.Read(new MemoryStream(b), n).Hourly)),
        // 许昌's file: 焦作's holds the same station under two spellings, one frozen, and refusing one row lets the other
        // spelling's published value stand (a different number under the same key, by design of the scrape's dedup).
        "scraped" => new(reader, "许昌_20200402-20200408.csv", 1, Head("scraped_station_hourly_2020-03_04/许昌_20200402-20200408.csv", 60),
            Utf8, (b, n) => Grid(ScrapedStationHourlyReader.Read([new ImportSource(n, () => new MemoryStream(b))]).Hourly)),
        "aqistudy" => new(reader, "焦作.csv", 0, Head("aqistudy_city_daily_2014_2017/焦作.csv", 60), Utf8,
            (b, n) => Daily(AqistudyReader.ReadDaily([new ImportSource(n, () => new MemoryStream(b))]).Daily)),
        "aqistudy_monthly" => new(reader, "all_city_monthly.csv", 0, Head("aqistudy_city_daily_2014_2017/all_city_monthly.csv", 60), Utf8,
            (b, n) => Monthly(AqistudyReader.ReadMonthly([new ImportSource(n, () => new MemoryStream(b))]))),
        "crea" => new(reader, "crea.csv", 1, Head("crea_city_daily_2017_2020/crea_city_day_obs_2017-01-01_2020-11-18.csv.xz", 80, xz: true),
            Utf8, (b, n) => Daily(CreaReader.Read(new MemoryStream(b), n).Daily)),
        "station_list" => new(reader, "stations.csv", 1, Head("stations/cnemc_station_list_2020-01-01.csv", 80), Utf8, StationList),
        "water_csv" => new(reader, "修武水文站.csv", 1,
            Head("water_quality_cnemc/water_quality_by_name_2021-04_henan/河南省/海河流域/修武水文站/2021-04/修武水文站.csv", 40), Utf8,
            (b, n) => Automatic(b, n, new DateOnly(2021, 4, 5))),
        "targets" => new(reader, "targets.csv", 1, SampleData("targets.csv"), Utf8, Targets),
        "dust_list" => new(reader, "dust_days.csv", 1, SampleData("dust_days.csv"), Utf8, DustList),
        "tidy_hourly" => new(reader, "hourly.csv", 1, TidyHourly(), Utf8, (b, n) => Tidy(TidyTableReader.Read(new MemoryStream(b), n))),
        "tidy_daily" => new(reader, "daily.csv", 1, TidyDaily(), Utf8, (b, n) => Tidy(TidyTableReader.Read(new MemoryStream(b), n))),
        "water_snapshot" => new(reader, "szzdjc_daily_snapshots.csv", 1,
            Head("water_quality_cnemc/szzdjc_daily_snapshots_2020-05-08_2021-04-05.csv.xz", 41, xz: true), Utf8, (b, n) => Automatic(b, n, null)),
        "water_manual" => new(reader, "monthly_samples.csv", 1, SampleData("water/monthly_samples.csv", 41), Utf8, (b, n) =>
            FromTempFile(b, n, (path, quality) => Samples(ManualSampleImporter.Read(path, quality).Samples))),
        "registry" => new(reader, "sections.csv", 1, SampleData("water/sections.csv"), Utf8, Registry),
        "registry_inferred" => new(reader, "section_types_inferred.csv", 1, Head("water_quality_cnemc/section_types_inferred.csv", 61), Utf8, Registry),
        _ => throw new ArgumentException(reader),
    };

    private static Loaded Monthly(CityMonthlyData data)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var r in data.Records)
        {
            var at = $"{r.City}|{r.Year}-{r.Month:00}";
            foreach (var (k, v) in new[] { ("PM2.5", r.PM2_5), ("PM10", r.PM10), ("SO2", r.SO2), ("CO", r.CO), ("NO2", r.NO2), ("O3_8h", r.O3_8h) })
                if (!double.IsNaN(v)) values[$"{at}|{k}"] = v;
            if (r.Aqi is { } aqi) values[$"{at}|AQI"] = aqi;
            if (r.Rank is { } rank) values[$"{at}|排名"] = rank;
        }
        return new Loaded(values, data.Quality);
    }

    private static Loaded Automatic(byte[] bytes, string name, DateOnly? reference) => FromTempFile(bytes, name, (path, quality) =>
        LoadedValues.Automatic(AutomaticStationImporter.Read(path, quality, new AutomaticImportOptions(ReferenceDate: reference))));

    private static Loaded Registry(byte[] bytes, string name) =>
        FromTempFile(bytes, name, (path, quality) => LoadedValues.Registry(SectionRegistry.Load(path, quality)));

    private static Loaded Targets(byte[] bytes, string name) => FromTempFile(bytes, name, (path, quality) =>
        Workbench.Air.Compute.AirTargets.Load(path, quality).ToDictionary(t => $"{t.City}|{t.Indicator}|{t.Period.Code}", t => (double)t.Value));

    /// <summary>A dust list holds no numbers: each city-day is a key with the value 1.</summary>
    private static Loaded DustList(byte[] bytes, string name) => FromTempFile(bytes, name, (path, quality) =>
        Workbench.Air.Compute.DustDays.Load(path, quality).CityDays.ToDictionary(d => $"{d.City}|{d.Day:yyyy-MM-dd}", _ => 1.0));

    private static Loaded StationList(byte[] bytes, string name) => FromTempFile(bytes, name, (path, quality) =>
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var r in StationRegistry.Load(path, quality, roles: StationRoles.None).Records)
        {
            if (r.Longitude is { } lon) values[$"{r.Code}|{r.City}|{r.Name}|lon"] = lon;
            if (r.Latitude is { } lat) values[$"{r.Code}|{r.City}|{r.Name}|lat"] = lat;
        }
        return values;
    });
}
