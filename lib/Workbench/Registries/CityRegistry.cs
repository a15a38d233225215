using Workbench.IO;

namespace Workbench.Registries;

/// <summary>
/// Every city of the CNEMC station list with its province and aliases, so that 焦作市 and 焦作, or
/// 吐鲁番 and 吐鲁番地区, name the same city. Names are matched exactly after trimming spaces
/// (full-width included); 市 is never stripped blindly: each accepted form is listed as an alias.
/// </summary>
public sealed class CityRegistry
{
    /// <summary>Path of the embedded city table inside the library.</summary>
    public const string EmbeddedPath = "Registries/Data/cities.csv";

    private static readonly Lazy<CityRegistry> DefaultRegistry = new(() =>
    {
        using var reader = EmbeddedData.OpenText(EmbeddedPath);
        return new CityRegistry(Parse(reader, EmbeddedPath));
    });

    private readonly Dictionary<string, CityInfo> _byName = new(StringComparer.Ordinal);
    private readonly List<CityInfo> _cities;

    /// <summary>Builds a registry. Throws when two different cities claim the same name or alias.</summary>
    public CityRegistry(IEnumerable<CityInfo> cities)
    {
        _cities = [];
        foreach (var c in cities)
        {
            var city = c with { Name = CsvFields.Clean(c.Name), Province = CsvFields.Clean(c.Province) };
            if (city.Name.Length == 0) throw new ArgumentException("城市名称不能为空");
            foreach (var key in city.Aliases.Select(CsvFields.Clean).Prepend(city.Name).Where(k => k.Length > 0))
            {
                if (_byName.TryGetValue(key, out var other) && other.Name != city.Name)
                    throw new ArgumentException($"城市名称或别名“{key}”同时指向“{other.Name}”和“{city.Name}”");
                _byName[key] = city;
            }
            _cities.Add(city);
        }
    }

    /// <summary>The embedded registry: every city of the CNEMC 2020 station list, plus a few units that
    /// later lists or the regional plans name (济源, 定州, 辛集, 雄安新区, 莱芜).</summary>
    public static CityRegistry Default => DefaultRegistry.Value;

    /// <summary>All cities, in table order.</summary>
    public IReadOnlyList<CityInfo> Cities => _cities;

    /// <summary>Finds a city by its name or one of its aliases (spaces, full-width too, trimmed).</summary>
    public bool TryResolve(string nameOrAlias, out CityInfo city)
    {
        var key = CsvFields.Clean(nameOrAlias ?? "");
        if (_byName.TryGetValue(key, out var found)) { city = found; return true; }
        city = null!;
        return false;
    }

    /// <summary>Finds a city by its name or an alias; throws <see cref="ArgumentException"/> (bad input, as the
    /// CLI reports it) with a Chinese message that lists near matches.</summary>
    public CityInfo Resolve(string nameOrAlias)
    {
        if (TryResolve(nameOrAlias, out var city)) return city;
        var near = NearMatches(nameOrAlias ?? "", 5);
        var hint = near.Count == 0 ? "没有相近的城市名称" : "相近的城市：" + string.Join("、", near);
        throw new ArgumentException($"城市注册表中没有“{CsvFields.Clean(nameOrAlias ?? "")}”。{hint}");
    }

    /// <summary>The cities of a province (short or full form: 河南, 河南省), top-level units only unless asked.</summary>
    public IReadOnlyList<CityInfo> OfProvince(string province, bool includeCountyLevel = false)
    {
        var p = ProvinceKey(province);
        return _cities.Where(c => ProvinceKey(c.Province) == p && (includeCountyLevel || c.IsTopLevel)).ToArray();
    }

    /// <summary>Province names known to the registry (short forms).</summary>
    public IReadOnlyList<string> Provinces => _cities.Select(c => ProvinceKey(c.Province)).Distinct().ToArray();

    /// <summary>True when <paramref name="text"/> names a province of the registry (河南 or 河南省,
    /// 广西 or 广西壮族自治区).</summary>
    public bool IsProvince(string text) => Provinces.Contains(ProvinceKey(text));

    /// <summary>A new registry with extra cities (e.g. the sample data set's); a city with the name of an
    /// existing one replaces it.</summary>
    public CityRegistry With(IEnumerable<CityInfo> extra)
    {
        var list = extra.ToList();
        var replaced = list.Select(c => CsvFields.Clean(c.Name)).ToHashSet();
        return new CityRegistry(_cities.Where(c => !replaced.Contains(c.Name)).Concat(list));
    }

