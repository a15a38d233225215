using System.Globalization;
using ClosedXML.Excel;
using Workbench.IO;
using Workbench.Quality;
using Workbench.Standards.Water;
using Workbench.Water.Files;

namespace Workbench.Water.Registry;

/// <summary>How a name found its section.</summary>
public enum SectionMatchKind
{
    /// <summary>The canonical name, as written.</summary>
    Exact,
    /// <summary>The canonical name after normalising full-width brackets and spaces.</summary>
    Normalised,
    /// <summary>A registered alias.</summary>
    Alias,
    /// <summary>The name without its bracketed part (<c>新蔡班台</c> for <c>新蔡班台(班台)</c>), when unique.</summary>
    BaseName,
}

/// <summary>A resolved section.</summary>
/// <param name="Section">The registry entry.</param>
/// <param name="Kind">How the name matched.</param>
public sealed record SectionMatch(SectionInfo Section, SectionMatchKind Kind);

/// <summary>
/// The section registry: data, not code (name, aliases, province, city, river, basin, water-body type, target class,
/// assessment level, drinking-water flag, coordinates). It decides the TP limits, since names mislead (REFERENCE F2).
/// Loads our registry layout (CSV or XLSX) or the inferred section-type list (<c>省份,断面名称,inferred_type,…</c>).
/// </summary>
public sealed partial class SectionRegistry
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial System.Text.RegularExpressions.Regex GroupedNumber();

    /// <summary>Header of the registry layout (CSV/XLSX), in order.</summary>
    public static readonly string[] Header =
        ["断面名称", "别名", "省份", "城市", "河流", "流域", "水体类型", "目标类别", "考核级别", "饮用水水源地", "经度", "纬度", "年取水量(万吨)"];

    private readonly Dictionary<string, List<SectionInfo>> _byName = [];
    private readonly Dictionary<string, List<SectionInfo>> _byAlias = [];
    private readonly Dictionary<string, List<SectionInfo>> _byBase = [];

    /// <summary>Builds a registry from entries.</summary>
    public SectionRegistry(IEnumerable<SectionInfo> sections)
    {
        Sections = sections.ToArray();
        foreach (var s in Sections)
        {
            Add(_byName, s.Name, s);
            foreach (var a in s.Aliases) Add(_byAlias, a, s);
            var b = BaseName(s.Name);
            if (b != s.Name) Add(_byBase, b, s);
        }
    }

    /// <summary>An empty registry (every section unknown: river limits, no target).</summary>
    public static SectionRegistry Empty { get; } = new([]);

    /// <summary>All entries, in file order.</summary>
    public IReadOnlyList<SectionInfo> Sections { get; }

    /// <summary>
    /// Finds a section by name (normalised) and, when several share it, by province. Null when unknown or ambiguous.
    /// </summary>
    public SectionMatch? Resolve(string name, string? province = null)
    {
        var key = SectionNames.Normalise(name);
        if (key.Length == 0) return null;
        if (Pick(_byName, key, province) is { } s)
            return new SectionMatch(s, key == name.Trim() ? SectionMatchKind.Exact : SectionMatchKind.Normalised);
        if (Pick(_byAlias, key, province) is { } a) return new SectionMatch(a, SectionMatchKind.Alias);
        if (Pick(_byBase, key, province) is { } b && Pick(_byName, key, province) is null)
            return new SectionMatch(b, SectionMatchKind.BaseName);
        return null;
    }

    /// <summary>Sections of a city (by name, "市" optional), in registry order.</summary>
    public IReadOnlyList<SectionInfo> SectionsOfCity(string city)
    {
        var c = city.Trim().TrimEnd('市');
        return Sections.Where(s => s.City.Trim().TrimEnd('市') == c).ToArray();
    }

    private static SectionInfo? Pick(Dictionary<string, List<SectionInfo>> index, string key, string? province)
    {
        if (!index.TryGetValue(key, out var list)) return null;
        if (list.Count == 1) return province is null || list[0].Province.Length == 0 || SameProvince(list[0].Province, province) ? list[0] : null;
        if (province is null) return null;
        var m = list.Where(s => SameProvince(s.Province, province)).ToArray();
        return m.Length == 1 ? m[0] : null;
    }

    private static bool SameProvince(string a, string b) => Trim(a) == Trim(b);

    private static string Trim(string p) => p.Trim().Replace("省", "").Replace("市", "").Replace("自治区", "")
        .Replace("壮族", "").Replace("回族", "").Replace("维吾尔", "");

    private static void Add(Dictionary<string, List<SectionInfo>> index, string key, SectionInfo s)
    {
        key = SectionNames.Normalise(key);
        if (key.Length == 0) return;
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (!list.Contains(s)) list.Add(s);
    }

    private static string BaseName(string name)
    {
        var cut = name.IndexOf('(');
        return cut > 0 ? name[..cut] : name;
    }

    /// <summary>
    /// Loads a registry from CSV (UTF-8 or GB18030, .xz allowed) or XLSX (first worksheet). Recognises the registry
    /// layout (<see cref="Header"/>; only 断面名称 is required) and the inferred-type list. Bad cells are reported
    /// in <paramref name="quality"/> and left empty; an unreadable file throws <see cref="WorkbenchDataException"/>.
    /// </summary>
    public static SectionRegistry Load(string path, DataQualityReport? quality = null)
    {
        quality ??= new DataQualityReport();
        var file = Path.GetFileName(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"断面名录文件不存在：{path}", path);
        var rows = TableFile.Read(path, quality);
        quality.CountFile();
        if (rows.Count == 0) throw new WorkbenchDataException(file, 1, null, "文件为空，缺少表头");
        var header = rows[0].Fields.Select(h => h.Trim()).ToArray();
        int Col(params string[] names)
        {
            foreach (var n in names)
            {
                var k = Array.FindIndex(header, h => h == n || h.StartsWith(n + "(") || h.StartsWith(n + "（"));
                if (k >= 0) return k;
            }
            return -1;
        }
        var name = Col("断面名称", "断面", "点位名称", "name");
        if (name < 0) throw new WorkbenchDataException(file, rows[0].Line, null, "表头缺少“断面名称”列");
        var inferred = Col("inferred_type");
        var alias = Col("别名");
        var province = Col("省份", "省");
        var city = Col("城市", "所在地市", "地市");
        var river = Col("河流", "所属河流", "河流名称");
        var basin = Col("流域");
        var type = inferred >= 0 ? inferred : Col("水体类型", "类型");
        var target = Col("目标类别", "水质目标", "目标");
        var level = Col("考核级别", "级别");
        var drinking = Col("饮用水水源地", "水源地");
        var lon = Col("经度");
        var lat = Col("纬度");
        var volume = Col("年取水量", "取水量");

        var list = new List<SectionInfo>();
        var seen = new HashSet<(string, string)>();
        foreach (var r in rows.Skip(1))
        {
            if (r.Fields.Length != header.Length)
            {
                // A field too many or too few puts the type, target or volume under the wrong column: not loaded.
                quality.Add(file, r.Line, null, null, null, "field-count", TableFile.FieldCountReason(header.Length, r.Fields.Length), QualityAction.Rejected);
                continue;
            }
            string F(int k) => k >= 0 && k < r.Fields.Length ? r.Fields[k].Trim() : "";
            var raw = F(name);
            if (raw.Length == 0)
            {
                quality.Add(file, r.Line, header[name], null, null, "registry-no-name", "断面名称为空：该行未载入", QualityAction.Rejected);
                continue;
            }
            var n = SectionNames.Normalise(raw);
            if (SectionNames.HasFullWidthBrackets(raw))
                quality.Add(file, r.Line, header[name], raw, null, "fullwidth-bracket", $"全角括号已规范为半角：{raw} → {n}", QualityAction.Corrected);
            if (!seen.Add((F(province), n)))
            {
                quality.Add(file, r.Line, header[name], n, null, "registry-duplicate", $"断面重复登记：{n}（仅保留第一条）", QualityAction.Rejected);
                continue;
            }
            WaterBodyType? body = null;
            var t = F(type);
            if (t.Length > 0 && t != "undetermined")
            {
                if (WaterBodyTypes.TryParse(t, out var bt)) body = bt;
                else quality.Add(file, r.Line, header[type], n, null, "registry-bad-type", $"无法识别的水体类型：{t}（按河流处理）", QualityAction.Flagged);
            }
            WaterClass? tgt = null;
            if (F(target) is { Length: > 0 } ts)
            {
                if (WaterClasses.TryParse(ts, out var c)) tgt = c;
                else quality.Add(file, r.Line, header[target], n, null, "registry-bad-target", $"无法识别的目标类别：{ts}", QualityAction.Rejected);
            }
            AssessmentLevel? lvl = null;
            if (F(level) is { Length: > 0 } ls)
            {
                if (AssessmentLevels.TryParse(ls, out var l)) lvl = l;
                else quality.Add(file, r.Line, header[level], n, null, "registry-bad-level", $"无法识别的考核级别：{ls}", QualityAction.Rejected);
            }
            // Empty is "not a drinking-water source"; text that says neither yes nor no is reported, not read as no.
            var dw = F(drinking) is "是" or "Y" or "y" or "1" or "true" or "TRUE" or "yes";
            if (!dw && F(drinking) is { Length: > 0 } ds and not ("否" or "N" or "n" or "0" or "false" or "FALSE" or "no"))
                quality.Add(file, r.Line, header[drinking], n, null, "registry-bad-drinking", $"无法识别的饮用水水源地标记：{ds}（按否处理）", QualityAction.Rejected);
            var aliases = F(alias).Split(['|', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(SectionNames.Normalise).Where(a => a != n).Distinct().ToArray();
            list.Add(new SectionInfo(n, aliases, F(province), F(city), F(river), F(basin), body, tgt, lvl, dw,
                Num(F(lon), r, lon), Num(F(lat), r, lat), Dec(F(volume), r, volume)));
            quality.CountAccepted(1);
        }
        return new SectionRegistry(list);

        double? Num(string s, CsvRecord r, int col) => Dec(s, r, col) is { } d ? (double)d : null;
        decimal? Dec(string s, CsvRecord r, int col)
        {
            if (s.Length == 0) return null;
            var t = s;
            if (GroupedNumber().IsMatch(t))
            {
                t = t.Replace(",", "");
                quality.Add(file, r.Line, header[col], null, null, "thousands-separator", $"数值“{s}”含千位分隔符：按 {t} 读取", QualityAction.Corrected);
            }
            if (decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
            quality.Add(file, r.Line, header[col], null, null, "registry-bad-number", $"无法识别的数值：{s}", QualityAction.Rejected);
            return null;
        }
    }

    /// <summary>Writes the registry in its CSV layout (UTF-8, with a BOM by default for Excel), atomically.</summary>
    public void WriteCsv(string path, bool withBom = true) => AtomicFile.WriteText(path, w =>
    {
        w.WriteLine(string.Join(',', Header));
        foreach (var s in Sections)
            w.WriteLine(string.Join(',', new[]
            {
                s.Name, string.Join('|', s.Aliases), s.Province, s.City, s.River, s.Basin,
                s.BodyType?.ToChinese() ?? "", s.Target?.ToRoman() ?? "", s.Level?.ToChinese() ?? "",
                s.DrinkingWaterSource ? "是" : "否",
                s.Longitude?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "",
                s.Latitude?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "",
                s.AnnualVolume?.ToString(CultureInfo.InvariantCulture) ?? "",
            }.Select(Csv.Escape)));
    }, withBom);
}
