using System.Text.Encodings.Web;
using System.Text.Json;
using Workbench.Air.Method;
using Workbench.Air.Results;
using Workbench.Periods;
using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Air.Output;

/// <summary>
/// The JSON form of an assessment (the `workbench air assess --json` contract): <c>city</c>, <c>period</c>,
/// <c>standard</c>, <c>stations</c> and <c>indicators</c> (numbers at reported precision), then validity, day
/// counts, composite index, dust exclusion and the settings that produced them.
/// </summary>
public static class AirAssessmentJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Chinese stays readable in the file; the output is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one assessment as a JSON object.</summary>
    public static string Write(AirAssessmentResult r)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options)) Write(w, r);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes one assessment into a JSON writer.</summary>
    public static void Write(Utf8JsonWriter w, AirAssessmentResult r)
    {
        w.WriteStartObject();
        w.WriteString("city", r.City);
        w.WriteString("period", r.Period.Code);
        w.WriteString("period_label", r.Period.Label);
        w.WriteString("period_start", r.Period.Start.ToString("yyyy-MM-dd"));
        w.WriteString("period_end", r.Period.End.ToString("yyyy-MM-dd"));
        if (r.DataSpan is { } span)
        {
            // The input's days; a period reaching beyond them was computed on the days it holds.
            w.WriteStartObject("data_span");
            w.WriteString("first", span.First.ToString("yyyy-MM-dd"));
            w.WriteString("last", span.Last.ToString("yyyy-MM-dd"));
            w.WriteBoolean("covers_period", span.Covers(r.Period));
            w.WriteEndObject();
        }
        w.WriteString("standard", r.Standard.Label());
        w.WriteString("standard_title", r.Standard.ChineseTitle());
        w.WriteString("aqi_standard", r.AqiStandard.Title());
        w.WriteString("data_status", Tables.DataStatusInfo.Code(r.Status));
        w.WriteString("data_status_label", r.StatusText);
        if (r.Status == Tables.DataStatus.Mixed) w.WriteNumber("audited_days", r.AuditedDays);
        w.WriteStartArray("stations");
        foreach (var s in r.Stations) w.WriteStringValue(s);
        w.WriteEndArray();
        w.WriteStartArray("excluded_stations");
        foreach (var e in r.ExcludedStations)
        {
            w.WriteStartObject();
            w.WriteString("code", e.Code);
            w.WriteString("name", e.Name);
            w.WriteString("reason", e.Reason);
            w.WriteString("from", e.From.ToString("yyyy-MM-dd"));
            w.WriteString("to", e.To.ToString("yyyy-MM-dd"));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (r.MissingDays is { } missing)
        {
            w.WriteStartObject("missing_days");
            w.WriteNumber("without_valid_value", missing.DaysWithoutValidValue);
            w.WriteNumber("feed_gaps", missing.FeedGaps.Count);
            w.WriteNumber("station_gaps", missing.StationGapDays);
            w.WriteStartArray("feed_gap_days");
            foreach (var g in missing.FeedGaps)
            {
                w.WriteStartObject();
                w.WriteString("day", g.Day.ToString("yyyy-MM-dd"));
                w.WriteNumber("hours_in_feed", g.HoursInFeed);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteStartObject("indicators");
        foreach (var (key, value) in r.Indicators) Number(w, key, value);
        w.WriteEndObject();

        w.WriteStartObject("pollutants");
        foreach (var p in r.Statistics.Pollutants.Values)
        {
            w.WriteStartObject(p.Pollutant.Code());
            w.WriteNumber("valid_days", p.ValidDays);
            w.WriteBoolean("valid", p.Validity.IsValid);
            w.WriteString("validity_rule", p.Validity.Rule);
            w.WriteStartArray("validity_shortfalls");
            foreach (var s in p.Validity.Shortfalls) w.WriteStringValue(s);
            w.WriteEndArray();
            Number(w, "mean", p.ReportedMean);
            Number(w, $"P{p.Percent}", p.ReportedPercentile);
            Number(w, "annual_limit", double.IsNaN(p.AnnualLimit) ? null : (decimal)p.AnnualLimit);
            Number(w, "short_term_limit", double.IsNaN(p.ShortTermLimit) ? null : (decimal)p.ShortTermLimit);
            if (p.Attains is bool a) w.WriteBoolean("attains", a); else w.WriteNull("attains");
            w.WriteEndObject();
        }
        w.WriteEndObject();

        var d = r.DayCounts;
        w.WriteStartObject("days");
        w.WriteNumber("calendar_days", d.CalendarDays);
        w.WriteNumber("valid_days", d.ValidDays);
        w.WriteNumber("good_days", d.GoodDays);
        Number(w, "good_ratio", d.GoodRatioPercent);
        w.WriteNumber("heavy_days", d.HeavyDays);
        Number(w, "heavy_ratio", d.HeavyRatioPercent);
        w.WriteStartObject("per_level");
        foreach (var (level, n) in d.DaysPerLevel.OrderBy(kv => kv.Key)) w.WriteNumber(AqiLevels.All[level - 1].Category, n);
        w.WriteEndObject();
        w.WriteStartObject("per_primary_pollutant");
        foreach (var (p, n) in d.DaysPerPrimary) w.WriteNumber(p.Code(), n);
        w.WriteEndObject();
        w.WriteEndObject();

        if (r.Composite is { } c)
        {
            w.WriteStartObject("composite");
            w.WriteNumber("total", c.Total);
            w.WriteString("limits_of", c.LimitsOf.Label());
            w.WriteString("rounding", c.Settings.Rounding.ToString());
            w.WriteString("primary", c.Primary.Code());
            w.WriteStartObject("sub_indices");
            foreach (var (p, v) in c.SubIndices) w.WriteNumber(p.Code(), v);
            w.WriteEndObject();
            w.WriteStartObject("share_percent");
            foreach (var (p, v) in c.SharePercent) w.WriteNumber(p.Code(), v);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteStartObject("dust");
        w.WriteBoolean("applied", r.DustApplied);
        w.WriteNumber("excluded_days", r.DustDays.Count);   // 0 when no list was given (未扣沙)
        w.WriteStartArray("days");
        foreach (var day in r.DustDays) w.WriteStringValue(day.ToString("yyyy-MM-dd"));
        w.WriteEndArray();
        w.WriteEndObject();

        var s2 = r.Settings;
        w.WriteStartObject("settings");
        w.WriteString("day_boundary", s2.DayBoundary == DayBoundary.FeedDateHours0To23 ? "0-23" : "1-24");
        w.WriteBoolean("exclude_control_stations", s2.ExcludeControlStations);
        w.WriteString("city_aggregation", s2.CityAggregation.ToString());
        w.WriteString("attainment", s2.Attainment.ToString());
        w.WriteString("composite_rounding", s2.Composite.Rounding.ToString());
        w.WriteNumber("min_hours_per_day", s2.Validity.MinHoursPerDay);
        w.WriteNumber("min_days_per_year", s2.Validity.MinDaysPerYear);
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is decimal v) w.WriteNumber(name, v); else w.WriteNull(name);
    }
}
