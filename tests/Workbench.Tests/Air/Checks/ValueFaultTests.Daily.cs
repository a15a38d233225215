using System.Globalization;
using System.Text;
using Workbench.Air.Checks;
using Workbench.Air.Import;
using Workbench.Air.Tables;
using Workbench.Quality;
using Workbench.Tests.Air.Import;
using Workbench.Tests.Support;

namespace Workbench.Tests.Air.Checks;

/// <summary>The daily rows of the value fault matrix: city daily tables (aqistudy, CREA, tidy daily CSV and XLSX).</summary>
public sealed partial class ValueFaultTests
{
    private const string AqistudyFolder = "aqistudy_city_daily_2014_2017/";
    private const string CreaFile = "crea_city_daily_2017_2020/crea_city_day_obs_2017-01-01_2020-11-18.csv.xz";

    /// <summary>The city the faults go on; the other city of each file must load exactly as in the clean file.</summary>
    private const string FaultCity = "焦作";

    [SharedDataTheory(AqistudyFolder)]
    [MemberData(nameof(DailyCases))]
    public void Daily_reader_with_one_fault(Reader reader, Fault fault, string outcome)
    {
        var shape = DailyShape.Of(reader);
        var clean = shape.Read(shape.Records, ValueRules.Default);
        var rules = fault == Fault.CoMicrogramsWithOption ? ValueRules.Default with { CoUnit = CoUnit.Ug } : ValueRules.Default;
        var records = shape.Records.Select(r => (string[])r.Clone()).ToList();
        var s = clean.IndexOfSite(shape.City);
        Assert.True(s >= 0, $"{shape.City} not in the clean table");
        Assert.True(clean.Sites.Count >= 2, "a second city stays untouched");

        switch (fault)
        {
            case Fault.None:
            {
                var again = shape.Read(records, rules);
                AssertEqualDaily(clean, again, (_, _, _) => false);
                Assert.DoesNotContain(again.Quality.Issues, i => i.Code is "co-unit-suspect" or "co-unit-repaired" or "co-unit" or "out-of-range"
                    or "negative-value" or "formula-without-value");
                break;
            }
            case Fault.CoMicrograms or Fault.CoMicrogramsWithOption:
            {
                var coCells = shape.Cells(records, DailyIndicator.CO).ToList();
                foreach (var (index, field) in coCells)
                    records[index][field] = (decimal.Parse(records[index][field], CultureInfo.InvariantCulture) * 1000m)
                        .ToString("0.############", CultureInfo.InvariantCulture);
                var t = shape.Read(records, rules);
                var coDays = Enumerable.Range(0, clean.DayCount).Where(d => !double.IsNaN(clean.Series(DailyIndicator.CO, s)[d])).ToList();
                Assert.Equal(coCells.Count, coDays.Count);
                Assert.DoesNotContain(t.Quality.Issues, i => i.Code == "out-of-range");
                var sf = t.IndexOfSite(shape.City);
                if (outcome == "co-unit-suspect")
                {
                    // One line for the city-file: refused, not loaded; the setting that would convert it named.
                    var issue = Assert.Single(t.Quality.Issues, i => i.Code == outcome);
                    output.WriteLine($"{reader} {fault}: {issue.File} {issue.Column} {issue.Station} {issue.Time} {issue.Reason}");
                    Assert.Equal((shape.File, shape.City, shape.Column(DailyIndicator.CO), QualityAction.Rejected),
                        (issue.File, issue.Station, issue.Column, issue.Action));
                    Assert.Equal($"{clean.DayAt(coDays[0]):yyyy-MM-dd}/{clean.DayAt(coDays[^1]):yyyy-MM-dd}", issue.Time);
                    Assert.Contains($"本文件中{shape.City}的 CO 日均值（{coDays.Count} 个值）不载入", issue.Reason);
                    Assert.Contains("--co-unit ug", issue.Reason);
                    Assert.True(t.Series(DailyIndicator.CO, sf).ToArray().All(double.IsNaN));
                    AssertEqualDaily(clean, t, (i, site, _) => i == DailyIndicator.CO && site == shape.City);
                }
                else
                {
                    // Converted with the setting, and every converted value reported with its line.
                    var issues = t.Quality.Issues.Where(i => i.Code == outcome).ToList();
                    output.WriteLine($"{reader} {fault}: {issues.Count} 行，首行 {issues[0].File} 第 {issues[0].Line} 行 {issues[0].Column} {issues[0].Time} {issues[0].Reason}");
                    Assert.Equal(coCells.Count, issues.Count);
                    Assert.All(issues, i => Assert.Equal((shape.File, shape.City, shape.Column(DailyIndicator.CO), QualityAction.Corrected),
                        (i.File, i.Station, i.Column, i.Action)));
                    Assert.All(issues, i => Assert.Contains("--co-unit ug", i.Reason));
                    Assert.Equal(coCells.Select(c => shape.LineOf(c.Index)).Order(), issues.Select(i => i.Line!.Value).Order());
                    Assert.Equal(coDays.Select(d => $"{clean.DayAt(d):yyyy-MM-dd}"), issues.Select(i => i.Time).Order());
                    var (firstIndex, firstField) = coCells.MinBy(c => shape.LineOf(c.Index));
                    var was = records[firstIndex][firstField];
                    var expected = (decimal.Parse(was, CultureInfo.InvariantCulture) / 1000m).ToString(CultureInfo.InvariantCulture);
                    Assert.StartsWith($"单位修正：CO = {was} 按设置 --co-unit ug 视为 µg/m³，换算为 {expected} mg/m³",
                        issues.MinBy(i => i.Line)!.Reason);
                    AssertEqualDaily(clean, t, (_, _, _) => false);   // converted = clean, exactly (decimal division)
                }
                break;
            }
            case Fault.Negative or Fault.Impossible or Fault.AqiOutOfRange:
            {
                DailyIndicator? which = fault switch { Fault.Negative => DailyIndicator.PM2_5, Fault.Impossible => DailyIndicator.CO, _ => null };
                // Negative PM2.5; CO 75 mg/m³: above the daily bound (60), below the hourly one (150); AQI 501.
                var value = fault switch { Fault.Negative => "-5", Fault.Impossible => "75", _ => "501" };
                var (index, field) = shape.Cells(records, which).First();
                records[index][field] = value;
                var day = shape.DateOf(records[index]);
                var t = shape.Read(records, rules);
                var issue = Assert.Single(t.Quality.Issues, i => i.Code == outcome);
                output.WriteLine($"{reader} {fault}: {issue.File} line {issue.Line} column {issue.Column} {issue.Station} {issue.Time} {issue.Reason}");
                Assert.Equal((shape.File, shape.LineOf(index), shape.Column(which), shape.City, $"{day:yyyy-MM-dd}", QualityAction.Rejected),
                    (issue.File, issue.Line, issue.Column, issue.Station, issue.Time, issue.Action));
                if (fault == Fault.Impossible) Assert.Contains("CO 日均值 = 75 mg/m³，超过上限 60（物理范围 0–60 mg/m³", issue.Reason);
                if (fault == Fault.AqiOutOfRange) Assert.Contains("AQI = 501，超过上限 500", issue.Reason);
                var d = t.IndexOfDay(day);
                var sf = t.IndexOfSite(shape.City);
                if (which is { } i) Assert.True(double.IsNaN(t.Series(i, sf)[d]));
                else Assert.Equal(-1, t.PublishedAqi(sf)[d]);
                AssertEqualDaily(clean, t, (x, site, when) => x == which && site == shape.City && when == day);
                break;
            }
            case Fault.FormulaWithoutValue or Fault.FormulaWithStoredValue:
            {
                var (index, field) = shape.Cells(records, DailyIndicator.PM2_5).First();
                var stored = fault == Fault.FormulaWithStoredValue;
                var t = shape.ReadXlsx!(TestXlsx.Bytes(records, (index, field, stored)), rules);
                if (stored)
                {
                    AssertEqualDaily(clean, t, (_, _, _) => false);
                    Assert.DoesNotContain(t.Quality.Issues, i => i.Code == "formula-without-value");
                    break;
                }
                var day = shape.DateOf(records[index]);
                var issue = Assert.Single(t.Quality.Issues, i => i.Code == outcome);
                output.WriteLine($"{reader} {fault}: {issue.File} line {issue.Line} column {issue.Column} {issue.Reason}");
                Assert.Equal((shape.File, shape.LineOf(index), "PM2.5", QualityAction.Rejected), (issue.File, issue.Line, issue.Column, issue.Action));
                Assert.Contains($"单元格 数据!{TestXlsx.Address(index, field)}（公式 ={records[index][field]}*1）没有保存计算结果", issue.Reason);
                Assert.True(double.IsNaN(t.Series(DailyIndicator.PM2_5, t.IndexOfSite(shape.City))[t.IndexOfDay(day)]));
                AssertEqualDaily(clean, t, (x, site, when) => x == DailyIndicator.PM2_5 && site == shape.City && when == day);
                Assert.Equal(EmptyValuesLine(clean.Quality), EmptyValuesLine(t.Quality));
                break;
            }
            default:
                throw new InvalidOperationException($"{fault} is not a daily fault");
        }
    }

