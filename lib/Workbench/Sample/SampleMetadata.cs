using System.Globalization;
using System.Text;
using Workbench.IO;

namespace Workbench.Sample;

/// <summary>Writes the small files of the sample (UTF-8 without BOM, LF): station lists, dust days, targets, facts.</summary>
internal static class SampleMetadata
{
    public const string Registry = "stations.csv";
    public const string CnemcList = "stations_cnemc.csv";
    public const string Dust = "dust_days.csv";
    public const string Targets = "targets.csv";
    public const string Facts = "planted_facts.csv";

    /// <summary>The metadata file names, in the order written.</summary>
    public static readonly string[] Files = [Registry, CnemcList, Dust, Targets, Facts];

    public static void Write(string folder, SampleOptions o, IReadOnlyList<PlantedFact> facts)
    {
        var registry = new StringWriter { NewLine = "\n" };
        SampleNetwork.StationRegistry.WriteCsv(registry);
        Save(folder, Registry, registry.ToString());
        Save(folder, CnemcList, CnemcLayout(o.End));
        Save(folder, Dust, Lines("城市,日期", SampleEvents.DustDays.Where(x => x.Day >= o.Start && x.Day <= o.End)
            .Select(x => $"{x.City},{x.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}")));
        Save(folder, Targets, Lines("城市,指标,时段,目标值", TargetRows(o)));
        Save(folder, Facts, Lines("事实,城市,时段,指标,数值,说明", facts.Select(f =>
            string.Join(',', Csv.Escape(f.Fact), Csv.Escape(f.City), Csv.Escape(f.Period), Csv.Escape(f.Indicator),
                Csv.Escape(f.Value), Csv.Escape(f.Note)))));
    }

    private static void Save(string folder, string name, string text) =>
        File.WriteAllBytes(Path.Combine(folder, name), new UTF8Encoding(false).GetBytes(text));

    private static string Lines(string header, IEnumerable<string> rows)
    {
        var sb = new StringBuilder(header).Append('\n');
        foreach (var r in rows) sb.Append(r).Append('\n');
        return sb.ToString();
    }

    /// <summary>The CNEMC-layout list as it stands on <paramref name="asOf"/> (the last day of the range), with the
    /// feed's habits: (对照点) in the name, an opening note on the new station's name.</summary>
    internal static string CnemcLayout(DateOnly asOf)
    {
        var rows = SampleNetwork.Stations.Where(s => s.ActiveOn(asOf))
            .Select(s =>
            {
                var name = s.Name;
                if (s.IsControlOn(asOf)) name += "(对照点)";
                if (s.Opens is { } open) name += $"({open:yyMMdd}启用)";
                return string.Join(',', s.Code, name, SampleNetwork.CityNames[s.City],
                    s.Longitude.ToString("0.0###", CultureInfo.InvariantCulture), s.Latitude.ToString("0.0###", CultureInfo.InvariantCulture));
            });
        return Lines("监测点编码,监测点名称,城市,经度,纬度", rows);
    }

    /// <summary>PM2.5 annual targets (µg/m³) and good-day-ratio targets (%) for 2020–2025 within the range.</summary>
    private static IEnumerable<string> TargetRows(SampleOptions o)
    {
        int[][] pm25 =
        [
            [50, 47, 45, 43, 41, 39], [47, 45, 43, 41, 39, 37], [36, 34, 33, 32, 31, 30],
            [62, 58, 55, 52, 49, 46], [53, 50, 48, 46, 44, 42],
        ];
        decimal[] goodDays2020 = [70.0m, 72.0m, 85.0m, 60.0m, 68.0m];
        for (var c = 0; c < SampleNetwork.CityNames.Count; c++)
            for (var y = 2020; y <= 2025; y++)
            {
                if (y < o.Start.Year || y > o.End.Year) continue;
                var city = SampleNetwork.CityNames[c];
                yield return $"{city},PM2.5,{y},{pm25[c][y - 2020]}";
                yield return $"{city},优良天数比例,{y},{(goodDays2020[c] + 1.2m * (y - 2020)).ToString("0.0", CultureInfo.InvariantCulture)}";
            }
    }
}
