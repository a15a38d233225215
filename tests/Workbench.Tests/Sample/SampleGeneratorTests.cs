using System.Security.Cryptography;
using Workbench.Registries;
using Workbench.Sample;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Sample;

/// <summary>Generates 2020 once into a temporary folder for the tests of this class.</summary>
public sealed class Sample2020 : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"wb-sample-2020-{Guid.NewGuid():N}");
    public SampleResult Result { get; }
    public Sample2020() => Result = SampleGenerator.Generate(SampleOptions.Years(2020, 2020, outputFolder: Folder));
    public void Dispose() { if (Directory.Exists(Folder)) Directory.Delete(Folder, true); }
}

public class SampleGeneratorTests(Sample2020 sample, ITestOutputHelper output) : IClassFixture<Sample2020>
{
    private static readonly string[] Types =
        ["AQI", "PM2.5", "PM2.5_24h", "PM10", "PM10_24h", "SO2", "SO2_24h", "NO2", "NO2_24h",
         "O3", "O3_24h", "O3_8h", "O3_8h_24h", "CO", "CO_24h"];

    private string Folder => sample.Folder;

    private IEnumerable<FeedDay> Days2020()
    {
        for (var d = new DateOnly(2020, 1, 1); d.Year == 2020; d = d.AddDays(1))
            if (FeedDay.Read(Folder, d) is { } f) yield return f;
    }

    [Fact(DisplayName = "Sample 2020: china_sites layout (header, 15 types per hour, CRLF, ASCII, gaps)")]
    public void Layout()
    {
        output.WriteLine($"2020：{sample.Result.HourlyFiles} 个文件，用时 {sample.Result.Elapsed.TotalSeconds:F1} 秒");
        Assert.Equal(365, sample.Result.HourlyFiles);                      // 366 days, 2020-07-15 missing
        Assert.Null(FeedDay.Read(Folder, new DateOnly(2020, 7, 15)));
        var bytes = File.ReadAllBytes(Path.Combine(Folder, "china_sites", "china_sites_20200101.csv"));
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.All(bytes, b => Assert.True(b < 128));
        var jan1 = FeedDay.Read(Folder, new DateOnly(2020, 1, 1))!;
        Assert.Equal("date,hour,type", string.Join(',', jan1.Lines[0].Split(',')[..3]));
        Assert.Equal(29, jan1.Codes.Length);
        Assert.Equal(1 + 24 * 15 + 1, jan1.Lines.Length);                   // header, 360 rows, empty after the last CRLF
        Assert.DoesNotContain(jan1.Lines, l => l.Contains('\n') || l.Contains('\r'));
        for (var h = 0; h < 24; h++)
            for (var t = 0; t < 15; t++)
                Assert.Equal($"20200101,{h},{Types[t]}", string.Join(',', jan1.Lines[1 + h * 15 + t].Split(',')[..3]));
        // µg/m³ rows are integers; CO has at most 1 decimal from 2017 on.
        foreach (var line in jan1.Lines.Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split(',');
            var decimals = f[3..].Where(v => v.Contains('.')).Select(v => v.Length - v.IndexOf('.') - 1).DefaultIfEmpty(0).Max();
            Assert.True(f[2].StartsWith("CO") ? decimals <= 1 : decimals == 0, line);
        }
        // Short file: 18 hours. Cut file: ends in the hour-23 PM10 row after 10 stations.
        var short1105 = FeedDay.Read(Folder, new DateOnly(2020, 11, 5))!;
        Assert.Equal(1 + 18 * 15, short1105.Lines.Count(l => l.Length > 0));
        var cut = FeedDay.Read(Folder, new DateOnly(2020, 9, 9))!.Lines.Where(l => l.Length > 0).ToArray();
        Assert.Equal(1 + 23 * 15 + 4, cut.Length);
        Assert.Equal("20200909,23,PM10", string.Join(',', cut[^1].Split(',')[..3]));
        Assert.Equal(3 + 10, cut[^1].Split(',').Length);
    }

