using System.Globalization;
using Workbench.IO;
using Workbench.Standards.Rounding;
using Workbench.Standards.Water;
using Workbench.Water.Registry;

namespace Workbench.Water.Sample;

/// <summary>
/// Deterministic sample water data for the fictional 示例省 (cities 东州, 西州, 南州, 北州, 中州, as the air sample):
/// 14 sections on 2–3 rivers per city, one reservoir point that is also the drinking-water source (with its annual
/// withdrawal), targets Ⅱ–Ⅳ, and monthly manual samples 2015–2025 of 23 of the 24 GB 3838 items (no selenium).
/// Pollution improves year by year; 白沙河口 misses its class Ⅳ target in the early years; metals and a few others are
/// often below their detection limits (written "0.00004L"); 北川河源头 is ice-bound (“--”) in some January samples.
/// </summary>
public static class WaterSampleGenerator
{
    /// <summary>The fixed seed.</summary>
    public const int Seed = 20150101;

    /// <summary>First and last sampled years.</summary>
    public const int FirstYear = 2015, LastYear = 2025;

    /// <summary>Items sampled, in column order.</summary>
    public static IReadOnlyList<WaterItem> Items { get; } = WaterItems.All.Where(i => i != WaterItem.Selenium).ToArray();

    /// <summary>A section and its pollution profile (p: level relative to class Ⅲ limits in 2015 before the trend).</summary>
    private sealed record Profile(SectionInfo Info, double P);

    private static readonly Profile[] Profiles =
    [
        P("东河上游", "东州", "东河", WaterBodyType.River, WaterClass.II, AssessmentLevel.National, 113.62, 34.81, 0.42),
        P("东河出境", "东州", "东河", WaterBodyType.River, WaterClass.III, AssessmentLevel.National, 113.95, 34.70, 0.78),
        P("清水河入境", "东州", "清水河", WaterBodyType.River, WaterClass.III, AssessmentLevel.Provincial, 113.70, 34.95, 0.70),
        P("东州水库", "东州", "东州水库", WaterBodyType.LakeReservoir, WaterClass.III, AssessmentLevel.National, 113.48, 34.99, 0.62, drinking: true, volume: 3650m),
        P("西河桥", "西州", "西河", WaterBodyType.River, WaterClass.III, AssessmentLevel.National, 112.85, 34.62, 0.74),
        P("白沙河口", "西州", "白沙河", WaterBodyType.River, WaterClass.IV, AssessmentLevel.Provincial, 112.97, 34.51, 1.45),
        P("西河出境", "西州", "西河", WaterBodyType.River, WaterClass.III, AssessmentLevel.Municipal, 113.05, 34.55, 0.88),
        P("南江大桥", "南州", "南江", WaterBodyType.River, WaterClass.III, AssessmentLevel.National, 113.40, 33.62, 0.80),
        P("南江出境", "南州", "南江", WaterBodyType.River, WaterClass.III, AssessmentLevel.Provincial, 113.71, 33.48, 0.92),
        P("清水河出境", "南州", "清水河", WaterBodyType.River, WaterClass.IV, AssessmentLevel.Provincial, 113.88, 33.70, 1.05),
        P("北川河源头", "北州", "北川河", WaterBodyType.River, WaterClass.II, AssessmentLevel.National, 113.10, 35.62, 0.38),
        P("北川河出境", "北州", "北川河", WaterBodyType.River, WaterClass.III, AssessmentLevel.Provincial, 113.36, 35.41, 0.82),
        P("中河公园", "中州", "中河", WaterBodyType.River, WaterClass.IV, AssessmentLevel.Municipal, 114.20, 34.20, 1.20),
        P("中州南江(南江中州段)", "中州", "南江", WaterBodyType.River, WaterClass.III, AssessmentLevel.National, 114.05, 34.02, 0.86, alias: "中州南江"),
    ];

    private static Profile P(string name, string city, string river, WaterBodyType type, WaterClass target, AssessmentLevel level,
        double lon, double lat, double p, bool drinking = false, decimal? volume = null, string? alias = null) =>
        new(new SectionInfo(name, alias is null ? [] : [alias], "示例省", city, river, "示例河流域", type, target, level,
            drinking, lon, lat, volume), p);

    /// <summary>The sample registry.</summary>
    public static SectionRegistry Registry() => new(Profiles.Select(p => p.Info));

    /// <summary>Detection limits (mg/L) used for the "L" values of the sample.</summary>
    private static readonly Dictionary<WaterItem, decimal> DetectionLimits = new()
    {
        [WaterItem.Copper] = 0.001m, [WaterItem.Zinc] = 0.05m, [WaterItem.Arsenic] = 0.0003m, [WaterItem.Mercury] = 0.00004m,
        [WaterItem.Cadmium] = 0.0005m, [WaterItem.Chromium6] = 0.004m, [WaterItem.Lead] = 0.001m, [WaterItem.Cyanide] = 0.002m,
        [WaterItem.VolatilePhenol] = 0.0003m, [WaterItem.Petroleum] = 0.01m, [WaterItem.AnionicSurfactant] = 0.05m, [WaterItem.Sulfide] = 0.005m,
    };

