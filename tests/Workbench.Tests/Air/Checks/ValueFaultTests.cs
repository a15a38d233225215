using System.Globalization;
using System.Text;
using Workbench.Air;
using Workbench.Air.Checks;
using Workbench.Air.Import;
using Workbench.Air.Tables;
using Workbench.Quality;
using Workbench.Standards;
using Workbench.Tests.Air.Import;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Air.Checks;

/// <summary>
/// Issue 14, the values of air data: every reader that carries CO, hourly and daily, fed a real-shaped file made at test
/// time from ../shared/data with exactly one fault. <see cref="Matrix"/> is the table "reader × fault → outcome"; the
/// hourly rows are asserted by <see cref="Reader_with_one_fault"/>, the daily ones by <see cref="Daily_reader_with_one_fault"/>.
/// </summary>
public sealed partial class ValueFaultTests(ITestOutputHelper output)
{
    /// <summary>Readers under test: the hourly ones, then the daily ones (city daily tables).</summary>
    public enum Reader { ChinaSites, HeQinWill, Scraped, Prsa, TidyCsv, TidyXlsx, Aqistudy, Crea, TidyDailyCsv, TidyDailyXlsx }

    /// <summary>One fault per file (None = the clean file).</summary>
    public enum Fault
    {
        None, CoMicrograms, CoMicrogramsWithOption, PrsaMilligrams, PrsaMilligramsWithOption, Negative, Impossible, StationNotInRegistry,
        AqiOutOfRange, FormulaWithoutValue, FormulaWithStoredValue,
    }

    /// <summary>The matrix: reader × fault → expected outcome (the reason code reported, or "loaded").</summary>
    public static readonly (Reader Reader, Fault Fault, string Outcome)[] Matrix = BuildMatrix();

    private static bool IsDaily(Reader r) => r is Reader.Aqistudy or Reader.Crea or Reader.TidyDailyCsv or Reader.TidyDailyXlsx;

    private static (Reader, Fault, string)[] BuildMatrix()
    {
        var rows = new List<(Reader, Fault, string)>();
        foreach (var r in Enum.GetValues<Reader>())
        {
            rows.Add((r, Fault.None, "loaded"));
            if (IsDaily(r))
            {
                rows.Add((r, Fault.CoMicrograms, "co-unit-suspect"));
                rows.Add((r, Fault.CoMicrogramsWithOption, "co-unit-repaired"));
                rows.Add((r, Fault.Negative, "negative-value"));
                rows.Add((r, Fault.Impossible, "out-of-range"));
                if (r != Reader.Crea) rows.Add((r, Fault.AqiOutOfRange, "out-of-range"));   // CREA has no AQI
                if (r == Reader.TidyDailyXlsx)
                {
                    rows.Add((r, Fault.FormulaWithoutValue, "formula-without-value"));
                    rows.Add((r, Fault.FormulaWithStoredValue, "loaded"));
                }
                continue;
            }
            if (r == Reader.Prsa)
            {
                rows.Add((r, Fault.PrsaMilligrams, "co-unit-suspect"));
                rows.Add((r, Fault.PrsaMilligramsWithOption, "co-unit-repaired"));
            }
            else
            {
                rows.Add((r, Fault.CoMicrograms, "co-unit-suspect"));
                rows.Add((r, Fault.CoMicrogramsWithOption, "co-unit-repaired"));
            }
            rows.Add((r, Fault.Negative, "negative-value"));
            rows.Add((r, Fault.Impossible, "out-of-range"));
            rows.Add((r, Fault.StationNotInRegistry, "station-not-in-registry"));
            if (r == Reader.TidyXlsx)
            {
                rows.Add((r, Fault.FormulaWithoutValue, "formula-without-value"));
                rows.Add((r, Fault.FormulaWithStoredValue, "loaded"));
            }
        }
        return rows.ToArray();
    }

    /// <summary>The hourly rows of the matrix.</summary>
    public static IEnumerable<object[]> Cases => Matrix.Where(c => !IsDaily(c.Reader)).Select(c => new object[] { c.Reader, c.Fault, c.Outcome });

    /// <summary>The daily rows of the matrix.</summary>
    public static IEnumerable<object[]> DailyCases => Matrix.Where(c => IsDaily(c.Reader)).Select(c => new object[] { c.Reader, c.Fault, c.Outcome });

