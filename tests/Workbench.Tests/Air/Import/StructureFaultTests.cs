using System.Globalization;
using System.Text;
using Workbench.Air.Compute;
using Workbench.Air.Import;
using Workbench.Air.Tables;
using Workbench.Quality;
using Workbench.Registries;
using Workbench.Standards;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Air.Import;

/// <summary>
/// Issue 14, structure of the air-side CSV readers: for each reader a real-shaped file (real rows cut to a few, or the
/// committed sample) with exactly one fault. A value is either loaded exactly as the file meant it, or not loaded and
/// the quality report names file, line and reason. Each case loads the clean file, the faulty file and the clean file
/// with the expected effect applied by hand (the refused line removed, or "1,234" written 1234), and compares every
/// loaded value.
/// </summary>
public sealed class StructureFaultTests(ITestOutputHelper output)
{
    /// <summary>The fault classes.</summary>
    public enum Fault { FieldTooMany, FieldTooFew, QuotedThousands, UnterminatedQuote, MixedEncoding, LineTooLong }

    /// <summary>What each fault must give: reason code, action, and whether the faulty line is refused whole.</summary>
    private static readonly Dictionary<Fault, (string Code, QualityAction Action, bool Refused)> Outcome = new()
    {
        [Fault.FieldTooMany] = ("field-count", QualityAction.Rejected, true),
        [Fault.FieldTooFew] = ("field-count", QualityAction.Rejected, true),
        [Fault.QuotedThousands] = ("thousands-separator", QualityAction.Corrected, false),
        [Fault.UnterminatedQuote] = ("unterminated-quote", QualityAction.Rejected, true),
        [Fault.MixedEncoding] = ("mixed-encoding", QualityAction.Corrected, false),
        [Fault.LineTooLong] = ("line-too-long", QualityAction.Rejected, true),
    };

    /// <summary>
    /// One reader: where its clean rows come from, the physical line the fault goes on (1-based), the field holding a
    /// number there (0-based), how its file is written and how its loaded values are listed.
    /// </summary>
    private sealed record ReaderCase(string Name, string Source, Func<List<string>> CleanLines, string FileName, int Line, int NumberField,
        Func<string, (Dictionary<string, string> Cells, DataQualityReport Quality)> Load,
        bool Bom = false, string NewLine = "\n", Dictionary<Fault, string>? NotApplicable = null);

    private const string ChinaSites = "cnemc_hourly_2019/target_cities/china_sites_20190101.csv";
    private const string StationList = "stations/cnemc_station_list_2020-01-01.csv";
    private const string HeQinWill = "cnemc_realtime_2024_sample/HeQinWill_CNEMC_2024-01-01T00_excerpt.csv";
    private const string Scraped = "scraped_station_hourly_2020-03_04/焦作_20200402-20200408.csv";
    private const string Prsa = "beijing_prsa/PRSA_Data_Dongsi_20130301-20170228.csv.xz";
    private const string Aqistudy = "aqistudy_city_daily_2014_2017/焦作.csv";
    private const string Crea = "crea_city_daily_2017_2020/crea_city_day_obs_2017-01-01_2020-11-18.csv.xz";

    private static readonly string AsciiOnly = "n/a：格式只有 ASCII 字符，无编码可混";

