using System.Globalization;
using System.Text.RegularExpressions;
using Workbench.IO;
using Workbench.Quality;
using Workbench.Standards.Water;
using Workbench.Water.Files;
using Workbench.Water.Registry;

namespace Workbench.Water.Import;

/// <summary>A monthly manual-sampling table as imported.</summary>
/// <param name="File">File name.</param>
/// <param name="Samples">One sample per accepted row, in file order.</param>
/// <param name="Items">The items the table has columns for (any subset of the 24).</param>
/// <param name="Counts">Counts by quirk (non-detect, placeholder-*, exact-duplicate, duplicate-month, …).</param>
public sealed record ManualSampleData(string File, IReadOnlyList<WaterSample> Samples, IReadOnlyList<WaterItem> Items,
    IReadOnlyDictionary<string, long> Counts);

/// <summary>
/// Reads a monthly manual-sampling table (CSV, .csv.xz or XLSX): one row per section and month, Chinese headers,
/// any subset of the 24 GB 3838 items. Required: 断面名称 and a time (年 + 月, or one of 监测时间/采样时间/采样日期/
/// 时间/月份 as <c>2020-05</c>, <c>2020-05-12</c>, <c>2020年5月</c>, <c>202005</c>). Non-detects (<c>0.002L</c>,
/// <c>ND</c>, <c>&lt;0.01</c>) are kept as such; placeholders, bad numbers, exact duplicates and second rows for the same
/// section and month are counted and listed.
/// </summary>
public static partial class ManualSampleImporter
{
    /// <summary>Reads a file.</summary>
    public static ManualSampleData Read(string path, DataQualityReport quality)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"文件不存在：{path}", path);
        quality.CountFile();
        return Read(TableFile.Read(path, quality), Path.GetFileName(path), quality);
    }

    /// <summary>Reads already-split records (first record = header).</summary>
    public static ManualSampleData Read(IReadOnlyList<CsvRecord> records, string file, DataQualityReport quality)
    {
        if (records.Count == 0) throw new WorkbenchDataException(file, 1, null, "文件为空，缺少表头");
        var header = records[0].Fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        int Col(params string[] names) => Array.FindIndex(header, h => names.Contains(h));
        var section = Col("断面名称", "断面", "点位名称", "点位", "监测断面");
        if (section < 0) throw new WorkbenchDataException(file, records[0].Line, null, "表头缺少“断面名称”列");
        var year = Col("年", "年份");
        var month = Col("月", "月份");
        var time = Col("监测时间", "采样时间", "采样日期", "监测日期", "时间", "日期");
        if (time < 0 && (year < 0 || month < 0)) time = month >= 0 && year < 0 ? month : -1;
        if (time < 0 && (year < 0 || month < 0))
            throw new WorkbenchDataException(file, records[0].Line, null, "表头缺少时间列（“年”和“月”，或“监测时间”/“采样日期”）");
        var province = Col("省份", "省");
        var city = Col("城市", "所在地市", "地市");
        var river = Col("河流", "所属河流", "河流名称");
        var items = new List<(WaterItem Item, int Column)>();
        for (var k = 0; k < header.Length; k++)
            if (k != section && k != year && k != month && k != time && WaterItems.TryFromHeader(header[k], out var it))
            {
                if (items.Any(x => x.Item == it))
                    quality.Add(file, records[0].Line, header[k], null, null, "duplicate-column", $"重复的项目列“{header[k]}”：仅使用第一列", QualityAction.Rejected);
                else items.Add((it, k));
            }
        if (items.Count == 0) throw new WorkbenchDataException(file, records[0].Line, null, "表头中找不到任何 GB 3838 项目列（pH、溶解氧、高锰酸盐指数、氨氮、总磷…）");

        var counts = new Dictionary<string, long>();
        void Issue(long line, string? column, string? station, string? when, string code, string reason, QualityAction action)
        {
            counts[code] = counts.GetValueOrDefault(code) + 1;
            quality.Add(file, line, column, station, when, code, reason, action);
        }
        var samples = new List<WaterSample>();
        var seenRows = new HashSet<string>();
        var seenMonths = new HashSet<(string, string, DateOnly)>();
        long accepted = 0;
        foreach (var r in records.Skip(1))
        {
            if (r.Fields.Length != header.Length)
            {
                // A field too many or too few shifts every later value under the wrong item: the row is not loaded.
                Issue(r.Line, null, null, null, "field-count", TableFile.FieldCountReason(header.Length, r.Fields.Length), QualityAction.Rejected);
                continue;
            }
            string F(int k) => k >= 0 && k < r.Fields.Length ? r.Fields[k].Trim() : "";
            var sourceName = F(section);
            var name = SectionNames.Normalise(sourceName);
            if (name.Length == 0)
            {
                Issue(r.Line, header[section], null, null, "no-section-name", "断面名称为空：该行未参与计算", QualityAction.Rejected);
                continue;
            }
            if (SectionNames.HasFullWidthBrackets(sourceName))
                Issue(r.Line, header[section], name, null, "fullwidth-bracket", $"全角括号已规范为半角：{sourceName} → {name}", QualityAction.Corrected);
            DateTime? when = time >= 0 ? ParseTime(F(time)) : ParseYearMonth(F(year), F(month));
            var timeText = time >= 0 ? F(time) : $"{F(year)}-{F(month)}";
            if (when is null)
            {
                Issue(r.Line, time >= 0 ? header[time] : header[month], name, timeText, "bad-time", $"无法识别的监测时间“{timeText}”：该行未参与计算", QualityAction.Rejected);
                continue;
            }
            var rowKey = string.Join('\u0001', r.Fields.Select(f => f.Trim()));
            if (!seenRows.Add(rowKey))
            {
                Issue(r.Line, null, name, timeText, "exact-duplicate", "与前面某行完全相同的重复行：未重复参与计算", QualityAction.Rejected);
                continue;
            }
            var monthKey = new DateOnly(when.Value.Year, when.Value.Month, 1);
            if (!seenMonths.Add((F(province), name, monthKey)))
                Issue(r.Line, null, name, timeText, "duplicate-month", "同一断面同月有多行：按多次采样取均值", QualityAction.Flagged);
            var values = new Dictionary<WaterItem, MeasuredValue>();
            foreach (var (item, k) in items)
            {
                var text = F(k);
                switch (ItemValueReader.TryRead(text, item, out var v, out var grouped))
                {
                    case ItemValueOutcome.Value:
                        if (grouped) Issue(r.Line, header[k], name, timeText, "thousands-separator", ItemValueReader.ThousandsReason(text, v), QualityAction.Corrected);
                        values[item] = v;
                        accepted++;
                        if (v.BelowDetectionLimit) counts["non-detect"] = counts.GetValueOrDefault("non-detect") + 1;
                        break;
                    case ItemValueOutcome.OutOfRange:
                        // Physically impossible (pH 85.0): not used; the sample is evaluated on its other items.
                        Issue(r.Line, header[k], name, timeText, "out-of-range", ItemValueReader.OutOfRangeReason(item, text), QualityAction.Rejected);
                        break;
                    case ItemValueOutcome.Placeholder when text.Length == 0:
                        counts["value-empty"] = counts.GetValueOrDefault("value-empty") + 1;   // not measured this month: common, counted only
                        break;
                    case ItemValueOutcome.Placeholder:
                        Issue(r.Line, header[k], name, timeText, text switch { "*" => "placeholder-star", "--" => "placeholder-dashes", "-" => "placeholder-dash", _ => "placeholder-other" },
                            $"占位符“{text}”：该项缺测", QualityAction.Missing);
                        break;
                    default:
                        Issue(r.Line, header[k], name, timeText, "bad-value", $"无法识别的数值“{text}”：该项按缺测处理", QualityAction.Rejected);
                        break;
                }
            }
            if (values.Count == 0)
            {
                Issue(r.Line, null, name, timeText, "no-values", "该行没有任何有效监测值：未参与计算", QualityAction.Rejected);
                continue;
            }
            samples.Add(new WaterSample(name, F(province), F(city), F(river), when.Value, values, SampleSource.Manual, file, r.Line));
        }
        quality.CountAccepted(accepted);
        return new ManualSampleData(file, samples, items.Select(i => i.Item).ToArray(), counts);
    }

    private static DateTime? ParseYearMonth(string y, string m) =>
        int.TryParse(y.Replace("年", ""), out var yy) && int.TryParse(m.Replace("月", ""), out var mm) && yy is > 1900 and < 2200 && mm is >= 1 and <= 12
            ? new DateTime(yy, mm, 1) : null;

    private static DateTime? ParseTime(string t)
    {
        t = t.Trim();
        string[] formats = ["yyyy-MM", "yyyy-M", "yyyy/M", "yyyyMM", "yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm", "yyyyMMdd"];
        if (DateTime.TryParseExact(t, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        var m = ChineseDate().Match(t);
        if (m.Success)
        {
            var y = int.Parse(m.Groups[1].Value);
            var mo = int.Parse(m.Groups[2].Value);
            var day = m.Groups[3].Success ? int.Parse(m.Groups[3].Value) : 1;
            if (mo is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(y, mo)) return new DateTime(y, mo, day);
        }
        return null;
    }

    [GeneratedRegex(@"^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$")]
    private static partial Regex ChineseDate();
}
