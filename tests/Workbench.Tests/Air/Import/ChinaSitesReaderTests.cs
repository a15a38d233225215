using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Workbench.Air.Import;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Quality;
using Workbench.Standards;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Air.Import;

public sealed class ChinaSitesReaderTests(ITestOutputHelper output)
{
    private const string Target = "cnemc_hourly_2019/target_cities";
    private const string FullWidth = "cnemc_china_sites_full_width_samples";

    private static readonly Lazy<ChinaSitesData> TargetYear = new(() =>
        ChinaSitesReader.ReadData([SharedData.PathOf(Target)],
            new ChinaSitesOptions { DerivedKinds = [CnemcDerivedKind.PM2_5_24h] }));

    private static double Value(StationHourlyTable t, Pollutant p, string station, DateTime label) =>
        t.Series(p, t.IndexOfStation(station))[t.IndexOfHour(label)];

    [SharedDataFact(Target)]
    public void Target_cities_year_loads_364_files_19_stations_and_a_full_year_grid()
    {
        var sw = Stopwatch.StartNew();
        var data = ChinaSitesReader.ReadData([SharedData.PathOf(Target)]);
        sw.Stop();
        var t = data.Hourly;
        output.WriteLine($"target_cities: {data.SourceFiles.Count} files in {sw.Elapsed.TotalSeconds:F2} s");
        output.WriteLine(t.Quality.Summary());
        Assert.Equal(364, data.SourceFiles.Count);
        Assert.Equal(364, t.Quality.FilesRead);
        // DATA.md §1 lists 19 codes for 焦作, 安阳, 许昌 and 邯郸 (4 + 6 + 5 + 4); the header has 3 + 19 fields.
        Assert.Equal(19, t.StationCodes.Count);
        Assert.Equal(["1047A", "1048A", "1049A", "1050A", "1818A"], t.StationCodes.Take(5));
        Assert.Equal(new DateTime(2019, 1, 1, 0, 0, 0), t.FirstHour);
        Assert.Equal(365 * 24, t.HourCount);
        Assert.Equal(DataStatus.Realtime, t.Status);
    }

    [SharedDataFact(Target)]
    public void Known_values_of_20190101_hour_0_and_20190715_hour_12()
    {
        var t = TargetYear.Value.Hourly;
        var h0 = new DateTime(2019, 1, 1, 0, 0, 0);
        Assert.Equal(110, Value(t, Pollutant.PM2_5, "1819A", h0));
        Assert.Equal(144, t.PublishedAqi(t.IndexOfStation("1819A"))[t.IndexOfHour(h0)]);
        // 1047A has PM2.5_24h = 57 but an empty 1-hour PM2.5: the 24-h moving average must NOT enter the grid.
        Assert.True(double.IsNaN(Value(t, Pollutant.PM2_5, "1047A", h0)));
        Assert.Equal(-1, t.PublishedAqi(t.IndexOfStation("1047A"))[t.IndexOfHour(h0)]);
        var h = new DateTime(2019, 7, 15, 12, 0, 0);
        Assert.Equal(179, Value(t, Pollutant.O3, "1828A", h));
        Assert.Equal(0.6, Value(t, Pollutant.CO, "1828A", h));
        Assert.Equal(49, Value(t, Pollutant.PM10, "1828A", h));
        Assert.Equal(20, Value(t, Pollutant.SO2, "1047A", h));
        Assert.Equal(9, Value(t, Pollutant.NO2, "3169A", h));
        Assert.Equal(118, t.PublishedAqi(t.IndexOfStation("3141A"))[t.IndexOfHour(h)]);
    }

    [SharedDataFact(Target)]
    public void Derived_PM25_24h_goes_to_the_side_table_only_when_asked()
    {
        var d = TargetYear.Value.Derived!;
        Assert.Equal([CnemcDerivedKind.PM2_5_24h], d.Kinds);
        Assert.Equal(57, d.Series(CnemcDerivedKind.PM2_5_24h, d.StationCodes.ToList().IndexOf("1047A"))[0]);
        Assert.False(d.Has(CnemcDerivedKind.O3_8h));
        Assert.Null(ChinaSitesReader.ReadData([SharedData.PathOf(Target + "/china_sites_20190101.csv")]).Derived);
    }

