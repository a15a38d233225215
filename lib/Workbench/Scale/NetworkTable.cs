using System.Globalization;
using Workbench.Air.Method;
using Workbench.Air.Results;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Standards;
using Workbench.Store;

namespace Workbench.Scale;

/// <summary>How a column of the network table holds its values.</summary>
public enum NetworkColumnKind
{
    /// <summary>Text (VARCHAR).</summary>
    Text,
    /// <summary>A count or a rank (INTEGER).</summary>
    Integer,
    /// <summary>A number at reported precision (DECIMAL(18,3)).</summary>
    Number,
}

/// <summary>One column of the network table.</summary>
/// <param name="Key">Column name in CSV/Parquet (the air-core contract's keys for the indicators).</param>
/// <param name="Kind">Value kind.</param>
/// <param name="Decimals">Reported decimals of a <see cref="NetworkColumnKind.Number"/> column.</param>
public sealed record NetworkColumn(string Key, NetworkColumnKind Kind, int Decimals = 0);

/// <summary>One row of the written table: its values by column key (null = empty), and what it shows.</summary>
/// <param name="Level">city, group or station.</param>
/// <param name="Values">Value of each column (string, int or decimal), null where empty.</param>
/// <param name="Row">The city or station row, or null for a group.</param>
/// <param name="Group">The group, or null for a city or station.</param>
public sealed record NetworkTableRow(string Level, IReadOnlyDictionary<string, object?> Values, NetworkRow? Row, NetworkGroup? Group);

/// <summary>
/// Writes a <see cref="NetworkAssessmentResult"/> as one flat table, CSV (UTF-8 with BOM, for Excel) or Parquet. The
/// column scheme lives here (<see cref="Columns"/>, <see cref="Rows"/>) and the workbook shows the same values:
/// <list type="bullet">
/// <item><c>level, name, city, period, standard, aqi_standard, status, station_count</c> (the values of the air-core JSON
/// contract: standard <c>2012</c>, aqi_standard <c>HJ 633-2012</c>, status <c>realtime</c>);</item>
/// <item>the indicators of the air-core contract in <see cref="AirAssessmentResult.IndicatorKeys"/> order at reported
/// precision (empty/NULL = not available);</item>
/// <item><c>city_count</c> (a group row: its member cities with data), <c>province</c> (a city's province; a province
/// group's own name), <c>groups</c> (a city's group keys joined by <c>|</c>; a group row's own key);</item>
/// <item><see cref="MethodColumns"/>: <c>dust_days, feed_gap_days, excluded_stations</c>;</item>
/// <item><c>rank_{key}_composite, rank_{key}_pm25</c> for every group key (<c>province</c>, then the sets: <c>337, 168,
/// 2p26, 2p36, fenwei, yrd, prd</c>), always all of them whatever the data: a city's rank inside that group (1 = best,
/// ties share a rank), empty when it is not a member or has no value;</item>
/// <item>with a base period only: <c>base_period, composite_index_base, PM2.5_base, composite_index_change,
/// PM2.5_change</c> (change rates in %, 1 decimal, negative = improvement) and <c>rank_{key}_composite_change,
/// rank_{key}_pm25_change</c> (1 = largest improvement).</item>
/// </list>
/// Rows: cities (name order), then groups (<c>level=group</c>: provinces, then the sets), then stations.
/// </summary>
public static class NetworkTable
{
    /// <summary>The fixed leading columns.</summary>
    public static readonly string[] LeadingColumns =
        ["level", "name", "city", "period", "standard", "aqi_standard", "status", "station_count"];

    /// <summary>The group columns that follow the indicators.</summary>
    public static readonly string[] GroupInfoColumns = ["city_count", "province", "groups"];

    /// <summary>
    /// What each city or station value was computed with, after the group columns: <c>dust_days</c> (official dust days
    /// excluded; empty = no list given, 未扣沙), <c>feed_gap_days</c> (days without a valid value because the input lacks
    /// the hours), <c>excluded_stations</c> (the city's stations left out, codes joined by <c>|</c>; reasons in the
    /// workbook's 说明 and in <c>air assess --json</c>).
    /// </summary>
    public static readonly string[] MethodColumns = ["dust_days", "feed_gap_days", "excluded_stations"];

    /// <summary>The base-period columns (with <c>--base</c> only), before the change ranks.</summary>
    public static readonly string[] BaseColumns = ["base_period", "composite_index_base", "PM2.5_base", "composite_index_change", "PM2.5_change"];

    /// <summary>Rank column of a group key and a ranked quantity (composite, pm25, composite_change, pm25_change).</summary>
    public static string RankColumn(string groupKey, string what) => $"rank_{groupKey}_{what}";