    /// <summary>Loads a city table (<c>name,province,aliases[,parent,source]</c>; aliases separated by |).</summary>
    public static CityRegistry Load(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return new CityRegistry(Parse(reader, Path.GetFileName(path)));
    }

    /// <summary>Parses a city table. Throws <see cref="WorkbenchDataException"/> on a bad row.</summary>
    public static IReadOnlyList<CityInfo> Parse(TextReader reader, string fileName)
    {
        var header = reader.ReadLine() ?? throw new WorkbenchDataException(fileName, 1, null, "文件为空");
        var cols = CsvFields.Split(header).Select(CsvFields.Clean).ToArray();
        int Col(string name, bool required)
        {
            var i = Array.IndexOf(cols, name);
            if (i < 0 && required) throw new WorkbenchDataException(fileName, 1, name, $"缺少列“{name}”");
            return i;
        }
        int iName = Col("name", true), iProv = Col("province", true), iAlias = Col("aliases", true),
            iParent = Col("parent", false), iSource = Col("source", false);
        var result = new List<CityInfo>();
        var lineNo = 1L;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Trim().Length == 0) continue;
            var f = CsvFields.Split(line);
            string Get(int i) => i >= 0 && i < f.Length ? CsvFields.Clean(f[i]) : "";
            var name = Get(iName);
            if (name.Length == 0) throw new WorkbenchDataException(fileName, lineNo, "name", "城市名称为空");
            var prov = Get(iProv);
            if (prov.Length == 0) throw new WorkbenchDataException(fileName, lineNo, "province", $"城市“{name}”缺少省份");
            var aliases = Get(iAlias).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var parent = Get(iParent);
            var source = Get(iSource);
            result.Add(new CityInfo(name, prov, aliases)
            {
                Parent = parent.Length == 0 ? null : parent,
                Source = source.Length == 0 ? null : source,
            });
        }
        return result;
    }

    private static readonly string[] ProvinceSuffixes =
        ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"];

    /// <summary>The short form of a province name that two spellings share (河南省 → 河南, 广西壮族自治区 → 广西,
    /// 示例省 → 示例): compare provinces through it.</summary>
    public static string ProvinceKey(string text)
    {
        var p = CsvFields.Clean(text ?? "");
        foreach (var s in ProvinceSuffixes)
            if (p.Length > s.Length + 1 && p.EndsWith(s, StringComparison.Ordinal)) return p[..^s.Length];
        return p;
    }

    /// <summary>Up to <paramref name="max"/> city names closest to <paramref name="text"/> (edit distance
    /// over names and aliases, containment counting as close).</summary>
    public IReadOnlyList<string> NearMatches(string text, int max = 5) =>
        NearMatches(text, _byName.Select(kv => (kv.Key, kv.Value.Name)), max);

    /// <summary>
    /// Up to <paramref name="max"/> names closest to <paramref name="text"/> among <paramref name="names"/> (each looked
    /// up by its key: a name or an alias): a key containing the text or contained in it first, then keys within
    /// max(1, half the text's length) edits; ties in ordinal order. The one near-match rule of every unknown-city message.
    /// </summary>
    public static IReadOnlyList<string> NearMatches(string text, IEnumerable<(string Key, string Name)> names, int max = 5)
    {
        var key = CsvFields.Clean(text);
        if (key.Length == 0) return [];
        return names
            .Select(kv => (kv.Name, Score: kv.Key.Contains(key, StringComparison.Ordinal) || key.Contains(kv.Key, StringComparison.Ordinal)
                ? 0 : Distance(kv.Key, key)))
            .Where(x => x.Score <= Math.Max(1, key.Length / 2))
            .GroupBy(x => x.Name).Select(g => (Name: g.Key, Score: g.Min(x => x.Score)))
            .OrderBy(x => x.Score).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(max).Select(x => x.Name).ToArray();
    }

    private static int Distance(string a, string b)
    {
        var d = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) d[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var prev = d[0];
            d[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var tmp = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), prev + (a[i - 1] == b[j - 1] ? 0 : 1));
                prev = tmp;
            }
        }
        return d[b.Length];
    }
}
