using System.Globalization;
using System.Text;
using Workbench.Air.Checks;
using Workbench.Air.Import;
using Workbench.Air.Tables;
using Workbench.Quality;
using Workbench.Tests.Support;

namespace Workbench.Tests.Air.Checks;

/// <summary>
/// The CO unit a daily file declares (a tidy header naming µg/m³, CREA's unit column) is settled by the daily value checks
/// like the hourly ones: converted when the values agree, refused (or kept with `--co-unit mg`) when they are already in
/// mg/m³; files of one day each (a daily bulletin per file) are judged per city together. Rows: 焦作's first 30 days from
/// its aqistudy file.
/// </summary>
public sealed class DailyCoUnitTests : IDisposable
{
    private const string Jiaozuo = "aqistudy_city_daily_2014_2017/焦作.csv";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"wb-daily-co-{Guid.NewGuid():N}");

    public void Dispose() { if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true); }

    /// <summary>焦作's first 30 days: date, PM2.5, CO (mg/m³ as published).</summary>
    private static List<(string Date, string Pm25, string Co)> Days() =>
        File.ReadAllLines(SharedData.PathOf(Jiaozuo)).Take(30).Select(l => l.TrimStart('\uFEFF').Split(','))
            .Select(f => (f[1], f[5], f[8])).ToList();

    private static string Times1000(string v) => (decimal.Parse(v, CultureInfo.InvariantCulture) * 1000m).ToString(CultureInfo.InvariantCulture);

    private string Write(string name, string text)
    {
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private string Tidy(string coHeader, Func<string, string> co) =>
        Write("焦作日报.csv", $"城市,日期,PM2.5,{coHeader}\n" + string.Concat(Days().Select(d => $"焦作,{d.Date},{d.Pm25},{co(d.Co)}\n")));

    private static double[] Co(DailyTable t) => t.Series(DailyIndicator.CO, t.IndexOfSite("焦作")).ToArray();

    /// <summary>焦作's CO as published (mg/m³).</summary>
    private static double[] Published => Days().Select(d => double.Parse(d.Co, CultureInfo.InvariantCulture)).ToArray();

    [SharedDataFact(Jiaozuo)]
    public void Header_in_micrograms_with_micrograms_is_converted_and_reported_once_per_file()
    {
        var t = TidyTableReader.Read(Tidy("CO(μg/m³)", Times1000)).Daily!;
        Assert.Equal(Published, Co(t));
        var issue = Assert.Single(t.Quality.Issues, i => i.Code == "co-unit");
        Assert.Equal(("焦作日报.csv", "CO(μg/m³)", QualityAction.Corrected), (issue.File, issue.Column, issue.Action));
        Assert.Contains("表头“CO(μg/m³)”", issue.Reason);
        Assert.Contains("30 个值", issue.Reason);
        Assert.DoesNotContain(t.Quality.Issues, i => i.Code is "co-unit-suspect" or "co-unit-repaired");
    }

    [SharedDataFact(Jiaozuo)]
    public void Header_in_micrograms_with_milligrams_is_refused_unless_the_setting_keeps_it()
    {
        var path = Tidy("CO(μg/m³)", v => v);
        var refused = TidyTableReader.Read(path).Daily!;
        var issue = Assert.Single(refused.Quality.Issues, i => i.Code == "co-unit-suspect");
        Assert.Equal(("焦作日报.csv", "焦作", QualityAction.Rejected), (issue.File, issue.Station, issue.Action));
        Assert.Contains("疑已是 mg/m³（表头“CO(μg/m³)”为 µg/m³", issue.Reason);
        Assert.Contains("--co-unit mg", issue.Reason);
        Assert.All(Co(refused), v => Assert.True(double.IsNaN(v)));
        Assert.DoesNotContain(refused.Quality.Issues, i => i.Code == "co-unit");
        Assert.Equal(Days().Select(d => double.Parse(d.Pm25, CultureInfo.InvariantCulture)),
            refused.Series(DailyIndicator.PM2_5, 0).ToArray());   // the other items load

        var kept = TidyTableReader.Read(path, new TidyTableOptions { Values = ValueRules.Default with { CoUnit = CoUnit.Mg } }).Daily!;
        Assert.Equal(Published, Co(kept));
        var repaired = kept.Quality.Issues.Where(i => i.Code == "co-unit-repaired").ToList();
        Assert.Equal(Enumerable.Range(2, 30).Select(l => (long?)l), repaired.Select(i => i.Line));
        Assert.All(repaired, i => Assert.Contains("--co-unit mg", i.Reason));
    }

    [SharedDataFact(Jiaozuo)]
    public void Crea_unit_column_in_micrograms_is_converted()
    {
        var csv = "date,region_id,region_name,poll,unit,value,process_id,source,timezone,country\n" +
                  string.Concat(Days().Select(d => $"{d.Date},jiaozuo,jiaozuo,co,µg/m3,{Times1000(d.Co)},city_day_mad,mee,Asia/Shanghai,CN\n"));
        var t = CreaReader.Read([Write("crea.csv", csv)]).Daily;
        Assert.Equal(Published, t.Series(DailyIndicator.CO, t.IndexOfSite("jiaozuo")).ToArray());
        var issue = Assert.Single(t.Quality.Issues, i => i.Code == "co-unit");
        Assert.Equal(("crea.csv", "value"), (issue.File, issue.Column));
        Assert.Contains("按 unit 列", issue.Reason);
    }

    [SharedDataFact(Jiaozuo)]
    public void Files_of_one_day_each_are_judged_together_for_the_city()
    {
        // A bulletin file per day: one high but possible day (25 mg/m³) is loaded, not taken for a unit error ...
        var days = Days();
        string[] Files(Func<int, string> co) => days.Select((d, k) =>
            Write($"日报_{d.Date}.csv", $"城市,日期,PM2.5,CO\n焦作,{d.Date},{d.Pm25},{co(k)}\n")).ToArray();
        var one = AirInput.Load(Files(k => k == 3 ? "25" : days[k].Co)).CityDaily!;
        Assert.DoesNotContain(one.Quality.Issues, i => i.Code == "co-unit-suspect");
        Assert.Equal(25, Co(one)[3]);
        Assert.Equal(Published[4], Co(one)[4]);

        // ... while CO in µg/m³ in every file is refused once for the city, naming the first file and the count.
        var all = AirInput.Load(Files(k => Times1000(days[k].Co))).CityDaily!;
        var issue = Assert.Single(all.Quality.Issues, i => i.Code == "co-unit-suspect");
        Assert.Equal($"日报_{days[0].Date}.csv 等 30 个文件", issue.File);
        Assert.Contains("--co-unit ug", issue.Reason);
        Assert.All(Co(all), v => Assert.True(double.IsNaN(v)));
    }
}
