namespace Workbench.Air.Import;

/// <summary>Formats sets of hours as compact Chinese ranges for quality lines ("7–23时", "0、3–5时").</summary>
internal static class HourList
{
    /// <summary>Hours (sorted or not) as ranges joined by 、, with 时 at the end.</summary>
    public static string Format(IEnumerable<int> hours)
    {
        var h = hours.Distinct().Order().ToArray();
        if (h.Length == 0) return "";
        var parts = new List<string>();
        var start = h[0];
        for (var i = 1; i <= h.Length; i++)
        {
            if (i < h.Length && h[i] == h[i - 1] + 1) continue;
            var end = h[i - 1];
            parts.Add(start == end ? $"{start}" : $"{start}–{end}");
            if (i < h.Length) start = h[i];
        }
        return string.Join("、", parts) + "时";
    }
}
