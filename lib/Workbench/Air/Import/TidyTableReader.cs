using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Workbench.Air.Checks;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Quality;
using Workbench.Standards;

namespace Workbench.Air.Import;

/// <summary>What <see cref="TidyTableReader"/> returns: hourly or daily data, never both.</summary>
/// <param name="Hourly">Station (or city) × hour, when the table has hour labels.</param>
/// <param name="Daily">Site × day, when the table has dates only.</param>
/// <param name="Encoding">Text encoding found (UTF-8 or GBK), or "XLSX".</param>
/// <param name="SourceFiles">Display names of the files read.</param>
public sealed record TidyTableData(StationHourlyTable? Hourly, DailyTable? Daily, string Encoding, IReadOnlyList<string> SourceFiles)
{
    /// <summary>The quality report (of whichever table was read).</summary>
    public DataQualityReport Quality => Hourly?.Quality ?? Daily!.Quality;
}

/// <summary>
/// Reads analysts' own exports: CSV (UTF-8, UTF-8 with BOM or GBK) or XLSX, one row per site and hour
/// (`站点编码,时间,PM2.5,PM10,SO2,NO2,O3,CO`) or per site and day (`城市,日期,AQI,PM2.5,…`), with the usual
/// Chinese and English header synonyms. Hourly when there is a time column (or a date plus an hour
/// column, or dates with times); daily otherwise.
/// </summary>
public static class TidyTableReader
{
    /// <summary>Reads one CSV or XLSX file.</summary>
    public static TidyTableData Read(string path, TidyTableOptions? options = null) =>
        Read(ImportSource.FromPath(path), options);

    /// <summary>Reads one stream; XLSX when <paramref name="displayName"/> ends with .xlsx.</summary>
    public static TidyTableData Read(Stream stream, string displayName, TidyTableOptions? options = null)
    {
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        var bytes = ms.ToArray();
        return Read(new ImportSource(displayName, () => new MemoryStream(bytes, false)), options);
    }

    /// <summary>Reads one source.</summary>
    public static TidyTableData Read(ImportSource source, TidyTableOptions? options = null) =>
        ReadMany([source], options);

    /// <summary>Reads several files of the same layout kind (all hourly or all daily) into one table.</summary>
    public static TidyTableData ReadMany(IReadOnlyList<ImportSource> sources, TidyTableOptions? options = null)
    {
        options ??= TidyTableOptions.Default;
        var quality = new DataQualityReport();
        HourlyTableBuilder? hourly = null;
        DailyTableBuilder? daily = null;
        var encodings = new List<string>();
        foreach (var src in sources)
        {
            var (records, encoding, refused) = Records(src, options, quality);
            encodings.Add(encoding);
            var isHourly = ReadOne(src.DisplayName, records, refused, options, quality, ref hourly, ref daily);
            if ((isHourly && daily is not null) || (!isHourly && hourly is not null))
                throw new WorkbenchDataException(src.DisplayName, 1, null, "不能把逐小时表和逐日表一起读取：请分开读取");
        }
        return new TidyTableData(hourly?.Build(options.Status, options.Values), daily?.Build(options.Status, options.Values),
            string.Join("、", encodings.Distinct()), sources.Select(s => s.DisplayName).ToArray());
    }

    /// <summary>True when a header has a site column and a time or date column (used for format detection).</summary>
    public static bool Looks(string[] header)
    {
        var h = new HeaderMap(header, "");
        return h.Find(TidyColumns.Site) >= 0 && (h.Find(TidyColumns.Time) >= 0 || h.Find(TidyColumns.Date) >= 0);
    }

    /// <summary>The records of one file, its encoding, and the cells refused while reading them (XLSX formula cells
    /// without a stored result, already reported: read as no value, not as a missing marker).</summary>
    private static (List<CsvRecord> Records, string Encoding, HashSet<(long Line, int Field)> Refused) Records(ImportSource src,
        TidyTableOptions options, DataQualityReport quality)
    {
        if (src.DisplayName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var refused = new HashSet<(long, int)>();
            return (XlsxRecords(src, options, quality, refused), "XLSX", refused);
        }
        using var reader = new CsvRecordReader(src, quality, options.Limits);
        var list = new List<CsvRecord>();
        foreach (var r in reader.Records())
        {
            list.Add(r);
            reader.ExpectedFields ??= r.Fields.Length;   // issue 14: rows of another width than the header are refused
        }
        return (list, reader.EncodingName, []);
    }