    [Fact(DisplayName = "The matrix reader × fault class → outcome (each row asserted by the theory below)")]
    public void Matrix_is_printed()
    {
        var faults = Matrix.Select(m => m.Fault).Distinct().ToArray();
        output.WriteLine("读取器 | " + string.Join(" | ", faults));
        foreach (var reader in Enum.GetValues<Reader>())
            output.WriteLine($"{reader} | " + string.Join(" | ", faults.Select(f => Matrix.FirstOrDefault(m => m.Reader == reader && m.Fault == f).Outcome ?? "—")));
        // Hourly: 6 readers × 6 faults, and the two formula faults of XLSX. Daily: 6 faults for aqistudy and the tidy daily
        // CSV, 5 for CREA (no AQI), 8 for the tidy daily XLSX.
        Assert.Equal(6 * 6 + 2 + 6 + 5 + 6 + 8, Matrix.Length);
    }

    private const string ChinaDay = "cnemc_hourly_2019/target_cities/china_sites_20190101.csv";
    private const string HeQinWill = "cnemc_realtime_2024_sample/HeQinWill_CNEMC_2024-01-01T00_excerpt.csv";
    private const string Scraped = "scraped_station_hourly_2020-03_04/焦作_20200402-20200408.csv";
    private const string Prsa = "beijing_prsa/PRSA_Data_Dongsi_20130301-20170228.csv.xz";

