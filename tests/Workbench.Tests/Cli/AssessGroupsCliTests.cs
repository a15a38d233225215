using System.Globalization;
using System.Text.Json;
using ClosedXML.Excel;
using Workbench.Air;
using Workbench.Air.Method;
using Workbench.Air.Compute;
using Workbench.Air.Import;
using Workbench.Periods;
using Workbench.Sample;
using Workbench.Sample.National;
using Workbench.Scale;
using Workbench.Standards;
using Workbench.Standards.Rounding;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Cli;

/// <summary>
/// `air assess --all-cities` with groups: ranks inside each group, group rows, `--base` change rates and their ranks,
/// `--group` restriction; on the committed sample (示例省, 5 cities) and on generated national data (150 real stations).
/// </summary>
// Slow lane (README "Tests"): three all-city tables in three formats.
[Trait("Category", "Slow")]
[Collection("cli")]
public sealed class AssessGroupsCliTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("wb-groups-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    /// <summary>Reads a table written by the CLI: header and rows as column → text.</summary>
    private static (string[] Header, List<Dictionary<string, string>> Rows) ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(','))
            .Select(f => header.Select((h, i) => (h, f[i])).ToDictionary(x => x.h, x => x.Item2)).ToList();
        return (header, rows);
    }

    /// <summary>Competition rank of each value among <paramref name="values"/> (ascending; empty = unranked).</summary>
    private static int? ExpectedRank(string value, IEnumerable<string> values) =>
        value.Length == 0 ? null
        : 1 + values.Where(v => v.Length > 0).Count(v => decimal.Parse(v, CultureInfo.InvariantCulture) < decimal.Parse(value, CultureInfo.InvariantCulture));

    private static int? Int(string text) => text.Length == 0 ? null : int.Parse(text, CultureInfo.InvariantCulture);

    [Fact(DisplayName = "Sample 2024 --base 2023: province ranks, change rates and their ranks, the 示例省 group row")]
    public void Sample_ranks_changes_and_group_row()
    {
        var path = Path.Combine(_temp, "cities.csv");
        var r = CliRunner.Run("air", "assess", "--all-cities", "--period", "2024", "--base", "2023", "--out", path);
        Assert.True(r.ExitCode == 0, r.Error);
        output.WriteLine(r.Out);
        var (header, rows) = ReadCsv(path);
        // The documented scheme: contract columns, group info, ranks of every group key, then the base columns.
        string[] keys = ["province", "337", "168", "2p26", "2p36", "fenwei", "yrd", "prd"];
        string[] expected =
        [
            .. NetworkTable.LeadingColumns, .. Workbench.Air.Results.AirAssessmentResult.IndicatorKeys, "city_count", "province", "groups",
            .. NetworkTable.MethodColumns,
            .. keys.SelectMany(k => new[] { $"rank_{k}_composite", $"rank_{k}_pm25" }),
            "base_period", "composite_index_base", "PM2.5_base", "composite_index_change", "PM2.5_change",
            .. keys.SelectMany(k => new[] { $"rank_{k}_composite_change", $"rank_{k}_pm25_change" }),
        ];
        Assert.Equal(expected, header);
        Assert.Equal(["city", "group", "station"], rows.Select(x => x["level"]).Distinct());

        var cities = rows.Where(x => x["level"] == "city").ToList();
        Assert.Equal(["东州", "中州", "北州", "南州", "西州"], cities.Select(c => c["name"]));
        foreach (var c in cities)
        {
            Assert.Equal("示例省", c["province"]);
            Assert.Equal("province", c["groups"]);   // fictional cities: in no national set
            Assert.Equal("", c["rank_337_composite"]);
            Assert.Equal(ExpectedRank(c["composite_index"], cities.Select(x => x["composite_index"])), Int(c["rank_province_composite"]));
            Assert.Equal(ExpectedRank(c["PM2.5"], cities.Select(x => x["PM2.5"])), Int(c["rank_province_pm25"]));
            // Change rates on the reported values, 1 decimal; 1 = largest improvement.
            foreach (var (key, rank) in new[] { ("composite_index", "composite"), ("PM2.5", "pm25") })
            {
                var rate = ChangeRate.Percent(decimal.Parse(c[key], CultureInfo.InvariantCulture),
                    decimal.Parse(c[key + "_base"], CultureInfo.InvariantCulture), 1);
                Assert.Equal(rate.ToString("0.0", CultureInfo.InvariantCulture), c[key + "_change"]);
                Assert.Equal(ExpectedRank(c[key + "_change"], cities.Select(x => x[key + "_change"])), Int(c[$"rank_province_{rank}_change"]));
            }
            Assert.Equal("2023", c["base_period"]);
        }
        // Ties share a rank (西州 and 东州 have PM2.5 44 in 2024).
        Assert.Equal(cities.Single(c => c["name"] == "东州")["rank_province_pm25"], cities.Single(c => c["name"] == "西州")["rank_province_pm25"]);

        // The base values are the one-city assessment of 2023.
        var one = CliRunner.Run("air", "assess", "--city", "东州", "--period", "2023", "--json");
        using (var json = JsonDocument.Parse(one.Out))
        {
            var ind = json.RootElement.GetProperty("indicators");
            Assert.Equal(ind.GetProperty("composite_index").GetDecimal(), decimal.Parse(cities[0]["composite_index_base"], CultureInfo.InvariantCulture));
            Assert.Equal(ind.GetProperty("PM2.5").GetDecimal(), decimal.Parse(cities[0]["PM2.5_base"], CultureInfo.InvariantCulture));
        }

        // The group row: the mean of the cities' UNROUNDED values, rounded as a city's.
        var group = rows.Single(x => x["level"] == "group");
        Assert.Equal("示例省", group["name"]);
        Assert.Equal("5", group["city_count"]);
        Assert.Equal("province", group["groups"]);
        Assert.Equal("", group["valid_days"]);
        Assert.Equal("", group["rank_province_composite"]);
        var sample = SampleData.EnsureDefault(TextWriter.Null);
        var data = AirDataSet.Load([sample], Path.Combine(Path.GetDirectoryName(sample)!, "stations.csv"));
        var assessments = data.Cities().Select(city => AirAssessment.Assess(data.CityDaily(city, AirSettings.Default), Period.Year(2024), AirSettings.Default)).ToArray();
        foreach (var (key, decimals) in new[] { ("PM2.5", 0), ("PM10", 0), ("CO_P95", 1), ("O3_8h_P90", 0), ("good_ratio", 1) })
        {
            var mean = assessments.Select(a => a.Unrounded(key)!.Value).Average();
            Assert.Equal(GbT8170.Round(mean, decimals).ToString("F" + decimals, CultureInfo.InvariantCulture), group[key]);
            output.WriteLine($"示例省 {key}: 城市未修约均值 {mean:0.####} → {group[key]}；先修约再平均 {assessments.Average(a => a.Indicators[key]!.Value):0.####}");
        }
        Assert.Equal("2023", group["base_period"]);
        Assert.NotEqual("", group["PM2.5_change"]);
    }

    [Fact(DisplayName = "--group 示例省 writes the same cities and values as the full table, in all three formats; unknown groups are refused")]
    public void Sample_group_option_and_formats()
    {
        var full = Path.Combine(_temp, "full.csv");
        var csv = Path.Combine(_temp, "group.csv");
        var xlsx = Path.Combine(_temp, "group.xlsx");
        var parquet = Path.Combine(_temp, "group.parquet");
        Assert.Equal(0, CliRunner.Run("air", "assess", "--all-cities", "--period", "2024", "--out", full).ExitCode);
        foreach (var (path, name) in new[] { (csv, "示例省"), (xlsx, "示例"), (parquet, "province:示例省") })
        {
            var r = CliRunner.Run("air", "assess", "--all-cities", "--period", "2024", "--group", name, "--out", path);
            Assert.True(r.ExitCode == 0, r.Error);
            Assert.Contains("5 个城市（示例省）、1 个城市组", r.Out, StringComparison.Ordinal);
        }
        var (_, all) = ReadCsv(full);
        var (_, some) = ReadCsv(csv);
        var expectedRows = all.Where(x => x["level"] != "station" || x["city"].Length > 0).ToList();
        Assert.Equal(expectedRows.Count, some.Count);
        for (var i = 0; i < some.Count; i++) Assert.Equal(expectedRows[i], some[i]);

        using (var wb = new XLWorkbook(xlsx))
        {
            Assert.Equal(["城市", "城市组", "站点", "说明"], wb.Worksheets.Select(w => w.Name));
            var ws = wb.Worksheet("城市");
            var headers = Enumerable.Range(1, 40).Select(c => ws.Cell(2, c).GetString()).ToList();
            var cityRows = some.Where(x => x["level"] == "city").ToList();
            foreach (var (header, key) in new[] { ("综合指数", "composite_index"), ("省内排名(综合指数)", "rank_province_composite"), ("省内排名(PM2.5)", "rank_province_pm25"), ("省份", "province") })
            {
                var col = headers.IndexOf(header) + 1;
                Assert.True(col > 0, header);
                if (key == "province")
                    Assert.Equal(cityRows.Select(x => x[key]), cityRows.Select((_, k) => ws.Cell(3 + k, col).GetString()));
                else
                    Assert.Equal(cityRows.Select(x => decimal.Parse(x[key], CultureInfo.InvariantCulture)),
                        cityRows.Select((_, k) => ws.Cell(3 + k, col).GetValue<decimal>()));
            }
            Assert.Equal("示例省", ws.Cell(3, headers.IndexOf("所属城市组") + 1).GetString());
            var groups = wb.Worksheet("城市组");
            Assert.Equal("示例省", groups.Cell(3, 1).GetString());
            Assert.Equal("省份", groups.Cell(3, 2).GetString());
            Assert.Equal(5, groups.Cell(3, 3).GetValue<int>());
            var group = some.Single(x => x["level"] == "group");
            Assert.Equal(decimal.Parse(group["PM2.5"], CultureInfo.InvariantCulture), groups.Cell(3, 4).GetValue<decimal>());
            var method = string.Join("\n", wb.Worksheet("说明").RangeUsed()!.Rows().Select(x => x.Cell(1).GetString() + "：" + x.Cell(2).GetString()));
            Assert.Contains("成员城市未修约统计值的算术平均", method, StringComparison.Ordinal);
            Assert.Contains("本表仅列出“示例省”", method, StringComparison.Ordinal);
        }
        using (var db = Workbench.IO.DuckDb.Open())
        using (var cmd = db.CreateCommand())
        {
            cmd.CommandText = $"SELECT name, \"PM2.5\", rank_province_pm25, city_count FROM read_parquet({Workbench.IO.DuckDb.Quote(parquet)}) WHERE level <> 'station' ORDER BY level, name";
            using var reader = cmd.ExecuteReader();
            var read = new List<string>();
            while (reader.Read())
                read.Add($"{reader.GetString(0)},{reader.GetDecimal(1).ToString("G29", CultureInfo.InvariantCulture)},{(reader.IsDBNull(2) ? "" : reader.GetInt32(2).ToString(CultureInfo.InvariantCulture))},{(reader.IsDBNull(3) ? "" : reader.GetInt32(3).ToString(CultureInfo.InvariantCulture))}");
            var fromCsv = some.Where(x => x["level"] != "station").OrderBy(x => x["level"], StringComparer.Ordinal).ThenBy(x => x["name"], StringComparer.Ordinal)
                .Select(x => $"{x["name"]},{decimal.Parse(x["PM2.5"], CultureInfo.InvariantCulture).ToString("G29", CultureInfo.InvariantCulture)},{x["rank_province_pm25"]},{x["city_count"]}");
            Assert.Equal(fromCsv, read);
        }

        var none = CliRunner.Run("air", "assess", "--all-cities", "--period", "2024", "--group", "汾渭平原", "--out", Path.Combine(_temp, "x.csv"));
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("数据中没有属于“汾渭平原”的城市（按 2024 年的成员名单）", none.Error + none.Out, StringComparison.Ordinal);
        var unknown = CliRunner.Run("air", "assess", "--all-cities", "--period", "2024", "--group", "火星", "--out", Path.Combine(_temp, "x.csv"));
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("没有名为“火星”的城市组", unknown.Error + unknown.Out, StringComparison.Ordinal);
        var single = CliRunner.Run("air", "assess", "--city", "东州", "--period", "2024", "--group", "示例省");
        Assert.Equal(2, single.ExitCode);
        Assert.False(File.Exists(Path.Combine(_temp, "x.csv")));
    }

    private const string StationList = "stations/cnemc_station_list_2020-01-01.csv";

    [SharedDataFact(StationList)]
    public void National_group_restricts_rows_but_keeps_ranks_of_all_cities()
    {
        var sample = NationalSampleGenerator.Generate(new NationalSampleOptions(SharedData.PathOf(StationList),
            new DateOnly(2018, 12, 1), new DateOnly(2019, 1, 31), Path.Combine(_temp, "feed"), StationLimit: 150));
        string[] common = ["air", "assess", "--all-cities", "--input", sample.Folder, "--stations", sample.StationsPath,
            "--period", "2019-01", "--base", "2018-12"];
        var full = Path.Combine(_temp, "full.csv");
        var part = Path.Combine(_temp, "2p26.csv");
        var r = CliRunner.Run([.. common, "--out", full]);
        Assert.True(r.ExitCode == 0, r.Error);
        output.WriteLine(r.Out);
        r = CliRunner.Run([.. common, "--group", "2+26", "--out", part]);
        Assert.True(r.ExitCode == 0, r.Error);
        output.WriteLine(r.Out);
        var (_, all) = ReadCsv(full);
        var (_, some) = ReadCsv(part);

        var members = RankingSetsMembers("2+26", 2019);
        var allCities = all.Where(x => x["level"] == "city").ToList();
        var someCities = some.Where(x => x["level"] == "city").ToList();
        Assert.Equal(allCities.Where(c => members.Contains(c["name"])).Select(c => c["name"]), someCities.Select(c => c["name"]));
        Assert.True(someCities.Count >= 8, string.Join("、", someCities.Select(c => c["name"])));
        // Every value of a city row, ranks in its province (河北 has cities outside 2+26) included, is the full table's.
        foreach (var c in someCities) Assert.Equal(allCities.Single(x => x["name"] == c["name"]), c);
        var hebei = allCities.Where(c => c["province"] == "河北").ToList();
        Assert.Contains(hebei, c => !members.Contains(c["name"]));   // 张家口, 承德, 秦皇岛
        foreach (var c in hebei)
        {
            Assert.Equal(ExpectedRank(c["composite_index"], hebei.Select(x => x["composite_index"])), Int(c["rank_province_composite"]));
            Assert.Equal(ExpectedRank(c["PM2.5_change"], hebei.Select(x => x["PM2.5_change"])), Int(c["rank_province_pm25_change"]));
        }
        var twoPlus26 = allCities.Where(c => members.Contains(c["name"])).ToList();
        foreach (var c in twoPlus26)
        {
            Assert.Contains("2p26", c["groups"].Split('|'));
            Assert.Equal(ExpectedRank(c["PM2.5"], twoPlus26.Select(x => x["PM2.5"])), Int(c["rank_2p26_pm25"]));
            Assert.Equal(ExpectedRank(c["composite_index_change"], twoPlus26.Select(x => x["composite_index_change"])), Int(c["rank_2p26_composite_change"]));
        }
        // Only the chosen group's row, the same as in the full table; stations only of the chosen cities.
        var groupRows = some.Where(x => x["level"] == "group").ToList();
        Assert.Equal(["2+26"], groupRows.Select(g => g["name"]));
        Assert.Equal(all.Single(x => x["level"] == "group" && x["name"] == "2+26"), groupRows[0]);
        Assert.Equal(someCities.Count.ToString(CultureInfo.InvariantCulture), groupRows[0]["city_count"]);
        Assert.True(all.Count(x => x["level"] == "group") > 5);   // provinces, 337, 168, 2+26
        Assert.All(some.Where(x => x["level"] == "station"), s => Assert.Contains(s["city"], members));
    }

    private static IReadOnlyList<string> RankingSetsMembers(string set, int year) => Workbench.Registries.RankingSets.Default.Members(set, year);
}
