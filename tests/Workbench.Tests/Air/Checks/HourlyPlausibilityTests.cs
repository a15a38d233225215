using Workbench.Air.Checks;
using Workbench.Air.Import;
using Workbench.Air.Tables;
using Workbench.Standards;
using Workbench.Tests.Support;

namespace Workbench.Tests.Air.Checks;

public class HourlyPlausibilityTests
{
    [Fact]
    public void FlagsPm25AbovePm10FrozenRunsAndExtremesButKeepsValues()
    {
        var t = new StationHourlyTable(["X1"], new DateTime(2020, 1, 1), 48, DataStatus.Realtime);
        var pm25 = t.Series(Pollutant.PM2_5, 0);
        var pm10 = t.Series(Pollutant.PM10, 0);
        var so2 = t.Series(Pollutant.SO2, 0);
        for (var h = 0; h < 48; h++) { pm25[h] = 30 + h % 5; pm10[h] = 60 + h % 7; so2[h] = h < 30 ? 6 : 7 + h % 3; }
        pm25[3] = 80;          // PM2.5 > PM10 (60+3 = 63)
        pm10[10] = 1023;       // extreme
        pm10[11] = double.NaN; // missing: neither "above" nor frozen

        var n = HourlyPlausibility.Check(t, fileOf: d => $"china_sites_{d:yyyyMMdd}.csv");

        var issues = t.Quality.Issues;
        var above = Assert.Single(issues, i => i.Code == "pm25-above-pm10");
        Assert.Equal("2020-01-01T03:00", above.Time);
        Assert.Equal("china_sites_20200101.csv", above.File);
        Assert.Single(issues, i => i.Code == "extreme-value" && i.Time == "2020-01-01T10:00");
        var frozen = Assert.Single(issues, i => i.Code == "frozen-value");
        Assert.Equal("SO2", frozen.Column);
        Assert.Contains("连续 30 小时", frozen.Reason);
        Assert.Equal(3, n);
        Assert.All(issues, i => Assert.Equal(Workbench.Quality.QualityAction.Flagged, i.Action));
        Assert.Equal(80, t.Series(Pollutant.PM2_5, 0)[3]); // kept
    }

    [SharedDataFact("cnemc_hourly_2019/target_cities")]
    public void FindsTheDocumentedQuirksOfThe2019Feed()
    {
        var t = ChinaSitesReader.Read([SharedData.PathOf("cnemc_hourly_2019/target_cities")]);
        HourlyPlausibility.Check(t);
        // DATA.md §1: "PM2.5 > PM10 in the same hour happens in 163 hours at 1829A, and PM10 reaches up to 1,023 µg/m³ at 1830A".
        Assert.Equal(163, t.Quality.Issues.Count(i => i.Code == "pm25-above-pm10" && i.Station == "1829A"));
        Assert.Contains(t.Quality.Issues, i => i.Code == "extreme-value" && i.Station == "1830A" && i.Reason.Contains("1023"));
    }

    [Fact]
    public void Findings_are_those_of_the_hour_by_hour_rules_at_every_alignment()
    {
        // Runs of equal values of every length around the threshold, starting at every hour of a four-hour block,
        // missing hours inside and beside them, and PM pairs crossing each other and the extreme limit.
        var random = new Random(24);
        const int hours = 24 * 20;
        var codes = Enumerable.Range(0, 40).Select(i => $"S{i:D2}").ToArray();
        var t = new StationHourlyTable(codes, new DateTime(2020, 1, 1), hours, DataStatus.Realtime);
        var expected = new List<string>();
        for (var s = 0; s < codes.Length; s++)
        {
            foreach (var p in PollutantInfo.All)
            {
                var series = t.Series(p, s);
                for (var h = 0; h < hours;)
                {
                    var length = random.Next(4) == 0 ? 20 + random.Next(9) : 1 + random.Next(3);
                    var value = random.Next(6) == 0 ? double.NaN : Math.Round(random.NextDouble() * 90, 1);
                    for (var k = 0; k < length && h < hours; k++, h++) series[h] = value;
                }
                if (p == Pollutant.PM10 && random.Next(3) == 0) series[random.Next(hours)] = 1000.5;
            }
            var pm25 = t.Series(Pollutant.PM2_5, s);
            var pm10 = t.Series(Pollutant.PM10, s);
            for (var h = 0; h < hours; h++)
            {
                if (pm25[h] > pm10[h]) expected.Add($"pm25-above-pm10 {codes[s]} {h}");
                if (pm10[h] > 1000) expected.Add($"extreme-value {codes[s]} {h} PM10");
                if (pm25[h] > 1000) expected.Add($"extreme-value {codes[s]} {h} PM2.5");
            }
            foreach (var p in PollutantInfo.All)
            {
                var series = t.Series(p, s);
                for (var start = 0; start < hours;)
                {
                    var end = start + 1;
                    while (end < hours && series[end] == series[start]) end++;   // NaN never equals: a run of one
                    if (!double.IsNaN(series[start]) && end - start >= 24) expected.Add($"frozen-value {codes[s]} {start} {p.Code()} {end - start}");
                    start = end;
                }
            }
        }

        HourlyPlausibility.Check(t);

        var first = t.FirstHour;
        var actual = t.Quality.Issues.Select(i =>
        {
            var h = (int)(DateTime.ParseExact(i.Time!, "yyyy-MM-dd'T'HH:mm", null) - first).TotalHours;
            return i.Code switch
            {
                "pm25-above-pm10" => $"{i.Code} {i.Station} {h}",
                "extreme-value" => $"{i.Code} {i.Station} {h} {i.Column}",
                _ => $"{i.Code} {i.Station} {h} {i.Column} {System.Text.RegularExpressions.Regex.Match(i.Reason, @"连续 (\d+) 小时").Groups[1].Value}",
            };
        }).ToArray();
        // The report lists stations in order, and each station's hour checks before its frozen runs.
        Assert.Equal(expected, actual);
        Assert.Contains(actual, a => a.StartsWith("frozen-value", StringComparison.Ordinal));
        Assert.Contains(actual, a => a.StartsWith("pm25-above-pm10", StringComparison.Ordinal));
    }
}