    /// <summary>Every value and published AQI of <paramref name="b"/> equals <paramref name="a"/>'s, except where
    /// <paramref name="skip"/> says (indicator null = the published AQI).</summary>
    private static void AssertEqualDaily(DailyTable a, DailyTable b, Func<DailyIndicator?, string, DateOnly, bool> skip)
    {
        Assert.Equal(a.Sites, b.Sites);
        Assert.Equal(a.FirstDay, b.FirstDay);
        Assert.Equal(a.DayCount, b.DayCount);
        var compared = 0;
        for (var s = 0; s < a.Sites.Count; s++)
        {
            for (var d = 0; d < a.DayCount; d++)
            {
                if (skip(null, a.Sites[s], a.DayAt(d))) continue;
                Assert.True(a.PublishedAqi(s)[d] == b.PublishedAqi(s)[d], $"AQI {a.Sites[s]} {a.DayAt(d)}: {a.PublishedAqi(s)[d]} vs {b.PublishedAqi(s)[d]}");
            }
            foreach (var i in Enum.GetValues<DailyIndicator>())
            {
                var x = a.Series(i, s);
                var y = b.Series(i, s);
                for (var d = 0; d < a.DayCount; d++)
                {
                    if (skip(i, a.Sites[s], a.DayAt(d))) continue;
                    if (double.IsNaN(x[d])) Assert.True(double.IsNaN(y[d]), $"{i} {a.Sites[s]} {a.DayAt(d)}: expected empty, got {y[d]}");
                    else
                    {
                        Assert.True(x[d] == y[d], $"{i} {a.Sites[s]} {a.DayAt(d)}: {x[d]} vs {y[d]}");
                        compared++;
                    }
                }
            }
        }
        Assert.True(compared > 0);
    }

