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

/// <summary>A named set's identity: its canonical name, an ASCII key for column names and a Chinese title.</summary>
/// <param name="Set">Canonical set name (337, 168, 2+26, 汾渭平原…), as in the membership table.</param>
/// <param name="Key">ASCII key for column names (<c>rank_{Key}_composite</c>): 337, 168, 2p26, fenwei, yrd, prd…</param>
/// <param name="Title">Chinese title for sheets and sentences (地级及以上城市, 汾渭平原, 长三角地区).</param>
/// <param name="Aliases">Other names a caller may use for the set (长三角地区, 地级及以上城市).</param>
public sealed record RankingSetInfo(string Set, string Key, string Title, IReadOnlyList<string> Aliases);

/// <summary>
/// A deviation of the set of 地级及以上城市 ("337") from "every top-level city of the city registry, from
/// <see cref="RankingSets.PrefectureFromYear"/>": a city that belongs only for some years (莱芜 until 2018), or a
/// top-level unit that is not prefecture-level at all (济源, 雄安新区).
/// </summary>
/// <param name="City">City name (any form the city registry knows).</param>
/// <param name="Member">False: never a member; true: a member from <paramref name="FromYear"/> to <paramref name="ToYear"/>.</param>
/// <param name="FromYear">First year (null = <see cref="RankingSets.PrefectureFromYear"/>).</param>
/// <param name="ToYear">Last year (null = still).</param>
/// <param name="Source">Where it comes from and how sure it is (Chinese).</param>
public sealed record PrefectureLevelChange(string City, bool Member, int? FromYear, int? ToYear, string Source);

/// <summary>
/// The sets of cities that rankings and regional targets use, as versioned data (REFERENCE A6):
/// "2+26" (京津冀大气污染传输通道城市, 2017–2023), "2+36" (京津冀及周边地区 of 国发〔2023〕24号, from 2024),
/// "168" (CNEMC's 168 key cities, from 2018), 汾渭平原 (11 cities, from 2018), 长三角 (41 cities, 2018–2023),
/// 珠三角 (9 cities, from 2016), "337" (地级及以上城市: derived, see <see cref="PrefectureMembers"/>), and province sets
/// derived from the city registry (ask for 河南 or 河南省, or <c>province:河南</c>). Every membership row carries its
/// source and how sure it is.
/// </summary>
public sealed class RankingSets
{
    /// <summary>Path of the embedded membership table inside the library.</summary>
    public const string EmbeddedPath = "Registries/Data/ranking_sets.csv";

    /// <summary>Path of the embedded deviations of the 337 set from the city registry's top-level cities.</summary>
    public const string PrefecturePath = "Registries/Data/prefecture_level.csv";

    /// <summary>Path of the embedded set names (key, title, aliases).</summary>
    public const string NamesPath = "Registries/Data/ranking_set_names.csv";

    /// <summary>Prefix that names a province set explicitly (<c>province:河南</c>).</summary>
    public const string ProvincePrefix = "province:";

    /// <summary>Column key of the province group (<c>rank_province_composite</c>).</summary>
    public const string ProvinceKey = "province";

    /// <summary>Name of the derived set of 地级及以上城市.</summary>
    public const string PrefectureSet = "337";

    /// <summary>First year of the derived 337 set: the earliest year a stored source counts the 地级及以上城市 (338 in 2016).</summary>
    public const int PrefectureFromYear = 2016;

    /// <summary>Source of a derived 337 row (a top-level city of the registry without a deviation).</summary>
    public const string PrefectureSource =
        "地级及以上城市＝城市注册表（cities.csv）中无上级单位（parent 为空）的城市，另见 prefecture_level.csv；"
        + "总数出处：2016、2018年338个（中新社 2016-06-14；2018年全国生态环境质量简况），2019、2020年337个（2019年简况；2020年9月通报），"
        + "2021年起339个（新增的2个城市未查明，未计入）；官方名单原文未见⚠。注册表与官方数目之差：巴音郭楞州在站点表中记作县级市库尔勒，"
        + "儋州无站点未收录，三沙、兵团城市（石河子、五家渠）是否计入未核实";

