using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Workbench.IO;
using Workbench.Quality;
using Workbench.Standards.Water;
using Workbench.Water.Files;
using Workbench.Water.Registry;

namespace Workbench.Water.Import;

/// <summary>
/// Reads the national automatic-station water files (REFERENCE DATA §7): the 17-column Chinese CSV, the flattened daily
/// snapshots with <c>_原始值</c> raw columns, and the raw API JSON. Every quirk is counted and listed in the
/// data-quality report: placeholders (<c>*</c>, <c>--</c>, <c>-</c>), stale times, times without a year, exact
/// duplicate rows, full-width brackets, repeated headers. No row is dropped: every data row stays in
/// <see cref="AutomaticStationData.Rows"/>.
/// </summary>
public static partial class AutomaticStationImporter
{
    /// <summary>Suffix of the raw-value columns in the flattened snapshots.</summary>
    public const string RawSuffix = "_原始值";

    /// <summary>Reads a file (.csv, .csv.xz, .json, .json.xz), choosing the format from its content.</summary>
    public static AutomaticStationData Read(string path, DataQualityReport quality, AutomaticImportOptions? options = null)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"文件不存在：{path}", path);
        options ??= AutomaticImportOptions.Default;
        if (options.ReferenceDate is null && DateFromPath(path) is { } d) options = options with { ReferenceDate = d };
        var text = CsvText.ReadFile(path, quality);
        var name = Path.GetFileName(path);
        quality.CountFile();
        // A .json file is JSON whatever its first character (a damaged one then gets the JSON error with line and byte).
        return IsJsonName(name) || text.TrimStart().StartsWith('{')
            ? ReadJson(text, name, quality, options)
            : ReadCsv(text, name, quality, options);
    }

    /// <summary>True for <c>.json</c> and <c>.json.xz</c> file names.</summary>
    public static bool IsJsonName(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json.xz", StringComparison.OrdinalIgnoreCase);

    /// <summary>A <c>yyyy-MM-dd</c> (or <c>yyyy-MM</c>, taken as its first day) in the file name, else in its folders.</summary>
    public static DateOnly? DateFromPath(string path)
    {
        foreach (var part in new[] { Path.GetFileName(path), Path.GetDirectoryName(path) ?? "" })
        {
            // A name such as 2021-02-30 is no date: skip it (rows then report their missing year).
            for (var m = DateInName().Match(part); m.Success; m = m.NextMatch())
            {
                int y = int.Parse(m.Groups[1].Value), mo = int.Parse(m.Groups[2].Value);
                var day = m.Groups[3].Success ? int.Parse(m.Groups[3].Value) : 1;
                if (day <= DateTime.DaysInMonth(y, mo)) return new DateOnly(y, mo, day);
            }
        }
        return null;
    }

    [GeneratedRegex(@"(20\d{2})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?")]
    private static partial Regex DateInName();

    /// <summary>Reads the 17-column CSV or the flattened snapshots from text.</summary>
    public static AutomaticStationData ReadCsv(string text, string fileName, DataQualityReport quality, AutomaticImportOptions? options = null)
    {
        options ??= AutomaticImportOptions.Default;
        var records = CsvText.Parse(text, fileName, quality);
        if (records.Count == 0) throw new WorkbenchDataException(fileName, 1, null, "文件为空，缺少表头");
        var header = records[0].Fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        var layout = Layout.From(header, fileName, records[0].Line);
        var rows = new List<IReadOnlyList<string>>();
        var readings = new List<AutomaticReading>();
        var ctx = new Context(fileName, quality, options);
        var seen = new HashSet<string>();
        foreach (var r in records.Skip(1))
        {
            var fields = r.Fields;
            var index = rows.Count;
            rows.Add(fields);
            if (fields.Length > 0 && fields.Select(f => f.Trim()).SequenceEqual(header))
            {
                ctx.Issue(r.Line, null, null, null, "repeated-header", "重复的表头行：不是数据，未参与计算", QualityAction.Rejected);
                continue;
            }
            if (fields.Length != header.Length)
            {
                // A field too many or too few shifts every later value under the wrong column: the row is not loaded.
                ctx.Issue(r.Line, null, null, null, "field-count", TableFile.FieldCountReason(header.Length, fields.Length), QualityAction.Rejected);
                continue;
            }
            string F(int k) => k >= 0 && k < fields.Length ? fields[k].Trim() : "";
            var duplicate = !seen.Add(r.RawText.Trim());
            DateOnly? snapshot = null;
            if (layout.Snapshot >= 0)
            {
                if (DateOnly.TryParseExact(F(layout.Snapshot), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var sd)) snapshot = sd;
                else ctx.Issue(r.Line, header[layout.Snapshot], null, null, "bad-snapshot-date", $"无法识别的快照日期：{F(layout.Snapshot)}", QualityAction.Flagged);
            }
            var display = layout.Items.ToDictionary(x => x.Item, x => F(x.Display));
            var raw = layout.Items.Where(x => x.Raw >= 0).ToDictionary(x => x.Item, x => F(x.Raw));
            readings.Add(ctx.Build(index, r.Line, F(layout.Province), F(layout.Basin), F(layout.Section), F(layout.City), F(layout.River),
                snapshot, F(layout.Time), F(layout.Class), F(layout.State), display, raw, duplicate,
                layout.Items.ToDictionary(x => x.Item, x => header[x.Display]), layout.Algae.Any(k => IsNumber(F(k)))));
        }
        ctx.Finish();
        return new AutomaticStationData(fileName, layout.Snapshot >= 0 || layout.Items.Any(i => i.Raw >= 0) ? AutomaticFormat.DailySnapshot : AutomaticFormat.SeventeenColumn,
            header, rows, readings, ctx.Counts);
    }

    /// <summary>Reads the raw API JSON (<c>{"result","total","records","thead","tbody"}</c>) from text.</summary>
    public static AutomaticStationData ReadJson(string text, string fileName, DataQualityReport quality, AutomaticImportOptions? options = null)
    {
        options ??= AutomaticImportOptions.Default;
        JsonDocument doc;
        try { doc = JsonDocument.Parse(text); }
        catch (JsonException e)
        {
            throw JsonErrors.Syntax(fileName, e, "JSON 语法错误（引号或括号未闭合、缺少逗号、文件被截断等）：整个文件无法读取");
        }
        using var _ = doc;
        if (doc.RootElement.ValueKind != JsonValueKind.Object
            || !doc.RootElement.TryGetProperty("thead", out var thead) || !doc.RootElement.TryGetProperty("tbody", out var tbody))
            throw new WorkbenchDataException(fileName, 1, null, "不是国家地表水自动监测接口的 JSON（缺少 thead/tbody）");
        if (thead.ValueKind != JsonValueKind.Array || tbody.ValueKind != JsonValueKind.Array)
            throw new WorkbenchDataException(fileName, 1, thead.ValueKind != JsonValueKind.Array ? "thead" : "tbody", "thead 和 tbody 应为数组：不是国家地表水自动监测接口的 JSON");
        var header = thead.EnumerateArray().Select((h, k) => h.ValueKind == JsonValueKind.String ? StripTags(h.GetString() ?? "")
            : throw new WorkbenchDataException(fileName, 1, $"thead 第 {k + 1} 项", $"表头项应为文本，实为 {h.ValueKind}")).ToArray();
        var layout = Layout.From(header, fileName, 1);
        var columns = header.Concat(["所在地市", "所属河流"]).Concat(layout.Items.Select(i => header[i.Display] + RawSuffix)).ToArray();
        var rows = new List<IReadOnlyList<string>>();
        var readings = new List<AutomaticReading>();
        var ctx = new Context(fileName, quality, options);
        var seen = new HashSet<string>();
        var line = 0;
        foreach (var row in tbody.EnumerateArray())
        {
            line++;
            if (row.ValueKind != JsonValueKind.Array)
                throw new WorkbenchDataException(fileName, line, "tbody", $"tbody 第 {line} 行应为数组，实为 {row.ValueKind}：不是国家地表水自动监测接口的 JSON");
            var cells = row.EnumerateArray().Select(c => c.ValueKind == JsonValueKind.String ? c.GetString() ?? "" : c.ValueKind == JsonValueKind.Null ? "" : c.GetRawText()).ToArray();
            if (cells.Length != header.Length)
            {
                // Cells are matched to thead by position: one too many or too few shifts the rest. The row is kept in
                // Rows as written (markup removed) but not loaded.
                ctx.Issue(line, null, null, null, "field-count",
                    TableFile.FieldCountReason(header.Length, cells.Length), QualityAction.Rejected);
                rows.Add(cells.Select(c => TextAndTitle(c).Text).ToArray());
                continue;
            }
            string Cell(int k) => k >= 0 && k < cells.Length ? cells[k] : "";
            var duplicate = !seen.Add(string.Join('\u0001', cells));
            var (section, tip) = TextAndTitle(Cell(layout.Section));
            var city = TipField(tip, "所在地市");
            var river = TipField(tip, "所属河流");
            var display = new Dictionary<WaterItem, string>();
            var raw = new Dictionary<WaterItem, string>();
            foreach (var it in layout.Items)
            {
                var (shown, title) = TextAndTitle(Cell(it.Display));
                display[it.Item] = shown;
                raw[it.Item] = title is null ? "" : title.Replace("原始值：", "").Replace("原始值:", "").Trim();
            }
            var plain = Enumerable.Range(0, header.Length).Select(k => TextAndTitle(Cell(k)).Text).ToArray();
            var outRow = plain.Concat([city, river]).Concat(layout.Items.Select(i => raw[i.Item])).ToArray();
            var index = rows.Count;
            rows.Add(outRow);
            readings.Add(ctx.Build(index, line, plain.ElementAtOrDefault(layout.Province) ?? "", plain.ElementAtOrDefault(layout.Basin) ?? "",
                section, city, river, null, plain.ElementAtOrDefault(layout.Time) ?? "", plain.ElementAtOrDefault(layout.Class) ?? "",
                layout.State >= 0 ? plain.ElementAtOrDefault(layout.State) ?? "" : "", display, raw, duplicate,
                layout.Items.ToDictionary(x => x.Item, x => header[x.Display]), layout.Algae.Any(k => IsNumber(plain.ElementAtOrDefault(k)))));
        }
        ctx.Finish();
        return new AutomaticStationData(fileName, AutomaticFormat.ApiJson, columns, rows, readings, ctx.Counts);
    }

    private static bool IsNumber(string? s) =>
        MeasuredValue.TryParse(s, out var v) == MeasuredValue.ParseOutcome.Value && !v.BelowDetectionLimit;

    private static string StripTags(string s) => WebUtility.HtmlDecode(Tags().Replace(s, "")).Trim();

    private static (string Text, string? Title) TextAndTitle(string cell)
    {
        if (!cell.Contains('<')) return (WebUtility.HtmlDecode(cell).Trim(), null);
        var m = TitleAttr().Match(cell);
        return (StripTags(cell), m.Success ? WebUtility.HtmlDecode(m.Groups["value"].Value) : null);
    }

    private static string TipField(string? tip, string key)
    {
        if (tip is null) return "";
        foreach (var part in tip.Split('\n', StringSplitOptions.TrimEntries))
        {
            var p = part.Replace('：', ':');
            if (p.StartsWith(key + ":")) return p[(key.Length + 1)..].Trim();
        }
        return "";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    // The attribute ends at the quote it opened with: title='原始值：8.4"7423' is not 8.4 (found by fuzzing).
    [GeneratedRegex("title=(?<q>['\"])(?<value>[\\s\\S]*?)\\k<q>")]
    private static partial Regex TitleAttr();

    /// <summary>Where each column is.</summary>
    private sealed record Layout(int Snapshot, int City, int River, int Province, int Basin, int Section, int Time, int Class, int State,
        IReadOnlyList<(WaterItem Item, int Display, int Raw)> Items, IReadOnlyList<int> Algae)
    {
        public static Layout From(string[] header, string file, long line)
        {
            int Col(string n) => Array.FindIndex(header, h => h == n);
            var items = new List<(WaterItem, int, int)>();
            for (var k = 0; k < header.Length; k++)
            {
                if (header[k].EndsWith(RawSuffix)) continue;
                if (!WaterItems.TryFromHeader(header[k], out var item)) continue;
                items.Add((item, k, Col(header[k] + RawSuffix)));
            }
            var l = new Layout(Col("snapshot_file_date"), Col("所在地市"), Col("所属河流"), Col("省份"), Col("流域"), Col("断面名称"),
                Col("监测时间"), Col("水质类别"), Col("站点情况"), items,
                Enumerable.Range(0, header.Length).Where(k => (header[k].StartsWith("叶绿素") || header[k].StartsWith("藻密度")) && !header[k].EndsWith(RawSuffix)).ToArray());
            foreach (var g in items.GroupBy(i => i.Item1).Where(g => g.Count() > 1))
                throw new WorkbenchDataException(file, line, header[g.Last().Item2],
                    $"项目列重复：“{string.Join("”“", g.Select(i => header[i.Item2]))}”都是{g.Key.ChineseName()}，无法确定取哪一列");
            foreach (var (need, at) in new[] { ("断面名称", l.Section), ("监测时间", l.Time), ("水质类别", l.Class) })
                if (at < 0) throw new WorkbenchDataException(file, line, need, $"表头缺少“{need}”列：不是国家地表水自动监测数据格式");
            if (items.Count == 0) throw new WorkbenchDataException(file, line, null, "表头中找不到任何监测项目列（pH、溶解氧、高锰酸盐指数、氨氮、总磷…）");
            return l;
        }
    }

    /// <summary>Per-file parsing state: counts and the quality report.</summary>
    private sealed class Context(string file, DataQualityReport quality, AutomaticImportOptions options)
    {
        private readonly Dictionary<string, long> _counts = [];
        private long _accepted;
        public IReadOnlyDictionary<string, long> Counts => _counts;

        public void Count(string code) => _counts[code] = _counts.GetValueOrDefault(code) + 1;

        public void Issue(long line, string? column, string? station, string? time, string code, string reason, QualityAction action)
        {
            Count(code);
            quality.Add(file, line, column, station, time, code, reason, action);
        }

        public void Finish()
        {
            quality.CountAccepted(_accepted);
            if (_counts.GetValueOrDefault("date-without-year") is var n and > 0)
                quality.Add(file, null, "监测时间", null, null, "date-without-year",
                    $"监测时间无年份：{n:N0} 行的年份取自快照日期或文件名中的日期（{options.ReferenceDate?.ToString("yyyy-MM-dd") ?? "逐行快照日期"}）",
                    QualityAction.Corrected);
        }

        public AutomaticReading Build(int index, long line, string province, string basin, string sourceSection, string city, string river,
            DateOnly? snapshot, string timeText, string classText, string state,
            IReadOnlyDictionary<WaterItem, string> display, IReadOnlyDictionary<WaterItem, string> raw, bool duplicate,
            IReadOnlyDictionary<WaterItem, string> columnNames, bool algae)
        {
            var section = SectionNames.Normalise(sourceSection);
            if (section.Length == 0)
                Issue(line, "断面名称", null, null, "no-section-name", "断面名称为空：该行无法归属断面", QualityAction.Rejected);
            if (SectionNames.HasFullWidthBrackets(sourceSection))
                Issue(line, "断面名称", section, null, "fullwidth-bracket", $"全角括号已规范为半角：{sourceSection} → {section}", QualityAction.Corrected);
            if (duplicate)
                Issue(line, null, section, timeText, "exact-duplicate", "与前面某行完全相同的重复行：保留在输出中，不重复参与统计", QualityAction.Flagged);

            var (time, stale) = ParseTime(line, section, timeText, snapshot);

            WaterClass? published = null;
            if (WaterClasses.TryParse(classText, out var pc)) published = pc;
            else if (classText is "*" or "-" or "--")
                Issue(line, "水质类别", section, timeText, "class-placeholder", $"水质类别为占位符“{classText}”：无发布类别", QualityAction.Missing);
            else if (classText.Length == 0) Count("class-empty");
            else Issue(line, "水质类别", section, timeText, "bad-class", $"无法识别的水质类别：{classText}", QualityAction.Flagged);

            var values = new Dictionary<WaterItem, MeasuredValue>();
            var displayValues = new Dictionary<WaterItem, MeasuredValue>();
            var refused = new Dictionary<WaterItem, string>();
            var hasRaw = false;
            foreach (var (item, text) in display)
            {
                var col = columnNames[item];
                var shown = ItemValueReader.TryRead(text, item, out var dv, out var displayGrouped);
                var rawText = raw.GetValueOrDefault(item, "");
                MeasuredValue rv = default;
                var rawGrouped = false;
                var rawOutcome = rawText.Length > 0 ? ItemValueReader.TryRead(rawText, item, out rv, out rawGrouped) : ItemValueOutcome.Placeholder;
                if (shown == ItemValueOutcome.OutOfRange || rawOutcome == ItemValueOutcome.OutOfRange)
                {
                    // Physically impossible (pH 85.0): neither the display nor the raw value is used for classing.
                    var (badColumn, badText) = shown == ItemValueOutcome.OutOfRange ? (col, text) : (col + RawSuffix, rawText);
                    Issue(line, badColumn, section, timeText, "out-of-range", ItemValueReader.OutOfRangeReason(item, badText), QualityAction.Rejected);
                    refused[item] = badText.Trim();
                    continue;
                }
                if (shown == ItemValueOutcome.Value)
                {
                    if (displayGrouped) Issue(line, col, section, timeText, "thousands-separator", ItemValueReader.ThousandsReason(text, dv), QualityAction.Corrected);
                    displayValues[item] = dv; values[item] = dv; _accepted++;
                }
                else if (shown == ItemValueOutcome.Placeholder)
                {
                    var code = text.Trim() switch { "*" => "placeholder-star", "--" => "placeholder-dashes", "-" => "placeholder-dash", "" => "value-empty", _ => "placeholder-other" };
                    var what = text.Trim() switch { "*" => "“*”（未监测）", "--" => "“--”（无数据）", "-" => "“-”", "" => "空值", _ => $"“{text}”" };
                    Issue(line, col, section, timeText, code, $"占位符{what}：该项缺测", QualityAction.Missing);
                }
                else Issue(line, col, section, timeText, "bad-value", $"无法识别的数值“{text}”：该项按缺测处理", QualityAction.Rejected);

                if (rawText.Length > 0)
                {
                    if (rawOutcome == ItemValueOutcome.Value)
                    {
                        if (rawGrouped) Issue(line, col + RawSuffix, section, timeText, "thousands-separator", ItemValueReader.ThousandsReason(rawText, rv), QualityAction.Corrected);
                        values[item] = rv;
                        if (WaterItems.AutomaticStationFive.Contains(item)) hasRaw = true;
                    }
                    else if (rawText is not ("*" or "--" or "-"))
                        Issue(line, col + RawSuffix, section, timeText, "bad-raw-value", $"无法识别的原始值“{rawText}”：使用显示值", QualityAction.Flagged);
                }
            }
            if (stale)
                Issue(line, "监测时间", section, timeText, "stale-time",
                    $"过期读数：监测时间 {timeText} 早于快照/文件日期 {(snapshot ?? options.ReferenceDate)?.ToString("yyyy-MM-dd")} 超过 {options.StaleAfterDays} 天（类别可能沿用上一次读数）",
                    QualityAction.Flagged);
            return new AutomaticReading(index, line, province, basin, section, sourceSection, city, river, snapshot, timeText, time,
                classText, published, state, values, displayValues, hasRaw, duplicate, stale, algae, refused);
        }

        private (DateTime? Time, bool Stale) ParseTime(long line, string section, string text, DateOnly? snapshot)
        {
            var t = text.Trim();
            if (t.Length == 0 || t is "*" or "--" or "-")
            {
                Issue(line, "监测时间", section, t, "time-placeholder", $"监测时间为{(t.Length == 0 ? "空" : $"占位符“{t}”")}：该读数无时间", QualityAction.Missing);
                return (null, false);
            }
            if (DateTime.TryParseExact(t, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var full))
                return (full, IsStale(full, snapshot ?? options.ReferenceDate));
            if (!DateTime.TryParseExact("2000-" + t, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var noYear))
            {
                Issue(line, "监测时间", section, t, "bad-time", $"无法识别的监测时间“{t}”", QualityAction.Rejected);
                return (null, false);
            }
            var reference = snapshot ?? options.ReferenceDate;
            if (reference is null)
            {
                Issue(line, "监测时间", section, t, "time-no-year", "监测时间无年份，且无快照日期或文件日期可推断：该读数无时间", QualityAction.Missing);
                return (null, false);
            }
            Count("date-without-year");
            var r = reference.Value;
            // A time after the reference date by more than a month belongs to the previous year (a December reading in
            // a January snapshot). Feb 29 needs a leap year: try the reference year, then the previous one.
            DateTime? candidate = null;
            foreach (var y in new[] { r.Year, r.Year - 1 })
            {
                if (noYear.Month == 2 && noYear.Day == 29 && !DateTime.IsLeapYear(y)) continue;
                var c = new DateTime(y, noYear.Month, noYear.Day, noYear.Hour, noYear.Minute, 0);
                if (DateOnly.FromDateTime(c) <= r.AddDays(31)) { candidate = c; break; }
            }
            if (candidate is null)
            {
                Issue(line, "监测时间", section, t, "bad-time", $"无法确定监测时间“{t}”的年份", QualityAction.Rejected);
                return (null, false);
            }
            return (candidate, IsStale(candidate.Value, reference));
        }

        private bool IsStale(DateTime time, DateOnly? reference) =>
            reference is { } r && DateOnly.FromDateTime(time) < r.AddDays(-options.StaleAfterDays);
    }
}