    /// <summary>
    /// The rows of the worksheet's used range, as wide as its header row. A row with a value past the header (a cell
    /// inserted with the row shifted right) is refused whole, as a CSV row with a field too many is: its values may
    /// stand under the wrong columns.
    /// </summary>
    private static List<CsvRecord> XlsxRecords(ImportSource src, TidyTableOptions options, DataQualityReport quality,
        HashSet<(long, int)> refused)
    {
        try
        {
            using var s = src.Open();
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            ms.Position = 0;
            using var wb = new XLWorkbook(ms);
            var ws = options.WorksheetName is null ? wb.Worksheet(1)
                : wb.Worksheets.FirstOrDefault(w => w.Name == options.WorksheetName)
                  ?? throw new WorkbenchDataException(src.DisplayName, null, null, $"没有名为“{options.WorksheetName}”的工作表");
            var range = ws.RangeUsed();
            var list = new List<CsvRecord>();
            if (range is null) return list;
            var firstCol = range.FirstColumn().ColumnNumber();
            var lastCol = range.LastColumn().ColumnNumber();
            int? width = null;
            string[]? header = null;
            foreach (var row in range.Rows())
            {
                var fields = new string[lastCol - firstCol + 1];
                var refusedHere = false;
                for (var c = firstCol; c <= lastCol; c++)
                {
                    var cell = row.WorksheetRow().Cell(c);
                    if (!cell.HasFormula) { fields[c - firstCol] = CellText(cell.Value); continue; }
                    if (XlsxFormulas.StoredText(cell) is { } stored) { fields[c - firstCol] = stored; continue; }
                    // A formula without a stored result: not recalculated here, not loaded, reported (as the water tables).
                    var reason = XlsxFormulas.WithoutValueReason(cell);
                    if (header is null) throw new WorkbenchDataException(src.DisplayName, row.RowNumber(), cell.Address.ToString(), reason);
                    fields[c - firstCol] = "";
                    refused.Add((row.RowNumber(), c - firstCol));
                    refusedHere = true;
                    var name = c - firstCol < header.Length ? header[c - firstCol].Trim() : "";
                    quality.Add(new QualityIssue(src.DisplayName, row.RowNumber(), name.Length > 0 ? name : cell.Address.ToString(), null, null,
                        XlsxFormulas.WithoutValueCode, reason, QualityAction.Rejected));
                }
                var used = Array.FindLastIndex(fields, f => f.Length > 0) + 1;
                if (used == 0 && !refusedHere) continue;
                width ??= used;   // the header row
                header ??= fields[..width.Value];
                if (used > width)
                {
                    quality.Add(StructureIssues.PastHeader(src.DisplayName, row.RowNumber(),
                        row.WorksheetRow().Cell(firstCol + used - 1).Address.ToString()!, width.Value));
                    continue;
                }
                list.Add(new CsvRecord(fields[..width.Value], row.RowNumber()));
            }
            return list;
        }
        catch (WorkbenchDataException) { throw; }
        catch (Exception e) { throw new WorkbenchDataException(src.DisplayName, null, null, $"无法打开 Excel 工作簿：{e.Message}", e); }
    }

