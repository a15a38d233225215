using Workbench.Air;
using Workbench.Air.Method;
using Workbench.Air.Compute;
using Workbench.Periods;
using Workbench.Sample;
using Workbench.Scale;
using Workbench.Standards;
using Workbench.Store;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Store;

/// <summary>The store is a faithful copy: a grid and an assessment read from Parquet equal those read from CSV.</summary>
public sealed class AirStoreTests(ITestOutputHelper output) : IDisposable
{
    private const string TargetCities = "cnemc_hourly_2019/target_cities";
    private const string StationList = "stations/cnemc_station_list_2020-01-01.csv";
    private readonly string _temp = Directory.CreateTempSubdirectory("wb-store-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SharedDataFact(TargetCities)]
    public void Real_2019_grid_from_store_equals_grid_from_csv()
    {
        var csv = AirDataSet.Load([SharedData.PathOf(TargetCities)], SharedData.PathOf(StationList));
        var imported = AirStore.Import([SharedData.PathOf(TargetCities)], _temp, SharedData.PathOf(StationList));
        Assert.Equal([2019], imported.Months.Select(m => m.Year).Distinct());
        Assert.Equal(12, imported.Months.Count);
        // The grid read back from the monthly Parquet files is the grid read from the CSV, bit for bit.
        var values = AssertSameGrid(csv, AirDataSet.Load([_temp]));
        Assert.Equal(imported.Total.Added - Enumerable.Range(0, csv.Hourly!.StationCodes.Count).Sum(s => csv.Hourly.PublishedAqi(s).ToArray().Count(a => a >= 0)), values);
    }

    private long AssertSameGrid(AirDataSet csv, AirDataSet store)
    {
        var a = csv.Hourly!;
        var b = store.Hourly!;
        Assert.Equal(a.StationCodes, b.StationCodes);
        Assert.Equal(a.FirstHour, b.FirstHour);
        Assert.Equal(a.HourCount, b.HourCount);
        long values = 0;
        for (var s = 0; s < a.StationCodes.Count; s++)
        {
            Assert.True(a.PublishedAqi(s).SequenceEqual(b.PublishedAqi(s)), $"AQI {a.StationCodes[s]}");
            foreach (var p in PollutantInfo.All)
            {
                var x = a.Series(p, s);
                var y = b.Series(p, s);
                for (var h = 0; h < x.Length; h++)
                {
                    // Bit-identical, NaN included.
                    Assert.Equal(BitConverter.DoubleToInt64Bits(x[h]), BitConverter.DoubleToInt64Bits(y[h]));
                    if (!double.IsNaN(x[h])) values++;
                }
            }
        }
        // The importer's quality report travels with the data (counts per reason, accepted values, files).
        Assert.Equal(a.Quality.ValuesAccepted, b.Quality.ValuesAccepted);
        Assert.Equal(a.Quality.FilesRead, b.Quality.FilesRead);
        foreach (var code in new[] { "missing-file", "missing-hours", "empty-values", "station-without-data", "pm25-above-pm10" })
            Assert.Equal(a.Quality.CountsByCode.GetValueOrDefault(code), b.Quality.CountsByCode.GetValueOrDefault(code));
        output.WriteLine($"{a.StationCodes.Count} 站 × {a.HourCount} 小时，{values:N0} 个浓度值逐位相同；质量问题 CSV {a.Quality.TotalCount:N0} / 存储 {b.Quality.TotalCount:N0}");
        return values;
    }

    [SharedDataFact(TargetCities)]
    public void Real_2019_network_assessment_from_store_equals_csv_and_the_reference_path()
    {
        var csv = AirDataSet.Load([SharedData.PathOf(TargetCities)], SharedData.PathOf(StationList));
        AirStore.Import([SharedData.PathOf(TargetCities)], _temp, SharedData.PathOf(StationList));
        var store = AirDataSet.Load([_temp]);
        var period = Period.Year(2019);
        var fromCsv = NetworkAssessment.Assess(csv, period, AirSettings.Default);
        var fromStore = NetworkAssessment.Assess(store, period, AirSettings.Default);
        Assert.Equal(4, fromCsv.Rows.Count(r => r.Level == NetworkLevel.City));
        Assert.Equal(fromCsv.Rows.Select(r => r.Name), fromStore.Rows.Select(r => r.Name));
        for (var i = 0; i < fromCsv.Rows.Count; i++)
            Assert.Equal(fromCsv.Rows[i].Assessment.Indicators, fromStore.Rows[i].Assessment.Indicators);

        // Each city row is the one-city reference computation (CityDaily + AirAssessment).
        var jiaozuo = fromStore.Rows.Single(r => r.Name == "焦作").Assessment;
        var reference = AirAssessment.Assess(csv.CityDaily("焦作", AirSettings.Default), period, AirSettings.Default);
        Assert.Equal(reference.Indicators, jiaozuo.Indicators);
        // Regression pin: 焦作 2019 PM2.5 = 64 as the air-core reference path gives on this feed (printed above).
        Assert.Equal(64m, jiaozuo.Indicators["PM2.5"]);
        foreach (var r in fromStore.Rows.Where(r => r.Level == NetworkLevel.City))
            output.WriteLine($"{r.Name}: {string.Join("，", r.Assessment.Indicators.Select(kv => $"{kv.Key} {kv.Value}"))}");
    }

    [Fact]
    public void Sample_store_table_csv_and_parquet_agree_with_csv_input()
    {
        var sample = SampleData.EnsureDefault(TextWriter.Null);
        var year = Directory.EnumerateFiles(sample, "china_sites_2024*.csv").ToArray();
        Assert.NotEmpty(year);
        var stations = Path.Combine(Path.GetDirectoryName(sample)!, "stations.csv");
        AirStore.Import(year, _temp, stations);
        var fromCsv = NetworkAssessment.Assess(AirDataSet.Load(year, stations), Period.Year(2024), AirSettings.Default);
        // The CSV input finds the sample's dust list beside it; the store is given the same one (the table says which
        // rows had a dust list: dust_days 0, not empty).
        var dust = Path.Combine(Path.GetDirectoryName(sample)!, "dust_days.csv");
        Assert.True(File.Exists(dust));
        var fromStore = NetworkAssessment.Assess(AirDataSet.FromStore(_temp, 2024, 2024, dustPath: dust), Period.Year(2024), AirSettings.Default);
        var a = Path.Combine(_temp, "a.csv");
        var b = Path.Combine(_temp, "b.csv");
        NetworkTable.Write(fromCsv, a);
        NetworkTable.Write(fromStore, b);
        Assert.Equal(File.ReadAllText(a), File.ReadAllText(b));
        var lines = File.ReadAllLines(a);
        Assert.Equal(1 + fromCsv.Rows.Count + fromCsv.GroupRows.Count, lines.Length);   // + the province group 示例省
        // Versions and status as the air-core JSON contract writes them.
        Assert.Contains(lines, l => l.StartsWith("city,东州,东州,2024,2012,HJ 633-2012,realtime,", StringComparison.Ordinal));
        var parquet = Path.Combine(_temp, "t.parquet");
        NetworkTable.Write(fromStore, parquet);
        Assert.True(new FileInfo(parquet).Length > 0);
        output.WriteLine(string.Join("\n", lines.Take(6)));
    }
}