    private static readonly Lazy<RankingSets> DefaultSets = new(() =>
    {
        IReadOnlyList<RankingSetMember> members;
        using (var reader = EmbeddedData.OpenText(EmbeddedPath)) members = Parse(reader, EmbeddedPath);
        IReadOnlyList<PrefectureLevelChange> changes;
        using (var reader = EmbeddedData.OpenText(PrefecturePath)) changes = ParsePrefectureChanges(reader, PrefecturePath);
        IReadOnlyList<RankingSetInfo> names;
        using (var reader = EmbeddedData.OpenText(NamesPath)) names = ParseNames(reader, NamesPath);
        var cities = CityRegistry.Default;
        return new RankingSets(members.Concat(PrefectureMembers(cities, changes)), cities, names);
    });

    private readonly RankingSetMember[] _members;
    private readonly RankingSetInfo[] _sets;
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);

    /// <summary>Builds the sets; member cities are resolved to canonical names (throws on an unknown city).
    /// <paramref name="names"/> gives keys, titles and aliases; a set without one is keyed by its own name.</summary>
    public RankingSets(IEnumerable<RankingSetMember> members, CityRegistry? cities = null, IEnumerable<RankingSetInfo>? names = null)
    {
        Cities = cities ?? CityRegistry.Default;
        var infos = (names ?? []).Select(n => n with { Set = Clean(n.Set) }).ToList();
        foreach (var info in infos)
            foreach (var alias in info.Aliases.Select(Clean).Where(a => a.Length > 0 && a != info.Set))
                _aliases[alias] = info.Set;
        _members = members.Select(m => m with { Set = NormaliseSet(m.Set), City = Cities.Resolve(m.City).Name }).ToArray();
        foreach (var set in _members.Select(m => m.Set).Distinct())
            if (infos.All(i => i.Set != set)) infos.Add(new RankingSetInfo(set, set, set, []));
        _sets = infos.Where(i => _members.Any(m => m.Set == i.Set)).ToArray();
        var keys = _sets.Select(s => s.Key).Append(ProvinceKey).ToArray();
        if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Length)
            throw new ArgumentException("城市集合的键重复：" + string.Join("、", keys));
    }

    /// <summary>The embedded sets with the default city registry.</summary>
    public static RankingSets Default => DefaultSets.Value;

    /// <summary>The city registry used for names and province sets.</summary>
    public CityRegistry Cities { get; }

    /// <summary>All membership rows.</summary>
    public IReadOnlyList<RankingSetMember> Rows => _members;

    /// <summary>Names of the data-defined sets (province sets are not listed), in the order of <see cref="Sets"/>.</summary>
    public IReadOnlyList<string> SetNames => _sets.Select(s => s.Set).ToArray();

    /// <summary>The data-defined sets with their keys and titles (the order of the set-name table, then the others).</summary>
    public IReadOnlyList<RankingSetInfo> Sets => _sets;

    /// <summary>The set's identity (any accepted name: 长三角地区 → 长三角), or null when it is not a data-defined set.</summary>
    public RankingSetInfo? InfoOf(string set)
    {
        var key = NormaliseSet(set);
        return _sets.FirstOrDefault(s => s.Set == key);
    }

    /// <summary>The data-defined sets <paramref name="city"/> (any known form) belongs to in <paramref name="year"/>, in
    /// <see cref="Sets"/> order (empty for a city the registry does not know). Province sets are not included.</summary>
    public IReadOnlyList<RankingSetInfo> SetsOf(string city, int year)
    {
        if (!Cities.TryResolve(city, out var info)) return [];
        var sets = _members.Where(m => m.City == info.Name && m.AppliesIn(year)).Select(m => m.Set).ToHashSet();
        return _sets.Where(s => sets.Contains(s.Set)).ToArray();
    }

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

    private static string Clean(string set) =>
        CsvFields.Clean(set ?? "").Replace('＋', '+').Replace(" ", "", StringComparison.Ordinal);

    private string NormaliseSet(string set)
    {
        var key = Clean(set);
        return _aliases.TryGetValue(key, out var canonical) ? canonical : key;
    }

    /// <summary>
    /// The derived set of 地级及以上城市 ("337"), one row per city: every top-level city of <paramref name="cities"/>
    /// (no <see cref="CityInfo.Parent"/>) from <see cref="PrefectureFromYear"/> on, except as <paramref name="changes"/>
    /// say (a city that belongs only for some years, or a unit that never does). Each row names its source.
    /// </summary>
    public static IReadOnlyList<RankingSetMember> PrefectureMembers(CityRegistry cities, IEnumerable<PrefectureLevelChange> changes)
    {
        ArgumentNullException.ThrowIfNull(cities);
        var byCity = new Dictionary<string, PrefectureLevelChange>(StringComparer.Ordinal);
        foreach (var c in changes ?? []) byCity[cities.Resolve(c.City).Name] = c;
        var rows = new List<RankingSetMember>();
        foreach (var city in cities.Cities.Where(c => c.IsTopLevel))
        {
            if (!byCity.TryGetValue(city.Name, out var change))
                rows.Add(new RankingSetMember(PrefectureSet, city.Name, PrefectureFromYear, null, PrefectureSource));
            else if (change.Member)
                rows.Add(new RankingSetMember(PrefectureSet, city.Name, change.FromYear ?? PrefectureFromYear, change.ToYear, change.Source));
        }
        return rows;
    }

    /// <summary>Parses the deviations of the 337 set <c>city,member,from_year,to_year,source</c> (member yes|no).</summary>
    public static IReadOnlyList<PrefectureLevelChange> ParsePrefectureChanges(TextReader reader, string fileName)
    {
        var result = new List<PrefectureLevelChange>();
        foreach (var (f, lineNo) in TableRows(reader, fileName, ["city", "member", "from_year", "to_year", "source"]))
        {
            var member = f[1] switch
            {
                "yes" => true,
                "no" => false,
                _ => throw new WorkbenchDataException(fileName, lineNo, "member", $"应为 yes 或 no：“{f[1]}”"),
            };
            result.Add(new PrefectureLevelChange(f[0], member, Year(f[2], fileName, lineNo, "from_year"),
                Year(f[3], fileName, lineNo, "to_year"), f[4]));
        }
        return result;
    }

    /// <summary>Parses the set names <c>set,key,title,aliases</c> (aliases separated by |).</summary>
    public static IReadOnlyList<RankingSetInfo> ParseNames(TextReader reader, string fileName) =>
        TableRows(reader, fileName, ["set", "key", "title", "aliases"])
            .Select(r => new RankingSetInfo(r.Fields[0], r.Fields[1], r.Fields[2],
                r.Fields[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .ToArray();

    private static IEnumerable<(string[] Fields, long Line)> TableRows(TextReader reader, string fileName, string[] expected)
    {
        var header = reader.ReadLine() ?? throw new WorkbenchDataException(fileName, 1, null, "文件为空");
        var cols = CsvFields.Split(header).Select(CsvFields.Clean).ToArray();
        if (!cols.Take(expected.Length).SequenceEqual(expected))
            throw new WorkbenchDataException(fileName, 1, null, "表头应为 " + string.Join(",", expected));
        var lineNo = 1L;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Trim().Length == 0) continue;
            var f = CsvFields.Split(line).Select(CsvFields.Clean).ToArray();
            if (f.Length != cols.Length)   // issue 14: never shifted or padded
                throw new WorkbenchDataException(fileName, lineNo, null, $"字段数不符：本行 {f.Length} 个字段，表头 {cols.Length} 个");
            yield return (f, lineNo);
        }
    }

    private static int? Year(string text, string fileName, long lineNo, string column)
    {
        if (text.Length == 0) return null;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y
            : throw new WorkbenchDataException(fileName, lineNo, column, $"年份无法解析：“{text}”");
    }

    /// <summary>Parses a membership table <c>set,city,from_year,to_year,source</c>.</summary>
    public static IReadOnlyList<RankingSetMember> Parse(TextReader reader, string fileName) =>
        TableRows(reader, fileName, ["set", "city", "from_year", "to_year", "source"])
            .Select(r => new RankingSetMember(r.Fields[0], r.Fields[1],
                Year(r.Fields[2], fileName, r.Line, "from_year") ?? throw new WorkbenchDataException(fileName, r.Line, "from_year", "年份无法解析：“”"),
                Year(r.Fields[3], fileName, r.Line, "to_year"), r.Fields[4]))
            .ToList();
}
