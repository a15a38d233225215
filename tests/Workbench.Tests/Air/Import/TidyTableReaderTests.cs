using System.Text;
using ClosedXML.Excel;
using Workbench.Air.Import;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Quality;
using Workbench.Standards;

namespace Workbench.Tests.Air.Import;

public sealed class TidyTableReaderTests
{
    private const string HourlyCsv =
        "站点编码,时间,PM2.5,PM10,SO2,NO2,O3,CO\n" +
        "1828A,2019-01-01 00:00,110,150,12,40,8,1.4\n" +
        "1828A,2019-01-01 01:00,,NA,13,41,7,1.5\n" +
        "1829A,2019-01-01 01:00,99,140,abc,38,9,1.2\n" +
        "1829A,2019/1/1 2:00,98,139,11,37,10,-1\n" +
        "1829A,昨天,1,1,1,1,1,1\n";

    private static string Temp(string name, byte[] bytes)
    {
        var dir = Path.Combine(Path.GetTempPath(), "wb-tidy-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Hourly_UTF8_csv_with_missing_bad_and_negative_values()
    {
        var d = TidyTableReader.Read(Temp("hourly.csv", new UTF8Encoding(false).GetBytes(HourlyCsv)));
        Assert.Equal("UTF-8", d.Encoding);
        Assert.Null(d.Daily);
        var t = d.Hourly!;
        Assert.Equal(["1828A", "1829A"], t.StationCodes);
        Assert.Equal(new DateTime(2019, 1, 1), t.FirstHour);
        Assert.Equal(3, t.HourCount);
        Assert.Equal(110, t.Series(Pollutant.PM2_5, 0)[0]);
        Assert.Equal(1.4, t.Series(Pollutant.CO, 0)[0]);
        Assert.True(double.IsNaN(t.Series(Pollutant.PM2_5, 0)[1]));
        Assert.True(double.IsNaN(t.Series(Pollutant.PM10, 0)[1]));
        Assert.Equal(98, t.Series(Pollutant.PM2_5, 1)[2]);
        var q = t.Quality.Issues;
        Assert.Equal((4L, "SO2"), (q.Single(i => i.Code == "invalid-value").Line!.Value, q.Single(i => i.Code == "invalid-value").Column));
        Assert.Equal((5L, "CO"), (q.Single(i => i.Code == "negative-value").Line!.Value, q.Single(i => i.Code == "negative-value").Column));
        Assert.Equal(6L, q.Single(i => i.Code == "bad-time").Line);
        Assert.Contains("2 个缺失标记", q.Single(i => i.Code == "empty-values").Reason);
    }

    [Fact]
    public void Daily_UTF8_BOM_csv_with_Chinese_headers_and_plain_O3_setting()
    {
        var csv = "城市,日期,AQI,PM2.5,PM10,二氧化硫,二氧化氮,一氧化碳,臭氧\r\n" +
                  "焦作,2014-01-01,81,31.2,98,66.1,40.3,1.061,48\r\n" +
                  "焦作,2014-01-02,87,71.3,150,102,57,2.257,21\r\n" +
                  "焦作,2014-01-02,87,71.3,150,102,57,2.257,22\r\n";
        var path = Temp("daily.csv", new UTF8Encoding(true).GetBytes(csv));
        var d = TidyTableReader.Read(path);
        Assert.Equal("UTF-8", d.Encoding);
        var t = d.Daily!;
        Assert.Equal(["焦作"], t.Sites);
        Assert.Equal(31.2, t.Series(DailyIndicator.PM2_5, 0)[0]);
        Assert.Equal(66.1, t.Series(DailyIndicator.SO2, 0)[0]);
        Assert.Equal(1.061, t.Series(DailyIndicator.CO, 0)[0]);
        Assert.Equal(48, t.Series(DailyIndicator.O3_8hMax, 0)[0]);
        Assert.Equal(81, t.PublishedAqi(0)[0]);
        Assert.Single(t.Quality.Issues, i => i.Code == "o3-column-meaning");
        var dup = Assert.Single(t.Quality.Issues, i => i.Code == "duplicate-day");
        Assert.Equal(4L, dup.Line);
        Assert.Contains("数值不同", dup.Reason);
        Assert.Equal(21, t.Series(DailyIndicator.O3_8hMax, 0)[1]);

        var as1h = TidyTableReader.Read(path, new TidyTableOptions { PlainO3InDailyTables = DailyIndicator.O3_1hMax }).Daily!;
        Assert.Equal(48, as1h.Series(DailyIndicator.O3_1hMax, 0)[0]);
        Assert.True(double.IsNaN(as1h.Series(DailyIndicator.O3_8hMax, 0)[0]));
    }

    [Fact]
    public void GBK_csv_with_station_names_date_and_hour_columns_and_CO_in_micrograms()
    {
        var csv = "监测点名称,日期,小时,细颗粒物,可吸入颗粒物,一氧化碳(μg/m³),臭氧1小时\r\n" +
                  "市环保局,2020-04-02,23,43,80,900,120\r\n" +
                  "高新区政府,2020-04-02,24,59,87,500,13\r\n";
        var bytes = TextDecoding.Gbk.GetBytes(csv);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
        var d = TidyTableReader.Read(Temp("gbk.csv", bytes));
        Assert.Equal("GBK", d.Encoding);
        var t = d.Hourly!;
        Assert.Equal(["市环保局", "高新区政府"], t.StationCodes);
        Assert.Equal(new DateTime(2020, 4, 2, 23, 0, 0), t.FirstHour);
        Assert.Equal(0.9, t.Series(Pollutant.CO, 0)[0]);
        Assert.Equal(0.5, t.Series(Pollutant.CO, 1)[1]);                 // hour 24 → 2020-04-03 00:00
        Assert.Equal(1, t.IndexOfHour(new DateTime(2020, 4, 3)));
        Assert.Equal(120, t.Series(Pollutant.O3, 0)[0]);
        Assert.Equal(QualityAction.Corrected, Assert.Single(t.Quality.Issues, i => i.Code == "co-unit").Action);
    }

    [Fact]
    public void Xlsx_hourly_and_daily_sheets()
    {
        using var ms = new MemoryStream();
        using (var wb = new XLWorkbook())
        {
            // Text through SetValue: ClosedXML 0.95's Value setter turns the text "PM2.5" into a date (5 Feb).
            var ws = wb.AddWorksheet("小时");
            ws.Cell(1, 1).SetValue("站点编码");
            ws.Cell(1, 2).SetValue("监测时间");
            ws.Cell(1, 3).SetValue("PM2.5");
            ws.Cell(1, 4).SetValue("O3");
            ws.Cell(2, 1).SetValue("1828A");
            ws.Cell(2, 2).Value = new DateTime(2019, 1, 1, 0, 0, 0);
            ws.Cell(2, 3).Value = 110;
            ws.Cell(2, 4).Value = 8.5;
            ws.Cell(3, 1).SetValue("1828A");
            ws.Cell(3, 2).Value = new DateTime(2019, 1, 1, 5, 0, 0);
            ws.Cell(3, 3).Value = 95;
            ws.Cell(3, 4).SetValue("—");
            var wd = wb.AddWorksheet("日");
            wd.Cell(1, 1).SetValue("城市");
            wd.Cell(1, 2).SetValue("日期");
            wd.Cell(1, 3).SetValue("PM2.5");
            wd.Cell(1, 4).SetValue("O3_8h");
            wd.Cell(2, 1).SetValue("焦作");
            wd.Cell(2, 2).Value = new DateTime(2019, 1, 1);
            wd.Cell(2, 3).Value = 56;
            wd.Cell(2, 4).Value = 77;
            wb.SaveAs(ms);
        }
        var path = Temp("export.xlsx", ms.ToArray());
        var h = TidyTableReader.Read(path);
        Assert.Equal("XLSX", h.Encoding);
        var t = h.Hourly!;
        Assert.Equal(6, t.HourCount);
        Assert.Equal(110, t.Series(Pollutant.PM2_5, 0)[0]);
        Assert.Equal(8.5, t.Series(Pollutant.O3, 0)[0]);
        Assert.Equal(95, t.Series(Pollutant.PM2_5, 0)[5]);
        Assert.True(double.IsNaN(t.Series(Pollutant.O3, 0)[5]));
        var d = TidyTableReader.Read(path, new TidyTableOptions { WorksheetName = "日" }).Daily!;
        Assert.Equal(new DateOnly(2019, 1, 1), d.FirstDay);
        Assert.Equal(56, d.Series(DailyIndicator.PM2_5, 0)[0]);
        Assert.Equal(77, d.Series(DailyIndicator.O3_8hMax, 0)[0]);
        Assert.DoesNotContain(d.Quality.Issues, i => i.Code == "o3-column-meaning");
    }

    [Fact]
    public void Xlsx_row_with_a_cell_inserted_is_refused_not_read_shifted()
    {
        // Found by fuzzing: Excel's "insert cells, shift right" put 1828A's 01:00 PM2.5 under PM10 and its O3 past the
        // header, and the row was read shifted. A value past the header now refuses the row, as a CSV field too many does.
        using var ms = new MemoryStream();
        using (var wb = new XLWorkbook())
        {
            var ws = wb.AddWorksheet("小时");
            string[] header = ["站点编码", "监测时间", "PM2.5", "PM10", "O3"];
            for (var k = 0; k < header.Length; k++) ws.Cell(1, k + 1).SetValue(header[k]);
            for (var h = 0; h < 3; h++)
            {
                ws.Cell(h + 2, 1).SetValue("1828A");
                ws.Cell(h + 2, 2).Value = new DateTime(2019, 1, 1, h, 0, 0);
                ws.Cell(h + 2, 3).Value = 110 + h;
                ws.Cell(h + 2, 4).Value = 150 + h;
                ws.Cell(h + 2, 5).Value = 8 + h;
            }
            ws.Cell(3, 3).InsertCellsBefore(1);
            wb.SaveAs(ms);
        }
        var t = TidyTableReader.Read(new MemoryStream(ms.ToArray()), "export.xlsx").Hourly!;
        Assert.Equal([110, double.NaN, 112], t.Series(Pollutant.PM2_5, 0).ToArray());
        Assert.Equal([150, double.NaN, 152], t.Series(Pollutant.PM10, 0).ToArray());
        Assert.Equal([8, double.NaN, 10], t.Series(Pollutant.O3, 0).ToArray());
        var issue = Assert.Single(t.Quality.Issues, i => i.Code == "field-count");
        Assert.Equal(("export.xlsx", 3L, "F3", QualityAction.Rejected), (issue.File, issue.Line!.Value, issue.Column, issue.Action));
        Assert.Contains("表头的 5 列之外", issue.Reason);
    }

    [Fact]
    public void Excel_serial_dates_as_plain_numbers_are_understood()
    {
        // A date column formatted "General" exports 43466 for 2019-01-01 and 43466.25 for 06:00.
        var daily = TidyTableReader.Read(Temp("d.csv", Encoding.UTF8.GetBytes("城市,日期,PM2.5\n焦作,43466,56\n焦作,43467,60\n"))).Daily!;
        Assert.Equal(new DateOnly(2019, 1, 1), daily.FirstDay);
        Assert.Equal(60, daily.Series(DailyIndicator.PM2_5, 0)[1]);
        var hourly = TidyTableReader.Read(Temp("h.csv", Encoding.UTF8.GetBytes("站点编码,日期,PM2.5\n1828A,43466.25,56\n1828A,43466.291666666664,60\n"))).Hourly!;
        Assert.Equal(new DateTime(2019, 1, 1, 6, 0, 0), hourly.FirstHour);
        Assert.Equal(60, hourly.Series(Pollutant.PM2_5, 0)[1]);
    }

    [Fact]
    public void Missing_site_column_gives_error_naming_file_and_line()
    {
        var path = Temp("bad.csv", Encoding.UTF8.GetBytes("时间,PM2.5\n2019-01-01 00:00,1\n"));
        var e = Assert.Throws<WorkbenchDataException>(() => TidyTableReader.Read(path));
        Assert.Contains("bad.csv 第 1 行", e.Message);
        Assert.Contains("站点", e.Message);
    }
}
