using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Store;
using Xunit;

namespace Workbench.Tests.Store;

/// <summary>The store's small JSON files keep their documented layout (docs/store.md): snake_case keys, statuses as words,
/// Chinese unescaped; what is written reads back to the same record and the same text.</summary>
public class StoreJsonTests
{
    [Fact]
    public void ManifestYearIsWrittenInItsLayoutAndReadsBack()
    {
        var year = new StoreYear(2019, new DateTime(2019, 1, 1), 48, ["1001A", "1002A"],
            new Dictionary<int, StoreMonth> { [1] = new(96, 2, 1, 1) }, "AAAA", "day=0-23;valid=20", "东州;registry=ab12");
        const string expected = """
            {
              "year": 2019,
              "first_hour": "2019-01-01T00:00:00",
              "hour_count": 48,
              "stations": [
                "1001A",
                "1002A"
              ],
              "months": {
                "1": {
                  "rows": 96,
                  "realtime_days": 2,
                  "audited_days": 1,
                  "mixed_days": 1
                }
              },
              "hours_with_data": "AAAA",
              "station_daily_rules": "day=0-23;valid=20",
              "city_daily_rules": "东州;registry=ab12",
              "rows": 96,
              "audited_days": 1,
              "mixed_days": 1,
              "realtime_days": 2,
              "status": "Realtime"
            }
            """;
        var json = year.ToJson();
        Assert.Equal(expected.ReplaceLineEndings("\n"), json.ReplaceLineEndings("\n"));
        var back = StoreYear.FromJson(json, "year=2019.json");
        Assert.Equal(year.Stations, back.Stations);
        Assert.Equal(year.Months[1], back.Months[1]);
        Assert.Equal(json, back.ToJson());
    }

    [Fact]
    public void LedgerIsWrittenInItsLayoutAndReadsBack()
    {
        var folder = Directory.CreateTempSubdirectory("wb-ledger-").FullName;
        try
        {
            var ledger = ImportLedger.Empty.With(new ImportRecord(1, new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.FromHours(8)),
                DataStatus.Audited, [new ImportedFile("/数据/china_sites_20190101.csv", 1599980, "80a8")], ["2019-01"],
                new MergeCounts(10, 2, 1, 0), 1, 13));
            const string expected = """
                {
                  "imports": [
                    {
                      "number": 1,
                      "at": "2026-12-06T08:00:00+08:00",
                      "status": "audited",
                      "files": [
                        {
                          "name": "/数据/china_sites_20190101.csv",
                          "size": 1599980,
                          "sha256": "80a8"
                        }
                      ],
                      "months": [
                        "2019-01"
                      ],
                      "counts": {
                        "added": 10,
                        "replaced": 2,
                        "skipped": 1,
                        "unchanged": 0
                      },
                      "files_read": 1,
                      "values_accepted": 13,
                      "quality_file": "quality/import-0001.csv"
                    }
                  ]
                }
                """;
            var json = ledger.ToJson();
            Assert.Equal(expected.ReplaceLineEndings("\n"), json.ReplaceLineEndings("\n"));
            File.WriteAllText(Path.Combine(folder, ImportLedger.FileName), json);
            var back = ImportLedger.Load(folder);
            Assert.Equal(DataStatus.Audited, back.Imports[0].Status);
            Assert.Equal(json, back.ToJson());
        }
        finally { Directory.Delete(folder, true); }
    }

    [Theory]
    [InlineData("{\n  \"year\": 2019,\n  \"first_hour\": ", 3L)]   // cut short: the line where the text ends
    [InlineData("{ \"year\": 2019 }", null)]                          // a property of the layout missing
    [InlineData("{ \"year\": \"二〇一九\", \"first_hour\": \"2019-01-01T00:00:00\" }", null)]   // of another kind
    public void A_manifest_that_cannot_be_read_is_refused_naming_its_file(string json, long? line)
    {
        var e = Assert.Throws<WorkbenchDataException>(() => StoreYear.FromJson(json, "manifest/year=2019.json"));
        Assert.Equal("manifest/year=2019.json", e.File);
        Assert.Equal(line, e.Line);
        Assert.Equal("存储清单无法读取：请重新导入到一个新文件夹", e.Reason);
    }

    [Fact]
    public void A_ledger_with_a_status_of_no_kind_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("wb-ledger-").FullName;
        try
        {
            var json = ImportLedger.Empty.With(new ImportRecord(1, DateTimeOffset.UnixEpoch, DataStatus.Realtime, [], ["2019-01"],
                MergeCounts.None, 0, 0)).ToJson().Replace("\"realtime\"", "\"pending\"");
            File.WriteAllText(Path.Combine(folder, ImportLedger.FileName), json);
            var e = Assert.Throws<WorkbenchDataException>(() => ImportLedger.Load(folder));
            Assert.Equal(Path.Combine(folder, ImportLedger.FileName), e.File);
            Assert.Equal("导入记录无法读取：该存储可能已损坏，请重新导入到一个新文件夹", e.Reason);
        }
        finally { Directory.Delete(folder, true); }
    }
}
