using System.Globalization;
using Workbench.Standards;
using Workbench.Standards.Air;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Standards;

/// <summary>
/// REFERENCE F1 on the 2019 china_sites files of 焦作, 安阳, 许昌, 邯郸: the published hourly station AQI against
/// <see cref="RealtimeAqiMethod.CnemcRealtime"/> (2012 tables), and against the HJ 633-2012 real-time method as written.
/// The files are read ad hoc here (type rows per hour); the library importer is tested elsewhere.
/// </summary>
public class CnemcHourly2019AqiTests(ITestOutputHelper output)
{
    private const string Folder = "cnemc_hourly_2019/target_cities";

    [SharedDataFact(Folder)]
    public void PublishedHourlyAqiIsReproduced()
    {
        int compared = 0, cnemcOk = 0, writtenOk = 0, allSixPresent = 0, allSixOk = 0;
        var shown = 0;
        foreach (var path in Directory.GetFiles(SharedData.PathOf(Folder), "china_sites_2019*.csv").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(path);
            var header = lines[0].TrimEnd('\r').Split(',');
            var stations = header.Length - 3;
            // (hour) → type → values per station
            var byHour = new Dictionary<int, Dictionary<string, double[]>>();
            for (var i = 1; i < lines.Length; i++)
            {
                var f = lines[i].TrimEnd('\r').Split(',');
                if (f.Length < 3) continue;
                var hour = int.Parse(f[1], CultureInfo.InvariantCulture);
                if (!byHour.TryGetValue(hour, out var types)) byHour[hour] = types = new();
                var v = new double[stations];
                for (var s = 0; s < stations; s++)
                    v[s] = 3 + s < f.Length && f[3 + s].Length > 0 ? double.Parse(f[3 + s], CultureInfo.InvariantCulture) : double.NaN;
                types[f[2]] = v;
            }
            foreach (var (hour, t) in byHour)
            {
                if (!t.TryGetValue("AQI", out var aqi)) continue;
                double Get(string type, int s) => t.TryGetValue(type, out var v) ? v[s] : double.NaN;
                for (var s = 0; s < stations; s++)
                {
                    if (double.IsNaN(aqi[s])) continue;
                    var c = new HourlyConcentrations(Get("SO2", s), Get("NO2", s), Get("CO", s), Get("O3", s), Get("PM10", s), Get("PM2.5", s),
                        O3_8h: Get("O3_8h", s), PM10_24h: Get("PM10_24h", s), PM2_5_24h: Get("PM2.5_24h", s), SO2_24h: Get("SO2_24h", s));
                    var ours = RealtimeAqi.Compute(RealtimeAqiMethod.CnemcRealtime, AqiStandard.Hj633_2012, c);
                    var written = RealtimeAqi.Compute(RealtimeAqiMethod.Hj633_2012Realtime, AqiStandard.Hj633_2012, c);
                    compared++;
                    var ok = ours.Aqi == (int)aqi[s];
                    if (ok) cnemcOk++;
                    if (written.Aqi == (int)aqi[s]) writtenOk++;
                    var complete = !double.IsNaN(c.SO2) && !double.IsNaN(c.NO2) && !double.IsNaN(c.CO) && !double.IsNaN(c.O3)
                        && !double.IsNaN(c.PM10) && !double.IsNaN(c.PM2_5);
                    if (complete) { allSixPresent++; if (ok) allSixOk++; }
                    if (!ok && shown++ < 10)
                        output.WriteLine($"{Path.GetFileName(path)} 时 {hour} {header[3 + s]}: 发布 {aqi[s]}，计算 {ours.Aqi}（{c}）");
                }
            }
        }
        double Rate(int n, int d) => 100.0 * n / d;
        output.WriteLine($"{compared} 个有发布 AQI 的站点小时：CNEMC 实时做法一致 {Rate(cnemcOk, compared):F3} %，"
            + $"六项齐全时 {allSixOk}/{allSixPresent} = {Rate(allSixOk, allSixPresent):F3} %；HJ 633-2012 实时报原文做法 {Rate(writtenOk, compared):F1} %");
        Assert.True(compared > 100_000, $"只比较了 {compared} 个站点小时");
        Assert.True(Rate(cnemcOk, compared) >= 99.98, $"CNEMC 实时做法一致率 {Rate(cnemcOk, compared):F3} %");
        Assert.Equal(allSixPresent, allSixOk);
        Assert.True(Rate(writtenOk, compared) < 20, "原文做法不应复现发布值（REFERENCE F1: 4.7 %）");
    }
}