    [SharedDataFact(Target)]
    public void Published_PM25_24h_agrees_with_the_mean_of_the_loaded_hours()
    {
        // Checks the grid placement: CNEMC's PM2.5_24h at label h is the mean of the 1-hour values labelled
        // h-23 … h. Compared where all 24 hours are present.
        var data = TargetYear.Value;
        var t = data.Hourly;
        var d = data.Derived!;
        long compared = 0, exact = 0, withinOne = 0, shiftedExact = 0;
        for (var s = 0; s < t.StationCodes.Count; s++)
        {
            var pm = t.Series(Pollutant.PM2_5, s);
            var published = d.Series(CnemcDerivedKind.PM2_5_24h, s);
            for (var h = 24; h < t.HourCount; h++)
            {
                if (double.IsNaN(published[h])) continue;
                double sum = 0, sumShifted = 0;
                var ok = true;
                for (var k = h - 23; k <= h; k++) { if (double.IsNaN(pm[k]) || double.IsNaN(pm[k - 1])) { ok = false; break; } sum += pm[k]; sumShifted += pm[k - 1]; }
                if (!ok) continue;
                compared++;
                var mean = (decimal)sum / 24m;
                if (Math.Round(mean, MidpointRounding.AwayFromZero) == (decimal)published[h]) exact++;
                if (Math.Abs(mean - (decimal)published[h]) <= 1m) withinOne++;
                if (Math.Round((decimal)sumShifted / 24m, MidpointRounding.AwayFromZero) == (decimal)published[h]) shiftedExact++;
            }
        }
        output.WriteLine($"PM2.5_24h compared {compared:N0}: exact (round half up) {100.0 * exact / compared:F2} %, within 1 µg/m³ {100.0 * withinOne / compared:F2} %, " +
                         $"exact if shifted one hour {100.0 * shiftedExact / compared:F2} %");
        Assert.True(compared > 50_000);
        Assert.True(exact > 0.975 * compared);       // measured 97.82 % (82,788 station-hours)
        Assert.True(withinOne > 0.999 * compared);   // measured 99.98 %
        Assert.True(shiftedExact < 0.5 * compared);
    }

    [SharedDataFact(Target)]
    public void Missing_file_20190408_is_one_quality_line()
    {
        var q = TargetYear.Value.Hourly.Quality;
        var missing = q.Issues.Where(i => i.Code == "missing-file").ToList();
        var line = Assert.Single(missing);
        Assert.Equal("2019-04-08", line.Time);
        Assert.Equal("china_sites_20190408.csv", line.File);
        Assert.Equal(QualityAction.Missing, line.Action);
        var t = TargetYear.Value.Hourly;
        var slot = t.IndexOfHour(new DateTime(2019, 4, 8, 0, 0, 0));
        for (var s = 0; s < t.StationCodes.Count; s++)
            Assert.All(t.Series(Pollutant.PM2_5, s).Slice(slot, 24).ToArray(), v => Assert.True(double.IsNaN(v)));
    }

    [SharedDataFact(Target)]
    public void Hours_7_to_23_of_20190220_are_reported_missing_hour_7_has_only_AQI()
    {
        var t = TargetYear.Value.Hourly;
        var q = t.Quality.Issues.Where(i => i.Code == "missing-hours" && i.File == "china_sites_20190220.csv").ToList();
        var line = Assert.Single(q);
        output.WriteLine(line.Reason);
        Assert.Contains("7–23时", line.Reason);
        Assert.Contains("共 17 个小时", line.Reason);
        Assert.Contains("其中 7时 只有 AQI 行", line.Reason);
        // The AQI of hour 7 is still loaded (1047A: 354), the concentrations of hours 7–23 are NaN.
        Assert.Equal(354, t.PublishedAqi(t.IndexOfStation("1047A"))[t.IndexOfHour(new DateTime(2019, 2, 20, 7, 0, 0))]);
        Assert.True(double.IsNaN(Value(t, Pollutant.PM2_5, "1047A", new DateTime(2019, 2, 20, 7, 0, 0))));
        Assert.Equal(596, Value(t, Pollutant.PM2_5, "1047A", new DateTime(2019, 2, 20, 0, 0, 0)));
        var filesWithMissingHours = t.Quality.Issues.Count(i => i.Code == "missing-hours");
        output.WriteLine($"files with missing hours: {filesWithMissingHours}; partial hours: " +
                         t.Quality.Issues.Count(i => i.Code == "partial-hour"));
        Assert.Equal(53, filesWithMissingHours);
    }

