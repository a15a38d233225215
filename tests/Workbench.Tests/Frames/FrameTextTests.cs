using Microsoft.Data.Analysis;
using Workbench.Frames;
using Workbench.Text;

namespace Workbench.Tests.Frames;

public class FrameTextTests
{
    [Theory]
    [InlineData("PM2.5", 5)]
    [InlineData("焦作", 4)]
    [InlineData("市监测站　", 10)]   // trailing full-width space is wide
    [InlineData("（对照点）", 10)]
    [InlineData("Ⅲ类", 3)]          // Roman numeral Ⅲ (U+2162) is ambiguous width: narrow here
    public void MeasuresEastAsianWidth(string text, int width) => Assert.Equal(width, EastAsianWidth.Of(text));

    [Fact]
    public void AlignsChineseColumnsAndDropsFloatNoise()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("城市", ["焦作", "邯郸市", "X"]),
            new SingleDataFrameColumn("PM2.5", [17.6f, 56.25f, float.NaN]),
            new DoubleDataFrameColumn("CO", [1.05, 0.1 + 0.2, 2.0]));
        var text = FrameText.ToText(frame, new Dictionary<string, int> { ["CO"] = 1 });
        var lines = text.TrimEnd('\n').Split('\n');

        Assert.DoesNotContain("17.600000381469727", text);
        Assert.Contains("17.6", text);
        // CO at 1 decimal, half-even on the decimal value: 1.05 → 1.0, 0.30000000000000004 → 0.3.
        Assert.Contains("1.0", lines[2]);
        Assert.Contains("0.3", lines[3]);
        // Every row has the same display width: the columns line up under Chinese headers.
        var widths = lines.Select(EastAsianWidth.Of).Distinct().ToArray();
        Assert.Single(widths);
        // Missing values print as empty cells, not NaN.
        Assert.DoesNotContain("NaN", text);
    }

    [Theory(DisplayName = "Cells read in Chinese: yes/no for flags, no binary noise, empty for missing")]
    [InlineData(true, "是")]
    [InlineData(false, "否")]
    [InlineData(17.600000381469727f, "17.6")]
    [InlineData(double.NaN, "")]
    [InlineData(null, "")]
    public void FormatsCells(object? value, string expected) => Assert.Equal(expected, FrameText.FormatCell(value));
}
