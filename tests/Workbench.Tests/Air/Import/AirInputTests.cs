using System.Text;
using Workbench.Air.Import;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Standards;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Air.Import;

public sealed class AirInputTests(ITestOutputHelper output)
{
    private static string TempDir()
    {
        var d = Path.Combine(Path.GetTempPath(), "wb-airinput-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(d);
        return d;
    }

    [SharedDataTheory]
    [InlineData("cnemc_hourly_2019/target_cities/china_sites_20190101.csv", AirInputFormat.ChinaSites)]
    [InlineData("cnemc_china_sites_full_width_samples/china_sites_20190715.csv", AirInputFormat.ChinaSites)]
    [InlineData("cnemc_realtime_2024_sample/HeQinWill_CNEMC_2024-01-01T00_excerpt.csv", AirInputFormat.HeQinWill)]
    [InlineData("aqistudy_city_daily_2014_2017/焦作.csv", AirInputFormat.AqistudyDaily)]
    [InlineData("aqistudy_city_daily_2014_2017/all_city_monthly.csv", AirInputFormat.AqistudyMonthly)]
    [InlineData("scraped_station_hourly_2020-03_04/焦作_20200402-20200408.csv", AirInputFormat.ScrapedStationHourly)]
    [InlineData("scraped_station_hourly_2020-03_04/jiaozuo_20200326-20200402.csv", AirInputFormat.ScrapedStationHourly)]
    public void Detects_the_format_of_real_files(string relative, AirInputFormat expected) =>
        Assert.Equal(expected, AirInput.Detect(SharedData.PathOf(relative)));

    [SharedDataFact("beijing_prsa")]
    public void Reads_xz_compressed_files_directly_and_refuses_other_archives()
    {
        var prsa = SharedData.PathOf("beijing_prsa/PRSA_Data_Dongsi_20130301-20170228.csv.xz");
        Assert.Equal(AirInputFormat.Prsa, AirInput.Detect(prsa));
        Assert.Equal(AirInputFormat.Prsa, AirInput.Detect(Xz.ToTempFile(prsa)));
        var d = AirInput.Load([prsa]);
        Assert.Equal(["PRSA_Data_Dongsi_20130301-20170228.csv.xz"], d.SourceFiles);
        Assert.Equal(0.3, d.Hourly!.Series(Pollutant.CO, 0)[0]);

        var crea = SharedData.PathOf("crea_city_daily_2017_2020/crea_city_day_obs_2017-01-01_2020-11-18.csv.xz");
        Assert.Equal(AirInputFormat.Crea, AirInput.Detect(crea));
        Assert.Equal(AirInputFormat.AqistudyDaily,
            AirInput.Detect(SharedData.PathOf("aqistudy_city_daily_2014_2017/all_cities_daily_2013-12_2017-01.csv.xz")));

        var gz = Path.Combine(TempDir(), "data.csv.gz");
        File.WriteAllBytes(gz, [0x1f, 0x8b, 0, 0]);
        var e = Assert.Throws<WorkbenchDataException>(() => AirInput.Load([gz]));
        Assert.Contains("请先解压", e.Message);
        Assert.Contains("data.csv.gz", e.Message);
    }

    [SharedDataFact("cnemc_hourly_2019/target_cities")]
    public void China_sites_files_compressed_with_xz_read_like_the_originals()
    {
        var dir = TempDir();
        foreach (var day in new[] { "20190101", "20190102" })
        {
            // Written by the test (stored LZMA2 chunks): no xz program is needed to make or to read them.
            File.WriteAllBytes(Path.Combine(dir, $"china_sites_{day}.csv.xz"),
                XzStored.Encode(File.ReadAllBytes(SharedData.PathOf($"cnemc_hourly_2019/target_cities/china_sites_{day}.csv"))));
        }
        Assert.True(File.Exists(Path.Combine(dir, "china_sites_20190101.csv.xz")));
        var d = AirInput.Load([dir]);
        Assert.Equal(AirInputFormat.ChinaSites, d.Format);
        Assert.Equal(48, d.Hourly!.HourCount);
        Assert.Equal(110, d.Hourly.Series(Pollutant.PM2_5, d.Hourly.IndexOfStation("1819A"))[0]);
    }

    [SharedDataFact("cnemc_hourly_2019/target_cities")]
    public void Loads_the_target_cities_folder_as_hourly_data()
    {
        var d = AirInput.Load([SharedData.PathOf("cnemc_hourly_2019/target_cities")],
            new AirInputOptions { StationCodes = ["1819A", "1828A"] });
        Assert.Equal(AirInputFormat.ChinaSites, d.Format);
        Assert.True(d.IsHourly);
        Assert.Null(d.CityDaily);
        Assert.Equal(364, d.SourceFiles.Count);
        Assert.Equal(["1819A", "1828A"], d.Hourly!.StationCodes);
        Assert.Equal(110, d.Hourly.Series(Pollutant.PM2_5, 0)[0]);
        Assert.Same(d.Hourly.Quality, d.Quality);
        output.WriteLine(d.Quality.Summary());
    }

    [SharedDataFact("aqistudy_city_daily_2014_2017/焦作.csv")]
    public void Loads_aqistudy_files_as_city_daily_data_and_monthly_records()
    {
        var d = AirInput.Load([SharedData.PathOf("aqistudy_city_daily_2014_2017/焦作.csv"), SharedData.PathOf("aqistudy_city_daily_2014_2017/安阳.csv")]);
        Assert.Equal(AirInputFormat.AqistudyDaily, d.Format);
        Assert.Equal(["焦作", "安阳"], d.CityDaily!.Sites);
        Assert.Equal(31.2, d.CityDaily.Series(DailyIndicator.PM2_5, 0)[d.CityDaily.IndexOfDay(new DateOnly(2014, 1, 1))]);
        var m = AirInput.Load([SharedData.PathOf("aqistudy_city_daily_2014_2017/all_city_monthly.csv")]);
        Assert.Equal(12_384, m.CityMonthly!.Count);
        Assert.Null(m.Hourly);
        Assert.Null(m.CityDaily);
    }

    [SharedDataFact("scraped_station_hourly_2020-03_04")]
    public void Loads_a_folder_of_scrapes_and_the_HeQinWill_excerpt()
    {
        var d = AirInput.Load([SharedData.PathOf("scraped_station_hourly_2020-03_04")]);
        Assert.Equal(AirInputFormat.ScrapedStationHourly, d.Format);
        Assert.Equal(8, d.SourceFiles.Count);
        Assert.True(d.Hourly!.StationCodes.Count > 10);
        var h = AirInput.Load([SharedData.PathOf("cnemc_realtime_2024_sample/HeQinWill_CNEMC_2024-01-01T00_excerpt.csv")]);
        Assert.Equal(114, h.Hourly!.PublishedAqi(h.Hourly.IndexOfStation("1819A"))[0]);
        var some = AirInput.Load([SharedData.PathOf("cnemc_realtime_2024_sample/HeQinWill_CNEMC_2024-01-01T00_excerpt.csv")],
            new AirInputOptions { StationCodes = ["3169A", "1819A", "9999A"] });
        Assert.Equal(["1819A", "3169A"], some.Hourly!.StationCodes);
        Assert.Equal(114, some.Hourly.PublishedAqi(0)[0]);
        Assert.Equal(105, some.Hourly.Series(Pollutant.PM2_5, 1)[0]);
    }

    [SharedDataFact("aqistudy_city_daily_2014_2017/焦作.csv")]
    public void Mixed_formats_are_refused_with_the_file_names()
    {
        var e = Assert.Throws<WorkbenchDataException>(() => AirInput.Load([
            SharedData.PathOf("aqistudy_city_daily_2014_2017/焦作.csv"),
            SharedData.PathOf("cnemc_hourly_2019/target_cities/china_sites_20190101.csv")]));
        output.WriteLine(e.Message);
        Assert.Contains("格式不同", e.Message);
        Assert.Contains("china_sites_20190101.csv", e.Message);
    }

    [Fact]
    public void Tidy_csv_and_unknown_files()
    {
        var dir = TempDir();
        var tidy = Path.Combine(dir, "我的导出.csv");
        File.WriteAllText(tidy, "城市,日期,PM2.5\n焦作,2020-01-01,56\n", new UTF8Encoding(true));
        var d = AirInput.Load([tidy]);
        Assert.Equal(AirInputFormat.TidyCsv, d.Format);
        Assert.Equal(56, d.CityDaily!.Series(DailyIndicator.PM2_5, 0)[0]);

        var unknown = Path.Combine(dir, "notes.csv");
        File.WriteAllText(unknown, "a,b,c\n1,2,3\n");
        var e = Assert.Throws<WorkbenchDataException>(() => AirInput.Load([unknown]));
        output.WriteLine(e.Message);
        Assert.Contains("notes.csv 第 1 行", e.Message);
        Assert.Contains("无法识别的文件格式", e.Message);

        var missing = Assert.Throws<WorkbenchDataException>(() => AirInput.Load([Path.Combine(dir, "none.csv")]));
        Assert.Contains("不存在", missing.Message);
    }

    [Fact]
    public void HeQinWill_archive_with_one_folder_per_day_is_read_recursively()
    {
        var root = TempDir();
        const string header = "timepoint,stationcode,longitude,latitude,area,positionname,primarypollutant,aqi,pm10,pm10_24h,pm2_5,pm2_5_24h,o3,o3_24h,o3_8h,o3_8h_24h,no2,no2_24h,so2,so2_24h,co,co_24h\n";
        foreach (var (day, hour, pm) in new[] { ("2022-01-01", 23, 40), ("2022-01-02", 0, 42) })
        {
            var dir = Directory.CreateDirectory(Path.Combine(root, "Archive", day)).FullName;
            File.WriteAllText(Path.Combine(dir, $"{day}T{hour:00}.csv"),
                header + $"{day}T{hour:00}:00:00,1828A,113.227,35.2125,焦作市,市环保局,,60,70,70,{pm},40,50,30,20,20,30,30,5,5,0.8,0.8\n");
        }
        var d = AirInput.Load([root]);
        Assert.Equal(AirInputFormat.HeQinWill, d.Format);
        Assert.Equal(2, d.SourceFiles.Count);
        Assert.Equal(new DateTime(2022, 1, 1, 23, 0, 0), d.Hourly!.FirstHour);
        Assert.Equal([40.0, 42.0], d.Hourly.Series(Pollutant.PM2_5, 0).ToArray());
        Assert.Equal([30.0, 30.0], d.Hourly.Series(Pollutant.O3, 0).ToArray());   // from o3_24h
    }

    [Fact]
    public void Malformed_china_sites_file_names_file_and_line()
    {
        var dir = TempDir();
        var path = Path.Combine(dir, "china_sites_20190101.csv");
        File.WriteAllText(path, "date,hour,type,1001A\n20190101,0,AQI,50\n");
        var ok = AirInput.Load([path]);
        Assert.Equal(50, ok.Hourly!.PublishedAqi(0)[0]);
        File.WriteAllText(path, "date;hour;type;1001A\n");
        var e = Assert.Throws<WorkbenchDataException>(() => ChinaSitesReader.Read([path]));
        Assert.Contains("china_sites_20190101.csv 第 1 行", e.Message);
    }
}