    [SharedDataFact(Target)]
    public void Hour_23_of_20190424_is_partial_AQI_PM25_PM10_only()
    {
        var q = TargetYear.Value.Hourly.Quality.Issues.Single(i => i.Code == "partial-hour" && i.File == "china_sites_20190424.csv");
        output.WriteLine(q.Reason);
        Assert.Contains("23时缺 SO2、NO2、CO、O3", q.Reason);
    }

    [SharedDataFact(Target)]
    public void Stations_without_data_all_year_are_reported_and_empty()
    {
        var t = TargetYear.Value.Hourly;
        var none = t.Quality.Issues.Where(i => i.Code == "station-without-data").Select(i => i.Station!).ToArray();
        Assert.Equal(["1821A", "1827A", "2397A"], none);
        foreach (var p in PollutantInfo.All)
            Assert.All(t.Series(p, t.IndexOfStation("1821A")).ToArray(), v => Assert.True(double.IsNaN(v)));
        Assert.All(t.PublishedAqi(t.IndexOfStation("1821A")).ToArray(), a => Assert.Equal(-1, a));
    }

    [SharedDataFact(Target)]
    public void Empty_values_are_one_summary_line_per_file_not_one_per_value()
    {
        var q = TargetYear.Value.Hourly.Quality;
        Assert.Equal(364, q.CountsByCode["empty-values"]);
        var single = ChinaSitesReader.Read([SharedData.PathOf(Target + "/china_sites_20190101.csv")]).Quality;
        var jan1 = Assert.Single(single.Issues, i => i.Code == "empty-values");
        output.WriteLine(jan1.Reason);
        // 20190101: 24 h × 7 loaded types × 19 stations = 3,192 fields; the accepted count plus the empties must add up.
        var accepted = single.ValuesAccepted;
        var empties = long.Parse(System.Text.RegularExpressions.Regex.Match(jan1.Reason, @"(\d[\d,]*) 个空值").Groups[1].Value.Replace(",", ""));
        Assert.Equal(3192, accepted + empties);
        Assert.False(q.CountsByCode.ContainsKey("invalid-value"));
        Assert.False(q.CountsByCode.ContainsKey("negative-value"));
    }

    [SharedDataFact(FullWidth + "/china_sites_20190715.csv")]
    public void Full_width_20190715_duplicated_3207A_reported_once_and_data_identical()
    {
        var t = ChinaSitesReader.Read([SharedData.PathOf(FullWidth + "/china_sites_20190715.csv")]);
        // 1,644 columns = date,hour,type + 1,641 station columns, one of them the second 3207A: 1,640 stations.
        Assert.Equal(1640, t.StationCodes.Count);
        var dup = Assert.Single(t.Quality.Issues, i => i.Code == "duplicate-column");
        Assert.Equal("3207A", dup.Station);
        Assert.DoesNotContain(t.Quality.Issues, i => i.Code == "duplicate-column-differs");
        Assert.Equal(24 * 15 + 1, File.ReadAllLines(SharedData.PathOf(FullWidth + "/china_sites_20190715.csv")).Length);
        Assert.DoesNotContain(t.Quality.Issues, i => i.Code is "missing-hours" or "partial-hour");
        output.WriteLine(t.Quality.Summary());
    }

