using System.Globalization;
using Workbench.Air;
using Workbench.Air.Checks;
using Workbench.Air.Compute;
using Workbench.Air.Import;
using Workbench.Air.Method;
using Workbench.Air.Tables;
using Workbench.Periods;
using Workbench.Quality;
using Workbench.Scale;
using Workbench.Standards;
using Workbench.Tests.Support;

namespace Workbench.Tests.Air;

/// <summary>
/// china_sites files are read a month at a time (the year's hourly grid is read only when hours are asked for): every
/// value, daily value, city value and quality line must be the whole read's. Real CNEMC files of four cities (2019), and
/// real files broken where the month-by-month read has to look across months.
/// </summary>
[Collection("cli")]
public sealed class ReadByMonthTests : IDisposable
{
    private const string TargetCities = "cnemc_hourly_2019/target_cities";
    private const string StationList = "stations/cnemc_station_list_2020-01-01.csv";
    private readonly string _temp = Directory.CreateTempSubdirectory("wb-by-month-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string Stations => SharedData.PathOf(StationList);

    private static readonly AirInputOptions OnDemand = new() { HourlyGridOnDemand = true };

    [SharedDataFact(TargetCities)]
    public void The_year_read_a_month_at_a_time_is_the_whole_read()
    {
        var folder = SharedData.PathOf(TargetCities);
        var byMonth = AirDataSet.Load([folder], Stations, options: OnDemand);
        var whole = AirDataSet.LoadWhole([folder], Stations);
        Assert.False(byMonth.HoldsHourlyGrid);
        Assert.True(whole.HoldsHourlyGrid);
        Assert.True(AirDataSet.Load([folder], Stations).HoldsHourlyGrid); // by default the grid is read whole and kept
        AssertSameReport(whole.Quality, byMonth.Quality);
        // The year holds frozen runs and PM2.5 above PM10 in both halves: the scan crossed months.
        Assert.True(byMonth.Quality.CountsByCode["frozen-value"] > 0);
        Assert.Equal(whole.StationCodes, byMonth.StationCodes);
        Assert.Equal(whole.Span, byMonth.Span);
        AssertSameCoverage(whole.Feed!, byMonth.Feed!);
        AssertSameDaily(whole.StationDaily(AirSettings.Default), byMonth.StationDaily(AirSettings.Default));

        var a = whole.CityHourlyDaily(AirSettings.Default);
        var b = byMonth.CityHourlyDaily(AirSettings.Default);
        Assert.Equal(a.Cities, b.Cities);
        AssertSameDaily(a.Daily, b.Daily);
        for (var c = 0; c < a.Cities.Count; c++)
            for (var d = 0; d < a.Daily.DayCount; d++)
                Assert.Equal(a.Contributed[c][d], b.Contributed[c][d]);
        // Registry stations absent from the files are listed as the whole read lists them.
        AssertSameReport(whole.Quality, byMonth.Quality);

        Assert.Equal(Table(whole), Table(byMonth));
        Assert.False(byMonth.HoldsHourlyGrid); // an assessment needs no hours

        // Hours asked for: the grid is read, the same as the whole read's, and reports nothing again.
        var grid = byMonth.Hourly!;
        Assert.True(byMonth.HoldsHourlyGrid);
        AssertSameGrid(whole.Hourly!, grid);
        Assert.Same(byMonth.Quality, grid.Quality);
        AssertSameReport(whole.Quality, byMonth.Quality);
        // Daily values under other rules come from that grid.
        var other = AirSettings.Default with { DayBoundary = DayBoundary.StandardHours1To24 };
        AssertSameDaily(whole.StationDaily(other), byMonth.StationDaily(other));
    }

    [SharedDataFact(TargetCities)]
    public void One_citys_series_lists_that_citys_absent_stations_as_the_whole_read()
    {
        var folder = SharedData.PathOf(TargetCities);
        var byMonth = AirDataSet.Load([folder], Stations, options: OnDemand);
        var whole = AirDataSet.LoadWhole([folder], Stations);
        var a = whole.CityDaily("焦作", AirSettings.Default);
        var b = byMonth.CityDaily("焦作", AirSettings.Default);
        AssertSameDaily(a.Table, b.Table);
        Assert.Equal(a.DailyAqi.ToArray(), b.DailyAqi.ToArray());
        for (var d = 0; d < a.DayCount; d++) Assert.Equal(a.StationsOn(d), b.StationsOn(d));
        AssertSameReport(whole.Quality, byMonth.Quality);
        Assert.False(byMonth.HoldsHourlyGrid);
    }

    [SharedDataFact(TargetCities)]
    public void A_frozen_value_across_the_turn_of_a_month_is_one_finding()
    {
        var folder = Copy("20190130", "20190131", "20190201", "20190202");
        // 1047A's PM10 stays at 77 from 31 January 12:00 to 1 February 12:00: 25 hours, over two months.
        for (var h = 12; h < 24; h++) SetValue(folder, "20190131", h, "PM10", "1047A", "77");
        for (var h = 0; h <= 12; h++) SetValue(folder, "20190201", h, "PM10", "1047A", "77");
        var byMonth = AirDataSet.Load([folder], Stations, options: OnDemand);
        var whole = AirDataSet.LoadWhole([folder], Stations);
        Assert.False(byMonth.HoldsHourlyGrid);
        AssertSameReport(whole.Quality, byMonth.Quality);
        var frozen = Assert.Single(byMonth.Quality.Issues, i => i.Code == "frozen-value" && i.Station == "1047A" && i.Column == "PM10");
        Assert.Equal("2019-01-31T12:00", frozen.Time);
        Assert.Contains("连续 25 小时均为 77（至 2019-02-01T12:00", frozen.Reason);
        AssertSameDaily(whole.StationDaily(AirSettings.Default), byMonth.StationDaily(AirSettings.Default));
    }

    [SharedDataFact(TargetCities)]
    public void A_row_of_another_months_date_makes_the_read_whole()
    {
        var folder = Copy("20190130", "20190131", "20190201", "20190202");
        // The 2 February file carries a PM2.5 row dated 31 January (hour 5), which fills no slot of its own day: it goes
        // where 31 January has none, after every file is in, so the months cannot be handed on one by one.
        var path = Path.Combine(folder, "china_sites_20190202.csv");
        var lines = File.ReadAllLines(path);
        var k = Array.FindIndex(lines, l => l.StartsWith("20190202,5,PM2.5,", StringComparison.Ordinal));
        lines[k] = "20190131" + lines[k]["20190202".Length..];
        File.WriteAllLines(path, lines);
        var byMonth = AirDataSet.Load([folder], Stations, options: OnDemand);
        var whole = AirDataSet.LoadWhole([folder], Stations);
        Assert.True(byMonth.HoldsHourlyGrid); // read whole
        AssertSameReport(whole.Quality, byMonth.Quality);
        AssertSameGrid(whole.Hourly!, byMonth.Hourly!);
    }

    [SharedDataFact(TargetCities)]
    public void Small_files_co_judged_in_one_pool_over_the_months()
    {
        // 1048A keeps 3 CO values on 31 January and 3 on 1 February (too few for a day's own CO unit judgement): the two
        // days are judged together. January's three alone (30, 30, 1 mg/m³) would look like µg/m³; the pool's median is
        // 1 mg/m³, so they are taken as written, as the whole read takes them.
        var taken = Copy("20190130", "20190131", "20190201", "20190202");
        KeepCo(taken, "20190131", "1048A", ["30", "30", "1"]);
        KeepCo(taken, "20190201", "1048A", ["1", "1", "1"]);
        var byMonth = AirDataSet.Load([taken], Stations, options: OnDemand);
        var whole = AirDataSet.LoadWhole([taken], Stations);
        Assert.False(byMonth.HoldsHourlyGrid);
        AssertSameReport(whole.Quality, byMonth.Quality);
        Assert.DoesNotContain(byMonth.Quality.Issues, i => i.Code.StartsWith("co-unit", StringComparison.Ordinal));
        AssertSameDaily(whole.StationDaily(AirSettings.Default), byMonth.StationDaily(AirSettings.Default));

        // A pool whose median is above 20 mg/m³ is refused, both days: values already handed on would change, so the read
        // is whole, and reports it as the whole read does.
        var refused = Copy("20190130", "20190131", "20190201", "20190202");
        KeepCo(refused, "20190131", "1048A", ["30", "30", "30"]);
        KeepCo(refused, "20190201", "1048A", ["30", "1", "1"]);
        byMonth = AirDataSet.Load([refused], Stations, options: OnDemand);
        whole = AirDataSet.LoadWhole([refused], Stations);
        Assert.True(byMonth.HoldsHourlyGrid);
        AssertSameReport(whole.Quality, byMonth.Quality);
        var suspect = Assert.Single(byMonth.Quality.Issues, i => i.Code == UnitPlausibility.SuspectCode);
        Assert.Equal(("china_sites_20190131.csv 等 2 个文件", "1048A"), (suspect.File, suspect.Station));
    }

    [Fact]
    public void The_plausibility_scan_in_blocks_finds_what_the_whole_grid_check_finds()
    {
        // Runs of repeated values, gaps and PM2.5 above PM10 at random; blocks cut anywhere, a run crossing several.
        var random = new Random(20191231);
        var first = new DateTime(2019, 1, 1);
        string[] stations = ["A", "B", "C"];
        var grid = new StationHourlyTable(stations, first, 24 * 20, DataStatus.Realtime);
        foreach (var p in PollutantInfo.All)
            for (var s = 0; s < stations.Length; s++)
            {
                var series = grid.Series(p, s);
                for (var h = 0; h < series.Length;)
                {
                    var run = random.Next(1, 40);
                    var value = random.Next(8) == 0 ? double.NaN : random.Next(1, 30);
                    for (var k = 0; k < run && h < series.Length; k++, h++) series[h] = value;
                }
            }
        var rules = new PlausibilityRules(FrozenHours: 5, ExtremeParticulate: 25);
        HourlyPlausibility.Check(grid, rules);
        var expected = grid.Quality.Issues;
        // The frozen runs, found hour by hour: maximal runs of one value (a gap ends a run), 5 hours or more.
        var runs = new List<string>();
        for (var s = 0; s < stations.Length; s++)
            foreach (var p in PollutantInfo.All)
            {
                var series = grid.Series(p, s);
                for (var start = 0; start < series.Length;)
                {
                    var end = start + 1;
                    while (end < series.Length && !double.IsNaN(series[start]) && series[end] == series[start]) end++;
                    if (!double.IsNaN(series[start]) && end - start >= 5)
                        runs.Add($"{stations[s]} {p.Code()} {first.AddHours(start):yyyy-MM-dd'T'HH:mm} {end - start}");
                    start = end;
                }
            }
        Assert.True(runs.Count > 20);
        Assert.Equal(runs, expected.Where(i => i.Code == "frozen-value")
            .Select(i => $"{i.Station} {i.Column} {i.Time} {System.Text.RegularExpressions.Regex.Match(i.Reason, @"连续 (\d+) 小时").Groups[1].Value}"));

        for (var trial = 0; trial < 5; trial++)
        {
            var scan = new HourlyPlausibility.Scan(stations, first, rules);
            for (var from = 0; from < grid.HourCount;)
            {
                var length = Math.Min(grid.HourCount - from, random.Next(1, 60));
                var block = new StationHourlyTable(stations, first.AddHours(from), length, DataStatus.Realtime);
                foreach (var p in PollutantInfo.All)
                    for (var s = 0; s < stations.Length; s++)
                        grid.Series(p, s).Slice(from, length).CopyTo(block.Series(p, s));
                scan.Add(block);
                from += length;
            }
            var found = new DataQualityReport();
            scan.Report(found, null);
            Assert.Equal(expected, found.Issues);
        }
    }

    [Fact]
    public void A_grid_in_a_larger_grids_arrays_holds_only_its_own_slots()
    {
        var first = new DateTime(2019, 1, 1);
        var large = new StationHourlyTable(["A"], first, 48, DataStatus.Realtime, null, filled: true);
        large.PublishedAqi(0)[40] = 80;
        var small = new StationHourlyTable(["A"], first, 24, DataStatus.Realtime, null, filled: true, recycled: large);
        Assert.False(small.HasPublishedAqi); // slot 40 lies beyond its 24 hours
        Assert.True(double.IsNaN(small.Series(Pollutant.PM10, 0)[23]));
    }

    private string Copy(params string[] days)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_temp, $"days-{Guid.NewGuid():N}")).FullName;
        foreach (var d in days)
            File.Copy(SharedData.PathOf($"{TargetCities}/china_sites_{d}.csv"), Path.Combine(folder, $"china_sites_{d}.csv"));
        return folder;
    }

    /// <summary>Sets one station's value in the row (hour, type) of a day's file.</summary>
    private static void SetValue(string folder, string day, int hour, string type, string station, string value)
    {
        var path = Path.Combine(folder, $"china_sites_{day}.csv");
        var lines = File.ReadAllLines(path);
        var column = Array.IndexOf(lines[0].Split(','), station);
        var k = Array.FindIndex(lines, l => l.StartsWith($"{day},{hour},{type},", StringComparison.Ordinal));
        var fields = lines[k].Split(',');
        fields[column] = value;
        lines[k] = string.Join(',', fields);
        File.WriteAllLines(path, lines);
    }

    /// <summary>Leaves a station's CO in a day's file only in hours 0, 1, 2, with these values.</summary>
    private static void KeepCo(string folder, string day, string station, string[] values)
    {
        for (var h = 0; h < 24; h++)
            SetValue(folder, day, h, "CO", station, h < values.Length ? values[h] : "");
    }

    private string Table(AirDataSet data)
    {
        var path = Path.Combine(_temp, $"table-{Guid.NewGuid():N}.csv");
        NetworkTable.Write(NetworkAssessment.Assess(data, Period.Year(2019), AirSettings.Default), path);
        return File.ReadAllText(path);
    }

    private static void AssertSameReport(DataQualityReport expected, DataQualityReport actual)
    {
        Assert.Equal(expected.Issues, actual.Issues);
        Assert.Equal(expected.CountsByCode.OrderBy(c => c.Key), actual.CountsByCode.OrderBy(c => c.Key));
        Assert.Equal((expected.FilesRead, expected.ValuesAccepted), (actual.FilesRead, actual.ValuesAccepted));
    }

    private static void AssertSameDaily(DailyTable expected, DailyTable actual)
    {
        Assert.Equal(expected.Sites, actual.Sites);
        Assert.Equal((expected.FirstDay, expected.DayCount, expected.Status), (actual.FirstDay, actual.DayCount, actual.Status));
        foreach (var indicator in Enum.GetValues<DailyIndicator>())
            for (var s = 0; s < expected.Sites.Count; s++)
            {
                Assert.Equal(expected.Series(indicator, s).ToArray(), actual.Series(indicator, s).ToArray());
                Assert.Equal(expected.ValidCounts(indicator, s).ToArray(), actual.ValidCounts(indicator, s).ToArray());
            }
        for (var s = 0; s < expected.Sites.Count; s++)
            Assert.Equal(expected.PublishedAqi(s).ToArray(), actual.PublishedAqi(s).ToArray());
    }

    private static void AssertSameGrid(StationHourlyTable expected, StationHourlyTable actual)
    {
        Assert.Equal(expected.StationCodes, actual.StationCodes);
        Assert.Equal((expected.FirstHour, expected.HourCount), (actual.FirstHour, actual.HourCount));
        for (var s = 0; s < expected.StationCodes.Count; s++)
        {
            foreach (var p in PollutantInfo.All)
                Assert.Equal(expected.Series(p, s).ToArray(), actual.Series(p, s).ToArray());
            Assert.Equal(expected.PublishedAqi(s).ToArray(), actual.PublishedAqi(s).ToArray());
        }
    }

    private static void AssertSameCoverage(FeedCoverage expected, FeedCoverage actual)
    {
        Assert.Equal((expected.FirstHour, expected.HourCount), (actual.FirstHour, actual.HourCount));
        for (var h = 0; h < expected.HourCount; h++)
            Assert.Equal(expected.Holds(expected.FirstHour.AddHours(h)), actual.Holds(actual.FirstHour.AddHours(h)));
    }
}
