using System.Globalization;
using Workbench.Air;
using Workbench.Air.Method;
using Workbench.Air.Compute;
using Workbench.Air.Output;
using Workbench.Periods;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Air.Compute;

/// <summary>
/// Days without a valid daily value split into feed gaps (the input lacks the hours: a missing or short file) and a
/// city's own gaps, on the real 2019 files of 焦作/安阳/许昌/邯郸 (DATA.md §1: 2019-04-08 missing, short files).
/// </summary>
public sealed class FeedGapTests(ITestOutputHelper output)
{
    private const string Folder = "cnemc_hourly_2019/target_cities";
    private const string Stations = "stations/cnemc_station_list_2020-01-01.csv";
    private static readonly string[] Pollutants = ["PM2.5", "PM10", "SO2", "NO2", "O3", "CO"];

    /// <summary>Independently of the importer: per file date, the hours whose pollutant rows hold any value.</summary>
    private static SortedDictionary<DateOnly, int> HoursPerDayFromFiles()
    {
        var result = new SortedDictionary<DateOnly, int>();
        foreach (var file in Directory.GetFiles(SharedData.PathOf(Folder), "china_sites_*.csv"))
        {
            var hours = new HashSet<int>();
            foreach (var line in File.ReadLines(file).Skip(1))
            {
                var f = line.TrimEnd('\r').Split(',');
                if (f.Length < 4 || !Pollutants.Contains(f[2])) continue;
                if (f.Skip(3).Any(v => v.Length > 0)) hours.Add(int.Parse(f[1], CultureInfo.InvariantCulture));
            }
            var name = Path.GetFileNameWithoutExtension(file);
            result[DateOnly.ParseExact(name[^8..], "yyyyMMdd", CultureInfo.InvariantCulture)] = hours.Count;
        }
        return result;
    }

    [SharedDataFact(Folder)]
    public void Feed_gaps_of_2019_are_the_days_the_files_hold_fewer_than_20_hours()
    {
        var data = AirDataSet.Load([SharedData.PathOf(Folder)], SharedData.PathOf(Stations));
        var files = HoursPerDayFromFiles();
        var expected = new List<(DateOnly, int)>();
        for (var day = new DateOnly(2019, 1, 1); day.Year == 2019; day = day.AddDays(1))
        {
            var hours = files.GetValueOrDefault(day);   // no file: 0 hours
            if (hours < 20) expected.Add((day, hours));
        }
        foreach (var city in new[] { "焦作", "安阳", "许昌", "邯郸" })
        {
            var series = data.CityDaily(city, AirSettings.Default);
            var r = AirAssessment.Assess(series, Period.Year(2019), AirSettings.Default);
            output.WriteLine($"{city}：{AirAssessmentText.MissingDaysLine(r)}");
            var m = Assert.IsType<Workbench.Air.Results.MissingDaysResult>(r.MissingDays);
            // A short day can still give a valid daily AQI (19 hours leave 14 valid 8-hour O3 windows): such a day is
            // valid, so no gap of any kind.
            var invalid = expected.Where(e => !series.DailyAqi[series.Table.IndexOfDay(e.Item1) is var i and >= 0 ? i : 0].HasValue
                                              || series.Table.IndexOfDay(e.Item1) < 0).ToArray();
            Assert.Equal(invalid, m.FeedGaps.Select(g => (g.Day, g.HoursInFeed)));
            Assert.Equal(365 - r.DayCounts.ValidDays, m.DaysWithoutValidValue);
            Assert.Equal(m.DaysWithoutValidValue - m.FeedGaps.Count, m.StationGapDays);
        }
        // DATA.md §1: the 2019-04-08 file is missing; 2019-02-20 ends in hour 7's AQI row (hours 0–6 hold values);
        // 2019-08-22 holds 6 hours and 2019-08-23 one.
        Assert.Contains((new DateOnly(2019, 4, 8), 0), expected);
        Assert.Contains((new DateOnly(2019, 2, 20), 7), expected);
        Assert.Contains((new DateOnly(2019, 8, 22), 6), expected);
        Assert.Contains((new DateOnly(2019, 8, 23), 1), expected);
        Assert.Equal(17, expected.Count);   // 16 of them without a valid day in every city (2019-06-04, 19 hours, is valid)
    }

    [SharedDataFact(Folder)]
    public void A_month_of_June_has_no_feed_gap_and_the_control_station_is_listed_with_its_reason()
    {
        var data = AirDataSet.Load([SharedData.PathOf(Folder)], SharedData.PathOf(Stations));
        var r = AirAssessment.Assess(data.CityDaily("焦作", AirSettings.Default), Period.Month(2019, 6), AirSettings.Default);
        Assert.Empty(r.MissingDays!.FeedGaps);
        var e = Assert.Single(r.ExcludedStations);
        Assert.Equal(("1830A", new DateOnly(2019, 6, 1), new DateOnly(2019, 6, 30)), (e.Code, e.From, e.To));
        Assert.Equal("对照点（站点名称“影视城(对照点)”标注）", e.Reason);
        Assert.DoesNotContain("1830A", r.Stations);
        // --include-control: nothing is left out.
        var all = AirSettings.Default with { ExcludeControlStations = false };
        var withControl = AirAssessment.Assess(data.CityDaily("焦作", all), Period.Month(2019, 6), all);
        Assert.Empty(withControl.ExcludedStations);
        Assert.Contains("1830A", withControl.Stations);
    }
}