    private static readonly ReaderCase[] Readers =
    [
        new("china_sites", ChinaSites, () => Head(SharedData.PathOf(ChinaSites), 46), "china_sites_20190101.csv", 18, -1,
            p => Cells(ChinaSitesReader.Read([p])), NewLine: "\r\n",
            NotApplicable: new() { [Fault.MixedEncoding] = AsciiOnly }),
        new("station-list", StationList, () => Head(SharedData.PathOf(StationList), 30), "cnemc_station_list.csv", 5, 3,
            p => { var q = new DataQualityReport(); return (Cells(StationRegistry.Load(p, q)), q); },
            NotApplicable: new() { [Fault.QuotedThousands] = "n/a：只有经纬度是数字，不会有千位分隔符" }),
        new("heqinwill", HeQinWill, () => Head(SharedData.PathOf(HeQinWill), 15), "2024-01-01T00.csv", 4, 8,
            p => Cells(HeQinWillReader.Read([p]).Hourly)),
        new("scraped", Scraped, () => Head(SharedData.PathOf(Scraped), 60), "焦作_20200402-20200408.csv", 5, 6,
            p => Cells(ScrapedStationHourlyReader.Read([p]).Hourly)),
        new("prsa", Prsa, () => Head(SharedData.PathOf(Prsa), 50), "PRSA_Data_Dongsi_20130301-20170228.csv", 5, 5,
            p => Cells(PrsaReader.Read([p])),
            NotApplicable: new() { [Fault.MixedEncoding] = AsciiOnly }),
        new("aqistudy", Aqistudy, () => Head(SharedData.PathOf(Aqistudy), 40), "焦作.csv", 5, 5,
            p => Cells(AqistudyReader.ReadDaily([p]).Daily), Bom: true),
        // PM2.5 rows: "1,234" read as 1234 lies inside PM2.5's daily physical range (NO2's ends at 940).
        new("crea", Crea, () => CreaRows("pm25", 60), "crea_city_day_obs.csv", 5, 5,
            p => Cells(CreaReader.Read([p]).Daily)),
        new("tidy", Aqistudy, () => TidyFromAqistudy(Head(SharedData.PathOf(Aqistudy), 40)), "焦作_日报.csv", 5, 3,
            p => Cells(TidyTableReader.Read(p).Daily!)),
        new("dust-list", "data/sample/dust_days.csv", () => Head(Sample("dust_days.csv"), 99), "dust_days.csv", 3, 1,
            p => { var q = new DataQualityReport(); return (Cells(DustDays.Load(p, q)), q); },
            NotApplicable: new() { [Fault.QuotedThousands] = "n/a：只有城市和日期，没有数值" }),
        new("targets", "data/sample/targets.csv", () => Head(Sample("targets.csv"), 99), "targets.csv", 5, 3,
            p => { var q = new DataQualityReport(); return (Cells(AirTargets.Load(p, q)), q); }),
    ];

    private static bool FromSample(ReaderCase r) => r.Source.StartsWith("data/sample/", StringComparison.Ordinal);

    public static TheoryData<string, string> RealCases() => CasesWhere(r => !FromSample(r));

    public static TheoryData<string, string> SampleCases() => CasesWhere(FromSample);

    private static TheoryData<string, string> CasesWhere(Func<ReaderCase, bool> which)
    {
        var data = new TheoryData<string, string>();
        foreach (var r in Readers.Where(which))
            foreach (var f in Enum.GetValues<Fault>())
                if (r.NotApplicable?.ContainsKey(f) != true) data.Add(r.Name, f.ToString());
        return data;
    }

    [SharedDataTheory]
    [MemberData(nameof(RealCases))]
    public void Real_file_with_one_fault(string reader, string fault) => Run(reader, Enum.Parse<Fault>(fault));

    [Theory]
    [MemberData(nameof(SampleCases))]
    public void Sample_file_with_one_fault(string reader, string fault) => Run(reader, Enum.Parse<Fault>(fault));

    [Fact]
    public void Matrix_of_readers_and_fault_classes()
    {
        // The case table as an analyst reads it: reader × fault class → outcome.
        var faults = Enum.GetValues<Fault>();
        output.WriteLine("| reader | " + string.Join(" | ", faults) + " |");
        output.WriteLine("|---|" + string.Concat(faults.Select(_ => "---|")));
        foreach (var r in Readers)
            output.WriteLine($"| {r.Name} | " + string.Join(" | ", faults.Select(f => r.NotApplicable?.GetValueOrDefault(f) is { } na ? na
                : $"{Outcome[f].Code} ({DataQualityReport.ActionName(Outcome[f].Action)}{(Outcome[f].Refused ? "整行" : "")})")) + " |");
        Assert.Equal(10, Readers.Length);
        Assert.Equal(Readers.Length * faults.Length - Readers.Sum(r => r.NotApplicable?.Count ?? 0),
            RealCases().Count() + SampleCases().Count());
    }

