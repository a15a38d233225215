using Microsoft.Data.Analysis;
using Workbench.Notebooks.Rendering;

namespace Workbench.Tests.Notebooks;

/// <summary>Tables sized for reading in a notebook: headers and cells on one line, wide tables scroll in their own box.</summary>
public sealed class HtmlTableTests
{
    [Fact(DisplayName = "HTML table: Chinese headers with units stay on one line (nowrap) inside a box that scrolls sideways")]
    public void HeadersDoNotWrap()
    {
        var frame = new DataFrame(new StringDataFrameColumn("城市", ["东州"]),
            new DecimalDataFrameColumn("CO第95百分位数（毫克/立方米）", [1.4m]));
        var html = HtmlTable.Of(frame, 10);
        Assert.Contains("table.wb th,table.wb td{border:1px solid #ccc;padding:2px 8px;white-space:nowrap}", html);
        Assert.Contains("div.wb-table{overflow-x:auto;max-width:100%}", html);
        Assert.Contains("<div class=\"wb-table\"><table class=\"wb\"><thead><tr><th>城市</th><th>CO第95百分位数（毫克/立方米）</th></tr></thead>", html);
        Assert.EndsWith("<td class=\"n\">1.4</td></tr></tbody></table></div>", html);
    }
}