    [Fact(DisplayName = "Sample 2020: the AQI row equals an independent HJ 633-2012 real-time AQI (CNEMC practice)")]
    public void AqiRow()
    {
        long n = 0, agree = 0, empty = 0;
        foreach (var day in Days2020())
            for (var h = 0; h < 24; h++)
            {
                if (!day.Rows.TryGetValue((h, "AQI"), out var aqi)) continue;
                decimal? V(string type, int i) => day.Rows.TryGetValue((h, type), out var r) ? r[i] : null;
                for (var i = 0; i < day.Codes.Length; i++)
                {
                    var expected = MiniAqi.Realtime(V("SO2", i), V("NO2", i), V("CO", i), V("O3", i), V("PM10", i), V("PM2.5", i));
                    n++;
                    if (expected is null) empty++;
                    if ((decimal?)expected == aqi[i]) agree++;
                    else if (n - agree < 5) output.WriteLine($"{day.Date} {h} {day.Codes[i]}: {aqi[i]} vs {expected}: {V("SO2", i)} {V("NO2", i)} {V("CO", i)} {V("O3", i)} {V("PM10", i)} {V("PM2.5", i)}");
                }
            }
        output.WriteLine($"AQI 行与独立计算一致：{agree}/{n}（{100.0 * agree / n:F3}%），无 AQI 的站时 {empty}");
        Assert.Equal(n, agree);
        Assert.True(n > 250_000);
    }

    [Fact(DisplayName = "Planted (a): 东州 2020 annual PM2.5 = 48 exactly over 364 valid days, control excluded")]
    public void AnnualMean48()
    {
        var registry = RegistryRow.Read(Path.Combine(Folder, "stations.csv"));
        decimal sum = 0, sumWithControl = 0;
        var days = 0;
        foreach (var day in Days2020())
        {
            var means = RegistryRow.CityStations(registry, "东州", day.Date).Select(c => day.DailyMean(c, "PM2.5")).OfType<decimal>().ToArray();
            if (means.Length == 0) continue;
            var withControl = RegistryRow.CityStations(registry, "东州", day.Date, includeControl: true)
                .Select(c => day.DailyMean(c, "PM2.5")).OfType<decimal>().ToArray();
            sum += means.Average();
            sumWithControl += withControl.Average();
            days++;
        }
        var annual = sum / days;
        output.WriteLine($"东州 2020 PM2.5：{annual}（{days} 个有效日）；误含对照点 {sumWithControl / days:F4}");
        Assert.Equal(48m, annual);
        Assert.Equal(364, days);
        Assert.Equal(48m, FactsFile.Number(Folder, SampleFacts.AnnualPm25, "2020"));
        Assert.Equal(364m, FactsFile.Number(Folder, SampleFacts.AnnualValidDays, "2020"));
        // (d) the control station visibly changes the mean.
        var planted = FactsFile.Number(Folder, SampleFacts.AnnualWithControl, "2020");
        Assert.Equal(planted, Math.Round(sumWithControl / days, 2, MidpointRounding.ToEven));
        Assert.True(planted > 60);
    }

    [Fact(DisplayName = "Planted (a) under the hours 1–24 day boundary still rounds to 48")]
    public void AnnualMeanOtherBoundary()
    {
        var registry = RegistryRow.Read(Path.Combine(Folder, "stations.csv"));
        var all = Days2020().ToDictionary(d => d.Date);
        decimal sum = 0;
        var days = 0;
        for (var d = new DateOnly(2020, 1, 1); d.Year == 2020; d = d.AddDays(1))
        {
            if (!all.TryGetValue(d, out var today)) continue;
            all.TryGetValue(d.AddDays(1), out var tomorrow);
            var means = new List<decimal>();
            foreach (var code in RegistryRow.CityStations(registry, "东州", d))
            {
                var v = today.Hours(code, "PM2.5").Skip(1).ToList();
                v.Add(tomorrow?.Hours(code, "PM2.5")[0]);
                var present = v.OfType<decimal>().ToArray();
                if (present.Length >= 20) means.Add(present.Average());
            }
            if (means.Count == 0) continue;
            sum += means.Average();
            days++;
        }
        output.WriteLine($"东州 2020 PM2.5（日界 1—24 时）：{sum / days:F3}，{days} 个有效日");
        Assert.Equal(48m, Math.Round(sum / days, 0, MidpointRounding.ToEven));
    }

    [Fact(DisplayName = "Planted (c): 9003A on 2020-03-10 has 19 valid hours; including it is visibly wrong")]
    public void InvalidStationDay()
    {
        var registry = RegistryRow.Read(Path.Combine(Folder, "stations.csv"));
        var day = FeedDay.Read(Folder, new DateOnly(2020, 3, 10))!;
        Assert.Equal(19, day.Hours("9003A", "PM2.5").Count(v => v is not null));
        Assert.Null(day.DailyMean("9003A", "PM2.5"));
        var codes = RegistryRow.CityStations(registry, "东州", day.Date);
        var valid = codes.Select(c => day.DailyMean(c, "PM2.5")).OfType<decimal>().ToArray();
        var wrong = codes.Select(c => day.Hours(c, "PM2.5").OfType<decimal>().ToArray()).Select(v => v.Average()).ToArray();
        Assert.Equal(4, valid.Length);
        Assert.Equal(FactsFile.Number(Folder, SampleFacts.InvalidDayCityMean, "2020-03-10"), valid.Average());
        Assert.Equal(FactsFile.Number(Folder, SampleFacts.InvalidDayCityMeanWrong, "2020-03-10"), wrong.Average());
        Assert.Equal(valid.Average() + 6, wrong.Average());
    }