    private void Run(string readerName, Fault fault)
    {
        var r = Readers.Single(x => x.Name == readerName);
        var clean = r.CleanLines();
        var k = r.Line - 1;   // index of the faulty line
        var dir = Path.Combine(Path.GetTempPath(), "wb-fault-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string Write(string sub, List<string> lines, int gbFrom = int.MaxValue)
            {
                var d = Path.Combine(dir, sub);
                Directory.CreateDirectory(d);
                var path = Path.Combine(d, r.FileName);
                File.WriteAllBytes(path, Bytes(lines, r.NewLine, r.Bom, gbFrom));
                return path;
            }

            var (cleanCells, cleanQuality) = r.Load(Write("clean", clean));
            Assert.DoesNotContain(cleanQuality.Issues, i => i.Code == Outcome[fault].Code);
            var j = r.NumberField >= 0 ? r.NumberField : FirstNumber(clean[k]);
            var fields = clean[k].Split(',');
            List<string> faulty = [.. clean];
            List<string> expected = [.. clean];
            var gbFrom = int.MaxValue;
            switch (fault)
            {
                case Fault.FieldTooMany:
                    faulty[k] = Replace(fields, j, "1,234");   // unquoted: one field more
                    expected.RemoveAt(k);
                    break;
                case Fault.FieldTooFew:
                    faulty[k] = string.Join(',', fields[..^1]);
                    expected.RemoveAt(k);
                    break;
                case Fault.QuotedThousands:
                    faulty[k] = Replace(fields, j, "\"1,234\"");
                    expected[k] = Replace(fields, j, "1234");
                    break;
                case Fault.UnterminatedQuote:
                    // The last field opens a quote it never closes (a quoted last field loses its closing quote).
                    var last = fields[^1];
                    faulty[k] = string.Join(',', fields[..^1].Append(last.EndsWith('"') && last.StartsWith('"') ? last[..^1] : "\"" + last));
                    expected.RemoveAt(k);
                    break;
                case Fault.MixedEncoding:
                    gbFrom = k;   // a GBK export appended to a UTF-8 one: GB18030 from the faulty line on
                    break;
                case Fault.LineTooLong:
                    faulty[k] = clean[k] + new string(' ', TextLimits.Default.MaxLineBytes);
                    expected.RemoveAt(k);
                    break;
            }
            var (cells, quality) = r.Load(Write("faulty", faulty, gbFrom));
            var (expectedCells, _) = r.Load(Write("expected", expected));

            var (code, action, refused) = Outcome[fault];
            var issue = Assert.Single(quality.Issues, i => i.Code == code);
            output.WriteLine($"{r.Name} × {fault}: {issue.File} 第 {issue.Line} 行 {issue.Code}（{DataQualityReport.ActionName(issue.Action)}）：{issue.Reason}");
            Assert.Equal((r.FileName, (long)r.Line, action), (issue.File, issue.Line!.Value, issue.Action));
            if (fault == Fault.MixedEncoding) Assert.Contains($"第 {r.Line}–{clean.Count} 行", issue.Reason);
            if (fault == Fault.QuotedThousands) Assert.Contains("1234", issue.Reason);
            // Nothing else new: no other structural reason in the faulty file's report.
            Assert.DoesNotContain(quality.Issues, i => i != issue && StructuralCodes.Contains(i.Code));

            // Every loaded value is the clean file's (or the hand-made expectation's), value by value.
            Assert.Equal(expectedCells.OrderBy(c => c.Key, StringComparer.Ordinal), cells.OrderBy(c => c.Key, StringComparer.Ordinal));
            if (refused)
            {
                // The refused row's values are absent (not shifted elsewhere, not padded).
                var rowCells = cleanCells.Where(c => !expectedCells.TryGetValue(c.Key, out var v) || v != c.Value).ToList();
                Assert.NotEmpty(rowCells);
                Assert.All(rowCells, c => Assert.False(cells.TryGetValue(c.Key, out var v) && v == c.Value, $"{c.Key} = {c.Value} 仍被载入"));
            }
            else if (fault == Fault.MixedEncoding)
                Assert.Equal(cleanCells.OrderBy(c => c.Key, StringComparer.Ordinal), cells.OrderBy(c => c.Key, StringComparer.Ordinal));
            else
                Assert.Contains(cells, c => c.Value == "1234" && !cleanCells.Contains(c));
        }
        finally { Directory.Delete(dir, true); }
    }

