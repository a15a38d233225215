using Workbench.Air.Checks;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Quality;
using Workbench.Standards;

namespace Workbench.Air.Import;

/// <summary>Options of <see cref="PrsaReader"/>.</summary>
public sealed record PrsaOptions
{
    /// <summary>CO is in µg/m³ in this dataset (CNEMC and the library use mg/m³): divide by 1,000. A file whose CO is
    /// evidently already in mg/m³ is refused unless <see cref="ValueRules.CoUnit"/> is mg (<see cref="UnitPlausibility"/>).</summary>
    public bool CoInMicrograms { get; init; } = true;

    /// <summary>Value checks: CO unit plausibility and physical ranges.</summary>
    public ValueRules Values { get; init; } = ValueRules.Default;

    /// <summary>Status declared for the data.</summary>
    public DataStatus Status { get; init; } = DataStatus.Realtime;

    /// <summary>Line length and quoted-field limits (<see cref="TextLimits"/>).</summary>
    public TextLimits Limits { get; init; } = TextLimits.Default;

    /// <summary>Defaults.</summary>
    public static PrsaOptions Default { get; } = new();
}

/// <summary>
/// Reads the Beijing Multi-Site Air-Quality (PRSA) files: `No,year,month,day,hour,PM2.5,PM10,SO2,NO2,
/// CO,O3,TEMP,PRES,DEWP,RAIN,wd,WSPM,station`, one file per site; the `station` column becomes the
/// station code. NA = missing. Meteorology is not loaded.
/// </summary>
/// <remarks>
/// Hour labels are kept as written (year, month, day, hour 0–23): the dataset does not say whether an
/// hour is labelled by its start or its end, so no shift is applied; analyses that mix PRSA with CNEMC
/// hours (labelled by their end) should keep this in mind.
/// </remarks>
public static class PrsaReader
{
    /// <summary>Reads files by path (plain CSV; decompress .xz first, or pass a decompressing stream).</summary>
    public static StationHourlyTable Read(IEnumerable<string> paths, PrsaOptions? options = null) =>
        Read(paths.Select(ImportSource.FromPath).ToArray(), options);

    /// <summary>Reads one stream.</summary>
    public static StationHourlyTable Read(Stream stream, string displayName, PrsaOptions? options = null)
    {
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        var bytes = ms.ToArray();
        return Read([new ImportSource(displayName, () => new MemoryStream(bytes, false))], options);
    }

    /// <summary>Reads sources into one table (stations in first-seen order).</summary>
    public static StationHourlyTable Read(IReadOnlyList<ImportSource> sources, PrsaOptions? options = null)
    {
        options ??= PrsaOptions.Default;
        var builder = new HourlyTableBuilder(new DataQualityReport());
        foreach (var src in sources) ReadOne(src, options, builder);
        return builder.Build(options.Status, options.Values);
    }

    /// <summary>True when a header line looks like a PRSA file.</summary>
    public static bool Looks(string headerLine) =>
        headerLine.TrimStart('\uFEFF').Replace("\"", "").StartsWith("No,year,month,day,hour,", StringComparison.OrdinalIgnoreCase);

    private static void ReadOne(ImportSource src, PrsaOptions options, HourlyTableBuilder builder)
    {
        var file = src.DisplayName;
        using var reader = new CsvRecordReader(src, builder.Quality, options.Limits);
        using var records = reader.Records().GetEnumerator();
        if (!records.MoveNext()) throw new WorkbenchDataException(file, 1, null, "文件为空");
        var h = new HeaderMap(records.Current.Fields, file);
        reader.ExpectedFields = h.Header.Length;   // issue 14: other widths are refused by the reader
        var (cy, cm, cd, ch) = (h.Require("年", "year"), h.Require("月", "month"), h.Require("日", "day"), h.Require("小时", "hour"));
        var cStation = h.Require("站点", "station");
        var columns = new (Pollutant P, int Column)[]
        {
            (Pollutant.SO2, h.Require("SO2", "SO2")), (Pollutant.NO2, h.Require("NO2", "NO2")),
            (Pollutant.CO, h.Require("CO", "CO")), (Pollutant.O3, h.Require("O3", "O3")),
            (Pollutant.PM10, h.Require("PM10", "PM10")), (Pollutant.PM2_5, h.Require("PM2.5", "PM2.5")),
        };
        builder.DescribeFile(file, columns.Select(c => (c.P, h.Header[c.Column])),
            options.CoInMicrograms ? CoUnit.Ug : CoUnit.Mg, "PRSA 数据集说明");
        var values = new FieldValues(builder.Quality, file);
        while (records.MoveNext())
        {
            var r = records.Current;
            var station = r[cStation].Trim();
            if (station.Length == 0)
            {
                builder.Quality.Add(new QualityIssue(file, r.Line, "station", null, null, "missing-station",
                    "站点为空：整行舍弃", QualityAction.Rejected));
                continue;
            }
            if (!int.TryParse(r[cy], out var y) || !int.TryParse(r[cm], out var m) || !int.TryParse(r[cd], out var d)
                || !int.TryParse(r[ch], out var hour) || m is < 1 or > 12 || hour is < 0 or > 23 || y < 1900
                || d < 1 || d > DateTime.DaysInMonth(y, m))
            {
                builder.Quality.Add(new QualityIssue(file, r.Line, "year,month,day,hour", station, null, "bad-time",
                    $"时间无法识别：{r[cy]}-{r[cm]}-{r[cd]} {r[ch]}时，整行舍弃", QualityAction.Rejected));
                continue;
            }
            var label = new DateTime(y, m, d, hour, 0, 0);
            var time = HourlyTableBuilder.Iso(label);
            var row = HourlyTableBuilder.NewRow();
            // CO as written; the unit (µg/m³ → mg/m³) is settled per station-file when the grid is built.
            foreach (var (p, c) in columns)
                row[HourlyTableBuilder.Slot(p)] = values.Parse(r[c], r.Line, h.Header[c], station, time);
            builder.Add(station, label, row, file, r.Line);
        }
        values.Summarise();
        builder.Quality.CountFile();
    }
}
