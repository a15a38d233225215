using System.Text.Json;
using Workbench.Air.Method;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Cli;

/// <summary>`--city-method` and the method lines every assessment prints (README, air assess).</summary>
[Collection("cli")]
public class CityMethodCliTests(ITestOutputHelper output)
{
    private const string Feed = "cnemc_hourly_2019/target_cities";
    private const string Stations = "stations/cnemc_station_list_2020-01-01.csv";

    private static JsonElement Assess(params string[] extra)
    {
        var r = CliRunner.Run(["air", "assess", "--input", SharedData.PathOf(Feed), "--stations", SharedData.PathOf(Stations),
            "--city", "焦作", "--period", "2019-06", "--json", .. extra]);
        Assert.True(r.ExitCode == 0, r.Error);
        return JsonDocument.Parse(r.Out).RootElement;
    }

    [SharedDataFact(Feed)]
    public void City_method_option_chooses_the_order_and_the_default_is_city_hourly()
    {
        var byDefault = Assess();
        var cityHourly = Assess("--city-method", "city-hourly");
        var stationDaily = Assess("--city-method", "station-daily");
        Assert.Equal("DailyOfCityHourly", byDefault.GetProperty("settings").GetProperty("city_aggregation").GetString());
        Assert.Equal("MeanOfStationDaily", stationDaily.GetProperty("settings").GetProperty("city_aggregation").GetString());
        Assert.Equal(byDefault.GetProperty("indicators").ToString(), cityHourly.GetProperty("indicators").ToString());
        decimal O3(JsonElement e) => e.GetProperty("indicators").GetProperty("O3_8h_P90").GetDecimal();
        output.WriteLine($"焦作 2019-06 O3 P90：city-hourly {O3(cityHourly)}，station-daily {O3(stationDaily)}");
        // A mean of station MDA8s is never below the MDA8 of the city's hourly series, day by day.
        Assert.True(O3(stationDaily) >= O3(cityHourly));
        // The control station is listed as left out, with its reason.
        var excluded = byDefault.GetProperty("excluded_stations").EnumerateArray().Single();
        Assert.Equal("1830A", excluded.GetProperty("code").GetString());
        Assert.Equal(0, byDefault.GetProperty("missing_days").GetProperty("feed_gaps").GetInt32());
    }

    [SharedDataFact(Feed)]
    public void Unknown_city_method_is_refused_with_exit_2()
    {
        var r = CliRunner.Run("air", "assess", "--input", SharedData.PathOf(Feed), "--stations", SharedData.PathOf(Stations),
            "--city", "焦作", "--period", "2019", "--city-method", "mean");
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("city-hourly", r.Error);
    }

    [Fact(DisplayName = "HJ 663-2026 points are settings whose 2026 behaviours are refused, not guessed")]
    public void Hj663_2026_points_are_refused()
    {
        Assert.Equal(Hj663Revision2026.Unconfirmed, AirSettings.Default.Hj663_2026);
        AirSettings.Default.Hj663_2026.EnsureSupported();
        var e = Assert.Throws<NotSupportedException>(() => new Hj663Revision2026(MovingAverageYears: 3).EnsureSupported());
        Assert.Contains("新闻报道", e.Message);
        Assert.Throws<NotSupportedException>(() => new Hj663Revision2026(ExcludeExceptionalEvents: true).EnsureSupported());
    }
}
