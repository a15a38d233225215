using Workbench.Air.Tables;
using Workbench.Registries;

namespace Workbench.Sample;

/// <summary>The six pollutants of the sample, in the order the generator handles them.</summary>
internal enum Species { PM2_5 = 0, PM10 = 1, SO2 = 2, NO2 = 3, O3 = 4, CO = 5 }

/// <summary>One fictional station of the sample network.</summary>
/// <param name="Code">9001A…</param>
/// <param name="City">Index into <see cref="SampleNetwork.CityNames"/>.</param>
/// <param name="Name">Name without the 对照点 suffix.</param>
/// <param name="District">区县.</param>
/// <param name="Longitude">WGS-84.</param>
/// <param name="Latitude">WGS-84.</param>
/// <param name="Opens">First day with data, or null (there from the start).</param>
/// <param name="LastDay">Last day with data, or null (still running).</param>
/// <param name="ControlThrough">Last day it is a control station (对照点); <see cref="DateOnly.MaxValue"/> = always; null = never.</param>
/// <param name="Factor">Multiplier on the city's planned daily value, per <see cref="Species"/>.</param>
internal sealed record SampleStation(
    string Code, int City, string Name, string District, double Longitude, double Latitude,
    DateOnly? Opens, DateOnly? LastDay, DateOnly? ControlThrough, double[] Factor)
{
    public bool ActiveOn(DateOnly day) => (Opens is null || day >= Opens) && (LastDay is null || day <= LastDay);
    public bool IsControlOn(DateOnly day) => ControlThrough is { } c && day <= c;
}

/// <summary>
/// The fictional network of the sample data set: province 示例省 with five cities (东州, 西州, 南州, 北州,
/// 中州: none is a CNEMC city name), 29 stations 9001A–9029A, three control stations, one station that
/// opens mid-2019, one that stops being a control station and one that closes.
/// </summary>
public static class SampleNetwork
{
    /// <summary>The fictional province.</summary>
    public const string Province = "示例省";

    /// <summary>The five fictional cities.</summary>
    public static IReadOnlyList<string> CityNames { get; } = ["东州", "西州", "南州", "北州", "中州"];

    /// <summary>9011A (西州新区) opens: from this file date its column appears in china_sites files.</summary>
    public static readonly DateOnly NewStationOpens = new(2019, 6, 1);

    /// <summary>9017A (南州 南山) is a control station through the day before this one.</summary>
    public static readonly DateOnly ControlChangeDay = new(2023, 1, 1);

    /// <summary>9029A (中州 老城区) reports through this day; its column is gone afterwards.</summary>
    public static readonly DateOnly ClosedAfter = new(2023, 12, 31);

    private static readonly DateOnly Always = DateOnly.MaxValue;

    internal static readonly SampleStation[] Stations = Build();

    /// <summary>The cities as <see cref="CityInfo"/> (alias XX市), for <see cref="CityRegistry.With"/>.</summary>
    public static IReadOnlyList<CityInfo> Cities { get; } =
        CityNames.Select(n => new CityInfo(n, Province, [n + "市"]) { Source = "示例数据（虚构城市）" }).ToArray();

    /// <summary>The default city registry plus the five sample cities.</summary>
    public static CityRegistry CityRegistry => LazyCities.Value;

    private static readonly Lazy<CityRegistry> LazyCities = new(() => CityRegistry.Default.With(Cities));

    /// <summary>The station registry of the sample (one record per span of validity).</summary>
    public static StationRegistry StationRegistry => new(RegistryRecords(), CityRegistry);

    /// <summary>Registry records: a station that stops being a control station has two records.</summary>
    public static IReadOnlyList<StationInfo> RegistryRecords()
    {
        var list = new List<StationInfo>();
        foreach (var s in Stations)
        {
            var city = CityNames[s.City];
            StationInfo Rec(bool control, DateOnly? from, DateOnly? to) =>
                new(s.Code, control ? s.Name + "(对照点)" : s.Name, city, s.Longitude, s.Latitude, control,
                    s.District, Province, from, to);
            if (s.ControlThrough is { } c && c != Always)
            {
                list.Add(Rec(true, s.Opens, c));
                list.Add(Rec(false, c.AddDays(1), s.LastDay));
            }
            else list.Add(Rec(s.ControlThrough is not null, s.Opens, s.LastDay));
        }
        return list;
    }