    /// <summary>A daily file format as records (header first), where the faulty city's values are, and how it is read.</summary>
    private sealed class DailyShape
    {
        public required string File { get; init; }
        /// <summary>The faulty city as the file writes it and the table names it (CREA: the region id).</summary>
        public string City { get; init; } = FaultCity;
        public required List<string[]> Records { get; init; }
        /// <summary>Field of the city and of the date.</summary>
        public required int CityField { get; init; }
        public required int DateField { get; init; }
        /// <summary>Field holding each indicator (null = AQI): wide tables.</summary>
        public Func<DailyIndicator?, int>? FieldOf { get; init; }
        /// <summary>Long format (CREA): the field naming the pollutant and the field of the value.</summary>
        public Func<DailyIndicator, string>? PollOf { get; init; }
        public int PollField { get; init; } = -1;
        public int ValueField { get; init; } = -1;
        /// <summary>The column a report line names for an indicator (null = AQI).</summary>
        public required Func<DailyIndicator?, string> Column { get; init; }
        public required Func<List<string[]>, ValueRules, DailyTable> ReadWith { get; init; }
        public Func<byte[], ValueRules, DailyTable>? ReadXlsx { get; init; }

        public DailyTable Read(List<string[]> records, ValueRules rules) => ReadWith(records, rules);