    [SharedDataFact(FullWidth + "/china_sites_20170101.csv")]
    public void Full_width_20170101_has_19_of_24_hours()
    {
        var t = ChinaSitesReader.Read([SharedData.PathOf(FullWidth + "/china_sites_20170101.csv")]);
        Assert.Equal(1497, t.StationCodes.Count);
        var line = Assert.Single(t.Quality.Issues, i => i.Code == "missing-hours");
        output.WriteLine(line.Reason);
        Assert.Contains("共 5 个小时", line.Reason);
    }

    [SharedDataFact(FullWidth + "/china_sites_20190101.csv")]
    public void Station_filter_loads_only_the_chosen_codes_in_header_order()
    {
        var t = ChinaSitesReader.Read([SharedData.PathOf(FullWidth + "/china_sites_20190101.csv")],
            new ChinaSitesOptions { StationCodes = ["1828A", "1001A", "9999A"], Status = DataStatus.Audited });
        Assert.Equal(["1001A", "1828A"], t.StationCodes);
        Assert.Equal(DataStatus.Audited, t.Status);
        var full = TargetYearOrNull();
        if (full is not null)
            Assert.Equal(full.Series(Pollutant.PM2_5, full.IndexOfStation("1828A")).Slice(0, 24).ToArray(),
                t.Series(Pollutant.PM2_5, 1).ToArray());
    }

    private static StationHourlyTable? TargetYearOrNull() =>
        Directory.Exists(SharedData.PathOf(Target)) ? TargetYear.Value.Hourly : null;

