using System.Globalization;

namespace Workbench.Air.Import;

/// <summary>Parses the time and date texts of the feeds and of analysts' tables.</summary>
internal static class TimeLabels
{
    private static readonly string[] HourFormats =
    [
        "yyyy-MM-dd'T'HHmm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd H:mm", "yyyy-MM-dd H:mm:ss", "yyyy/M/d H:mm", "yyyy/M/d H:mm:ss", "yyyy/M/d HH:mm", "yyyy-M-d H:mm",
        "yyyy-M-d H:mm:ss", "yyyyMMddHH", "yyyy-MM-dd HH", "yyyy-MM-dd H", "yyyy年M月d日H时", "yyyy年M月d日 H时",
        "yyyy年M月d日H:mm", "yyyy年M月d日 H:mm",
    ];

    private static readonly string[] DayFormats =
        ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyyMMdd", "yyyy年M月d日", "yyyy.M.d"];

    /// <summary>
    /// Parses an hour label. Hour 24 (some exports write the end of the last hour so) becomes 00:00 of the
    /// next day, which is the same instant and the CNEMC label of that hour.
    /// </summary>
    public static bool TryParseHour(string text, out DateTime label)
    {
        var t = text.Trim().Trim('\u3000');
        if (DateTime.TryParseExact(t, HourFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out label))
            return label.Minute == 0 && label.Second == 0;
        // "2019-01-01 24:00": the end of the day.
        foreach (var marker in new[] { " 24:00", "T24:00", " 24" })
        {
            var i = t.IndexOf(marker, StringComparison.Ordinal);
            if (i > 0 && TryParseDay(t[..i], out var d) && t[(i + marker.Length)..].TrimStart(':').Trim('0').Length == 0)
            {
                label = d.AddDays(1).ToDateTime(TimeOnly.MinValue);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// An Excel serial date-time (days since 1899-12-30, as a cell formatted "General" shows it), when the
    /// text is one in 1954–2119; the clock time is rounded to the minute.
    /// </summary>
    public static bool TryParseExcelSerial(string text, out DateTime value)
    {
        value = default;
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) || serial is < 20000 or > 80000)
            return false;
        var t = DateTime.FromOADate(serial);
        value = new DateTime(t.Ticks - t.Ticks % TimeSpan.TicksPerMinute) + (t.Second >= 30 ? TimeSpan.FromMinutes(1) : TimeSpan.Zero);
        return true;
    }

    /// <summary>Parses a day (also a date-time at midnight written by Excel).</summary>
    public static bool TryParseDay(string text, out DateOnly day)
    {
        // Fast path for ISO dates (hundreds of thousands of rows in long files).
        if (text.Length == 10 && text[4] == '-' && text[7] == '-' &&
            int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) &&
            int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) &&
            int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d) &&
            y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            day = new DateOnly(y, m, d);
            return true;
        }
        var t = text.Trim().Trim('\u3000');
        if (DateOnly.TryParseExact(t, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out day)) return true;
        if (DateTime.TryParseExact(t, ["yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy-MM-dd'T'HH:mm:ss"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) && dt.TimeOfDay == TimeSpan.Zero)
        {
            day = DateOnly.FromDateTime(dt);
            return true;
        }
        return false;
    }
}
