using System.Globalization;
using System.Text.RegularExpressions;
using Workbench.Standards.Water;

namespace Workbench.Water.Import;

/// <summary>Outcome of <see cref="ItemValueReader.TryRead"/>.</summary>
public enum ItemValueOutcome
{
    /// <summary>A value within the item's physical range (possibly after removing thousands separators).</summary>
    Value,
    /// <summary>A placeholder (*, --, -, empty…).</summary>
    Placeholder,
    /// <summary>Text that is not a number.</summary>
    Invalid,
    /// <summary>A number outside the item's physical range (<see cref="PhysicalRanges"/>): not to be used.</summary>
    OutOfRange,
}

/// <summary>
/// Reads one item cell of a water table: <see cref="MeasuredValue.TryParse"/>, plus a quoted thousands separator
/// (<c>"1,234"</c> → 1234, strictly groups of three digits) and negative numbers, then the physical range check.
/// </summary>
public static partial class ItemValueReader
{
    /// <summary>Reads <paramref name="text"/> as a value of <paramref name="item"/>.</summary>
    /// <param name="text">The cell as written.</param>
    /// <param name="item">The item the column holds.</param>
    /// <param name="value">The value (also set for <see cref="ItemValueOutcome.OutOfRange"/>, for the report).</param>
    /// <param name="thousandsSeparator">True when grouping commas were removed.</param>
    public static ItemValueOutcome TryRead(string? text, WaterItem item, out MeasuredValue value, out bool thousandsSeparator)
    {
        thousandsSeparator = false;
        var t = (text ?? "").Trim();
        if (Grouped().IsMatch(t))
        {
            t = t.Replace(",", "");
            thousandsSeparator = true;
        }
        var outcome = MeasuredValue.TryParse(t, out value);
        if (outcome == MeasuredValue.ParseOutcome.Placeholder) return ItemValueOutcome.Placeholder;
        if (outcome == MeasuredValue.ParseOutcome.Invalid)
        {
            // A negative number: a value the file means (water temperature can be below 0), judged by the range below.
            if (t.StartsWith('-') && t.Length > 1 && decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var neg) && neg < 0)
                value = MeasuredValue.Of(neg);
            else return ItemValueOutcome.Invalid;
        }
        return PhysicalRanges.For(item) is { } range && !range.Contains(value.Value) ? ItemValueOutcome.OutOfRange : ItemValueOutcome.Value;
    }

    /// <summary>The Chinese reason for an out-of-range value: item, value and range.</summary>
    public static string OutOfRangeReason(WaterItem item, string text)
    {
        var range = PhysicalRanges.For(item)!;
        return $"{item.ChineseName()} {text.Trim()} 超出物理范围 {range.Describe()}：该值未载入，不参与评价（{range.Source}）";
    }

    /// <summary>The Chinese reason for a removed thousands separator.</summary>
    public static string ThousandsReason(string text, MeasuredValue value) =>
        $"数值“{text.Trim()}”含千位分隔符：按 {value} 读取";

    // "1,234", "12,345.6", "-1,234": groups of exactly three digits after the first.
    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex Grouped();
}