    [Fact(DisplayName = "Station lists of the sample load through StationRegistry")]
    public void RegistryLoads()
    {
        var reg = StationRegistry.Load(Path.Combine(Folder, "stations.csv"), cities: SampleNetwork.CityRegistry);
        Assert.Equal(30, reg.Records.Count);                       // 29 stations, 9017A twice
        Assert.Equal(["9001A", "9002A", "9003A", "9004A", "9005A"], reg.StationsOfCity("东州市", new DateOnly(2020, 1, 1)).Select(s => s.Code));
        Assert.Equal(4, reg.StationsOfCity("南州", new DateOnly(2022, 12, 31)).Count);
        Assert.Equal(5, reg.StationsOfCity("南州", new DateOnly(2023, 1, 1)).Count);
        Assert.Equal(["9003A"], reg.StationsOfDistrict("东州", "南湖区", new DateOnly(2020, 1, 1)).Select(s => s.Code));
        var quality = new Workbench.Quality.DataQualityReport();
        var cnemc = StationRegistry.Load(Path.Combine(Folder, "stations_cnemc.csv"), quality, SampleNetwork.CityRegistry);
        Assert.Equal(29, cnemc.Records.Count);                     // as of 2020-12-31
        Assert.Equal(["9006A", "9012A", "9017A"], cnemc.Records.Where(r => r.IsControl).Select(r => r.Code));
        Assert.Equal(0, quality.TotalCount);
    }

    [Fact(DisplayName = "Determinism: same seed same bytes, a short range equals the same days of a long one")]
    public void Deterministic()
    {
        var a = Path.Combine(Path.GetTempPath(), $"wb-sample-a-{Guid.NewGuid():N}");
        var b = Path.Combine(Path.GetTempPath(), $"wb-sample-b-{Guid.NewGuid():N}");
        try
        {
            var span = new SampleOptions(new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 3), OutputFolder: a);
            SampleGenerator.Generate(span);
            SampleGenerator.Generate(span with { OutputFolder = b, Seed = 7 });
            string Hash(string folder, string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, file))));
            foreach (var file in new[] { "china_sites/china_sites_20200101.csv", "china_sites/china_sites_20200103.csv" })
            {
                Assert.Equal(Hash(Folder, file), Hash(a, file));           // 3-day run = the same days of the 2020 run
                Assert.NotEqual(Hash(a, file), Hash(b, file));             // another seed, other data
            }
            SampleGenerator.Generate(span with { OutputFolder = b });      // replaces the folder atomically
            Assert.Equal(Hash(a, "china_sites/china_sites_20200102.csv"), Hash(b, "china_sites/china_sites_20200102.csv"));
            Assert.Equal(3, Directory.GetFiles(Path.Combine(b, "china_sites")).Length);
            Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(b)!, $".{Path.GetFileName(b)}.tmp-*"));
        }
        finally
        {
            foreach (var f in new[] { a, b }) if (Directory.Exists(f)) Directory.Delete(f, true);
        }
    }
}

public class SampleRangeTests(ITestOutputHelper output)
{
    private static string Temp(string tag) => Path.Combine(Path.GetTempPath(), $"wb-sample-{tag}-{Guid.NewGuid():N}");

    [Fact(DisplayName = "Planted (e): the station opening 2019-06-01 changes the header and counts from that day only")]
    public void HeaderChangesOnOpeningDay()
    {
        var folder = Temp("2019-06");
        try
        {
            SampleGenerator.Generate(new SampleOptions(new DateOnly(2019, 5, 30), new DateOnly(2019, 6, 2), OutputFolder: folder));
            var registry = RegistryRow.Read(Path.Combine(folder, "stations.csv"));
            foreach (var (d, present) in new[] { (30, false), (31, false), (1, true), (2, true) })
            {
                var day = FeedDay.Read(folder, new DateOnly(2019, d < 10 ? 6 : 5, d))!;
                Assert.Equal(present, day.Codes.Contains("9011A"));
                Assert.Equal(present ? 29 : 28, day.Codes.Length);
            }
            var open = FeedDay.Read(folder, new DateOnly(2019, 6, 1))!;
            var codes = RegistryRow.CityStations(registry, "西州", open.Date);
            Assert.Equal(4, RegistryRow.CityStations(registry, "西州", new DateOnly(2019, 5, 31)).Length);
            Assert.Equal(5, codes.Length);
            var means = codes.Select(c => open.DailyMean(c, "PM2.5")).OfType<decimal>().ToArray();
            var without = codes.Where(c => c != "9011A").Select(c => open.DailyMean(c, "PM2.5")).OfType<decimal>().ToArray();
            Assert.Equal(FactsFile.Number(folder, SampleFacts.NewStationCityMean, "2019-06-01"), Math.Round(means.Average(), 2, MidpointRounding.ToEven));
            Assert.Equal(FactsFile.Number(folder, SampleFacts.NewStationCityMeanWithout, "2019-06-01"), Math.Round(without.Average(), 2, MidpointRounding.ToEven));
            Assert.Equal("5", FactsFile.Value(folder, SampleFacts.NewStationCount, "2019-06-01"));
            output.WriteLine($"西州 2019-06-01 PM2.5：含新站 {means.Average():F2}，不含 {without.Average():F2}");
        }
        finally { if (Directory.Exists(folder)) Directory.Delete(folder, true); }
    }

