using System.Globalization;
using System.Text.Json;
using Workbench.Air.Tables;
using Workbench.IO;

namespace Workbench.Store;

/// <summary>
/// The store's small JSON files (a year's manifest, the import ledger), read and written element by element: indented,
/// snake_case keys, enum values as words, Chinese unescaped. The serializer, even through contracts generated at build
/// time, compiled about two hundred generic methods each time a command opened or wrote a store (0.06 s of compiling
/// in a 0.65 s national store → table); the document reader and writer come compiled with the framework. The layout is
/// pinned by tests (the text written, and read back).
/// </summary>
internal static class StoreJson
{
    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A year's manifest as text.</summary>
    public static string Write(StoreYear y) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("year", y.Year);
        w.WriteString("first_hour", y.FirstHour);
        w.WriteNumber("hour_count", y.HourCount);
        w.WriteStartArray("stations");
        foreach (var s in y.Stations) w.WriteStringValue(s);
        w.WriteEndArray();
        w.WriteStartObject("months");
        foreach (var (month, m) in y.Months)
        {
            w.WriteStartObject(month.ToString(CultureInfo.InvariantCulture));
            w.WriteNumber("rows", m.Rows);
            w.WriteNumber("realtime_days", m.RealtimeDays);
            w.WriteNumber("audited_days", m.AuditedDays);
            w.WriteNumber("mixed_days", m.MixedDays);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteString("hours_with_data", y.HoursWithData);
        w.WriteString("station_daily_rules", y.StationDailyRules);
        w.WriteString("city_daily_rules", y.CityDailyRules);
        // Totals for a reader of the file (not read back).
        w.WriteNumber("rows", y.Rows);
        w.WriteNumber("audited_days", y.AuditedDays);
        w.WriteNumber("mixed_days", y.MixedDays);
        w.WriteNumber("realtime_days", y.RealtimeDays);
        w.WriteString("status", y.Status.ToString());
        w.WriteEndObject();
    });

    /// <summary>The import ledger as text.</summary>
    public static string Write(ImportLedger ledger) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("imports");
        foreach (var i in ledger.Imports)
        {
            w.WriteStartObject();
            w.WriteNumber("number", i.Number);
            w.WriteString("at", i.At);
            w.WriteString("status", i.Status.Code());
            w.WriteStartArray("files");
            foreach (var f in i.Files)
            {
                w.WriteStartObject();
                w.WriteString("name", f.Name);
                w.WriteNumber("size", f.Size);
                w.WriteString("sha256", f.Sha256);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("months");
            foreach (var m in i.Months) w.WriteStringValue(m);
            w.WriteEndArray();
            w.WriteStartObject("counts");
            w.WriteNumber("added", i.Counts.Added);
            w.WriteNumber("replaced", i.Counts.Replaced);
            w.WriteNumber("skipped", i.Counts.Skipped);
            w.WriteNumber("unchanged", i.Counts.Unchanged);
            w.WriteEndObject();
            w.WriteNumber("files_read", i.FilesRead);
            w.WriteNumber("values_accepted", i.ValuesAccepted);
            w.WriteString("quality_file", i.QualityFile);   // for a reader of the file (not read back)
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Indented)) write(w);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private const string ManifestUnreadable = "存储清单无法读取：请重新导入到一个新文件夹";
    private const string LedgerUnreadable = "导入记录无法读取：该存储可能已损坏，请重新导入到一个新文件夹";

    /// <summary>A year's manifest (<c>manifest/year=YYYY.json</c>).</summary>
    public static StoreYear Year(string json, string file) => Read(json, file, ManifestUnreadable, root =>
    {
        var months = new Dictionary<int, StoreMonth>();
        foreach (var m in Get(root, "months").EnumerateObject())
        {
            var v = m.Value;
            months[int.Parse(m.Name, NumberStyles.None, CultureInfo.InvariantCulture)] = new StoreMonth(Get(v, "rows").GetInt64(),
                Get(v, "realtime_days").GetInt64(), Get(v, "audited_days").GetInt64(), Get(v, "mixed_days").GetInt64());
        }
        return new StoreYear(Get(root, "year").GetInt32(), Get(root, "first_hour").GetDateTime(), Get(root, "hour_count").GetInt32(),
            Strings(Get(root, "stations")), months, Text(root, "hours_with_data"), Text(root, "station_daily_rules"),
            root.TryGetProperty("city_daily_rules", out var city) && city.ValueKind != JsonValueKind.Null ? city.GetString() : null);
    });

    /// <summary>The import ledger (<c>imports.json</c>).</summary>
    public static ImportLedger Ledger(string json, string file) => Read(json, file, LedgerUnreadable, root =>
    {
        var imports = new List<ImportRecord>();
        foreach (var i in Get(root, "imports").EnumerateArray())
        {
            var files = new List<ImportedFile>();
            foreach (var f in Get(i, "files").EnumerateArray())
                files.Add(new ImportedFile(Text(f, "name"), Get(f, "size").GetInt64(), Text(f, "sha256")));
            var c = Get(i, "counts");
            imports.Add(new ImportRecord(Get(i, "number").GetInt32(), Get(i, "at").GetDateTimeOffset(), Status(Text(i, "status")),
                files, Strings(Get(i, "months")),
                new MergeCounts(Get(c, "added").GetInt64(), Get(c, "replaced").GetInt64(), Get(c, "skipped").GetInt64(), Get(c, "unchanged").GetInt64()),
                Get(i, "files_read").GetInt32(), Get(i, "values_accepted").GetInt64()));
        }
        return new ImportLedger(imports);
    });

    private static T Read<T>(string json, string file, string unreadable, Func<JsonElement, T> read)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return read(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new WorkbenchDataException(file, e.LineNumber + 1, null, unreadable);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or KeyNotFoundException or OverflowException)
        {
            // A property missing or of another kind than the layout's: the file was not written by this version.
            throw new WorkbenchDataException(file, null, null, unreadable);
        }
    }

    private static JsonElement Get(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v : throw new KeyNotFoundException(name);

    private static string Text(JsonElement e, string name) => Get(e, name).GetString() ?? throw new FormatException(name);

    private static string[] Strings(JsonElement array)
    {
        var result = new string[array.GetArrayLength()];
        var k = 0;
        foreach (var s in array.EnumerateArray()) result[k++] = s.GetString() ?? throw new FormatException("null");
        return result;
    }

    // The ledger's words for the statuses are their codes (DataStatusInfo.Code).
    private static DataStatus Status(string text) =>
        DataStatusInfo.TryParseCode(text, out var status) ? status : throw new FormatException(text);
}
