using System.Globalization;
using System.Text;
using Workbench.Air.Import;
using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Sample;

/// <summary>
/// Writes the hourly files in the CNEMC <c>china_sites_YYYYMMDD.csv</c> layout: <c>date,hour,type,&lt;codes&gt;</c>,
/// 15 type rows per hour, CRLF, empty field = missing, integers for µg/m³, CO in mg/m³ with 1–3 decimals.
/// The AQI row is the library's CNEMC real-time AQI of the values in the file; the *_24h and O3_8h rows are
/// moving statistics computed here (see data/README.md).
/// </summary>
internal sealed class ChinaSitesWriter(SamplePlan plan)
{
    /// <summary>The 15 type rows of an hour, in feed order.</summary>
    public static readonly string[] Types =
        ["AQI", "PM2.5", "PM2.5_24h", "PM10", "PM10_24h", "SO2", "SO2_24h", "NO2", "NO2_24h",
         "O3", "O3_24h", "O3_8h", "O3_8h_24h", "CO", "CO_24h"];

    private const int Missing = HourlySynthesis.Missing;
    private const int MinWindow24 = 18;   // moving 24-h statistics need 18 of 24 hours
    private const int MinWindow8 = 6;     // 8-h moving mean needs 6 of 8 hours (GB 3095 Table 4)