    private static SampleStation[] Build()
    {
        // (code, city, name, district, dLon, dLat, opens, lastDay, controlThrough)
        var rows = new (string Code, int City, string Name, string District, double DLon, double DLat,
            DateOnly? Opens, DateOnly? Last, DateOnly? Control)[]
        {
            ("9001A", 0, "市监测站", "东城区", 0.012, 0.008, null, null, null),
            ("9002A", 0, "高新区管委会", "高新区", -0.046, 0.021, null, null, null),
            ("9003A", 0, "南湖公园", "南湖区", 0.018, -0.037, null, null, null),
            ("9004A", 0, "东城环保局", "东城区", 0.034, 0.015, null, null, null),
            ("9005A", 0, "经济开发区", "高新区", -0.061, -0.012, null, null, null),
            ("9006A", 0, "东山森林公园", "东城区", 0.142, 0.096, null, null, Always),
            ("9007A", 1, "西州市监测站", "西城区", 0.004, 0.011, null, null, null),
            ("9008A", 1, "河西小学", "河西区", -0.039, -0.006, null, null, null),
            ("9009A", 1, "西州环保局", "西城区", 0.021, 0.026, null, null, null),
            ("9010A", 1, "工业园区", "河西区", -0.052, -0.031, null, null, null),
            ("9011A", 1, "西州新区", "新区", 0.071, -0.044, NewStationOpens, null, null),
            ("9012A", 1, "西岭水库", "西城区", -0.128, 0.117, null, null, Always),
            ("9013A", 2, "南州市监测站", "南城区", 0.009, -0.004, null, null, null),
            ("9014A", 2, "南城公园", "南城区", -0.022, 0.019, null, null, null),
            ("9015A", 2, "江南中学", "江南区", 0.031, -0.027, null, null, null),
            ("9016A", 2, "江南开发区", "江南区", 0.055, -0.049, null, null, null),
            ("9017A", 2, "南山", "江南区", -0.097, -0.088, null, null, ControlChangeDay.AddDays(-1)),
            ("9018A", 3, "北州市监测站", "北城区", 0.006, 0.003, null, null, null),
            ("9019A", 3, "北城区政府", "北城区", -0.017, 0.022, null, null, null),
            ("9020A", 3, "矿区医院", "矿区", 0.064, 0.041, null, null, null),
            ("9021A", 3, "北湖公园", "北湖区", -0.043, -0.028, null, null, null),
            ("9022A", 3, "火车站", "北城区", 0.025, -0.015, null, null, null),
            ("9023A", 3, "钢厂生活区", "矿区", 0.081, 0.057, null, null, null),
            ("9024A", 3, "北州学院", "北湖区", -0.058, -0.047, null, null, null),
            ("9025A", 4, "中州市监测站", "中原区", 0.003, 0.007, null, null, null),
            ("9026A", 4, "中州广场", "中原区", -0.014, -0.011, null, null, null),
            ("9027A", 4, "城东新区", "城东区", 0.047, 0.018, null, null, null),
            ("9028A", 4, "高铁站", "城东区", 0.062, -0.033, null, null, null),
            ("9029A", 4, "老城区", "中原区", -0.026, 0.024, null, ClosedAfter, null),
        };
        (double Lon, double Lat)[] centres = [(114.30, 34.80), (113.20, 34.60), (113.90, 33.70), (114.00, 35.60), (113.70, 34.20)];
        var stations = new SampleStation[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            // Station offsets are part of the network, not of the weather: a fixed stream, whatever the seed.
            var rng = new SampleRandom(1, 101, i);
            var f = new double[6];
            for (var p = 0; p < 6; p++) f[p] = 0.88 + 0.24 * rng.NextDouble();
            switch (r.Code)
            {
                case "9006A": f[(int)Species.PM2_5] = 3.0; f[(int)Species.PM10] = 2.5; break;   // planted fact (d)
                case "9011A": f[(int)Species.PM2_5] = 1.35; f[(int)Species.PM10] = 1.3; break;  // planted fact (e)
                case "9012A": f[(int)Species.PM2_5] = 0.55; f[(int)Species.PM10] = 0.6; break;  // a clean background site
                case "9017A": f[(int)Species.PM2_5] = 0.6; f[(int)Species.PM10] = 0.65; break;
            }
            var (lon, lat) = centres[r.City];
            stations[i] = new SampleStation(r.Code, r.City, r.Name, r.District,
                Math.Round(lon + r.DLon, 4), Math.Round(lat + r.DLat, 4), r.Opens, r.Last, r.Control, f);
        }
        return stations;
    }
}
