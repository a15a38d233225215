using System.Text.Json;
using Workbench.Standards;

namespace Workbench.Air.Results;

/// <summary>
/// The JSON shape of an assessment the CLI prints (`air assess`): <c>city, period, standard, stations,
/// indicators{ "PM2.5", "PM10", "SO2", "NO2", "CO_P95", "O3_8h_P90", "composite_index", "valid_days", "good_days",
/// "good_ratio", "heavy_days" }</c>; numbers at reported precision, null where not available. <c>period</c> is the
/// period code (2019, 2019Q1…), <c>standard</c> the version label (2012, 2026, 2026-final).
/// </summary>
public static class AirAssessmentJson
{
    /// <summary>Writes one assessment as a JSON object.</summary>
    public static void Write(Utf8JsonWriter w, AirAssessmentResult r)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(r);
        w.WriteStartObject();
        w.WriteString("city", r.City);
        w.WriteString("period", r.Period.Code);
        w.WriteString("standard", r.Standard.Label());
        w.WriteStartArray("stations");
        foreach (var s in r.Stations) w.WriteStringValue(s);
        w.WriteEndArray();
        w.WriteStartObject("indicators");
        foreach (var (key, value) in r.Indicators)
        {
            if (value is null) w.WriteNull(key);
            else w.WriteNumber(key, value.Value);
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The assessment as a JSON string (UTF-8 text, Chinese unescaped).</summary>
    public static string ToJson(AirAssessmentResult r, bool indented = true)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions
               {
                   Indented = indented,
                   Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
            Write(w, r);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }
}