    /// <summary>Writes every existing file of the range into <paramref name="folder"/>; returns the count.</summary>
    public int Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var n = plan.Stations.Length;
        var prev = NewDay(n);
        var cur = NewDay(n);
        var prevO38 = NewHours(n);
        var curO38 = NewHours(n);
        var written = 0;
        var sb = new StringBuilder(1 << 16);
        var from = plan.Options.Start.AddDays(-2);
        if (from < plan.FirstDay) from = plan.FirstDay;
        for (var day = from; day <= plan.Options.End; day = day.AddDays(1))
        {
            Synthesize(day, cur);
            for (var s = 0; s < n; s++) MovingO3_8h(prev[s][(int)Species.O3], cur[s][(int)Species.O3], curO38[s]);
            if (day >= plan.Options.Start && plan.FileExists(day))
            {
                sb.Clear();
                WriteDay(day, prev, cur, prevO38, curO38, sb);
                File.WriteAllBytes(Path.Combine(folder, ChinaSitesReader.FileNameOf(day)), Encoding.ASCII.GetBytes(sb.ToString()));
                written++;
            }
            (prev, cur) = (cur, prev);
            (prevO38, curO38) = (curO38, prevO38);
        }
        return written;
    }

    private static int[][][] NewDay(int stations) =>
        Enumerable.Range(0, stations).Select(_ => Enumerable.Range(0, 6).Select(_ => new int[24]).ToArray()).ToArray();

    private static int[][] NewHours(int stations) => Enumerable.Range(0, stations).Select(_ => new int[24]).ToArray();

    private void Synthesize(DateOnly day, int[][][] into)
    {
        var d = plan.IndexOf(day);
        for (var s = 0; s < plan.Stations.Length; s++)
            for (var p = 0; p < 6; p++)
            {
                var hours = into[s][p];
                var target = plan.Target[s][p][d];
                if (target < 0) { Array.Fill(hours, Missing); continue; }
                var sp = (Species)p;
                var rng = new SampleRandom(plan.Options.Seed, 4, s, day.DayNumber, p);
                var previous = d > 0 ? plan.Target[s][p][d - 1] : -1;
                var next = d + 1 < plan.DayCount ? plan.Target[s][p][d + 1] : -1;
                // CO changes unit (0.001 → 0.1 mg/m³) on 2017-01-01: neighbours in another unit are not comparable.
                if (sp == Species.CO && (day.AddDays(-1).Year < 2017) != (day.Year < 2017)) previous = -1;
                if (sp == Species.CO && (day.AddDays(1).Year < 2017) != (day.Year < 2017)) next = -1;
                HourlySynthesis.Fill(target, previous, next, plan.Mask[s][p][d], sp, SamplePlan.MinUnits(sp, day), ref rng, hours);
            }
    }

    private static void MovingO3_8h(int[] prevO3, int[] curO3, int[] o38)
    {
        for (var h = 0; h < 24; h++)
        {
            long sum = 0;
            var k = 0;
            for (var j = h - 7; j <= h; j++)
            {
                var v = j < 0 ? prevO3[24 + j] : curO3[j];
                if (v == Missing) continue;
                sum += v;
                k++;
            }
            o38[h] = k >= MinWindow8 ? RoundHalfEven(sum, k) : Missing;
        }
    }

    /// <summary>Integer mean rounded half to even (GB/T 8170), exact in integer arithmetic.</summary>
    internal static int RoundHalfEven(long sum, int count)
    {
        var q = sum / count;
        var r = sum % count;
        if (2 * r > count || (2 * r == count && (q & 1) == 1)) q++;
        return (int)q;
    }

    private void WriteDay(DateOnly day, int[][][] prev, int[][][] cur, int[][] prevO38, int[][] curO38, StringBuilder sb)
    {
        var columns = plan.Columns(day);
        var date = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        sb.Append("date,hour,type");
        foreach (var s in columns) sb.Append(',').Append(plan.Stations[s].Code);
        sb.Append("\r\n");
        var aqiStandard = StandardVersions.AqiInForce(day);
        var coUnit = SamplePlan.Unit(Species.CO, day);
        var coFormat = coUnit == 0.001m ? "0.###" : "0.#";
        var hoursInFile = SamplePlan.FileHours(day);
        for (var h = 0; h < hoursInFile; h++)
        {
            var truncated = day == SampleEvents.TruncatedLastHour && h == 23;
            for (var t = 0; t < Types.Length; t++)
            {
                if (truncated && t > 3) return;   // the file ends inside the hour-23 PM10 row
                sb.Append(date).Append(',').Append(h).Append(',').Append(Types[t]);
                for (var c = 0; c < columns.Count; c++)
                {
                    if (truncated && t == 3 && c >= SampleEvents.TruncatedPm10Fields) break;
                    sb.Append(',');
                    var s = columns[c];
                    var value = Value(t, s, h, prev, cur, prevO38, curO38, aqiStandard, coUnit);
                    if (value == Missing) continue;
                    if (t is 13 or 14) sb.Append((value * coUnit).ToString(coFormat, CultureInfo.InvariantCulture));
                    else sb.Append(value);
                }
                sb.Append("\r\n");
            }
        }
    }

    private static int Value(int type, int s, int h, int[][][] prev, int[][][] cur, int[][] prevO38, int[][] curO38,
        AqiStandard aqiStandard, decimal coUnit)
    {
        var now = cur[s];
        return type switch
        {
            0 => Aqi(now, h, aqiStandard, coUnit),
            1 => now[(int)Species.PM2_5][h],
            2 => Mean24(prev[s][(int)Species.PM2_5], now[(int)Species.PM2_5], h),
            3 => now[(int)Species.PM10][h],
            4 => Mean24(prev[s][(int)Species.PM10], now[(int)Species.PM10], h),
            5 => now[(int)Species.SO2][h],
            6 => Mean24(prev[s][(int)Species.SO2], now[(int)Species.SO2], h),
            7 => now[(int)Species.NO2][h],
            8 => Mean24(prev[s][(int)Species.NO2], now[(int)Species.NO2], h),
            9 => now[(int)Species.O3][h],
            10 => Max24(prev[s][(int)Species.O3], now[(int)Species.O3], h),
            11 => curO38[s][h],
            12 => DayMaxO3_8h(prevO38[s], curO38[s], h),
            13 => now[(int)Species.CO][h],
            _ => Mean24(prev[s][(int)Species.CO], now[(int)Species.CO], h),
        };
    }

    private static int Mean24(int[] before, int[] today, int h)
    {
        long sum = 0;
        var k = 0;
        for (var j = h - 23; j <= h; j++)
        {
            var v = j < 0 ? before[24 + j] : today[j];
            if (v == Missing) continue;
            sum += v;
            k++;
        }
        return k >= MinWindow24 ? RoundHalfEven(sum, k) : Missing;
    }

    private static int Max24(int[] before, int[] today, int h)
    {
        var max = Missing;
        var k = 0;
        for (var j = h - 23; j <= h; j++)
        {
            var v = j < 0 ? before[24 + j] : today[j];
            if (v == Missing) continue;
            k++;
            if (v > max) max = v;
        }
        return k >= MinWindow24 ? max : Missing;
    }

    /// <summary>O3_8h_24h as the feed publishes it: the largest 8-h mean of the day so far, where the day runs
    /// over hours 1…24 (hour 0 closes the previous day, as in the real files).</summary>
    private static int DayMaxO3_8h(int[] before, int[] today, int h)
    {
        var max = Missing;
        if (h == 0)
        {
            for (var j = 1; j < 24; j++) if (before[j] != Missing && before[j] > max) max = before[j];
            if (today[0] != Missing && today[0] > max) max = today[0];
            return max;
        }
        for (var j = 1; j <= h; j++) if (today[j] != Missing && today[j] > max) max = today[j];
        return max;
    }

    private static int Aqi(int[][] now, int h, AqiStandard standard, decimal coUnit)
    {
        static double D(int v) => v == Missing ? double.NaN : v;
        var co = now[(int)Species.CO][h];
        var c = new HourlyConcentrations(
            SO2: D(now[(int)Species.SO2][h]), NO2: D(now[(int)Species.NO2][h]),
            CO: co == Missing ? double.NaN : (double)(co * coUnit),
            O3: D(now[(int)Species.O3][h]), PM10: D(now[(int)Species.PM10][h]), PM2_5: D(now[(int)Species.PM2_5][h]));
        var aqi = RealtimeAqi.Compute(RealtimeAqiMethod.CnemcRealtime, standard, in c);
        return aqi.HasValue ? aqi.Aqi : Missing;
    }
}