    /// <summary>The columns of the table of <paramref name="result"/>, in order.</summary>
    public static IReadOnlyList<NetworkColumn> Columns(NetworkAssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var composite = (result.Rows.FirstOrDefault()?.Assessment.Settings ?? AirSettings.Default).Composite;
        var list = new List<NetworkColumn>();
        list.AddRange(LeadingColumns.Select(c => new NetworkColumn(c, c == "station_count" ? NetworkColumnKind.Integer : NetworkColumnKind.Text)));
        list.AddRange(AirAssessmentResult.IndicatorKeys.Select(k =>
            new NetworkColumn(k, NetworkColumnKind.Number, AirAssessmentResult.ReportedDecimals(k, composite))));
        list.Add(new NetworkColumn("city_count", NetworkColumnKind.Integer));
        list.Add(new NetworkColumn("province", NetworkColumnKind.Text));
        list.Add(new NetworkColumn("groups", NetworkColumnKind.Text));
        list.Add(new NetworkColumn("dust_days", NetworkColumnKind.Integer));
        list.Add(new NetworkColumn("feed_gap_days", NetworkColumnKind.Integer));
        list.Add(new NetworkColumn("excluded_stations", NetworkColumnKind.Text));
        foreach (var (key, _) in result.GroupColumns)
        {
            list.Add(new NetworkColumn(RankColumn(key, "composite"), NetworkColumnKind.Integer));
            list.Add(new NetworkColumn(RankColumn(key, "pm25"), NetworkColumnKind.Integer));
        }
        if (result.Base is not null)
        {
            list.Add(new NetworkColumn("base_period", NetworkColumnKind.Text));
            list.Add(new NetworkColumn("composite_index_base", NetworkColumnKind.Number, AirAssessmentResult.ReportedDecimals("composite_index", composite)));
            list.Add(new NetworkColumn("PM2.5_base", NetworkColumnKind.Number, AirAssessmentResult.ReportedDecimals("PM2.5", composite)));
            list.Add(new NetworkColumn("composite_index_change", NetworkColumnKind.Number, 1));
            list.Add(new NetworkColumn("PM2.5_change", NetworkColumnKind.Number, 1));
            foreach (var (key, _) in result.GroupColumns)
            {
                list.Add(new NetworkColumn(RankColumn(key, "composite_change"), NetworkColumnKind.Integer));
                list.Add(new NetworkColumn(RankColumn(key, "pm25_change"), NetworkColumnKind.Integer));
            }
        }
        return list;
    }

    /// <summary>The rows of the table: cities, then groups, then stations, with their values by column key.</summary>
    public static IReadOnlyList<NetworkTableRow> Rows(NetworkAssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = new List<NetworkTableRow>();
        foreach (var r in result.Rows.Where(r => r.Level == NetworkLevel.City)) rows.Add(CityOrStation(result, r));
        foreach (var g in result.GroupRows) rows.Add(GroupRow(result, g));
        foreach (var r in result.Rows.Where(r => r.Level == NetworkLevel.Station)) rows.Add(CityOrStation(result, r));
        return rows;
    }

