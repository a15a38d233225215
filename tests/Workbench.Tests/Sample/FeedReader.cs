using System.Globalization;
using System.Text;

namespace Workbench.Tests.Sample;

/// <summary>
/// A deliberately small, independent reader of the generated files for the tests: plain string splitting
/// and decimal arithmetic, no library code, so that a mistake shared by the generator and the library's
/// importers or statistics cannot hide.
/// </summary>
internal sealed class FeedDay
{
    public required DateOnly Date { get; init; }
    public required string[] Codes { get; init; }
    /// <summary>(hour, type) → fields (one per code; null = missing or absent).</summary>
    public required Dictionary<(int Hour, string Type), decimal?[]> Rows { get; init; }
    public required string[] Lines { get; init; }

    public static FeedDay? Read(string folder, DateOnly day)
    {
        var path = Path.Combine(folder, "china_sites", $"china_sites_{day:yyyyMMdd}.csv");
        if (!File.Exists(path)) return null;
        var text = Encoding.ASCII.GetString(File.ReadAllBytes(path));
        var lines = text.Split("\r\n");
        var codes = lines[0].Split(',')[3..];
        var rows = new Dictionary<(int, string), decimal?[]>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split(',');
            var values = new decimal?[codes.Length];
            for (var i = 3; i < f.Length; i++)
                values[i - 3] = f[i].Length == 0 ? null : decimal.Parse(f[i], NumberStyles.Number, CultureInfo.InvariantCulture);
            rows[(int.Parse(f[1], CultureInfo.InvariantCulture), f[2])] = values;
        }
        return new FeedDay { Date = day, Codes = codes, Rows = rows, Lines = lines };
    }

    /// <summary>The 24 hourly values (hours 0–23 of the file date) of one station and type.</summary>
    public decimal?[] Hours(string code, string type)
    {
        var i = Array.IndexOf(Codes, code);
        var result = new decimal?[24];
        if (i < 0) return result;
        for (var h = 0; h < 24; h++)
            if (Rows.TryGetValue((h, type), out var v)) result[h] = v[i];
        return result;
    }

    /// <summary>Daily mean over hours 0–23 of the file date with at least 20 values, else null.</summary>
    public decimal? DailyMean(string code, string type)
    {
        var v = Hours(code, type).Where(x => x is not null).Select(x => x!.Value).ToArray();
        return v.Length >= 20 ? v.Sum() / v.Length : null;
    }
}

/// <summary>The registry CSV, read by hand: code → spans (city, control, from, to).</summary>
internal sealed record RegistryRow(string Code, string City, string District, bool Control, DateOnly? From, DateOnly? To)
{
    public bool AppliesOn(DateOnly d) => (From is null || d >= From) && (To is null || d <= To);

    public static RegistryRow[] Read(string path) =>
        File.ReadAllLines(path, Encoding.UTF8).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Select(f =>
            new RegistryRow(f[0], f[2], f[3], f[7] == "是",
                f[8].Length == 0 ? null : DateOnly.Parse(f[8], CultureInfo.InvariantCulture),
                f[9].Length == 0 ? null : DateOnly.Parse(f[9], CultureInfo.InvariantCulture))).ToArray();

    /// <summary>City stations (control excluded unless asked) of a city on a day.</summary>
    public static string[] CityStations(RegistryRow[] rows, string city, DateOnly day, bool includeControl = false) =>
        rows.Where(r => r.City == city && r.AppliesOn(day) && (includeControl || !r.Control)).Select(r => r.Code).ToArray();
}

/// <summary>planted_facts.csv read by hand (the notes may be quoted; the first five fields never are).</summary>
internal static class FactsFile
{
    public static string Value(string folder, string fact, string period)
    {
        foreach (var line in File.ReadAllLines(Path.Combine(folder, "planted_facts.csv"), Encoding.UTF8).Skip(1))
        {
            var f = line.Split(',');
            if (f[0] == fact && f[2] == period) return f[4];
        }
        throw new KeyNotFoundException($"{fact} {period}");
    }

    public static decimal Number(string folder, string fact, string period) =>
        decimal.Parse(Value(folder, fact, period), CultureInfo.InvariantCulture);
}
