using System.Runtime.InteropServices;
using System.Globalization;
using System.Text;
using Workbench.Air.Import;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Quality;

namespace Workbench.Registries;

/// <summary>
/// Monitoring stations with their city, district, control status and span of validity. A station whose
/// facts change (a control station that becomes a city station, a move to another district) has one
/// record per span; every query is for a day. City names are resolved through a <see cref="CityRegistry"/>,
/// so 焦作市 and 焦作 select the same stations.
/// </summary>
public sealed class StationRegistry
{
    /// <summary>Header of the Workbench registry layout (<see cref="StationListFormat.Workbench"/>).</summary>
    public static readonly string[] WorkbenchHeader =
        ["监测点编码", "监测点名称", "城市", "区县", "省份", "经度", "纬度", "对照点", "启用日期", "停用日期"];

    /// <summary>Optional last column of the Workbench layout: why a station is a control station.</summary>
    public const string ControlReasonColumn = "对照点依据";

    private static readonly string[] CnemcHeader = ["监测点编码", "监测点名称", "城市", "经度", "纬度"];
    private static readonly string[] CreaHeader = ["stationID", "station", "City", "Lon", "Lat", "Fenwei", "Province", "ProvinceZH"];

    private readonly StationInfo[] _records;
    private readonly Dictionary<string, StationInfo[]> _byCode;
    private readonly Dictionary<string, StationInfo[]> _byCity;

