using Workbench.Standards.Water;

namespace Workbench.Tests.Standards.Water;

/// <summary>Non-detects (B2.9 ⚠): parsing and the configurable policy.</summary>
public class NonDetectTests
{
    [Theory(DisplayName = "Non-detect spellings parse")]
    [InlineData("0.01L", "0.01", true, true)]
    [InlineData("0.002l", "0.002", true, true)]
    [InlineData("<0.01", "0.01", true, true)]
    [InlineData("＜0.05", "0.05", true, true)]
    [InlineData("ND", "0", true, false)]
    [InlineData("未检出", "0", true, false)]
    [InlineData("0.215", "0.215", false, true)]
    [InlineData("１２.５", "12.5", false, true)]
    public void Parse(string text, string value, bool below, bool known)
    {
        Assert.Equal(MeasuredValue.ParseOutcome.Value, MeasuredValue.TryParse(text, out var v));
        Assert.Equal(decimal.Parse(value), v.Value);
        Assert.Equal(below, v.BelowDetectionLimit);
        Assert.Equal(known, v.DetectionLimitKnown);
    }

    [Theory(DisplayName = "Placeholders and bad text are told apart")]
    [InlineData("*", MeasuredValue.ParseOutcome.Placeholder)]
    [InlineData("--", MeasuredValue.ParseOutcome.Placeholder)]
    [InlineData("-", MeasuredValue.ParseOutcome.Placeholder)]
    [InlineData("", MeasuredValue.ParseOutcome.Placeholder)]
    [InlineData("abc", MeasuredValue.ParseOutcome.Invalid)]
    [InlineData("-1.2", MeasuredValue.ParseOutcome.Invalid)]
    public void Placeholders(string text, MeasuredValue.ParseOutcome outcome) =>
        Assert.Equal(outcome, MeasuredValue.TryParse(text, out _));

    [Fact(DisplayName = "Non-detect within class I limit is class I; above it, classed by its limit")]
    public void ClassOfNonDetect()
    {
        Assert.Equal(WaterClass.I, Gb3838Classifier.ClassOf(WaterItem.Cyanide, MeasuredValue.NonDetect(0.004m), WaterBodyType.River));
        // Mercury limit 0.0001 (class III) above the class I limit 0.00005: classed by the limit.
        Assert.Equal(WaterClass.III, Gb3838Classifier.ClassOf(WaterItem.Mercury, MeasuredValue.NonDetect(0.0001m), WaterBodyType.River));
        var strict = new NonDetectPolicy(ClassIWhenLimitWithinClassI: false);
        Assert.Equal(WaterClass.II, Gb3838Classifier.ClassOf(WaterItem.Cyanide, MeasuredValue.NonDetect(0.01m), WaterBodyType.River, strict));
    }

    [Fact(DisplayName = "Means use half the detection limit by default; all non-detects stay a non-detect")]
    public void Means()
    {
        var samples = new[]
        {
            new Dictionary<WaterItem, MeasuredValue> { [WaterItem.VolatilePhenol] = MeasuredValue.NonDetect(0.002m), [WaterItem.Lead] = MeasuredValue.NonDetect(0.01m) },
            new Dictionary<WaterItem, MeasuredValue> { [WaterItem.VolatilePhenol] = MeasuredValue.Of(0.004m), [WaterItem.Lead] = MeasuredValue.NonDetect(0.01m) },
        };
        var m = WaterEvaluation2011.Means(samples);
        Assert.Equal(MeasuredValue.Of(0.0025m), m[WaterItem.VolatilePhenol]);      // (0.001 + 0.004) / 2
        Assert.Equal(MeasuredValue.NonDetect(0.01m), m[WaterItem.Lead]);
        var full = WaterEvaluation2011.Means(samples, new NonDetectPolicy(NonDetectSubstitution.DetectionLimit));
        Assert.Equal(MeasuredValue.Of(0.003m), full[WaterItem.VolatilePhenol]);
        var zero = WaterEvaluation2011.Means(samples, new NonDetectPolicy(NonDetectSubstitution.Zero));
        Assert.Equal(MeasuredValue.Of(0.002m), zero[WaterItem.VolatilePhenol]);
        // CWQI uses half the limit of a non-detect mean: Pb 0.005 / 0.05 = 0.1.
        Assert.Equal(0.1m, Cwqi2017.Section(m, WaterBodyType.River).ItemIndices[WaterItem.Lead]);
    }
}
