using Workbench.Air.Import;
using Workbench.Standards;

namespace Workbench.Tests.Air.Import;

/// <summary>A quote that does not enclose a whole field refuses its record (found by the reader fuzzing).</summary>
public class StrayQuoteTests
{
    [Theory(DisplayName = "Text after a closing quote, or a quote inside an unquoted field: stray-quote, row refused, others loaded")]
    [InlineData("1828A,2019-01-01 01:00,\"\"41\"")]
    [InlineData("1828A,2019-01-01 01:00,4\"1")]
    [InlineData("18\"28A,2019-01-01 01:00,41")]
    public void Stray_quote_refuses_the_row(string faulty)
    {
        var path = Path.Combine(Path.GetTempPath(), $"wb-stray-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "站点编码,时间,PM2.5\n1828A,2019-01-01 00:00,40\n" + faulty + "\n1828A,2019-01-01 02:00,42\n");
        try
        {
            var t = TidyTableReader.Read(path).Hourly!;
            var issue = Assert.Single(t.Quality.Issues, i => i.Code == "stray-quote");
            Assert.Equal(3L, issue.Line);
            Assert.Equal(["1828A"], t.StationCodes);
            var pm = t.Series(Pollutant.PM2_5, 0).ToArray();
            Assert.Equal(40, pm[0]);
            Assert.True(double.IsNaN(pm[1]));
            Assert.Equal(42, pm[2]);
        }
        finally { File.Delete(path); }
    }
}