    /// <summary>
    /// Builds a registry. City names that the city registry knows are replaced by its canonical name
    /// (焦作市 → 焦作) and a missing province is filled from it; unknown cities are kept as written.
    /// Throws when two records of one code overlap in time.
    /// </summary>
    public StationRegistry(IEnumerable<StationInfo> records, CityRegistry? cities = null)
    {
        Cities = cities ?? CityRegistry.Default;
        _records = records.Select(Canonical).ToArray();
        _byCode = _records.GroupBy(r => r.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.ValidFrom ?? DateOnly.MinValue).ToArray(), StringComparer.Ordinal);
        foreach (var (code, spans) in _byCode)
            for (var i = 1; i < spans.Length; i++)
                if (Overlaps(spans[i - 1], spans[i]))
                    throw new ArgumentException($"监测点 {code} 的两条记录有效期重叠（{Span(spans[i - 1])} 与 {Span(spans[i])}）");
        _byCity = _records.GroupBy(r => r.City, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// A digest of every record (the Workbench layout's text): two registries with the same fingerprint place the same
    /// stations in the same cities with the same roles on every day, so values derived under one serve the other.
    /// </summary>
    public string Fingerprint => _fingerprint ??= Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        Encoding.UTF8.GetBytes(ToCsvText())))[..16];

    private string? _fingerprint;

    private string ToCsvText()
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(w);
        return w.ToString();
    }

    /// <summary>The city registry names are resolved through.</summary>
    public CityRegistry Cities { get; }

    /// <summary>All records (one per station and span of validity), in input order.</summary>
    public IReadOnlyList<StationInfo> Records => _records;

    /// <summary>Distinct station codes, sorted.</summary>
    public IReadOnlyList<string> Codes => _byCode.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>The record of <paramref name="code"/> that applies on <paramref name="day"/>, or null.</summary>
    public StationInfo? Find(string code, DateOnly day) =>
        _byCode.TryGetValue(CsvFields.Clean(code), out var spans) ? spans.FirstOrDefault(s => s.AppliesOn(day)) : null;

    /// <summary>Every record of <paramref name="code"/>, oldest first (empty when unknown).</summary>
    public IReadOnlyList<StationInfo> History(string code) =>
        _byCode.TryGetValue(CsvFields.Clean(code), out var spans) ? spans : [];

    /// <summary>The stations of a city on a day, sorted by code; control stations (对照点) only when asked.
    /// The city may be written in any form the city registry knows (焦作, 焦作市).</summary>
    public IReadOnlyList<StationInfo> StationsOfCity(string city, DateOnly day, bool includeControl = false) =>
        _byCity.TryGetValue(CityKey(city), out var list)
            ? list.Where(s => IsMemberOn(s, day, includeControl)).ToArray()
            : [];

    /// <summary>
    /// <see cref="StationsOfCity"/> for each of <paramref name="dayCount"/> days from <paramref name="firstDay"/>, the
    /// city resolved once. Consecutive days with the same stations share one list (the same instance), so a caller can
    /// reuse what it derived from the previous day's list.
    /// </summary>
    public IReadOnlyList<StationInfo>[] StationsOfCityByDay(string city, DateOnly firstDay, int dayCount, bool includeControl = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dayCount);
        var result = new IReadOnlyList<StationInfo>[dayCount];
        if (!_byCity.TryGetValue(CityKey(city), out var list))
        {
            Array.Fill(result, Array.Empty<StationInfo>());
            return result;
        }
        // Membership only changes where a record opens or closes: one list per stretch between those days.
        var changes = new SortedSet<int> { 0, dayCount };
        foreach (var s in list)
        {
            if (s.ValidFrom is { } from) changes.Add(Math.Clamp(from.DayNumber - firstDay.DayNumber, 0, dayCount));
            if (s.ValidTo is { } to) changes.Add(Math.Clamp(to.DayNumber - firstDay.DayNumber + 1, 0, dayCount));
        }
        StationInfo[] previous = [];
        var members = new List<StationInfo>(list.Length);
        var start = -1;
        foreach (var end in changes)
        {
            if (start >= 0 && end > start)
            {
                var day = firstDay.AddDays(start);
                members.Clear();
                foreach (var s in list) if (IsMemberOn(s, day, includeControl)) members.Add(s);
                if (start == 0 || !SameRecords(members, previous)) previous = members.ToArray();
                Array.Fill(result, previous, start, end - start);
            }
            start = end;
        }
        return result;
    }

    private static bool SameRecords(List<StationInfo> members, StationInfo[] previous)
    {
        if (members.Count != previous.Length) return false;
        for (var i = 0; i < previous.Length; i++)
            if (!ReferenceEquals(members[i], previous[i])) return false;
        return true;
    }

    /// <summary>A record counts among its city's stations on a day when it applies then; control stations only when asked.</summary>
    private static bool IsMemberOn(StationInfo s, DateOnly day, bool includeControl) =>
        s.AppliesOn(day) && (includeControl || !s.IsControl);

    /// <summary>The stations of one district (区县) of a city on a day, sorted by code.</summary>
    public IReadOnlyList<StationInfo> StationsOfDistrict(string city, string district, DateOnly day, bool includeControl = false)
    {
        var d = CsvFields.Clean(district);
        return StationsOfCity(city, day, includeControl).Where(s => s.District == d).ToArray();
    }

    /// <summary>The districts of a city that have stations on a day, sorted.</summary>
    public IReadOnlyList<string> DistrictsOf(string city, DateOnly day) =>
        StationsOfCity(city, day, includeControl: true).Select(s => s.District).OfType<string>()
            .Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>The cities that have at least one station among <paramref name="codes"/> (on any day), sorted (ordinal).</summary>
    public IReadOnlyList<string> CitiesWithStations(IEnumerable<string> codes)
    {
        var set = codes.ToHashSet(StringComparer.Ordinal);
        return _records.Where(r => set.Contains(r.Code)).Select(r => r.City)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The cities that have at least one record (canonical names, sorted).</summary>
    public IReadOnlyList<string> CityNames => _cityNames ??= _byCity.Keys.Order(StringComparer.Ordinal).ToArray();

    private string[]? _cityNames; // the registry is immutable: sorted once, on first use

    private string CityKey(string city) =>
        Cities.TryResolve(city, out var info) ? info.Name : CsvFields.Clean(city);

    private StationInfo Canonical(StationInfo s)
    {
        var code = CsvFields.Clean(s.Code);
        var name = CsvFields.Clean(s.Name);
        var city = CsvFields.Clean(s.City);
        var province = s.Province is null ? null : CsvFields.Clean(s.Province);
        if (Cities.TryResolve(city, out var info))
        {
            city = info.Name;
            if (string.IsNullOrEmpty(province)) province = info.Province;
        }
        var district = s.District is null ? null : CsvFields.Clean(s.District);
        return s with
        {
            Code = code, Name = name, City = city,
            Province = string.IsNullOrEmpty(province) ? null : province,
            District = string.IsNullOrEmpty(district) ? null : district,
        };
    }

    private static bool Overlaps(StationInfo a, StationInfo b) =>
        (a.ValidTo ?? DateOnly.MaxValue) >= (b.ValidFrom ?? DateOnly.MinValue)
        && (b.ValidTo ?? DateOnly.MaxValue) >= (a.ValidFrom ?? DateOnly.MinValue);

    private static string Span(StationInfo s) =>
        $"{s.ValidFrom?.ToString("yyyy-MM-dd") ?? "…"}—{s.ValidTo?.ToString("yyyy-MM-dd") ?? "…"}";

    // ---------------------------------------------------------------- loading

    /// <summary>
    /// Loads a station list in any layout of <see cref="StationListFormat"/> (recognised by its header;
    /// UTF-8 with or without BOM, GB18030 accepted and reported). Duplicate codes (3207A is listed twice
    /// in the CNEMC 2020 list) keep their first row and are reported; unknown cities and unreadable
    /// coordinates are reported too. A file that cannot be read throws <see cref="WorkbenchDataException"/>.
    /// </summary>
    public static StationRegistry Load(string path, DataQualityReport? quality = null, CityRegistry? cities = null,
        StationRoles? roles = null)
    {
        var file = Path.GetFileName(path);
        var report = quality ?? new DataQualityReport();
        using var reader = new CsvRecordReader(File.OpenRead(InputFiles.Require(path)), file, report);
        var registry = Parse(reader, file, quality, cities, roles);
        // A whole file in GBK is an ordinary export; a switch inside a file the reader reported itself (mixed-encoding).
        if (reader.EncodingName == "GBK")
            quality?.Add(file, null, null, null, null, "encoding-gb18030",
                "文件不是 UTF-8：按 GB18030（GBK）解码", QualityAction.Corrected);
        return registry;
    }

    /// <summary>
    /// Parses station-list text (see <see cref="Load"/>); <paramref name="file"/> names it in messages. A CNEMC or
    /// CREA list, which marks control stations only in some names, gets the station-role registry's roles
    /// (<paramref name="roles"/>, default <see cref="StationRoles.Default"/>); a Workbench registry states them itself.
    /// </summary>
    public static StationRegistry Parse(string text, string file, DataQualityReport? quality = null, CityRegistry? cities = null,
        StationRoles? roles = null)
    {
        using var reader = new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(text), false), file, quality ?? new DataQualityReport());
        return Parse(reader, file, quality, cities, roles);
    }

    /// <summary>
    /// Parses records through the air readers' CSV reader (issue 14): a row of another width than the header is refused
    /// whole (<c>field-count</c>), an unclosed quote does not swallow the rows after it, lines are decoded one by one.
    /// </summary>
    private static StationRegistry Parse(CsvRecordReader reader, string file, DataQualityReport? quality, CityRegistry? cities,
        StationRoles? roles)
    {
        cities ??= CityRegistry.Default;
        quality?.CountFile();
        using var rows = reader.Records().GetEnumerator();
        if (!rows.MoveNext() || rows.Current.Fields.All(f => CsvFields.Clean(f).Length == 0))
            throw new WorkbenchDataException(file, 1, null, "文件为空，缺少表头");
        var header = rows.Current.Fields.Select(CsvFields.Clean).ToArray();
        reader.ExpectedFields = header.Length;
        var format = DetectFormat(header) ?? throw new WorkbenchDataException(file, 1, null,
            "无法识别的站点表表头；支持：" + string.Join(",", CnemcHeader) + "（总站）；" + string.Join(",", CreaHeader)
            + "（CREA）；" + string.Join(",", WorkbenchHeader) + "（本项目）");
        int Col(string name) => Array.IndexOf(header, name);

        var kept = new List<(StationInfo Info, long Line)>();
        // Earlier rows of each code (a code may return with another span of dates): duplicates found without
        // scanning every earlier row (a national list has 1,600+ rows).
        var keptByCode = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        while (rows.MoveNext())
        {
            var lineNo = rows.Current.Line;
            var f = rows.Current.Fields;
            string Get(string col) { var k = Col(col); return k >= 0 && k < f.Length ? CsvFields.Clean(f[k]) : ""; }
            var info = format switch
            {
                StationListFormat.Cnemc => new StationInfo(Get("监测点编码"), Get("监测点名称"), Get("城市"),
                    Coordinate(Get("经度"), "经度"), Coordinate(Get("纬度"), "纬度"), IsControlName(Get("监测点名称")),
                    ControlReason: NameReason(Get("监测点名称"))),
                StationListFormat.Crea => new StationInfo(Get("stationID"), Get("station"), Get("City"),
                    Coordinate(Get("Lon"), "Lon"), Coordinate(Get("Lat"), "Lat"), IsControlName(Get("station")),
                    Province: Get("ProvinceZH") is var p && p != "NA" && p.Length > 0 ? p : null,
                    ControlReason: NameReason(Get("station"))),
                _ => new StationInfo(Get("监测点编码"), Get("监测点名称"), Get("城市"),
                    Coordinate(Get("经度"), "经度"), Coordinate(Get("纬度"), "纬度"),
                    ControlFlag(Get("对照点"), Get("监测点名称")),
                    District: NullIfEmpty(Get("区县")), Province: NullIfEmpty(Get("省份")),
                    ValidFrom: Date(Get("启用日期"), "启用日期"), ValidTo: Date(Get("停用日期"), "停用日期"),
                    ControlReason: !ControlFlag(Get("对照点"), Get("监测点名称")) ? null
                        : NullIfEmpty(Get(ControlReasonColumn)) ?? "对照点（站点登记表“对照点”列标注）"),
            };
            if (info.Code.Length == 0)
            {
                quality?.Add(file, lineNo, format == StationListFormat.Crea ? "stationID" : "监测点编码", null, null,
                    "missing-code", "监测点编码为空：整行剔除", QualityAction.Rejected);
                continue;
            }
            if (info.ValidFrom is { } from && info.ValidTo is { } to && to < from)
                throw new WorkbenchDataException(file, lineNo, "停用日期", $"监测点 {info.Code} 的停用日期 {to:yyyy-MM-dd} 早于启用日期 {from:yyyy-MM-dd}");
            if (!cities.TryResolve(info.City, out _) && format == StationListFormat.Workbench && info.Province is { } province)
            {
                // Our own registry layout declares each city with its province: a city it introduces (a new
                // administrative unit, the sample's 示例省) is a fact of the file, not a defect.
                cities = cities.With([new CityInfo(info.City, province, [info.City + "市"]) { Source = $"站点登记表 {file}" }]);
            }
            if (!cities.TryResolve(info.City, out _))
                quality?.Add(file, lineNo, format == StationListFormat.Crea ? "City" : "城市", info.Code, null, "unknown-city",
                    $"城市注册表中没有“{info.City}”：按原样保留", QualityAction.Flagged);

            var sameCode = CollectionsMarshal.GetValueRefOrAddDefault(keptByCode, info.Code, out _) ??= [];
            var clash = -1;
            foreach (var k in sameCode)
                if (Overlaps(kept[k].Info, info)) { clash = k; break; }
            if (clash >= 0)
            {
                var first = kept[clash];
                var same = first.Info == info ? "内容相同" : $"内容不同（首次：{first.Info.Name}）";
                quality?.Add(file, lineNo, format == StationListFormat.Crea ? "stationID" : "监测点编码", info.Code, null,
                    "duplicate-station", $"监测点编码重复：{info.Code} 已见于第 {first.Line} 行，{same}；保留首次出现的记录",
                    QualityAction.Rejected);
                continue;
            }
            sameCode.Add(kept.Count);
            kept.Add((info, lineNo));
            continue;

            double? Coordinate(string v, string col)
            {
                if (v.Length == 0) return null;
                if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)) return d;
                quality?.Add(file, lineNo, col, Get(format == StationListFormat.Crea ? "stationID" : "监测点编码"), null,
                    "bad-coordinate", $"坐标无法解析：“{v}”；记为缺失", QualityAction.Missing);
                return null;
            }
            DateOnly? Date(string v, string col)
            {
                if (v.Length == 0) return null;
                if (TryParseIsoDate(v) is { } iso) return iso;
                if (DateOnly.TryParseExact(v, ["yyyy-MM-dd", "yyyyMMdd", "yyyy/M/d"], CultureInfo.InvariantCulture,
                        DateTimeStyles.None, out var d)) return d;
                throw new WorkbenchDataException(file, lineNo, col, $"日期无法解析：“{v}”（应为 yyyy-MM-dd）");
            }
            bool ControlFlag(string v, string name) => v switch
            {
                "是" or "1" or "true" or "True" or "TRUE" or "Y" or "y" => true,
                "否" or "0" or "false" or "False" or "FALSE" or "N" or "n" => false,
                "" => IsControlName(name),
                _ => throw new WorkbenchDataException(file, lineNo, "对照点", $"对照点应为“是”或“否”，实为“{v}”"),
            };
        }
        var applied = format == StationListFormat.Workbench ? StationRoles.None : roles ?? StationRoles.Default;
        var records = kept.SelectMany(k => applied.Apply(k.Info)).ToArray();
        // Records accepted, after the station-role registry split the spans it applies to (so a list and the
        // Workbench registry written from it count alike).
        quality?.CountAccepted(records.Length);
        return new StationRegistry(records, cities);
    }

    /// <summary>A yyyy-MM-dd date read digit by digit (the registry's own layout; the culture's pattern matcher cost more
    /// than the rest of a row); null for any other text, which the general parser then decides.</summary>
    private static DateOnly? TryParseIsoDate(string v)
    {
        if (v.Length != 10 || v[4] != '-' || v[7] != '-') return null;
        var n = 0;
        foreach (var i in (ReadOnlySpan<int>)[0, 1, 2, 3, 5, 6, 8, 9])
        {
            if (!char.IsAsciiDigit(v[i])) return null;
            n = n * 10 + (v[i] - '0');
        }
        int year = n / 10000, month = n / 100 % 100, day = n % 100;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year == 0 ? 1 : year, month) && year >= 1
            ? new DateOnly(year, month, day) : null;
    }

    /// <summary>The layout a header belongs to, or null.</summary>
    public static StationListFormat? DetectFormat(IReadOnlyList<string> header)
    {
        static bool Starts(IReadOnlyList<string> h, string[] expected) =>
            h.Count >= expected.Length && expected.Select((e, i) => h[i] == e).All(x => x);
        if (Starts(header, WorkbenchHeader)) return StationListFormat.Workbench;
        if (Starts(header, CreaHeader)) return StationListFormat.Crea;
        if (Starts(header, CnemcHeader)) return StationListFormat.Cnemc;
        return null;
    }

    /// <summary>True when a station name marks a control station: 对照点 anywhere in it ((对照点),
    /// （对照点）, (对照点190815启用)).</summary>
    public static bool IsControlName(string name) => name.Contains("对照点", StringComparison.Ordinal);

    private static string? NameReason(string name) => IsControlName(name) ? $"对照点（站点名称“{name}”标注）" : null;

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    // ---------------------------------------------------------------- writing

    /// <summary>Writes the registry in the Workbench layout (UTF-8 without BOM, LF), atomically.</summary>
    public void WriteCsv(string path) => AtomicFile.WriteText(path, WriteCsv);

    /// <summary>Writes the registry in the Workbench layout to a writer, records in input order.</summary>
    public void WriteCsv(TextWriter w)
    {
        // The reason column only when a role came from the station-role registry: re-reading a list without it gives
        // the same reasons, and lists written before it existed stay byte-identical.
        var withReasons = _records.Any(r => r.ControlReason?.Contains(StationRole.RegistryMark, StringComparison.Ordinal) == true);
        w.Write(string.Join(',', withReasons ? WorkbenchHeader.Append(ControlReasonColumn) : WorkbenchHeader));
        w.Write('\n');
        foreach (var s in _records)
        {
            w.Write(string.Join(',',
                Csv.Escape(s.Code), Csv.Escape(s.Name), Csv.Escape(s.City), Csv.Escape(s.District ?? ""),
                Csv.Escape(s.Province ?? ""), FormatCoord(s.Longitude), FormatCoord(s.Latitude),
                s.IsControl ? "是" : "否", s.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                s.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "")
                + (withReasons ? "," + Csv.Escape(s.ControlReason ?? "") : ""));
            w.Write('\n');
        }
    }

    private static string FormatCoord(double? v) => v?.ToString("0.0##############", CultureInfo.InvariantCulture) ?? "";   // round-trips a double
}
