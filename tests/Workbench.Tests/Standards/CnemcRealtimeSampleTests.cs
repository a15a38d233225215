using System.Globalization;
using Workbench.Standards;
using Workbench.Standards.Air;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Standards;

/// <summary>
/// REFERENCE F1 on real data: the CNEMC live feed of 2024-01-01 00:00 (14 rows, 安阳/焦作/沧州).
/// The published AQI and primary pollutant must be reproduced by <see cref="RealtimeAqiMethod.CnemcRealtime"/>
/// with the breakpoints in force (HJ 633-2012 before 2026-03-01).
/// </summary>
public class CnemcRealtimeSampleTests(ITestOutputHelper output)
{
    private const string File = "cnemc_realtime_2024_sample/HeQinWill_CNEMC_2024-01-01T00_excerpt.csv";

    [SharedDataFact("cnemc_realtime_2024_sample")]
    public void PublishedAqiAndPrimaryMatch()
    {
        var lines = System.IO.File.ReadAllLines(SharedData.PathOf(File));
        var header = SplitCsv(lines[0]);
        int Col(string name) => Array.IndexOf(header, name);
        var breakpoints = StandardVersions.AqiInForce(new DateOnly(2024, 1, 1));
        Assert.Equal(AqiStandard.Hj633_2012, breakpoints);

        int rows = 0, aqiMatch = 0, primaryMatch = 0, published = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var f = SplitCsv(lines[i]);
            double Num(string name)
            {
                var k = Col(name);
                return k < f.Length && f[k].Length > 0 ? double.Parse(f[k], CultureInfo.InvariantCulture) : double.NaN;
            }
            // DATA.md §8: the feed's `o3` and `o3_24h` columns are swapped; the 1-hour O3 is in `o3_24h`.
            var c = new HourlyConcentrations(Num("so2"), Num("no2"), Num("co"), Num("o3_24h"), Num("pm10"), Num("pm2_5"));
            var ours = RealtimeAqi.Compute(RealtimeAqiMethod.CnemcRealtime, breakpoints, c);
            var publishedAqi = Num("aqi");
            Assert.True(AqiTermsInfo.TryParsePrimary(f[Col("primarypollutant")], out var publishedPrimary));
            rows++;
            if (!double.IsNaN(publishedAqi)) published++;
            var aqiOk = double.IsNaN(publishedAqi) ? !ours.HasValue : ours.Aqi == (short)publishedAqi;
            if (aqiOk) aqiMatch++;
            if (ours.Primary == publishedPrimary) primaryMatch++;
            if (!aqiOk || ours.Primary != publishedPrimary)
                output.WriteLine($"第 {i + 1} 行 {f[Col("stationcode")]}: 发布 {publishedAqi} {publishedPrimary.ToCodes()}，计算 {ours.Aqi} {ours.Primary.ToCodes()}");
        }
        output.WriteLine($"{rows} 行（{published} 行有发布 AQI）：AQI 一致 {aqiMatch}/{rows} = {100.0 * aqiMatch / rows:F1} %，首要污染物一致 {primaryMatch}/{rows} = {100.0 * primaryMatch / rows:F1} %");
        Assert.Equal(14, rows);
        Assert.Equal(12, published);
        Assert.Equal(rows, aqiMatch);
        Assert.Equal(rows, primaryMatch);
    }

    /// <summary>Minimal CSV split for this file: commas, double-quoted fields.</summary>
    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"') quoted = !quoted;
            else if (ch == ',' && !quoted) { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(ch);
        }
        fields.Add(sb.ToString());
        return fields.ToArray();
    }
}
