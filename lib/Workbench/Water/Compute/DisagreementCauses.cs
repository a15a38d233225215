using Workbench.Standards.Water;

namespace Workbench.Water.Compute;

/// <summary>
/// Explains why a computed class differs from the published one (REFERENCE F2 residuals): a displayed value at a class
/// limit (the official class comes from unrounded values), a stale reading, a duplicate row, a value refused as outside
/// its physical range, an item missing, or none of these (values and published class inconsistent).
/// </summary>
public static class DisagreementCauses
{
    /// <summary>Cause codes.</summary>
    public const string AtLimit = "显示值位于类别限值的舍入区间内";
    /// <summary>Stale reading.</summary>
    public const string Stale = "过期读数";
    /// <summary>Published class equals the section's previous reading's class.</summary>
    public const string PreviousClassRepeated = "发布类别沿用上一次读数";
    /// <summary>Duplicate row.</summary>
    public const string Duplicate = "重复行";
    /// <summary>One of the five items missing.</summary>
    public const string MissingItem = "缺少自动监测五项之一";
    /// <summary>One of the five items refused as outside its physical range (the text then names item, value and range).</summary>
    public const string OutOfRange = "超出物理范围未参与计算";
    /// <summary>Nothing explains it.</summary>
    public const string Inconsistent = "数值与发布类别不一致";

    /// <summary>The most specific cause of a disagreement, or null when the row agrees.</summary>
    public static string? Explain(ClassifiedReading row, IReadOnlyList<ClassifiedReading> file)
    {
        if (row.AgreesWithPublished != false) return null;
        var r = row.Reading;
        if (r.IsStale) return Stale;
        if (r.IsExactDuplicate) return Duplicate;
        // A refused value (pH 85.0) is not a class carried over: say which value was left out.
        if (r.RefusedValues?.Where(kv => WaterItems.AutomaticStationFive.Contains(kv.Key)).ToArray() is { Length: > 0 } refused)
            return string.Join("、", refused.Select(kv => $"{kv.Key.ChineseName()} {kv.Value}")) + $" {OutOfRange}（"
                   + string.Join("；", refused.Select(kv => $"{kv.Key.ChineseName()} {PhysicalRanges.For(kv.Key)?.Describe()}"))
                   + "），类别按其余项目计算";
        if (!row.Reading.HasRawValues && NearLimit(row)) return AtLimit;
        if (WaterItems.AutomaticStationFive.Any(i => !r.Values.ContainsKey(i))) return MissingItem;
        // Readings are in row order and a reading's list position never exceeds its row index: walk back from there.
        for (var k = Math.Min(r.RowIndex, file.Count - 1); k >= 0; k--)
        {
            var c = file[k];
            if (c.Reading.RowIndex >= r.RowIndex || c.Reading.Province != r.Province || c.Reading.Section != r.Section || c.Class is null) continue;
            if (c.Class == r.PublishedClass) return PreviousClassRepeated;
            break;
        }
        return Inconsistent;
    }

    /// <summary>
    /// True when moving one displayed value by up to half its display unit (the rounding the display hides) gives the
    /// published class: the official class comes from unrounded values (REFERENCE F2).
    /// </summary>
    private static bool NearLimit(ClassifiedReading row)
    {
        var published = row.Reading.PublishedClass;
        var settings = row.Evaluation?.Settings ?? WaterEvaluationSettings.AutomaticStation;
        foreach (var item in WaterItems.AutomaticStationFive)
        {
            if (!row.Reading.DisplayValues.TryGetValue(item, out var v) || v.BelowDetectionLimit) continue;
            var half = 0.5m * Pow10(-Decimals(v.Value, item));
            foreach (var shifted in new[] { v.Value - half, v.Value + half })
            {
                var values = new Dictionary<WaterItem, MeasuredValue>(row.Reading.Values) { [item] = MeasuredValue.Of(shifted) };
                if (WaterEvaluation2011.Evaluate(values, row.Body, settings).Class == published) return true;
            }
        }
        return false;
    }

    private static int Decimals(decimal v, WaterItem item) => (decimal.GetBits(v)[3] >> 16) & 0xFF;

    private static decimal Pow10(int e)
    {
        var r = 1m;
        for (var k = 0; k < -e; k++) r /= 10m;
        return r;
    }
}
