using System.Globalization;
using Workbench.IO;

namespace Workbench.Registries;

/// <summary>One city's membership of a named set of cities over a span of years (both ends inclusive).</summary>
/// <param name="Set">Set name: 2+26, 2+36, 168.</param>
/// <param name="City">Canonical city name (as in the <see cref="CityRegistry"/>).</param>
/// <param name="FromYear">First year the city belongs to the set.</param>
/// <param name="ToYear">Last year, or null while the set stands.</param>
/// <param name="Source">Where the membership comes from, and how sure it is (Chinese).</param>
public sealed record RankingSetMember(string Set, string City, int FromYear, int? ToYear, string Source)
{
    /// <summary>True when the city belongs to the set in <paramref name="year"/>.</summary>
    public bool AppliesIn(int year) => year >= FromYear && (ToYear is null || year <= ToYear);
}

/// <summary>
/// The sets of cities that rankings and regional targets use, as versioned data (REFERENCE A6):
/// "2+26" (京津冀大气污染传输通道城市, 2017–2023), "2+36" (京津冀及周边地区 of 国发〔2023〕24号, from 2024),
/// "168" (CNEMC's 168 key cities, from 2018), and province sets derived from the city registry
/// (ask for 河南 or 河南省, or <c>province:河南</c>).
/// </summary>
public sealed class RankingSets
{
    /// <summary>Path of the embedded membership table inside the library.</summary>
    public const string EmbeddedPath = "Registries/Data/ranking_sets.csv";

    /// <summary>Prefix that names a province set explicitly (<c>province:河南</c>).</summary>
    public const string ProvincePrefix = "province:";

    private static readonly Lazy<RankingSets> DefaultSets = new(() =>
    {
        using var reader = EmbeddedData.OpenText(EmbeddedPath);
        return new RankingSets(Parse(reader, EmbeddedPath), CityRegistry.Default);
    });

    private readonly RankingSetMember[] _members;

    /// <summary>Builds the sets; member cities are resolved to canonical names (throws on an unknown city).</summary>
    public RankingSets(IEnumerable<RankingSetMember> members, CityRegistry? cities = null)
    {
        Cities = cities ?? CityRegistry.Default;
        _members = members.Select(m => m with { Set = NormaliseSet(m.Set), City = Cities.Resolve(m.City).Name }).ToArray();
    }

    /// <summary>The embedded sets with the default city registry.</summary>
    public static RankingSets Default => DefaultSets.Value;

    /// <summary>The city registry used for names and province sets.</summary>
    public CityRegistry Cities { get; }

    /// <summary>All membership rows.</summary>
    public IReadOnlyList<RankingSetMember> Rows => _members;

    /// <summary>Names of the data-defined sets (province sets are not listed).</summary>
    public IReadOnlyList<string> SetNames => _members.Select(m => m.Set).Distinct().ToArray();

    /// <summary>
    /// The member cities of <paramref name="set"/> in <paramref name="year"/>, in table order (canonical names).
    /// Empty when the set did not exist that year (2+36 in 2020). A province name gives the province's
    /// top-level cities from the city registry. Throws <see cref="ArgumentException"/> for an unknown set.
    /// </summary>
    public IReadOnlyList<string> Members(string set, int year)
    {
        var key = NormaliseSet(set);
        if (key.StartsWith(ProvincePrefix, StringComparison.Ordinal))
            return ProvinceMembers(key[ProvincePrefix.Length..]);
        var rows = _members.Where(m => m.Set == key).ToArray();
        if (rows.Length > 0) return rows.Where(m => m.AppliesIn(year)).Select(m => m.City).Distinct().ToArray();
        if (Cities.IsProvince(key)) return ProvinceMembers(key);
        throw new ArgumentException($"没有名为“{set}”的城市集合；可用：{string.Join("、", SetNames)}，或省份名称（如 河南、河南省）");
    }

    /// <summary>True when <paramref name="city"/> (any known form) belongs to <paramref name="set"/> in <paramref name="year"/>.</summary>
    public bool Contains(string set, string city, int year) =>
        Cities.TryResolve(city, out var info) && Members(set, year).Contains(info.Name);

    private IReadOnlyList<string> ProvinceMembers(string province)
    {
        var list = Cities.OfProvince(province);
        if (list.Count == 0) throw new ArgumentException($"城市注册表中没有省份“{province}”");
        return list.Select(c => c.Name).ToArray();
    }

    private static string NormaliseSet(string set) =>
        CsvFields.Clean(set ?? "").Replace('＋', '+').Replace(" ", "", StringComparison.Ordinal);

    /// <summary>Parses a membership table <c>set,city,from_year,to_year,source</c>.</summary>
    public static IReadOnlyList<RankingSetMember> Parse(TextReader reader, string fileName)
    {
        var header = reader.ReadLine() ?? throw new WorkbenchDataException(fileName, 1, null, "文件为空");
        var cols = CsvFields.Split(header).Select(CsvFields.Clean).ToArray();
        string[] expected = ["set", "city", "from_year", "to_year", "source"];
        if (!cols.Take(5).SequenceEqual(expected))
            throw new WorkbenchDataException(fileName, 1, null, "表头应为 " + string.Join(",", expected));
        var result = new List<RankingSetMember>();
        var lineNo = 1L;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Trim().Length == 0) continue;
            var f = CsvFields.Split(line).Select(CsvFields.Clean).ToArray();
            if (f.Length < 5) throw new WorkbenchDataException(fileName, lineNo, null, $"字段不足：应有 5 个，实有 {f.Length} 个");
            if (!int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var from))
                throw new WorkbenchDataException(fileName, lineNo, "from_year", $"年份无法解析：“{f[2]}”");
            int? to = null;
            if (f[3].Length > 0)
            {
                if (!int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var t))
                    throw new WorkbenchDataException(fileName, lineNo, "to_year", $"年份无法解析：“{f[3]}”");
                to = t;
            }
            result.Add(new RankingSetMember(f[0], f[1], from, to, f[4]));
        }
        return result;
    }
}