    [SharedDataFact(Target)]
    public void Cut_last_row_takes_complete_fields_only_and_reports_file_and_line()
    {
        var src = File.ReadAllText(SharedData.PathOf(Target + "/china_sites_20190101.csv"));
        // Cut the file in the middle of a number of the PM2.5 row of hour 23, as the national 20190220 file is cut.
        var pm25Row = src.IndexOf("20190101,23,PM2.5,", StringComparison.Ordinal);
        var cutAt = src.IndexOf(',', pm25Row + "20190101,23,PM2.5,".Length + 20) - 1; // in the middle of a number
        var text = src[..cutAt];
        var dir = TempDir();
        var path = Path.Combine(dir, "china_sites_20190101.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        var lastLine = text.Split('\n').Last();
        output.WriteLine($"cut row: {lastLine}");
        var fields = lastLine.Split(',');
        var t = ChinaSitesReader.Read([path]);
        var cut = Assert.Single(t.Quality.Issues, i => i.Code == "truncated-row");
        output.WriteLine(cut.Reason);
        Assert.Equal("china_sites_20190101.csv", cut.File);
        Assert.Equal(text.Split('\n').Length, cut.Line);
        Assert.Equal("2019-01-01T23:00", cut.Time);
        var header = src[..src.IndexOf('\r')].Split(',');
        var h23 = new DateTime(2019, 1, 1, 23, 0, 0);
        // Complete fields are loaded; the last (cut) field is not.
        for (var c = 3; c < fields.Length - 1; c++)
            if (fields[c].Length > 0)
                Assert.Equal(double.Parse(fields[c]), Value(t, Pollutant.PM2_5, header[c], h23));
        Assert.True(double.IsNaN(Value(t, Pollutant.PM2_5, header[fields.Length - 1], h23)));
        var partial = Assert.Single(t.Quality.Issues, i => i.Code == "partial-hour");
        Assert.Contains("23时缺 SO2、NO2、CO、O3、PM10", partial.Reason);
    }

    [Fact]
    public void Crlf_lf_bom_and_bad_values_fixture()
    {
        const string body =
            "date,hour,type,1001A,1002A,1002A,1003A\r\n" +
            "20190301,0,AQI,50,60,60,\r\n" +
            "20190301,0,PM2.5,12,abc,abc,-3\r\n" +
            "20190301,0,PM2.5_24h,99,99,99,99\r\n" +
            "20190301,0,O3,0.5,7,8,1e2\r\n" +
            "20190301,0,AQI,51,61,61,1\r\n";
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "china_sites_20190301.csv"), body, new UTF8Encoding(true));
        File.WriteAllText(Path.Combine(dir, "china_sites_20190303.csv"), body.Replace("\r\n", "\n").Replace("20190301", "20190303"));
        File.WriteAllText(Path.Combine(dir, "china_sites_20190303 (1).csv"), body);
        var t = ChinaSitesReader.Read([dir]);
        Assert.Equal("china_sites_20190303 (1).csv", Assert.Single(t.Quality.Issues, i => i.Code == "ignored-file").File);
        Assert.Equal(["1001A", "1002A", "1003A"], t.StationCodes);
        Assert.Equal(72, t.HourCount);
        foreach (var day in new[] { 1, 3 })
        {
            var h = new DateTime(2019, 3, day, 0, 0, 0);
            var slot = t.IndexOfHour(h);
            Assert.Equal(12, Value(t, Pollutant.PM2_5, "1001A", h));
            Assert.True(double.IsNaN(Value(t, Pollutant.PM2_5, "1002A", h)));
            Assert.True(double.IsNaN(Value(t, Pollutant.PM2_5, "1003A", h)));
            Assert.Equal(0.5, Value(t, Pollutant.O3, "1001A", h));
            Assert.Equal(7, Value(t, Pollutant.O3, "1002A", h));
            Assert.Equal(100, Value(t, Pollutant.O3, "1003A", h));
            Assert.Equal(50, t.PublishedAqi(0)[slot]);       // the repeated AQI row is rejected, first kept
            Assert.Equal(-1, t.PublishedAqi(2)[slot]);
        }
        var q = t.Quality.Issues;
        var bad = q.First(i => i.Code == "invalid-value");
        Assert.Equal(("china_sites_20190301.csv", 3L, "1002A"), (bad.File, bad.Line!.Value, bad.Column));
        var neg = q.First(i => i.Code == "negative-value");
        Assert.Equal((3L, "1003A"), (neg.Line!.Value, neg.Column));
        Assert.Equal(2, q.Count(i => i.Code == "duplicate-column"));
        var differs = q.Where(i => i.Code == "duplicate-column-differs").ToList();
        Assert.Equal(2, differs.Count);   // O3 7 vs 8, once per file
        Assert.All(differs, d => Assert.Equal(5L, d.Line));
        Assert.Equal(2, q.Count(i => i.Code == "duplicate-row"));
        Assert.Equal("2019-03-02", Assert.Single(q, i => i.Code == "missing-file").Time);
        var hours = q.First(i => i.Code == "missing-hours");
        Assert.Contains("1–23时", hours.Reason);
    }

    [SharedDataFact(Target)]
    public void Date_range_option_reads_April_only_and_reports_the_gap()
    {
        var d = ChinaSitesReader.ReadData([SharedData.PathOf(Target)],
            new ChinaSitesOptions { FirstDay = new DateOnly(2019, 4, 1), LastDay = new DateOnly(2019, 4, 30) });
        Assert.Equal(29, d.SourceFiles.Count);
        Assert.Equal(new DateTime(2019, 4, 1), d.Hourly.FirstHour);
        Assert.Equal(30 * 24, d.Hourly.HourCount);
        Assert.Equal("2019-04-08", Assert.Single(d.Hourly.Quality.Issues, i => i.Code == "missing-file").Time);
        // A range reaching past the data: the missing days at the edge are reported too.
        var edge = ChinaSitesReader.ReadData([SharedData.PathOf(Target)],
            new ChinaSitesOptions { FirstDay = new DateOnly(2019, 12, 30), LastDay = new DateOnly(2020, 1, 2) });
        Assert.Equal(2, edge.SourceFiles.Count);
        Assert.Equal(["2020-01-01", "2020-01-02"], edge.Hourly.Quality.Issues.Where(i => i.Code == "missing-file").Select(i => i.Time!).ToArray());
    }

    [Fact]
    public void Columns_that_change_between_files_are_mapped_by_header_name()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "china_sites_20190531.csv"),
            "date,hour,type,1001A,1002A\r\n20190531,23,PM10,10,20\r\n");
        // June: a new station in the middle, the old ones in another order, and one row dated the day before.
        File.WriteAllText(Path.Combine(dir, "china_sites_20190601.csv"),
            "date,hour,type,1002A,3001A,1001A\r\n20190601,0,PM10,21,31,11\r\n20190531,22,PM10,5,6,7\r\n20190630,1,PM10,1,1,1\r\n");
        var t = ChinaSitesReader.Read([dir]);
        Assert.Equal(["1001A", "1002A", "3001A"], t.StationCodes);
        Assert.Equal(48, t.HourCount);
        Assert.Equal(10, t.Series(Pollutant.PM10, 0)[23]);
        Assert.Equal(20, t.Series(Pollutant.PM10, 1)[23]);
        Assert.Equal(11, t.Series(Pollutant.PM10, 0)[24]);
        Assert.Equal(21, t.Series(Pollutant.PM10, 1)[24]);
        Assert.Equal(31, t.Series(Pollutant.PM10, 2)[24]);
        Assert.True(double.IsNaN(t.Series(Pollutant.PM10, 2)[23]));
        // The row dated 2019-05-31 in the June file lands on its own date and is flagged.
        Assert.Equal(7, t.Series(Pollutant.PM10, 0)[22]);
        Assert.Equal(5, t.Series(Pollutant.PM10, 1)[22]);
        // Two rows of the June file are of other dates (lines 3 and 4): the line names the first.
        var mismatch = Assert.Single(t.Quality.Issues, i => i.Code == "date-mismatch");
        Assert.Equal(("china_sites_20190601.csv", 3L), (mismatch.File, mismatch.Line));
        Assert.Equal("日期与文件名不符：有 2 行的日期不是 2019-06-01（第一处：第 3 行，2019-05-31），按行内日期载入", mismatch.Reason);
        var outside = Assert.Single(t.Quality.Issues, i => i.Code == "outside-range");
        Assert.Equal(4L, outside.Line);
    }

    [Fact]
    public void Every_slot_without_a_value_is_missing_whatever_the_file_left_out()
    {
        // The importer writes each file's whole day itself (the grid is not pre-filled): slots of pollutants a file
        // has no row for, of hours it lacks, and of days without a file must all read as missing.
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "china_sites_20190301.csv"),
            "date,hour,type,1001A,1002A\n20190301,0,AQI,50,\n20190301,0,PM10,40,45\n20190301,5,PM10,41,\n");
        File.WriteAllText(Path.Combine(dir, "china_sites_20190303.csv"),
            "date,hour,type,1001A,1002A\n20190303,23,CO,0.8,1.2\n");
        var t = ChinaSitesReader.Read([dir]);
        Assert.Equal(72, t.HourCount);
        var values = 0;
        for (var s = 0; s < 2; s++)
        {
            foreach (var p in PollutantInfo.All)
                for (var h = 0; h < 72; h++)
                    if (!double.IsNaN(t.Series(p, s)[h])) values++;
            for (var h = 0; h < 72; h++)
                if (t.PublishedAqi(s)[h] >= 0) values++;
        }
        Assert.Equal(6, values);
        Assert.Equal(50, t.PublishedAqi(0)[0]);
        Assert.Equal(-1, t.PublishedAqi(1)[0]);
        Assert.Equal([40.0, 41.0], new[] { t.Series(Pollutant.PM10, 0)[0], t.Series(Pollutant.PM10, 0)[5] });
        Assert.Equal(45, t.Series(Pollutant.PM10, 1)[0]);
        Assert.Equal([0.8, 1.2], new[] { t.Series(Pollutant.CO, 0)[71], t.Series(Pollutant.CO, 1)[71] });
        Assert.Equal("2019-03-02", Assert.Single(t.Quality.Issues, i => i.Code == "missing-file").Time);
    }

    [Fact]
    public void Malformed_header_gives_a_Chinese_error_naming_file_and_line()
    {
        var dir = TempDir();
        var path = Path.Combine(dir, "china_sites_20190301.csv");
        File.WriteAllText(path, "站点,时间,PM2.5\n1001A,2019-03-01 00:00,12\n");
        var e = Assert.Throws<WorkbenchDataException>(() => ChinaSitesReader.Read([path]));
        output.WriteLine(e.Message);
        Assert.Contains("china_sites_20190301.csv", e.Message);
        Assert.Contains("第 1 行", e.Message);
        Assert.Equal(1, e.Line);
    }

    [SharedDataFact(Target)]
    public void Zip_archive_gives_the_same_grid_as_the_files()
    {
        var dir = TempDir();
        var zip = Path.Combine(dir, "2019.zip");
        using (var z = ZipFile.Open(zip, ZipArchiveMode.Create))
            foreach (var d in new[] { "20190101", "20190102", "20190104" })
                z.CreateEntryFromFile(SharedData.PathOf($"{Target}/china_sites_{d}.csv"), $"2019/china_sites_{d}.csv");
        var fromZip = ChinaSitesReader.ReadData([zip]);
        Assert.Equal(3, fromZip.SourceFiles.Count);
        Assert.StartsWith("2019.zip!", fromZip.SourceFiles[0]);
        var t = fromZip.Hourly;
        Assert.Equal(96, t.HourCount);
        Assert.Equal(110, Value(t, Pollutant.PM2_5, "1819A", new DateTime(2019, 1, 1)));
        Assert.Equal("2019-01-03", Assert.Single(t.Quality.Issues, i => i.Code == "missing-file").Time);
        var year = TargetYear.Value.Hourly;
        foreach (var p in PollutantInfo.All)
            for (var s = 0; s < t.StationCodes.Count; s++)
                Assert.Equal(year.Series(p, s).Slice(0, 48).ToArray(), t.Series(p, s).Slice(0, 48).ToArray());
    }

    [Fact]
    public void Stream_overload_reads_one_file()
    {
        var bytes = "date,hour,type,1001A\r\n20190301,5,CO,1.25\r\n"u8.ToArray();
        var t = ChinaSitesReader.Read(new MemoryStream(bytes), "my.csv");
        Assert.Equal(1.25, t.Series(Pollutant.CO, 0)[5]);
        Assert.Equal(new DateTime(2019, 3, 1), t.FirstHour);
    }

    /// <summary>Opt-in benchmark on the unpacked national 2019 folder (set WORKBENCH_NATIONAL_2019 to it).</summary>
    [NationalYearFact]
    public void National_year_benchmark_when_available()
    {
        var dir = Environment.GetEnvironmentVariable(NationalYearFactAttribute.Variable)!;
        var sw = Stopwatch.StartNew();
        var data = ChinaSitesReader.ReadData([dir]);
        sw.Stop();
        var t = data.Hourly;
        output.WriteLine($"national: {data.SourceFiles.Count} files, {t.StationCodes.Count} stations, {sw.Elapsed.TotalSeconds:F1} s");
        output.WriteLine(t.Quality.Summary());
        foreach (var i in t.Quality.Issues.Where(i => i.Code is "truncated-row" or "duplicate-column-differs").Take(10))
            output.WriteLine($"{i.File} {i.Line} {i.Code} {i.Reason}");
        Assert.Equal(364, data.SourceFiles.Count);
        Assert.Equal(1640, t.StationCodes.Count);
        Assert.Contains(t.Quality.Issues, i => i.Code == "truncated-row" && i.File == "china_sites_20190220.csv");
        Assert.Contains(t.Quality.Issues, i => i.Code == "truncated-row" && i.File == "china_sites_20190424.csv");
    }

    private static string TempDir()
    {
        var d = Path.Combine(Path.GetTempPath(), "wb-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(d);
        return d;
    }
}

/// <summary>Runs only when WORKBENCH_NATIONAL_2019 names the unpacked national 2019 folder (569 MB; never in the repository).</summary>
public sealed class NationalYearFactAttribute : FactAttribute
{
    /// <summary>The environment variable naming the folder.</summary>
    public const string Variable = "WORKBENCH_NATIONAL_2019";

    /// <summary>Skips with a message when the folder is not given.</summary>
    public NationalYearFactAttribute()
    {
        var dir = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(dir) || !Directory.Exists(dir))
            Skip = $"跳过：全国 2019 年 china_sites 文件夹未给出（解压 cnemc_sites_2019_national.tar.xz 后设置 {Variable}）";
    }
}