    [Fact(DisplayName = "Planted (b): 北州 2018-12 has exactly 5 heavy days (PM2.5 far above 150, everything else far below IAQI 200)")]
    public void HeavyDays()
    {
        var folder = Temp("2018-12");
        try
        {
            SampleGenerator.Generate(new SampleOptions(new DateOnly(2018, 12, 1), new DateOnly(2018, 12, 31), OutputFolder: folder));
            var registry = RegistryRow.Read(Path.Combine(folder, "stations.csv"));
            var heavy = 0;
            decimal minHeavy = decimal.MaxValue, maxOther = 0;
            for (var d = new DateOnly(2018, 12, 1); d.Month == 12; d = d.AddDays(1))
            {
                var day = FeedDay.Read(folder, d)!;
                var codes = RegistryRow.CityStations(registry, "北州", d);
                decimal City(string type) => codes.Select(c => day.DailyMean(c, type)).OfType<decimal>().Average();
                var pm25 = City("PM2.5");
                // Daily IAQI (HJ 633-2012, 24-h tables) of every other indicator stays below 200 with a margin;
                // the O3 1-h and 8-h terms are bounded by the largest hourly O3 of any station.
                Assert.True(MiniAqi.Iaqi(MiniAqi.Pm10_24h, City("PM10")) < 190 || pm25 > 165);
                Assert.True(City("SO2") < 400 && City("NO2") < 200 && City("CO") < 14);
                Assert.True(codes.SelectMany(c => day.Hours(c, "O3")).OfType<decimal>().Max() < 265);
                if (pm25 > 150) { heavy++; minHeavy = Math.Min(minHeavy, pm25); }
                else maxOther = Math.Max(maxOther, pm25);
            }
            output.WriteLine($"北州 2018-12：重污染 {heavy} 天，重污染日 PM2.5 ≥ {minHeavy:F1}，其余 ≤ {maxOther:F1}");
            Assert.Equal(5, heavy);
            Assert.True(minHeavy > 165 && maxOther < 125);
            Assert.Equal("5", FactsFile.Value(folder, SampleFacts.HeavyDays, "2018-12"));
        }
        finally { if (Directory.Exists(folder)) Directory.Delete(folder, true); }
    }

    [Fact(DisplayName = "The committed data/sample metadata equal the generator's output byte for byte")]
    public void CommittedMetadataReproduced()
    {
        var folder = Temp("meta");
        try
        {
            var result = SampleGenerator.Generate(SampleOptions.Default with { OutputFolder = folder, WriteHourly = false });
            foreach (var file in result.MetadataFiles)
            {
                var committed = Path.Combine(SharedData.RepoRoot, "data", "sample", file);
                Assert.True(File.Exists(committed), $"缺少 data/sample/{file}：运行 workbench sample --out data/sample --metadata-only");
                Assert.Equal(File.ReadAllBytes(committed), File.ReadAllBytes(Path.Combine(folder, file)));
            }
        }
        finally { if (Directory.Exists(folder)) Directory.Delete(folder, true); }
    }

    [Fact(DisplayName = "Options: bad ranges give Chinese errors")]
    public void BadOptions()
    {
        Assert.Contains("2015-01-01", Assert.Throws<ArgumentException>(() =>
            SampleGenerator.Generate(SampleOptions.Years(2014, 2015, outputFolder: Temp("x")))).Message);
        Assert.Equal((2015, 2025), SampleOptions.ParseYears("2015..2025"));
        Assert.Equal((2020, 2020), SampleOptions.ParseYears("2020"));
        Assert.Throws<FormatException>(() => SampleOptions.ParseYears("2025..2015"));
    }
}
