using System.Globalization;
using System.Text;
using Workbench.Standards;
using Workbench.Standards.Air;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Standards;

/// <summary>
/// REFERENCE F1 on the scraped CNEMC real-time pages of 2020-03/04 (焦作, 安阳, 许昌, 邯郸): AQI, level and primary
/// pollutant published per station-hour against <see cref="RealtimeAqiMethod.CnemcRealtime"/> with the HJ 633-2012 tables.
/// </summary>
public class ScrapedPagesRealtimeTests(ITestOutputHelper output)
{
    private const string Folder = "scraped_station_hourly_2020-03_04";

    [SharedDataFact(Folder)]
    public void PublishedAqiLevelAndPrimaryMatch()
    {
        int rows = 0, aqiOk = 0, levelOk = 0, primaryOk = 0;
        foreach (var path in Directory.GetFiles(SharedData.PathOf(Folder), "*.csv").Order(StringComparer.Ordinal))
        {
            var records = ReadCsv(File.ReadAllText(path, Encoding.UTF8));
            var h = records[0];
            int Col(string name) => Array.IndexOf(h, name);
            for (var i = 1; i < records.Length; i++)
            {
                var f = records[i];
                if (f.Length < h.Length) continue;
                var published = Num(f[Col("AQI")]);
                if (double.IsNaN(published)) continue;   // no published AQI: nothing to compare
                var c = new HourlyConcentrations(Num(f[Col("SO2")]), Num(f[Col("NO2")]), Num(f[Col("CO")]), Num(f[Col("O3_1h")]),
                    Num(f[Col("PM10")]), Num(f[Col("PM2.5")]));
                var ours = RealtimeAqi.Compute(RealtimeAqiMethod.CnemcRealtime, AqiStandard.Hj633_2012, c);
                Assert.True(AqiTermsInfo.TryParsePrimary(f[Col("PrimaryPollution")], out var primary), f[Col("PrimaryPollution")]);
                rows++;
                var a = ours.Aqi == (int)published;
                var l = ours.HasValue && AqiLevels.ForAqi(ours.Aqi).Category == f[Col("Level")].Trim();
                var p = ours.Primary == primary;
                if (a) aqiOk++;
                if (l) levelOk++;
                if (p) primaryOk++;
                if (!(a && l && p))
                    output.WriteLine($"{Path.GetFileName(path)} {f[0]} {f[1]} {f[2].Trim()}: 发布 {published} {f[Col("Level")]} {primary.ToCodes()}，计算 {ours.Aqi} {ours.Primary.ToCodes()}");
            }
        }
        output.WriteLine($"{rows} 个有发布 AQI 的站点小时：AQI 一致 {100.0 * aqiOk / rows:F2} %，级别一致 {100.0 * levelOk / rows:F2} %，首要污染物一致 {100.0 * primaryOk / rows:F2} %");
        Assert.True(rows > 3000, $"只读到 {rows} 行");
        Assert.Equal(rows, aqiOk);
        Assert.Equal(rows, levelOk);
        Assert.Equal(rows, primaryOk);
    }

    private static double Num(string s)
    {
        s = s.Trim();
        return s.Length == 0 || s == "NaN" ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4180 reading (quoted fields may hold commas and line breaks), enough for these pages.</summary>
    private static string[][] ReadCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { sb.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else sb.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else if (ch == '\n' || ch == '\r')
            {
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(sb.ToString()); sb.Clear();
                if (fields.Count > 1 || fields[0].Length > 0) records.Add(fields.ToArray());
                fields.Clear();
            }
            else if (ch != '\uFEFF') sb.Append(ch);
        }
        if (sb.Length > 0 || fields.Count > 0) { fields.Add(sb.ToString()); records.Add(fields.ToArray()); }
        return records.ToArray();
    }
}
