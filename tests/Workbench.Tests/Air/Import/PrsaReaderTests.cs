using Workbench.Air.Import;
using Workbench.Quality;
using Workbench.Standards;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Air.Import;

public sealed class PrsaReaderTests(ITestOutputHelper output)
{
    private const string Dongsi = "beijing_prsa/PRSA_Data_Dongsi_20130301-20170228.csv.xz";

    [SharedDataFact(Dongsi)]
    public void Dongsi_first_row_CO_300_ug_becomes_0_3_mg_and_NA_counts_are_summarised()
    {
        var bytes = Xz.Decompress(SharedData.PathOf(Dongsi));
        var t = PrsaReader.Read(new MemoryStream(bytes), "PRSA_Data_Dongsi_20130301-20170228.csv");
        output.WriteLine(t.Quality.Summary());
        Assert.Equal(["Dongsi"], t.StationCodes);
        Assert.Equal(new DateTime(2013, 3, 1, 0, 0, 0), t.FirstHour);
        Assert.Equal(35064, t.HourCount);
        Assert.Equal(0.3, t.Series(Pollutant.CO, 0)[0]);
        Assert.Equal(9, t.Series(Pollutant.PM2_5, 0)[0]);
        Assert.Equal(9, t.Series(Pollutant.PM10, 0)[0]);
        Assert.Equal(3, t.Series(Pollutant.SO2, 0)[0]);
        Assert.Equal(17, t.Series(Pollutant.NO2, 0)[0]);
        Assert.Equal(89, t.Series(Pollutant.O3, 0)[0]);
        Assert.Equal(1.2, t.Series(Pollutant.CO, 0)[35063]);   // last row, 2017-02-28 23:00, CO 1200 µg/m³
        var co = Assert.Single(t.Quality.Issues, i => i.Code == "co-unit");
        Assert.Equal(QualityAction.Corrected, co.Action);
        Assert.Contains("31,867", co.Reason);                    // 35,064 rows − 3,197 NA
        var na = Assert.Single(t.Quality.Issues, i => i.Code == "empty-values");
        Assert.Contains("7,428", na.Reason);                     // 750+553+663+1601+3197+664 NA in the six pollutant columns
        var co1 = t.Series(Pollutant.CO, 0).ToArray().Where(v => !double.IsNaN(v)).ToArray();
        Assert.Equal(31867, co1.Length);
        Assert.Equal(1.33007, co1.Average(), 5);
        Assert.False(t.HasPublishedAqi);
    }

    [SharedDataFact("beijing_prsa")]
    public void Two_sites_from_temp_files_make_one_table()
    {
        var a = Xz.ToTempFile(SharedData.PathOf(Dongsi));
        var b = Xz.ToTempFile(SharedData.PathOf("beijing_prsa/PRSA_Data_Tiantan_20130301-20170228.csv.xz"));
        var t = PrsaReader.Read([a, b]);
        Assert.Equal(["Dongsi", "Tiantan"], t.StationCodes);
        Assert.Equal(2, t.Quality.Issues.Count(i => i.Code == "co-unit"));
        Assert.Equal(2, t.Quality.FilesRead);
    }
}