    /// <summary>Writes <c>&lt;out&gt;/water/sections.csv</c> and <c>&lt;out&gt;/water/monthly_samples.csv</c>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(string outDir)
    {
        var dir = Path.Combine(outDir, "water");
        var sections = Path.Combine(dir, "sections.csv");
        var samples = Path.Combine(dir, "monthly_samples.csv");
        Registry().WriteCsv(sections, withBom: false);
        AtomicFile.WriteText(samples, WriteSamples);
        return [sections, samples];
    }

    /// <summary>Writes the monthly samples table (UTF-8, LF).</summary>
    public static void WriteSamples(TextWriter w)
    {
        var header = new List<string> { "省份", "城市", "河流", "断面名称", "监测时间" };
        header.AddRange(Items.Select(i => $"{HeaderName(i)}({i.Info().Unit})"));
        w.WriteLine(string.Join(',', header));
        var rng = new Random(Seed);
        foreach (var year in Enumerable.Range(FirstYear, LastYear - FirstYear + 1))
            for (var month = 1; month <= 12; month++)
                foreach (var prof in Profiles)
                {
                    var s = prof.Info;
                    var day = 8 + rng.Next(8);
                    var row = new List<string> { s.Province, s.City, s.River, s.Name, $"{year:D4}-{month:D2}-{day:D2}" };
                    var iceBound = s.Name == "北川河源头" && month == 1 && year % 3 == 0;
                    foreach (var item in Items) row.Add(iceBound && item != WaterItem.WaterTemperature ? "--" : Value(item, prof, year, month, rng));
                    w.WriteLine(string.Join(',', row.Select(Csv.Escape)));
                }
    }

    private static string HeaderName(WaterItem i) => i == WaterItem.Chromium6 ? "六价铬" : i.ChineseName();

    private static string Value(WaterItem item, Profile prof, int year, int month, Random rng)
    {
        // Level relative to class Ⅲ limits: the section's profile, a steady improvement (2015 ×1.25 → 2025 ×0.80),
        // summer worse than winter, and multiplicative noise.
        var trend = 1.25 - 0.045 * (year - FirstYear);
        var season = 1.0 + 0.18 * Math.Sin((month - 4) / 12.0 * 2 * Math.PI);
        var noise = Math.Exp(0.16 * Normal(rng));
        var level = prof.P * trend * season * noise;
        var body = prof.Info.EffectiveBodyType;
        double v;
        switch (item)
        {
            case WaterItem.WaterTemperature:
                v = 15 - 11 * Math.Cos((month - 1) / 12.0 * 2 * Math.PI) + Normal(rng);
                break;
            case WaterItem.PH:
                v = 7.6 + 0.25 * Normal(rng);
                break;
            case WaterItem.DissolvedOxygen:
                v = Math.Max(1.5, 10.2 - 3.2 * level - 1.2 * Math.Sin((month - 4) / 12.0 * 2 * Math.PI) + 0.3 * Normal(rng));
                break;
            case WaterItem.PermanganateIndex or WaterItem.ChemicalOxygenDemand or WaterItem.Bod5 or WaterItem.AmmoniaNitrogen or WaterItem.TotalPhosphorus:
                v = (double)Gb3838Limits.ClassIIILimit(item, body)!.Value * level * (item == WaterItem.AmmoniaNitrogen ? 0.85 : 1.0);
                break;
            case WaterItem.TotalNitrogen:
                v = 1.0 * level * 1.6;
                break;
            case WaterItem.Fluoride:
                v = 0.35 + 0.25 * rng.NextDouble() + 0.1 * level;
                break;
            case WaterItem.FecalColiform:
                v = Math.Round(800 * level * level * Math.Exp(0.5 * Normal(rng)) / 10) * 10;
                break;
            default:
                // Metals and other trace items: mostly around their detection limits.
                var dl = (double)DetectionLimits[item];
                // Mercury's detection limit sits just below its class Ⅰ limit: keep it mostly undetected.
                var spread = item == WaterItem.Mercury ? 1.3 : 2.6;
                v = dl * (0.2 + spread * rng.NextDouble()) * (0.6 + 0.4 * level);
                if (v < dl) return DetectionLimits[item].ToString(CultureInfo.InvariantCulture) + "L";
                break;
        }
        var decimals = item.Info().ReportedDecimals;
        return GbT8170.Round(v, decimals).ToString("F" + decimals, CultureInfo.InvariantCulture);
    }

    private static double Normal(Random rng)
    {
        // Box–Muller: deterministic given the stream.
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