    [SharedDataTheory("cnemc_hourly_2019")]
    [MemberData(nameof(Cases))]
    public void Reader_with_one_fault(Reader reader, Fault fault, string outcome)
    {
        var shape = Shape.Of(reader);
        var clean = shape.Read(shape.Records, ValueRules.Default);
        var rules = fault switch
        {
            Fault.CoMicrogramsWithOption => ValueRules.Default with { CoUnit = CoUnit.Ug },
            Fault.PrsaMilligramsWithOption => ValueRules.Default with { CoUnit = CoUnit.Mg },
            _ => ValueRules.Default,
        };
        var records = shape.Records.Select(r => (string[])r.Clone()).ToList();
        var s = clean.IndexOfStation(shape.Station);
        Assert.True(s >= 0, $"{shape.Station} not in the clean table");

        switch (fault)
        {
            case Fault.None:
            {
                var again = shape.Read(records, rules);
                AssertEqual(clean, again, (_, _, _) => false);
                Assert.DoesNotContain(again.Quality.Issues, i => i.Code is "co-unit-suspect" or "co-unit-repaired" or "out-of-range" or "negative-value");
                break;
            }
            case Fault.CoMicrograms or Fault.CoMicrogramsWithOption or Fault.PrsaMilligrams or Fault.PrsaMilligramsWithOption:
            {
                var factor = fault is Fault.PrsaMilligrams or Fault.PrsaMilligramsWithOption ? 0.001m : 1000m;
                shape.ScaleCo(records, factor);
                var t = shape.Read(records, rules);
                var issue = Assert.Single(t.Quality.Issues, i => i.Code == outcome);
                output.WriteLine($"{reader} {fault}: {issue.File} {issue.Column} {issue.Station} {issue.Time} {issue.Reason}");
                Assert.Equal(shape.Station, issue.Station);
                Assert.Equal(shape.File, issue.File);
                var sf = t.IndexOfStation(shape.Station);
                if (outcome == "co-unit-suspect")
                {
                    Assert.Equal(QualityAction.Rejected, issue.Action);
                    Assert.Contains(fault == Fault.CoMicrograms ? "--co-unit ug" : "--co-unit mg", issue.Reason);
                    Assert.True(t.Series(Pollutant.CO, sf).ToArray().All(double.IsNaN));          // refused: not loaded
                    Assert.Contains(clean.Series(Pollutant.CO, s).ToArray(), v => !double.IsNaN(v));
                    AssertEqual(clean, t, (p, st, _) => p == Pollutant.CO && st == shape.Station);  // everything else as clean
                    if (reader == Reader.Prsa) Assert.DoesNotContain(t.Quality.Issues, i => i.Code == "co-unit");   // no conversion claimed
                }
                else
                {
                    Assert.Equal(QualityAction.Corrected, issue.Action);
                    Assert.Contains(fault == Fault.CoMicrogramsWithOption ? "--co-unit ug" : "--co-unit mg", issue.Reason);
                    AssertEqual(clean, t, (_, _, _) => false, tolerance: 1e-9);                      // converted = clean
                }
                Assert.DoesNotContain(t.Quality.Issues, i => i.Code == "out-of-range");
                break;
            }
            case Fault.Negative or Fault.Impossible:
            {
                var (line, column, hour) = shape.SetFirstPm10(records, fault == Fault.Negative ? "-5" : "99999");
                var t = shape.Read(records, rules);
                var issue = Assert.Single(t.Quality.Issues, i => i.Code == outcome);
                output.WriteLine($"{reader} {fault}: {issue.File} line {issue.Line} column {issue.Column} {issue.Station} {issue.Time} {issue.Reason}");
                Assert.Equal(QualityAction.Rejected, issue.Action);
                Assert.Equal(line, issue.Line);
                Assert.Equal(column, issue.Column);
                Assert.Equal(shape.File, issue.File);
                Assert.Equal(hour.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), issue.Time);
                var h = t.IndexOfHour(hour);
                Assert.True(double.IsNaN(t.Series(Pollutant.PM10, t.IndexOfStation(shape.Station))[h]));
                Assert.False(double.IsNaN(clean.Series(Pollutant.PM10, s)[clean.IndexOfHour(hour)]));
                AssertEqual(clean, t, (p, st, when) => p == Pollutant.PM10 && st == shape.Station && when == hour);
                break;
            }
            case Fault.FormulaWithoutValue or Fault.FormulaWithStoredValue:
            {
                var (index, col, line, column, hour) = shape.FirstPm10(records);
                var stored = fault == Fault.FormulaWithStoredValue;
                var t = shape.ReadXlsx!(TestXlsx.Bytes(records, (index, col, stored)), rules);
                var address = TestXlsx.Address(index, col);
                if (stored)
                {
                    // Read from the result the file stores with the formula: the clean value.
                    AssertEqual(clean, t, (_, _, _) => false);
                    Assert.DoesNotContain(t.Quality.Issues, i => i.Code == "formula-without-value");
                    break;
                }
                var issue = Assert.Single(t.Quality.Issues, i => i.Code == outcome);
                output.WriteLine($"{reader} {fault}: {issue.File} line {issue.Line} column {issue.Column} {issue.Reason}");
                Assert.Equal((shape.File, line, column, QualityAction.Rejected), (issue.File, issue.Line, issue.Column, issue.Action));
                Assert.Contains($"单元格 数据!{address}（公式 ={records[index][col]}*1）没有保存计算结果", issue.Reason);
                Assert.True(double.IsNaN(t.Series(Pollutant.PM10, t.IndexOfStation(shape.Station))[t.IndexOfHour(hour)]));
                AssertEqual(clean, t, (p, st, when) => p == Pollutant.PM10 && st == shape.Station && when == hour);
                // Reported once, as a formula: not also counted among the file's missing markers.
                Assert.Equal(EmptyValuesLine(clean.Quality), EmptyValuesLine(t.Quality));
                break;
            }
            case Fault.StationNotInRegistry:
            {
                const string renamed = "9999Z";
                shape.Rename(records, renamed);
                var dir = Directory.CreateTempSubdirectory("wb-values-").FullName;
                var path = Path.Combine(dir, shape.File);
                File.WriteAllBytes(path, shape.Bytes(records));
                var list = Path.Combine(dir, "stations_test.csv");
                File.WriteAllText(list, "监测点编码,监测点名称,城市,经度,纬度\n" +
                    string.Concat(clean.StationCodes.Select(c => $"{c},{c},焦作,113.2,35.2\n")));
                var data = AirDataSet.Load([path], list);
                var issue = Assert.Single(data.Quality.Issues, i => i.Code == outcome);
                output.WriteLine($"{reader} {fault}: {issue.File} {issue.Station} {issue.Time} {issue.Reason}");
                Assert.Equal(renamed, issue.Station);
                var hours = HoursWithData(clean, s);
                Assert.Contains($"有 {hours:N0} 个小时的数据", issue.Reason);
                if (shape.FeedCity is { } city) Assert.Contains($"“{city}”", issue.Reason);
                Assert.Equal(1, data.Quality.CountsByCode[outcome]);   // once per station
                break;
            }
        }
    }

    [SharedDataFact("beijing_prsa")]
    public void Real_Beijing_PRSA_files_still_load_with_CO_converted_from_micrograms()
    {
        var files = Directory.GetFiles(SharedData.PathOf("beijing_prsa"), "*.csv.xz").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(12, files.Length);
        var t = PrsaReader.Read(files.Select(ImportSource.FromPath).ToArray());
        output.WriteLine(t.Quality.Summary());
        Assert.Equal(12, t.StationCodes.Count);
        Assert.Equal(12, t.Quality.Issues.Count(i => i.Code == "co-unit" && i.Action == QualityAction.Corrected));
        Assert.DoesNotContain(t.Quality.Issues, i => i.Code is "co-unit-suspect" or "co-unit-repaired");
        var dongsi = t.IndexOfStation("Dongsi");
        Assert.Equal(0.3, t.Series(Pollutant.CO, dongsi)[0]);
        Assert.Equal(1.33007, t.Series(Pollutant.CO, dongsi).ToArray().Where(v => !double.IsNaN(v)).Average(), 5);
        foreach (var i in t.Quality.Issues.Where(i => i.Code == "out-of-range")) output.WriteLine($"{i.File} {i.Line} {i.Column} {i.Reason}");
    }

    [SharedDataFact("cnemc_hourly_2019/target_cities")]
    public void Real_CNEMC_2019_target_cities_raise_no_unit_refusal_and_no_range_rejection()
    {
        var t = ChinaSitesReader.Read([SharedData.PathOf("cnemc_hourly_2019/target_cities")]);
        output.WriteLine(t.Quality.Summary());
        Assert.DoesNotContain(t.Quality.Issues, i => i.Code is "co-unit-suspect" or "co-unit-repaired" or "co-unit" or "out-of-range");
        Assert.Equal(1023, t.Series(Pollutant.PM10, t.IndexOfStation("1830A")).ToArray().Where(v => !double.IsNaN(v)).Max());   // real, kept
    }

    /// <summary>The reason of the “empty-values” summary line (null when none).</summary>
    private static string? EmptyValuesLine(DataQualityReport q) => q.Issues.SingleOrDefault(i => i.Code == "empty-values")?.Reason;

    private static int HoursWithData(StationHourlyTable t, int s)
    {
        var n = 0;
        for (var h = 0; h < t.HourCount; h++)
            if (PollutantInfo.All.Any(p => !double.IsNaN(t.Series(p, s)[h]))) n++;
        return n;
    }

    /// <summary>Every value of <paramref name="b"/> equals <paramref name="a"/>'s, except where <paramref name="skip"/> says.</summary>
    private static void AssertEqual(StationHourlyTable a, StationHourlyTable b, Func<Pollutant, string, DateTime, bool> skip, double tolerance = 0)
    {
        Assert.Equal(a.StationCodes, b.StationCodes);
        Assert.Equal(a.FirstHour, b.FirstHour);
        Assert.Equal(a.HourCount, b.HourCount);
        var compared = 0;
        foreach (var p in PollutantInfo.All)
            for (var s = 0; s < a.StationCodes.Count; s++)
            {
                var x = a.Series(p, s);
                var y = b.Series(p, s);
                for (var h = 0; h < a.HourCount; h++)
                {
                    if (skip(p, a.StationCodes[s], a.HourAt(h))) continue;
                    if (double.IsNaN(x[h])) Assert.True(double.IsNaN(y[h]), $"{p} {a.StationCodes[s]} {a.HourAt(h):s}: expected empty, got {y[h]}");
                    else
                    {
                        Assert.True(Math.Abs(x[h] - y[h]) <= tolerance, $"{p} {a.StationCodes[s]} {a.HourAt(h):s}: {x[h]} vs {y[h]}");
                        compared++;
                    }
                }
            }
        Assert.True(compared > 0);
    }

    /// <summary>A file format as records (header first), the station faults are put on, and how the reader reads it.</summary>
    private sealed class Shape
    {
        public required string File { get; init; }
        public required string Station { get; init; }
        public string? FeedCity { get; init; }
        public required List<string[]> Records { get; init; }
        public required Func<List<string[]>, ValueRules, StationHourlyTable> ReadWith { get; init; }
        /// <summary>Wide (china_sites: one column per station, rows by type) or long (a station column).</summary>
        public bool Wide { get; init; }
        public int StationColumn { get; init; }
        public required string CoColumn { get; init; }
        public required string Pm10Column { get; init; }
        public Func<string[], DateTime>? TimeOf { get; init; }
        public bool Xlsx { get; init; }
        /// <summary>Reads XLSX bytes (the tidy XLSX shape only).</summary>
        public Func<byte[], ValueRules, StationHourlyTable>? ReadXlsx { get; init; }

        public StationHourlyTable Read(List<string[]> records, ValueRules rules) => ReadWith(records, rules);

        private int Col(string name) => Array.IndexOf(Records[0], name);

        private IEnumerable<(string[] Row, int Index)> RowsOf(List<string[]> records, string typeOrNull) =>
            records.Select((r, i) => (r, i)).Skip(1).Where(x => Wide
                ? x.r.Length > 2 && x.r[2] == typeOrNull
                : x.r.Length > StationColumn && x.r[StationColumn].Trim().Trim('\u3000') == Station);

        /// <summary>Multiplies the station's CO values by <paramref name="factor"/> (decimal, exact).</summary>
        public void ScaleCo(List<string[]> records, decimal factor)
        {
            var c = Wide ? Col(Station) : Col(CoColumn);
            foreach (var (r, _) in RowsOf(records, "CO"))
                if (c < r.Length && decimal.TryParse(r[c], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                    r[c] = (v * factor).ToString("0.############", CultureInfo.InvariantCulture);
        }

        /// <summary>Sets the station's first PM10 value; returns its line, column and hour.</summary>
        public (long Line, string Column, DateTime Hour) SetFirstPm10(List<string[]> records, string value)
        {
            var (index, c, line, column, hour) = FirstPm10(records);
            records[index][c] = value;
            return (line, column, hour);
        }

        /// <summary>The station's first PM10 value: record index, field, line, column name and hour.</summary>
        public (int Index, int Field, long Line, string Column, DateTime Hour) FirstPm10(List<string[]> records)
        {
            var c = Wide ? Col(Station) : Col(Pm10Column);
            foreach (var (r, i) in RowsOf(records, "PM10"))
            {
                if (c >= r.Length || !double.TryParse(r[c], NumberStyles.Float, CultureInfo.InvariantCulture, out _)) continue;
                var hour = Wide
                    ? DateTime.ParseExact(r[0], "yyyyMMdd", CultureInfo.InvariantCulture).AddHours(int.Parse(r[1], CultureInfo.InvariantCulture))
                    : TimeOf!(r);
                return (i, c, LineOf(records, i), Wide ? Station : Records[0][c], hour);
            }
            throw new InvalidOperationException("no PM10 value");
        }

        /// <summary>Renames the station (header column or station field).</summary>
        public void Rename(List<string[]> records, string code)
        {
            if (Wide) records[0][Col(Station)] = code;
            else foreach (var (r, _) in RowsOf(records, "")) r[StationColumn] = code;
        }

        /// <summary>Physical line of record <paramref name="index"/> as written by <see cref="Bytes"/>.</summary>
        private long LineOf(List<string[]> records, int index)
        {
            if (Xlsx) return index + 1;
            long line = 1;
            for (var i = 0; i < index; i++) line += 1 + records[i].Sum(f => f.Count(ch => ch == '\n'));
            return line;
        }

        public byte[] Bytes(List<string[]> records) => Xlsx ? TestXlsx.Bytes(records) : Encoding.UTF8.GetBytes(CsvText(records));

        public static string CsvText(List<string[]> records)
        {
            var sb = new StringBuilder();
            foreach (var r in records)
                sb.Append(string.Join(',', r.Select(f => f.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + f.Replace("\"", "\"\"") + "\"" : f))).Append("\r\n");
            return sb.ToString();
        }

        public static List<string[]> Parse(string text) => CsvRecords.Read(text).Select(r => r.Fields).ToList();

        public static ImportSource Source(string name, byte[] bytes) => new(name, () => new MemoryStream(bytes, false));

        public static Shape Of(Reader reader) => reader switch
        {
            Reader.ChinaSites => new Shape
            {
                File = "china_sites_20190101.csv", Station = "1819A", Wide = true, CoColumn = "CO", Pm10Column = "PM10",
                Records = Parse(System.IO.File.ReadAllText(SharedData.PathOf(ChinaDay))),
                ReadWith = (r, rules) => ChinaSitesReader.ReadData([Source("china_sites_20190101.csv", Encoding.ASCII.GetBytes(CsvText(r)))],
                    new ChinaSitesOptions { Values = rules }).Hourly,
            },
            Reader.HeQinWill => Long("2024-01-01T00.csv", "1819A", "安阳市", Parse(System.IO.File.ReadAllText(SharedData.PathOf(HeQinWill))),
                "stationcode", "co", "pm10", r => DateTime.ParseExact(r[0], "yyyy-MM-dd'T'HHmm", CultureInfo.InvariantCulture),
                (name, bytes, rules) => HeQinWillReader.Read(new MemoryStream(bytes), name, new HeQinWillOptions { Values = rules }).Hourly),
            Reader.Scraped => Long("焦作_20200402-20200408.csv", "高新区政府", "焦作", Parse(System.IO.File.ReadAllText(SharedData.PathOf(Scraped))),
                "WatchPoint", "CO", "PM10",
                r => DateTime.ParseExact(r[0], "yyyyMMdd", CultureInfo.InvariantCulture).AddHours(int.Parse(r[1], CultureInfo.InvariantCulture)),
                (name, bytes, rules) => ScrapedStationHourlyReader.Read([Source(name, bytes)], DataStatus.Realtime, rules).Hourly),
            Reader.Prsa => Long("PRSA_Data_Dongsi_20130301-20170228.csv", "Dongsi", null,
                Parse(Encoding.UTF8.GetString(Xz.Decompress(SharedData.PathOf(Prsa)))).Take(1 + 31 * 24).ToList(),
                "station", "CO", "PM10",
                r => new DateTime(int.Parse(r[1], CultureInfo.InvariantCulture), int.Parse(r[2], CultureInfo.InvariantCulture),
                    int.Parse(r[3], CultureInfo.InvariantCulture), int.Parse(r[4], CultureInfo.InvariantCulture), 0, 0),
                (name, bytes, rules) => PrsaReader.Read(new MemoryStream(bytes), name, new PrsaOptions { Values = rules })),
            Reader.TidyCsv => Tidy(xlsx: false),
            _ => Tidy(xlsx: true),
        };

        private static Shape Long(string file, string station, string? city, List<string[]> records, string stationColumn, string co,
            string pm10, Func<string[], DateTime> timeOf, Func<string, byte[], ValueRules, StationHourlyTable> read) => new()
        {
            File = file, Station = station, FeedCity = city, Records = records, StationColumn = Array.IndexOf(records[0], stationColumn),
            CoColumn = co, Pm10Column = pm10, TimeOf = timeOf,
            ReadWith = (r, rules) => read(file, Encoding.UTF8.GetBytes(CsvText(r)), rules),
        };

        /// <summary>An analyst's tidy table (站点编码,时间,PM2.5,PM10,SO2,NO2,O3,CO) made from one real china_sites day.</summary>
        private static Shape Tidy(bool xlsx)
        {
            var grid = ChinaSitesReader.Read([SharedData.PathOf(ChinaDay)]);
            var order = new[] { Pollutant.PM2_5, Pollutant.PM10, Pollutant.SO2, Pollutant.NO2, Pollutant.O3, Pollutant.CO };
            var records = new List<string[]> { new[] { "站点编码", "时间" }.Concat(order.Select(p => p.Code())).ToArray() };
            for (var s = 0; s < grid.StationCodes.Count; s++)
                for (var h = 0; h < grid.HourCount; h++)
                {
                    var v = order.Select(p => grid.Series(p, s)[h]).ToArray();
                    if (v.All(double.IsNaN)) continue;
                    records.Add(new[] { grid.StationCodes[s], grid.HourAt(h).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) }
                        .Concat(v.Select(x => double.IsNaN(x) ? "" : x.ToString("R", CultureInfo.InvariantCulture))).ToArray());
                }
            var file = xlsx ? "分析员导出.xlsx" : "分析员导出.csv";
            StationHourlyTable Read(byte[] bytes, ValueRules rules) =>
                TidyTableReader.Read(new MemoryStream(bytes), file, new TidyTableOptions { Values = rules }).Hourly!;
            return new Shape
            {
                File = file, Station = "1819A", Records = records, StationColumn = 0, CoColumn = "CO", Pm10Column = "PM10", Xlsx = xlsx,
                TimeOf = r => DateTime.ParseExact(r[1], "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                ReadWith = (r, rules) => Read(xlsx ? TestXlsx.Bytes(r) : Encoding.UTF8.GetBytes(CsvText(r)), rules),
                ReadXlsx = xlsx ? Read : null,
            };
        }
    }
}
