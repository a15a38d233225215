using Workbench.Standards.Water;

namespace Workbench.Tests.Standards.Water;

/// <summary>GB 3838-2002 Table 1 limits and the single-factor rules (REFERENCE B1), beyond the C5 vectors.</summary>
public class Gb3838Tests
{
    [Fact(DisplayName = "B1 Table 1 holds 24 items; 21 evaluated by the 2011 method")]
    public void ItemCounts()
    {
        Assert.Equal(24, WaterItems.All.Count);
        Assert.Equal(21, WaterItems.Evaluated2011.Count);
        Assert.DoesNotContain(WaterItem.TotalNitrogen, WaterItems.Evaluated2011);
        foreach (var item in WaterItems.All.Where(i => i is not (WaterItem.WaterTemperature or WaterItem.TotalNitrogen)))
            Assert.NotNull(Gb3838Limits.For(item, WaterBodyType.River));
        Assert.Null(Gb3838Limits.For(WaterItem.WaterTemperature, WaterBodyType.River));
        Assert.Null(Gb3838Limits.For(WaterItem.TotalNitrogen, WaterBodyType.River));
        Assert.NotNull(Gb3838Limits.For(WaterItem.TotalNitrogen, WaterBodyType.LakeReservoir));
    }

    [Theory(DisplayName = "B1 limits read from the data file")]
    [InlineData(WaterItem.TotalPhosphorus, WaterBodyType.River, "0.02,0.1,0.2,0.3,0.4")]
    [InlineData(WaterItem.TotalPhosphorus, WaterBodyType.LakeReservoir, "0.01,0.025,0.05,0.1,0.2")]
    [InlineData(WaterItem.TotalNitrogen, WaterBodyType.LakeReservoir, "0.2,0.5,1.0,1.5,2.0")]
    [InlineData(WaterItem.Mercury, WaterBodyType.River, "0.00005,0.00005,0.0001,0.001,0.001")]
    [InlineData(WaterItem.FecalColiform, WaterBodyType.River, "200,2000,10000,20000,40000")]
    [InlineData(WaterItem.DissolvedOxygen, WaterBodyType.River, "7.5,6,5,3,2")]
    public void Limits(WaterItem item, WaterBodyType body, string expected) =>
        Assert.Equal(expected.Split(',').Select(decimal.Parse), Gb3838Limits.For(item, body)!.ClassLimits);

    [Theory(DisplayName = "B1 shared limits resolve to the best class (从优)")]
    [InlineData(WaterItem.ChemicalOxygenDemand, "15", WaterClass.I)]
    [InlineData(WaterItem.ChemicalOxygenDemand, "15.1", WaterClass.III)]
    [InlineData(WaterItem.Copper, "1.0", WaterClass.II)]
    [InlineData(WaterItem.Copper, "1.01", WaterClass.WorseThanV)]
    [InlineData(WaterItem.Zinc, "2.0", WaterClass.IV)]
    [InlineData(WaterItem.Cyanide, "0.2", WaterClass.III)]
    [InlineData(WaterItem.Mercury, "0.00005", WaterClass.I)]
    [InlineData(WaterItem.Fluoride, "1.2", WaterClass.IV)]
    [InlineData(WaterItem.TotalPhosphorus, "0.1", WaterClass.II)]
    [InlineData(WaterItem.DissolvedOxygen, "7.5", WaterClass.I)]
    [InlineData(WaterItem.DissolvedOxygen, "7.49", WaterClass.II)]
    public void SharedLimits(WaterItem item, string value, WaterClass expected) =>
        Assert.Equal(expected, Gb3838Classifier.ClassOf(item, decimal.Parse(value), WaterBodyType.River));

    [Fact(DisplayName = "B1 lake TP 0.03 is III, river TP 0.03 is II")]
    public void LakeTp()
    {
        Assert.Equal(WaterClass.III, Gb3838Classifier.ClassOf(WaterItem.TotalPhosphorus, 0.03m, WaterBodyType.LakeReservoir));
        Assert.Equal(WaterClass.II, Gb3838Classifier.ClassOf(WaterItem.TotalPhosphorus, 0.03m, WaterBodyType.River));
    }

    [Theory(DisplayName = "Class names parse in every spelling found in files")]
    [InlineData("Ⅰ", WaterClass.I)]
    [InlineData("Ⅲ类", WaterClass.III)]
    [InlineData("IV", WaterClass.IV)]
    [InlineData("劣Ⅴ", WaterClass.WorseThanV)]
    [InlineData("劣V类", WaterClass.WorseThanV)]
    [InlineData("2", WaterClass.II)]
    public void ParseClass(string text, WaterClass expected)
    {
        Assert.True(WaterClasses.TryParse(text, out var c));
        Assert.Equal(expected, c);
        Assert.True(WaterClasses.TryParse(c.ToRoman(), out var back));
        Assert.Equal(c, back);
    }

    [Theory(DisplayName = "Placeholders are not classes")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("劣Ⅲ")]
    public void ParseClassPlaceholder(string text) => Assert.False(WaterClasses.TryParse(text, out _));
}
