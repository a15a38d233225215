using System.Globalization;
using System.Text;
using CsCheck;
using Workbench.Air.Import;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Quality;
using Workbench.Registries;
using Workbench.Standards;
using Workbench.Tests.Air.Import;
using Workbench.Tests.Support;
using Workbench.Water.Import;
using Xunit.Abstractions;

namespace Workbench.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing of the readers (issue 14): a small real-shaped file of each reader, mutated a few thousand
/// times with fixed seeds (one mutation each: a field separator, a quote, a line break or a letter inserted, a
/// non-digit byte deleted, a line cut at a separator, a line re-encoded as GBK, a digit replaced by a letter). Under
/// every mutation:
/// <list type="bullet">
/// <item>no exception escapes but the workbench's own data error;</item>
/// <item>no value lands under another station, hour, item or section than in the clean file, and no value changes
/// (the mutations never turn one number into another: a digit changed into another digit is undetectable and is
/// not asked for);</item>
/// <item>a value of the clean file that is missing is answered by a report line near the mutated line.</item>
/// </list>
/// Tagged slow: a minute or two in all.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    /// <summary>What a reader loaded: every value under its key, and the report.</summary>
    private sealed record Loaded(IReadOnlyDictionary<string, double> Values, DataQualityReport Quality);

    /// <summary>One reader under test: a clean file (header + data lines) and how to read bytes.</summary>
    private sealed record Case(string Reader, string FileName, int HeaderLines, string[] Lines, Encoding Encoding, Func<byte[], string, Loaded> Read);

    private const int Iterations = 2000;

    public static TheoryData<string> Readers() =>
        new(["china_sites", "prsa", "heqinwill", "scraped", "aqistudy", "crea", "station_list", "water_csv", "targets", "dust_list"]);

    [SharedDataTheory("cnemc_hourly_2019/target_cities")]
    [MemberData(nameof(Readers))]
    public void No_value_moves_and_every_loss_is_reported(string reader)
    {
        var c = CaseOf(reader);
        var cleanBytes = Bytes(c, c.Lines);
        var clean = c.Read(cleanBytes, c.FileName);
        var data = c.Lines.Length - c.HeaderLines;
        Assert.True(clean.Values.Count >= Math.Min(20, data), $"{reader}：干净文件只载入 {clean.Values.Count} 个值");
        var cleanIssues = clean.Quality.Issues.Select(Describe).ToHashSet();
        var gen = Gen.Select(Gen.Int[0, data - 1], Gen.Int[0, 9], Gen.Int[0, 10_000]);
        var outcomes = new Dictionary<string, int>();
        gen.Sample((line, kind, at) =>
        {
            var index = c.HeaderLines + line;
            var (lines, description) = Mutate(c, index, kind, at);
            if (lines is null) return;   // nothing to mutate at that spot (no separator, no non-digit)
            Loaded result;
            try
            {
                result = c.Read(Bytes(c, lines), c.FileName);
            }
            catch (WorkbenchDataException e)
            {
                // The whole file refused with the workbench's own Chinese error: nothing loaded, nothing moved.
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
                lock (outcomes) outcomes["文件拒读"] = outcomes.GetValueOrDefault("文件拒读") + 1;
                return;
            }
            foreach (var (key, value) in result.Values)
            {
                if (!clean.Values.TryGetValue(key, out var expected))
                    throw new InvalidOperationException($"{reader}，{description}：干净文件没有的键 {key} = {value}");
                if (BitConverter.DoubleToInt64Bits(value) != BitConverter.DoubleToInt64Bits(expected) && Math.Abs(value - expected) > 1e-9)
                    throw new InvalidOperationException($"{reader}，{description}：{key} 应为 {expected}，载入 {value}");
            }
            var lost = clean.Values.Keys.Count(k => !result.Values.ContainsKey(k));
            if (lost > 0)
            {
                // Some line of the report names the mutated line (±1: an inserted line break shifts what follows), or
                // the whole file (no line).
                var fileLine = index + 1;
                var near = result.Quality.Issues.Where(i => !cleanIssues.Contains(Describe(i)))
                    .Any(i => i.Line is null || Math.Abs(i.Line.Value - fileLine) <= 1 || i.Line.Value > fileLine && i.Code.Contains("quote"));
                if (!near)
                    throw new InvalidOperationException($"{reader}，{description}：少载入 {lost} 个值，但报告中没有第 {fileLine} 行附近的新记录");
            }
            lock (outcomes)
            {
                var k = lost > 0 ? "拒收并报告" : "全部载入";
                outcomes[k] = outcomes.GetValueOrDefault(k) + 1;
            }
        }, seed: Seed(reader), iter: Iterations, threads: 1);
        output.WriteLine($"{reader}：{Iterations} 次变异，" + string.Join("，", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}")));
    }

    /// <summary>A fixed seed per reader (the same mutations on every run).</summary>
    private static string Seed(string reader) => SeedOf(reader.Aggregate(17UL, (h, ch) => h * 31 + ch));

    // A CsCheck seed: the PCG state (11 characters) and its stream (here 0).
    private static string SeedOf(ulong n) => Convert.ToBase64String(BitConverter.GetBytes(n))[..11].Replace('+', 'A').Replace('/', 'B') + "0";

    private static string Describe(QualityIssue i) => $"{i.File}|{i.Line}|{i.Column}|{i.Station}|{i.Time}|{i.Code}";

    private static byte[] Bytes(Case c, IReadOnlyList<string> lines)
    {
        var text = string.Join("\n", lines) + "\n";
        return c.Encoding.GetBytes(text);
    }

    /// <summary>
    /// One mutation of line <paramref name="index"/>; null when the kind finds no place in that line. Every mutation is
    /// one a reader can detect: text inside a name or a code can change into another valid name (as a digit into
    /// another digit), so the mutations go into numeric fields and separators only. Kinds: a comma, a quote, a line
    /// break, a letter or a full-width comma inside a number; a separator deleted or doubled; the line cut at a
    /// separator; the line re-encoded as GBK (a mixed file); a digit of a number replaced by a letter.
    /// </summary>
    private static (string[]? Lines, string Description) Mutate(Case c, int index, int kind, int at)
    {
        var lines = (string[])c.Lines.Clone();
        var line = lines[index];
        if (line.Length == 0) return (null, "");
        var fields = Fields(line);
        // Positions strictly inside a numeric field (between two of its characters), neither in the first field nor in
        // the last: a line break inside the last number only cuts it short, which no reader can tell.
        var inNumbers = fields.Skip(1).SkipLast(1).Where(f => f.Numeric && f.End - f.Start >= 2)
            .SelectMany(f => Enumerable.Range(f.Start + 1, f.End - f.Start - 1)).ToArray();
        var separators = fields.Skip(1).Select(f => f.Start - (f.Quoted ? 2 : 1)).ToArray();   // the comma before each field
        (string[]?, string) Insert(int[] places, string text, string what)
        {
            if (places.Length == 0) return (null, "");
            var i = places[at % places.Length];
            lines[index] = line.Insert(i, text);
            return (lines, $"第 {index + 1} 行第 {i + 1} 个字符处插入{what}");
        }
        switch (kind)
        {
            case 0: return Insert(inNumbers, ",", "逗号");
            case 1: return Insert(inNumbers.Concat(separators.Select(i => i + 1)).ToArray(), "\"", "引号");
            case 2: return Insert(inNumbers, "\n", "换行");
            case 3: return Insert(inNumbers, "x", "字母");
            case 4: return Insert(inNumbers, "，", "全角逗号");
            case 5:
            {
                if (separators.Length == 0) return (null, "");
                var i = separators[at % separators.Length];
                lines[index] = line.Remove(i, 1);
                return (lines, $"第 {index + 1} 行删去第 {i + 1} 个字符（分隔符）");
            }
            case 6:
            {
                if (separators.Length == 0) return (null, "");
                var i = separators[at % separators.Length];
                lines[index] = line[..i];
                return (lines, $"第 {index + 1} 行在第 {i + 1} 个字符处截断");
            }
            case 7:
                // The line's bytes in GBK inside a UTF-8 file: a concatenated export.
                return c.Encoding is UTF8Encoding ? (Replace(lines, index, "\u0001GBK\u0001" + line), $"第 {index + 1} 行改为 GBK 编码") : (null, "");
            case 8:
            {
                var digits = fields.Skip(1).Where(f => f.Numeric)
                    .SelectMany(f => Enumerable.Range(f.Start, f.End - f.Start)).Where(i => char.IsAsciiDigit(line[i])).ToArray();
                if (digits.Length == 0) return (null, "");
                var i = digits[at % digits.Length];
                lines[index] = line[..i] + "O" + line[(i + 1)..];
                return (lines, $"第 {index + 1} 行第 {i + 1} 个字符的数字改为字母 O");
            }
            default:
            {
                if (separators.Length == 0) return (null, "");
                var i = separators[at % separators.Length];
                lines[index] = line.Insert(i, ",");
                return (lines, $"第 {index + 1} 行第 {i + 1} 个字符处多一个逗号");
            }
        }
    }

    /// <summary>A field of a line: [Start, End) without its quotes, whether it was quoted, whether it is a plain number.</summary>
    private readonly record struct Field(int Start, int End, bool Quoted, bool Numeric);

    private static List<Field> Fields(string line)
    {
        var result = new List<Field>();
        var i = 0;
        while (i <= line.Length)
        {
            if (i < line.Length && line[i] == '"')
            {
                var close = line.IndexOf('"', i + 1);
                if (close < 0) break;   // already unbalanced: no fields after it
                result.Add(new Field(i + 1, close, true, false));
                i = close + 1;
                if (i < line.Length && line[i] != ',') break;
                i++;
                continue;
            }
            var end = line.IndexOf(',', i);
            if (end < 0) end = line.Length;
            var text = line[i..end];
            result.Add(new Field(i, end, false, text.Length > 0 && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                                                       && text.All(ch => char.IsAsciiDigit(ch) || ch is '.' or '-')));
            i = end + 1;
        }
        return result;
    }

    private static string[] Replace(string[] lines, int index, string line)
    {
        lines[index] = line;
        return lines;
    }

    // ------------------------------------------------------------------ the readers' cases

    private static readonly Encoding Gbk = GbkEncoding();

    private static Encoding GbkEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }

    /// <summary>UTF-8 that writes a line marked \u0001GBK\u0001 in GB18030 (a mixed-encoding file).</summary>
    private sealed class MixedUtf8 : UTF8Encoding
    {
        public MixedUtf8() : base(false) { }

        public override byte[] GetBytes(string s)
        {
            const string mark = "\u0001GBK\u0001";
            if (!s.Contains(mark, StringComparison.Ordinal)) return base.GetBytes(s);
            var ms = new MemoryStream();
            foreach (var part in s.Split('\n'))
            {
                var bytes = part.StartsWith(mark, StringComparison.Ordinal) ? Gbk.GetBytes(part[mark.Length..]) : base.GetBytes(part);
                ms.Write(bytes);
                ms.WriteByte((byte)'\n');
            }
            return ms.ToArray()[..^1];
        }
    }

    private static readonly Encoding Utf8 = new MixedUtf8();

    private static string[] Head(string relative, int lines, bool xz = false)
    {
        var text = xz ? Encoding.UTF8.GetString(XzStream.ReadAllBytes(SharedData.PathOf(relative)))
            : File.ReadAllText(SharedData.PathOf(relative), Encoding.UTF8);
        return text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n').Take(lines).ToArray();
    }

    private static Case CaseOf(string reader) => reader switch
    {
        "china_sites" => new(reader, "china_sites_20190101.csv", 1, Head("cnemc_hourly_2019/target_cities/china_sites_20190101.csv", 1 + 15 * 3),
            Utf8, (b, n) => Grid(ChinaSitesReader.Read(new MemoryStream(b), n))),
        "prsa" => new(reader, "PRSA_Data_Dongsi_20130301-20170228.csv", 1,
            Head("beijing_prsa/PRSA_Data_Dongsi_20130301-20170228.csv.xz", 61, xz: true), Utf8,
            (b, n) => Grid(PrsaReader.Read(new MemoryStream(b), n))),
        "heqinwill" => new(reader, "2024-01-01T00.csv", 1, Head("cnemc_realtime_2024_sample/HeQinWill_CNEMC_2024-01-01T00_excerpt.csv", 15),
            Utf8, (b, n) => Grid(HeQinWillReader.Read(new MemoryStream(b), n).Hourly)),
        // 许昌's file: 焦作's holds the same station under two spellings, one frozen, and refusing one row lets the other
        // spelling's published value stand (a different number under the same key, by design of the scrape's dedup).
        "scraped" => new(reader, "许昌_20200402-20200408.csv", 1, Head("scraped_station_hourly_2020-03_04/许昌_20200402-20200408.csv", 60),
            Utf8, (b, n) => Grid(ScrapedStationHourlyReader.Read([new ImportSource(n, () => new MemoryStream(b))]).Hourly)),
        "aqistudy" => new(reader, "焦作.csv", 0, Head("aqistudy_city_daily_2014_2017/焦作.csv", 60), Utf8,
            (b, n) => Daily(AqistudyReader.ReadDaily([new ImportSource(n, () => new MemoryStream(b))]).Daily)),
        "crea" => new(reader, "crea.csv", 1, Head("crea_city_daily_2017_2020/crea_city_day_obs_2017-01-01_2020-11-18.csv.xz", 80, xz: true),
            Utf8, (b, n) => Daily(CreaReader.Read(new MemoryStream(b), n).Daily)),
        "station_list" => new(reader, "stations.csv", 1, Head("stations/cnemc_station_list_2020-01-01.csv", 80), Utf8, StationList),
        "water_csv" => new(reader, "修武水文站.csv", 1,
            Head("water_quality_cnemc/water_quality_by_name_2021-04_henan/河南省/海河流域/修武水文站/2021-04/修武水文站.csv", 40), Utf8, WaterCsv),
        "targets" => new(reader, "targets.csv", 1, File.ReadAllText(Path.Combine(SharedData.RepoRoot, "data", "sample", "targets.csv"))
            .Replace("\r\n", "\n").TrimEnd('\n').Split('\n'), Utf8, Targets),
        "dust_list" => new(reader, "dust_days.csv", 1, File.ReadAllText(Path.Combine(SharedData.RepoRoot, "data", "sample", "dust_days.csv"))
            .Replace("\r\n", "\n").TrimEnd('\n').Split('\n'), Utf8, DustList),
        _ => throw new ArgumentException(reader),
    };

    private static Loaded FromTempFile(byte[] bytes, string name, Func<string, DataQualityReport, Dictionary<string, double>> read)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"wb-fuzz-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var path = Path.Combine(dir, name);
            File.WriteAllBytes(path, bytes);
            var quality = new DataQualityReport();
            return new Loaded(read(path, quality), quality);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    private static Loaded Targets(byte[] bytes, string name) => FromTempFile(bytes, name, (path, quality) =>
        Workbench.Air.Compute.AirTargets.Load(path, quality).ToDictionary(t => $"{t.City}|{t.Indicator}|{t.Period.Code}", t => (double)t.Value));

    /// <summary>A dust list holds no numbers: each city-day is a key with the value 1.</summary>
    private static Loaded DustList(byte[] bytes, string name) => FromTempFile(bytes, name, (path, quality) =>
        Workbench.Air.Compute.DustDays.Load(path, quality).CityDays.ToDictionary(d => $"{d.City}|{d.Day:yyyy-MM-dd}", _ => 1.0));

    private static Loaded Grid(StationHourlyTable t)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var s = 0; s < t.StationCodes.Count; s++)
            for (var h = 0; h < t.HourCount; h++)
            {
                var time = t.HourAt(h).ToString("yyyy-MM-dd HH", CultureInfo.InvariantCulture);
                foreach (var p in PollutantInfo.All)
                    if (!double.IsNaN(t.Series(p, s)[h])) values[$"{t.StationCodes[s]}|{time}|{p}"] = t.Series(p, s)[h];
                if (t.PublishedAqi(s)[h] >= 0) values[$"{t.StationCodes[s]}|{time}|AQI"] = t.PublishedAqi(s)[h];
            }
        return new Loaded(values, t.Quality);
    }

    private static Loaded Daily(DailyTable t)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var s = 0; s < t.Sites.Count; s++)
            for (var d = 0; d < t.DayCount; d++)
            {
                foreach (var k in Enum.GetValues<DailyIndicator>())
                    if (!double.IsNaN(t.Series(k, s)[d])) values[$"{t.Sites[s]}|{t.DayAt(d):yyyy-MM-dd}|{k}"] = t.Series(k, s)[d];
                if (t.PublishedAqi(s)[d] >= 0) values[$"{t.Sites[s]}|{t.DayAt(d):yyyy-MM-dd}|AQI"] = t.PublishedAqi(s)[d];
            }
        return new Loaded(values, t.Quality);
    }

    private static Loaded StationList(byte[] bytes, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"wb-fuzz-{Guid.NewGuid():N}-{name}");
        try
        {
            File.WriteAllBytes(path, bytes);
            var quality = new DataQualityReport();
            var reg = StationRegistry.Load(path, quality, roles: StationRoles.None);
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var r in reg.Records)
            {
                if (r.Longitude is { } lon) values[$"{r.Code}|{r.City}|{r.Name}|lon"] = lon;
                if (r.Latitude is { } lat) values[$"{r.Code}|{r.City}|{r.Name}|lat"] = lat;
            }
            return new Loaded(values, quality);
        }
        finally { File.Delete(path); }
    }

    private static Loaded WaterCsv(byte[] bytes, string name)
    {
        var quality = new DataQualityReport();
        var data = AutomaticStationImporter.ReadCsv(CsvText.Decode(bytes), name, quality,
            new AutomaticImportOptions(ReferenceDate: new DateOnly(2021, 4, 5)));
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var r in data.Readings)
            foreach (var (item, v) in r.Values)
                values[$"{r.Province}|{r.Section}|{r.Time?.ToString("s") ?? "无时间"}|{item}"] = (double)v.Value;
        return new Loaded(values, quality);
    }
}