    /// <summary>A cell's value as text (dates as yyyy-MM-dd HH:mm:ss, numbers round-trip).</summary>
    private static string CellText(object? v) => v switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        TimeSpan t => ((int)Math.Round(t.TotalHours)).ToString(CultureInfo.InvariantCulture),
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };

    /// <summary>Reads the records of one file into the hourly or daily builder; returns true for hourly.</summary>
    private static bool ReadOne(string file, List<CsvRecord> records, HashSet<(long Line, int Field)> refused, TidyTableOptions options,
        DataQualityReport quality, ref HourlyTableBuilder? hourly, ref DailyTableBuilder? daily)
    {
        if (records.Count == 0) throw new WorkbenchDataException(file, 1, null, "文件为空");
        var h = new HeaderMap(records[0].Fields, file);
        var cSite = h.Require("站点或城市（站点编码/监测点编码/站点/城市…）", TidyColumns.Site);
        var cTime = h.Find(TidyColumns.Time);
        var cDate = h.Find(TidyColumns.Date);
        var cHour = h.Find(TidyColumns.Hour);
        if (cTime < 0 && cDate < 0) h.Require("时间或日期（时间/监测时间/日期…）", TidyColumns.Time.Concat(TidyColumns.Date).ToArray());
        var cAqi = h.Find(TidyColumns.Aqi);
        var data = records.Skip(1).ToList();

        // Hourly when there is an hour column, a time column, or dates that carry a clock time.
        var cWhen = cTime >= 0 ? cTime : cDate;
        var isHourly = cHour >= 0 || cTime >= 0 ||
                       data.Take(50).Any(r => HasClockTime(r[cWhen]));
        var values = new FieldValues(quality, file);
        // A refused cell (formula without a stored result) is already reported: no value, and not a missing marker.
        double Value(CsvRecord r, int c, string? site, string time) =>
            refused.Contains((r.Line, c)) ? double.NaN : values.Parse(r[c], r.Line, h.Header[c], site, time);
        int Aqi(CsvRecord r, string? site, string time) =>
            cAqi < 0 || refused.Contains((r.Line, cAqi)) ? -1 : values.ParseAqi(r[cAqi], r.Line, h.Header[cAqi], site, time);
        quality.CountFile();
        if (isHourly)
        {
            hourly ??= new HourlyTableBuilder(quality);
            var columns = TidyColumns.Hourly.Select(x => (x.P, Column: h.Find(x.Names))).Where(x => x.Column >= 0).ToArray();
            if (columns.Length == 0 && cAqi < 0)
                throw new WorkbenchDataException(file, 1, null, "表头中没有污染物列（PM2.5、PM10、SO2、NO2、O3、CO 或中文名）");
            // CO as written; a header naming µg/m³ declares the unit, settled per station-file when the grid is built.
            var coHeader = columns.Where(c => c.P == Pollutant.CO).Select(c => h.Header[c.Column]).FirstOrDefault(NamesMicrograms);
            hourly.DescribeFile(file, columns.Select(c => (c.P, h.Header[c.Column])), coHeader is null ? CoUnit.Mg : CoUnit.Ug,
                coHeader is null ? "未注明单位，按 CNEMC 惯例" : $"表头“{coHeader}”");
            foreach (var r in data)
            {
                var site = r[cSite].Trim().Trim('\u3000');
                if (site.Length == 0)
                {
                    quality.Add(new QualityIssue(file, r.Line, h.Header[cSite], null, null, "missing-station", "站点为空：整行舍弃", QualityAction.Rejected));
                    continue;
                }
                if (!HourLabel(r, cTime, cDate, cHour, out var label))
                {
                    quality.Add(new QualityIssue(file, r.Line, h.Header[cWhen], site, null, "bad-time",
                        $"时间无法识别：“{r[cWhen]}{(cHour >= 0 ? " " + r[cHour] : "")}”，整行舍弃", QualityAction.Rejected));
                    continue;
                }
                var time = HourlyTableBuilder.Iso(label);
                var row = HourlyTableBuilder.NewRow();
                var a = Aqi(r, site, time);
                row[0] = a < 0 ? double.NaN : a;
                foreach (var (p, c) in columns)
                    row[HourlyTableBuilder.Slot(p)] = Value(r, c, site, time);
                hourly.Add(site, label, row, file, r.Line);
            }
        }
        else
        {
            daily ??= new DailyTableBuilder(quality);
            var columns = TidyColumns.Daily.Select(x => (x.I, Column: h.Find(x.Names))).Where(x => x.Column >= 0).ToList();
            var plainO3 = h.Find(TidyColumns.PlainO3);
            if (plainO3 >= 0 && columns.All(c => c.I != options.PlainO3InDailyTables))
            {
                columns.Add((options.PlainO3InDailyTables, plainO3));
                quality.Add(new QualityIssue(file, 1, h.Header[plainO3], null, null, "o3-column-meaning",
                    $"列含义按设置解释：逐日表的“{h.Header[plainO3]}”列按 {(options.PlainO3InDailyTables == DailyIndicator.O3_8hMax ? "臭氧日最大 8 小时平均（O3_8h）" : "臭氧日最大 1 小时（O3_1h）")} 读取",
                    QualityAction.Flagged));
            }
            if (columns.Count == 0 && cAqi < 0)
                throw new WorkbenchDataException(file, 1, null, "表头中没有污染物列（PM2.5、PM10、SO2、NO2、O3_8h、CO 或中文名）");
            // CO as written; a header naming µg/m³ declares the unit, settled per site-file when the table is built.
            var coHeader = columns.Where(c => c.I == DailyIndicator.CO).Select(c => h.Header[c.Column]).FirstOrDefault(NamesMicrograms);
            daily.DescribeFile(file, columns.Select(c => (c.I, h.Header[c.Column])), cAqi >= 0 ? h.Header[cAqi] : "AQI",
                coHeader is null ? CoUnit.Mg : CoUnit.Ug, coHeader is null ? "未注明单位，按 CNEMC 惯例" : $"表头“{coHeader}”");
            foreach (var r in data)
            {
                var site = r[cSite].Trim().Trim('\u3000');
                if (site.Length == 0)
                {
                    quality.Add(new QualityIssue(file, r.Line, h.Header[cSite], null, null, "missing-station", "站点为空：整行舍弃", QualityAction.Rejected));
                    continue;
                }
                if (!TryDay(r[cWhen], out var day))
                {
                    quality.Add(new QualityIssue(file, r.Line, h.Header[cWhen], site, null, "bad-date",
                        $"日期无法识别：“{r[cWhen]}”，整行舍弃", QualityAction.Rejected));
                    continue;
                }
                var time = $"{day:yyyy-MM-dd}";
                var aqi = Aqi(r, site, time);
                var row = DailyTableBuilder.NewRow();
                foreach (var (i, c) in columns) row[(int)i] = Value(r, c, site, time);
                daily.Add(site, day, row, aqi, file, r.Line);
            }
        }
        values.Summarise();
        return isHourly;
    }

    /// <summary>A date as text, or an Excel serial number at midnight (a date cell formatted "General").</summary>
    private static bool TryDay(string text, out DateOnly day)
    {
        if (TimeLabels.TryParseDay(text, out day)) return true;
        if (!TimeLabels.TryParseExcelSerial(text, out var serial) || serial.TimeOfDay != TimeSpan.Zero) return false;
        day = DateOnly.FromDateTime(serial);
        return true;
    }

    /// <summary>True when a time text carries a clock time (so the table is hourly).</summary>
    private static bool HasClockTime(string text) =>
        TimeLabels.TryParseHour(text, out _) && !TimeLabels.TryParseDay(text, out _)
        || TimeLabels.TryParseExcelSerial(text, out var serial) && serial.TimeOfDay != TimeSpan.Zero;

    private static bool HourLabel(CsvRecord r, int cTime, int cDate, int cHour, out DateTime label)
    {
        label = default;
        if (cHour >= 0 && cDate >= 0)
        {
            if (!TryDay(r[cDate], out var d)) return false;
            var hs = r[cHour].Trim().TrimEnd('时');
            if (!int.TryParse(hs, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour > 24) return false;
            label = d.ToDateTime(TimeOnly.MinValue).AddHours(hour);   // hour 24 = 00:00 of the next day
            return true;
        }
        var text = r[cTime >= 0 ? cTime : cDate];
        if (TimeLabels.TryParseHour(text, out label)) return true;
        return TimeLabels.TryParseExcelSerial(text, out label) && label.Minute == 0;
    }

    /// <summary>True when a header names µg/m³ (μg, µg, ug/m, 微克).</summary>
    private static bool NamesMicrograms(string header)
    {
        var raw = header.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        return raw.Contains("μg") || raw.Contains("µg") || raw.Contains("ug/m") || raw.Contains("微克");
    }
}