    private static readonly HashSet<string> StructuralCodes =
        ["field-count", "thousands-separator", "unterminated-quote", "mixed-encoding", "invalid-encoding", "embedded-bom", "line-too-long", "truncated-row"];

    // ------------------------------------------------------------------ further single cases

    [SharedDataFact("aqistudy_city_daily_2014_2017/all_city_monthly.csv")]
    public void Monthly_file_embedded_BOMs_are_stripped_and_counted()
    {
        var m = AqistudyReader.ReadMonthly([SharedData.PathOf("aqistudy_city_daily_2014_2017/all_city_monthly.csv")]);
        var bom = Assert.Single(m.Quality.Issues, i => i.Code == "embedded-bom");
        output.WriteLine(bom.Reason);
        // 366 city blocks, each opening with a BOM: the first is the file's own, the other 365 are inside the file.
        Assert.Contains("共 365 处", bom.Reason);
        Assert.Equal(QualityAction.Corrected, bom.Action);
        Assert.DoesNotContain(m.Records, r => r.City.Contains('\uFEFF'));
    }

    [Fact]
    public void A_GB18030_BOM_inside_a_file_is_stripped_and_counted()
    {
        // Found by fuzzing: a city block appended in GB18030 with its BOM (84 31 95 33) gave a city "\uFEFF三亚",
        // another city than 三亚, that held the block's values.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding(54936);
        byte[] bytes = [.. Encoding.UTF8.GetBytes("\uFEFF三亚,2013-12,105,35~293,轻度污染,77,128,21,1.3,28,33,200\n"),
            .. gb.GetBytes("\uFEFF三亚,2014-01,70,33~112,良,48,80,10,1.0,19,70,150\n")];
        var m = AqistudyReader.ReadMonthly([new ImportSource("all_city_monthly.csv", () => new MemoryStream(bytes))]);
        Assert.Equal([("三亚", 12, 77.0), ("三亚", 1, 48.0)], m.Records.Select(r => (r.City, r.Month, r.PM2_5)));
        var bom = Assert.Single(m.Quality.Issues, i => i.Code == "embedded-bom");
        Assert.Equal((2L, QualityAction.Corrected), (bom.Line!.Value, bom.Action));
        Assert.Contains("共 1 处", bom.Reason);
        Assert.Equal(2L, Assert.Single(m.Quality.Issues, i => i.Code == "mixed-encoding").Line);
    }

