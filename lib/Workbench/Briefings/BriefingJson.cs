using System.Text.Encodings.Web;
using System.Text.Json;

namespace Workbench.Briefings;

/// <summary>
/// The JSON form of a briefing or press release (<c>workbench brief --json</c>, <c>workbench press --json</c>):
/// <c>city</c>, <c>period</c>, <c>period_label</c>, <c>statements</c> (<c>kind</c>, <c>text</c>, <c>values</c> as numbers at
/// the precision the sentence states), <c>figures</c> (<c>name</c>, <c>title</c>), <c>sheets</c> (the workbook's sheet
/// names), then <c>files</c>: what was written, by role.
/// </summary>
public static class BriefingJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Chinese stays readable; the output is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON object of <paramref name="b"/> with the figures and sheets written and the files by role.</summary>
    public static string Write(Briefing b, IReadOnlyList<BriefingFigure> figures, IReadOnlyList<string> sheets,
        IReadOnlyList<(string Role, string Path)> files)
    {
        ArgumentNullException.ThrowIfNull(b);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("city", b.City);
            w.WriteString("period", b.Period.Code);
            w.WriteString("period_label", b.Period.Label);
            w.WriteStartArray("statements");
            foreach (var s in b.Statements)
            {
                w.WriteStartObject();
                w.WriteString("kind", s.Kind);
                w.WriteString("topic", s.Topic == StatementTopic.Water ? "water" : "air");
                w.WriteString("text", s.Text);
                w.WriteStartObject("values");
                foreach (var (name, value) in s.Values)
                    if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("figures");
            foreach (var f in figures)
            {
                w.WriteStartObject();
                w.WriteString("name", f.Name);
                w.WriteString("title", f.Title);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("sheets");
            foreach (var s in sheets) w.WriteStringValue(s);
            w.WriteEndArray();
            w.WriteStartObject("files");
            foreach (var (role, path) in files) w.WriteString(role, path);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