        public DateOnly DateOf(string[] r) => DateOnly.ParseExact(r[DateField], "yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>Physical line of record <paramref name="index"/> (one line per record: no field holds a line break).</summary>
        public long LineOf(int index) => index + 1;

        /// <summary>The faulty city's cells (record index, field) holding a value of <paramref name="which"/> (null = AQI), in file order.</summary>
        public IEnumerable<(int Index, int Field)> Cells(List<string[]> records, DailyIndicator? which)
        {
            for (var i = 1; i < records.Count; i++)
            {
                var r = records[i];
                if (r[CityField] != City) continue;
                int field;
                if (PollOf is null) field = FieldOf!(which);
                else if (which is { } w && r[PollField] == PollOf(w)) field = ValueField;
                else continue;
                if (double.TryParse(r[field], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0) yield return (i, field);
            }
        }

        private static readonly string[] AqistudyHeader = ["city", "date", "aqi", "aqi_range", "quality_level", "pm25", "pm10", "so2", "co", "no2", "o3_8h", "rank"];

        /// <summary>Fields of the aqistudy columns (PM2.5 … O3_8h; AQI).</summary>
        private static int AqistudyField(DailyIndicator? i) => i switch
        {
            null => 2, DailyIndicator.PM2_5 => 5, DailyIndicator.PM10 => 6, DailyIndicator.SO2 => 7, DailyIndicator.CO => 8,
            DailyIndicator.NO2 => 9, DailyIndicator.O3_8hMax => 10, _ => throw new ArgumentOutOfRangeException(nameof(i)),
        };

        /// <summary>The first 60 days of 焦作 and 安阳 from their aqistudy files (2013-12-31 on), as the concatenated
        /// all-cities file writes them (English header, no BOM).</summary>
        private static readonly Lazy<List<string[]>> AqistudyRows = new(() =>
        {
            var rows = new List<string[]> { AqistudyHeader };
            foreach (var city in new[] { "焦作", "安阳" })
                rows.AddRange(CityRows(city).Take(60));
            return rows;
        });

        private static IEnumerable<string[]> CityRows(string city) =>
            Shape.Parse(System.IO.File.ReadAllText(SharedData.PathOf(AqistudyFolder + city + ".csv")).TrimStart('\uFEFF'));

        private static readonly string[] TidyHeader = ["城市", "日期", "AQI", "PM2.5", "PM10", "SO2", "CO", "NO2", "O3_8h"];

        private static int TidyField(DailyIndicator? i) => i switch
        {
            null => 2, DailyIndicator.PM2_5 => 3, DailyIndicator.PM10 => 4, DailyIndicator.SO2 => 5, DailyIndicator.CO => 6,
            DailyIndicator.NO2 => 7, DailyIndicator.O3_8hMax => 8, _ => throw new ArgumentOutOfRangeException(nameof(i)),
        };

        /// <summary>
        /// CREA's rows of jiaozuo (焦作) and anyang (安阳) for January 2017, and CO rows in the same long format (unit
        /// mg/m3) carrying the two cities' CO of those days from their aqistudy files: this CREA excerpt has no CO, the
        /// format does.
        /// </summary>
        private static readonly Lazy<List<string[]>> CreaRows = new(() =>
        {
            var text = Encoding.UTF8.GetString(Xz.Decompress(SharedData.PathOf(CreaFile)));
            var lines = text.Split('\n');
            var picked = lines.Skip(1).Where(l => l.StartsWith("\"2017-01-", StringComparison.Ordinal)
                                                  && (l.Contains(",\"jiaozuo\",", StringComparison.Ordinal) || l.Contains(",\"anyang\",", StringComparison.Ordinal)));
            var rows = Shape.Parse(lines[0] + "\n" + string.Join("\n", picked));
            foreach (var (city, region) in new[] { ("焦作", "jiaozuo"), ("安阳", "anyang") })
                foreach (var r in CityRows(city).Where(r => r[1].StartsWith("2017-01-", StringComparison.Ordinal)))
                    rows.Add([r[1], region, region, "co", "mg/m3", r[8], "city_day_mad", "mee", "Asia/Shanghai", "CN"]);
            return rows;
        });

        private static string? CreaPoll(DailyIndicator i) => i switch
        {
            DailyIndicator.PM2_5 => "pm25", DailyIndicator.NO2 => "no2", DailyIndicator.SO2 => "so2", DailyIndicator.CO => "co", _ => null,
        };

        public static DailyShape Of(Reader reader) => reader switch
        {
            Reader.Aqistudy => new DailyShape
            {
                File = "all_cities_daily_excerpt.csv", Records = AqistudyRows.Value, CityField = 0, DateField = 1, FieldOf = AqistudyField,
                // Headerless format: the reader names the columns itself.
                Column = i => i switch { null => "AQI", DailyIndicator.PM2_5 => "PM2.5", DailyIndicator.O3_8hMax => "O3_8h", _ => i.Value.ToString() },
                ReadWith = (r, rules) => AqistudyReader.ReadDaily([Shape.Source("all_cities_daily_excerpt.csv", Encoding.UTF8.GetBytes(Shape.CsvText(r)))],
                    new AqistudyOptions { Values = rules }).Daily,
            },
            Reader.Crea => new DailyShape
            {
                File = "crea_city_day_obs_excerpt.csv", City = "jiaozuo", Records = CreaRows.Value, CityField = 1, DateField = 0,
                PollOf = i => CreaPoll(i)!, PollField = 3, ValueField = 5, Column = _ => "value",
                ReadWith = (r, rules) => CreaReader.Read([Shape.Source("crea_city_day_obs_excerpt.csv", Encoding.UTF8.GetBytes(Shape.CsvText(r)))],
                    values: rules).Daily,
            },
            _ => Tidy(reader == Reader.TidyDailyXlsx),
        };

        /// <summary>An analyst's daily table (城市,日期,AQI,PM2.5,PM10,SO2,CO,NO2,O3_8h) with the aqistudy rows.</summary>
        private static DailyShape Tidy(bool xlsx)
        {
            var records = new List<string[]> { TidyHeader };
            records.AddRange(AqistudyRows.Value.Skip(1).Select(f => new[] { f[0], f[1], f[2], f[5], f[6], f[7], f[8], f[9], f[10] }));
            var file = xlsx ? "城市日报.xlsx" : "城市日报.csv";
            DailyTable Read(byte[] bytes, ValueRules rules) =>
                TidyTableReader.Read(new MemoryStream(bytes), file, new TidyTableOptions { Values = rules }).Daily!;
            return new DailyShape
            {
                File = file, Records = records, CityField = 0, DateField = 1, FieldOf = TidyField, Column = i => TidyHeader[TidyField(i)],
                ReadWith = (r, rules) => Read(xlsx ? TestXlsx.Bytes(r) : Encoding.UTF8.GetBytes(Shape.CsvText(r)), rules),
                ReadXlsx = xlsx ? Read : null,
            };
        }
    }
}