    [SharedDataFact(Scraped)]
    public void Legitimate_multi_line_quoted_cells_are_kept_and_a_runaway_quote_stops_at_the_limit()
    {
        // The scraped page quotes a six-line primary-pollutant cell (lines 148–153): still one record.
        var all = Head(SharedData.PathOf(Scraped), 160);
        var dir = Path.Combine(Path.GetTempPath(), "wb-fault-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "焦作.csv");
        File.WriteAllBytes(path, Bytes(all, "\n", false, int.MaxValue));
        var d = ScrapedStationHourlyReader.Read([path]);
        Assert.DoesNotContain(d.Hourly.Quality.Issues, i => StructuralCodes.Contains(i.Code));
        Assert.Contains(d.PrimaryPollutants, p => p.Station == "太极体育中心" && p.Text == "颗粒物(PM10),细颗粒物(PM2.5)");

        // The same cell opened and never closed, followed only by continuation-like lines: refused at the limit.
        var runaway = all.Take(147).Append("20200403,08,太极体育中心,83,良,\"颗粒物(PM10)")
            .Concat(Enumerable.Repeat("  细颗粒物(PM2.5)", 12)).ToList();
        File.WriteAllBytes(path, Bytes(runaway, "\n", false, int.MaxValue));
        var q = ScrapedStationHourlyReader.Read([path]).Hourly.Quality;
        var u = q.Issues.Where(i => i.Code == "unterminated-quote").ToList();
        output.WriteLine(string.Join("\n", u.Select(i => $"{i.Line}: {i.Reason}")));
        Assert.Equal(148L, u[0].Line);
        Assert.Contains("共 10 行", u[0].Reason);
    }

    [Fact]
    public void Over_long_line_is_skipped_with_flat_memory()
    {
        // 200 MB on one line, then a normal line: the buffer stays near the limit, the length is reported.
        const long huge = 200L << 20;
        using var stream = new ConcatStream(new RepeatStream((byte)'7', huge), new MemoryStream("\n1,2\n"u8.ToArray()));
        using var lines = new BoundedLineReader(stream, TextLimits.Default.MaxLineBytes);
        Assert.True(lines.Next(out _, out var terminated, out var tooLong));
        Assert.Equal((huge, true), (tooLong, terminated));
        Assert.True(lines.Next(out var next, out _, out tooLong));
        Assert.Equal((0L, "1,2", 2L), (tooLong, Encoding.ASCII.GetString(next), lines.LineNumber));
        Assert.True(lines.BufferCapacity <= 4 * TextLimits.Default.MaxLineBytes, $"buffer {lines.BufferCapacity:N0} bytes");
    }

    [Fact]
    public void Quoted_decimal_comma_is_not_a_number_and_the_limit_is_a_setting()
    {
        // "1,23" is not grouped by threes: never guessed as 1.23 or 123.
        var csv = "站点编码,时间,PM2.5\n1828A,2019-01-01 00:00,\"1,23\"\n1828A,2019-01-01 01:00,\"1,234.5\"\n";
        var path = Path.Combine(Path.GetTempPath(), $"wb-fault-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);
        var t = TidyTableReader.Read(path).Hourly!;
        Assert.True(double.IsNaN(t.Series(Pollutant.PM2_5, 0)[0]));
        Assert.Equal(1234.5, t.Series(Pollutant.PM2_5, 0)[1]);   // within the physical range (PM2.5 ≤ 10000)
        Assert.Equal(2L, Assert.Single(t.Quality.Issues, i => i.Code == "invalid-value").Line);
        Assert.Equal(3L, Assert.Single(t.Quality.Issues, i => i.Code == "thousands-separator").Line);
        // A lower MaxLineBytes refuses the longer data line only.
        var small = TidyTableReader.Read(path, new TidyTableOptions { Limits = new TextLimits { MaxLineBytes = 30 } });
        Assert.Equal(3L, Assert.Single(small.Quality.Issues, i => i.Code == "line-too-long").Line);
        File.Delete(path);
    }

    // ------------------------------------------------------------------ files and cells

    private static string Sample(string name) => Path.Combine(SharedData.RepoRoot, "data", "sample", name);

    /// <summary>The first <paramref name="n"/> lines (whole quoted records: never cut inside one), without line ends or BOM.</summary>
    private static List<string> Head(string path, int n)
    {
        using var s = Workbench.IO.XzStream.OpenRead(path);
        using var reader = new StreamReader(s, Encoding.UTF8);
        var list = new List<string>();
        while (list.Count < n && reader.ReadLine() is { } line) list.Add(line);
        while (list.Count > 0 && string.Concat(list).Count(c => c == '"') % 2 == 1) list.RemoveAt(list.Count - 1);   // never cut inside a quoted cell
        if (list.Count > 0) list[0] = list[0].TrimStart('\uFEFF');
        return list;
    }

    private static byte[] Bytes(List<string> lines, string newLine, bool bom, int gbFrom)
    {
        var gb = CodePages.Gb18030;
        using var ms = new MemoryStream();
        if (bom) ms.Write("\uFEFF"u8);
        for (var i = 0; i < lines.Count; i++)
            ms.Write((i >= gbFrom ? gb : new UTF8Encoding(false)).GetBytes(lines[i] + newLine));
        return ms.ToArray();
    }

    private static class CodePages
    {
        public static readonly Encoding Gb18030 = Get();

        private static Encoding Get()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(54936);
        }
    }

    private static string Replace(string[] fields, int j, string value)
    {
        var f = (string[])fields.Clone();
        f[j] = value;
        return string.Join(',', f);
    }

    private static int FirstNumber(string line)
    {
        var f = line.Split(',');
        for (var j = 3; j < f.Length; j++)
            if (f[j].Length > 0 && double.TryParse(f[j], NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return j;
        throw new InvalidOperationException("no number on the line");
    }

    /// <summary>The CREA header and its first rows of one pollutant.</summary>
    private static List<string> CreaRows(string poll, int n)
    {
        var all = Head(SharedData.PathOf(Crea), 6000);
        return [all[0], .. all.Skip(1).Where(l => l.Split(',')[3] == $"\"{poll}\"").Take(n - 1)];
    }

    /// <summary>A Chinese-header daily table made from aqistudy rows (an analyst's own export).</summary>
    private static List<string> TidyFromAqistudy(List<string> rows) =>
        rows.Select(l => l.Split(',')).Select(f => string.Join(',', f[0], f[1], f[2], f[5], f[6], f[7], f[8], f[9], f[10]))
            .Prepend("城市,日期,AQI,PM2.5,PM10,二氧化硫,一氧化碳,二氧化氮,O3_8h").ToList();

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static (Dictionary<string, string>, DataQualityReport) Cells(StationHourlyTable t)
    {
        var cells = new Dictionary<string, string>();
        for (var s = 0; s < t.StationCodes.Count; s++)
            for (var h = 0; h < t.HourCount; h++)
            {
                var label = t.FirstHour.AddHours(h).ToString("yyyy-MM-ddTHH", CultureInfo.InvariantCulture);
                foreach (var p in PollutantInfo.All)
                    if (t.Series(p, s)[h] is var v && !double.IsNaN(v)) cells[$"{t.StationCodes[s]}|{label}|{p}"] = F(v);
                if (t.PublishedAqi(s)[h] is var a && a >= 0) cells[$"{t.StationCodes[s]}|{label}|AQI"] = a.ToString(CultureInfo.InvariantCulture);
            }
        return (cells, t.Quality);
    }

    private static (Dictionary<string, string>, DataQualityReport) Cells(DailyTable d)
    {
        var cells = new Dictionary<string, string>();
        for (var s = 0; s < d.Sites.Count; s++)
            for (var i = 0; i < d.DayCount; i++)
            {
                var day = d.DayAt(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                foreach (var ind in Enum.GetValues<DailyIndicator>())
                    if (d.Series(ind, s)[i] is var v && !double.IsNaN(v)) cells[$"{d.Sites[s]}|{day}|{ind}"] = F(v);
                if (d.PublishedAqi(s)[i] is var a && a >= 0) cells[$"{d.Sites[s]}|{day}|AQI"] = a.ToString(CultureInfo.InvariantCulture);
            }
        return (cells, d.Quality);
    }

    private static Dictionary<string, string> Cells(StationRegistry reg) =>
        reg.Records.ToDictionary(s => $"{s.Code}|{s.ValidFrom}",
            s => $"{s.Name}|{s.City}|{s.Longitude?.ToString("R", CultureInfo.InvariantCulture)}|{s.Latitude?.ToString("R", CultureInfo.InvariantCulture)}|{s.IsControl}");

    private static Dictionary<string, string> Cells(DustDays d) =>
        d.CityDays.ToDictionary(c => $"{c.City}|{c.Day:yyyy-MM-dd}", _ => "沙尘");

    private static Dictionary<string, string> Cells(IReadOnlyList<AirTarget> targets) =>
        targets.ToDictionary(t => $"{t.City}|{t.Indicator}|{t.Period.Start}..{t.Period.End}", t => t.Value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A stream of one byte repeated (a 200 MB line without 200 MB anywhere).</summary>
    private sealed class RepeatStream(byte value, long length) : Stream
    {
        private long _left = length;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, _left);
            buffer.AsSpan(offset, n).Fill(value);
            _left -= n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long v) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Two streams one after the other.</summary>
    private sealed class ConcatStream(Stream a, Stream b) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = a.Read(buffer, offset, count);
            return n > 0 ? n : b.Read(buffer, offset, count);
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long v) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