    private static NetworkTableRow CityOrStation(NetworkAssessmentResult result, NetworkRow row)
    {
        var a = row.Assessment;
        var isCity = row.Level == NetworkLevel.City;
        var v = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["level"] = isCity ? "city" : "station",
            ["name"] = row.Name,
            ["city"] = row.City,
            ["period"] = a.Period.Code,
            ["standard"] = a.Standard.Label(),
            ["aqi_standard"] = a.AqiStandard.Title(),
            ["status"] = a.Status.Code(),
            ["station_count"] = a.Stations.Count,
        };
        foreach (var (key, value) in a.Indicators) v[key] = value;
        v["dust_days"] = a.DustApplied ? a.DustDays.Count : null;
        v["feed_gap_days"] = a.MissingDays?.FeedGaps.Count;
        v["excluded_stations"] = a.ExcludedStations.Count == 0 ? null
            : string.Join('|', a.ExcludedStations.Select(e => e.Code).Distinct(StringComparer.Ordinal));
        if (isCity)
        {
            v["province"] = result.ProvinceOf(row.Name)?.Name;
            var keys = result.GroupKeysOf(row.Name);
            v["groups"] = keys.Count == 0 ? null : string.Join('|', keys);
            foreach (var (key, _) in result.GroupColumns)
                if (result.RankOf(row.Name, key) is { } rank)
                {
                    v[RankColumn(key, "composite")] = rank.Composite;
                    v[RankColumn(key, "pm25")] = rank.PM25;
                    v[RankColumn(key, "composite_change")] = rank.CompositeChange;
                    v[RankColumn(key, "pm25_change")] = rank.PM25Change;
                }
            if (result.ChangeOf(row.Name) is { } change) AddChange(v, result, change);
        }
        return new NetworkTableRow((string)v["level"]!, v, row, null);
    }

    private static NetworkTableRow GroupRow(NetworkAssessmentResult result, NetworkGroup g)
    {
        var first = g.Cities.Select(c => result.Rows.FirstOrDefault(r => r.Level == NetworkLevel.City && r.Name == c)?.Assessment)
            .FirstOrDefault(a => a is not null);
        var v = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["level"] = "group",
            ["name"] = g.Name,
            ["city"] = "",
            ["period"] = result.Period.Code,
            ["standard"] = result.Standard.Label(),
            ["aqi_standard"] = (first?.AqiStandard ?? StandardVersions.AqiFor(result.Standard)).Title(),
            ["status"] = first?.Status.Code(),
            ["city_count"] = g.Values.CityCount,
            ["province"] = g.IsProvince ? g.Name : null,
            ["groups"] = g.Key,
        };
        foreach (var (key, value) in g.Values.Indicators) v[key] = value;
        if (result.ChangeOf(g) is { } change) AddChange(v, result, change);
        else if (result.Base is { } b) v["base_period"] = b.Code;
        return new NetworkTableRow("group", v, null, g);
    }

    private static void AddChange(Dictionary<string, object?> v, NetworkAssessmentResult result, BaseChange change)
    {
        v["base_period"] = result.Base!.Code;
        v["composite_index_base"] = change.CompositeBase;
        v["PM2.5_base"] = change.PM25Base;
        v["composite_index_change"] = change.CompositeChange;
        v["PM2.5_change"] = change.PM25Change;
    }

    /// <summary>Writes CSV or Parquet by the file's extension (.csv / .parquet), atomically.</summary>
    public static void Write(NetworkAssessmentResult result, string path)
    {
        if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase)) WriteParquet(result, path);
        else if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) WriteCsv(result, path);
        else throw new ArgumentException($"输出文件“{path}”的扩展名应为 .csv 或 .parquet");
    }

    /// <summary>Writes the table as CSV.</summary>
    public static void WriteCsv(NetworkAssessmentResult result, string path)
    {
        var columns = Columns(result);
        var rows = Rows(result);
        AtomicFile.WriteText(path, w =>
        {
            w.WriteLine(string.Join(',', columns.Select(c => Csv.Escape(c.Key))));
            foreach (var row in rows)
                w.WriteLine(string.Join(',', columns.Select(c => Text(row.Values.GetValueOrDefault(c.Key)))));
        }, withBom: true);
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => Csv.Escape(s),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => Csv.Escape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    /// <summary>Writes the table as Parquet (numbers as DECIMAL(18,3), exact at reported precision; counts and ranks INTEGER).</summary>
    public static void WriteParquet(NetworkAssessmentResult result, string path)
    {
        var columns = Columns(result);
        using var db = DuckDb.Open();
        var sql = columns.Select(c => $"\"{c.Key}\" " + c.Kind switch
        {
            NetworkColumnKind.Integer => "INTEGER",
            NetworkColumnKind.Number => "DECIMAL(18,3)",
            _ => "VARCHAR",
        });
        DuckDb.Execute(db, $"CREATE TABLE network ({string.Join(", ", sql)})");
        using (var appender = db.CreateAppender("network"))
            foreach (var row in Rows(result))
            {
                var r = appender.CreateRow();
                foreach (var c in columns)
                {
                    var value = row.Values.GetValueOrDefault(c.Key);
                    r = value switch
                    {
                        null => r.AppendNullValue(),
                        string s => r.AppendValue(s),
                        int i => r.AppendValue((int?)i),
                        decimal d => r.AppendValue((decimal?)d),
                        _ => throw new InvalidOperationException($"列 {c.Key} 的值类型无法写入：{value.GetType().Name}"),
                    };
                }
                r.EndRow();
            }
        // DuckDB writes to a path: a temporary one beside the target, removed on failure (disk full, no permission).
        AtomicFile.WriteVia(path, temp =>
        {
            try { DuckDb.Execute(db, $"COPY network TO {DuckDb.Quote(temp)} (FORMAT parquet)"); }
            catch (DuckDB.NET.Data.DuckDBException e) { throw new WorkbenchOutputException(path, $"写入 Parquet 失败（{e.Message}）", e); }
        });
    }
}
