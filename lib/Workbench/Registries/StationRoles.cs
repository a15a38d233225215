using System.Globalization;
using Workbench.Air.Tables;
using Workbench.IO;

namespace Workbench.Registries;

/// <summary>
/// A station that is not a city evaluation station (对照点, 背景点, 区域点) over a span of days, although a station list
/// may not say so, with the public source that names its role.
/// </summary>
/// <param name="Code">CNEMC station code.</param>
/// <param name="Name">Station name (for reading the table; the code decides).</param>
/// <param name="City">City (for reading the table).</param>
/// <param name="Role">对照点, 清洁对照点, 背景点 or 区域点.</param>
/// <param name="From">First day the role holds, or null (since the station opened).</param>
/// <param name="To">Last day the role holds, or null (still in force).</param>
/// <param name="Source">The public source naming the role.</param>
public sealed record StationRole(string Code, string Name, string City, string Role, DateOnly? From, DateOnly? To, string Source)
{
    /// <summary>The words that mark a reason as this registry's.</summary>
    public const string RegistryMark = "站点角色登记表";

    /// <summary>The reason given where a result lists the station as left out.</summary>
    public string Reason => $"{Role}（{RegistryMark}，来源：{Source}）";
}

/// <summary>
/// The station-role registry (<c>Registries/Data/station_roles.csv</c>): stations excluded from city values by
/// default although the CNEMC list does not mark them 对照点. Applied to station lists that carry no role column of
/// their own (the CNEMC and CREA lists); a Workbench registry states 对照点 per record and is taken as written.
/// Only stations with a named public source are listed.
/// </summary>
public sealed class StationRoles
{
    /// <summary>Path of the embedded table inside the library.</summary>
    public const string EmbeddedPath = "Registries/Data/station_roles.csv";

    private static readonly string[] Header = ["code", "name", "city", "role", "from", "to", "source"];
    private static readonly string[] Roles = ["对照点", "清洁对照点", "背景点", "区域点"];

    private static readonly Lazy<StationRoles> DefaultRoles = new(() =>
    {
        using var reader = EmbeddedData.OpenText(EmbeddedPath);
        return new StationRoles(Parse(reader, EmbeddedPath));
    });

    private readonly Dictionary<string, StationRole[]> _byCode;

    /// <summary>Builds the registry from its rows.</summary>
    public StationRoles(IEnumerable<StationRole> roles)
    {
        Rows = roles.ToArray();
        _byCode = Rows.GroupBy(r => r.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.From ?? DateOnly.MinValue).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The embedded registry.</summary>
    public static StationRoles Default => DefaultRoles.Value;

    /// <summary>No roles (station lists taken as written).</summary>
    public static StationRoles None { get; } = new([]);

    /// <summary>All rows.</summary>
    public IReadOnlyList<StationRole> Rows { get; }

    /// <summary>
    /// The record split where a role begins or ends: the days a role covers become control records
    /// (<see cref="StationInfo.IsControl"/>) carrying the role's reason; the other days keep the record as it was.
    /// </summary>
    public IReadOnlyList<StationInfo> Apply(StationInfo record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.IsControl || !_byCode.TryGetValue(record.Code, out var roles)) return [record];
        var pieces = new List<StationInfo>();
        var rest = record;
        foreach (var role in roles)
        {
            if (rest is null) break;
            // Overlap of the remaining span and the role's span.
            var from = Later(rest.ValidFrom, role.From);
            var to = Earlier(rest.ValidTo, role.To);
            if (from is { } f && to is { } t && t < f) continue;
            if (from is { } start && (rest.ValidFrom is null || start > rest.ValidFrom))
                pieces.Add(rest with { ValidTo = start.AddDays(-1) });
            pieces.Add(rest with { ValidFrom = from, ValidTo = to, IsControl = true, ControlReason = role.Reason });
            rest = to is { } end && (rest.ValidTo is null || end < rest.ValidTo) ? rest with { ValidFrom = end.AddDays(1) } : null;
        }
        if (rest is not null) pieces.Add(rest);
        return pieces;
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    /// <summary>Parses <c>code,name,city,role,from,to,source</c> (dates yyyy-MM-dd or empty).</summary>
    public static IReadOnlyList<StationRole> Parse(TextReader reader, string fileName)
    {
        var header = reader.ReadLine() ?? throw new WorkbenchDataException(fileName, 1, null, "文件为空");
        if (!CsvFields.Split(header).Select(CsvFields.Clean).Take(Header.Length).SequenceEqual(Header))
            throw new WorkbenchDataException(fileName, 1, null, "表头应为 " + string.Join(",", Header));
        var result = new List<StationRole>();
        var lineNo = 1L;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Trim().Length == 0) continue;
            var f = CsvFields.Split(line).Select(CsvFields.Clean).ToArray();
            if (f.Length != Header.Length)
                throw new WorkbenchDataException(fileName, lineNo, null, $"字段数应为 {Header.Length}，实为 {f.Length}");
            if (!Roles.Contains(f[3]))
                throw new WorkbenchDataException(fileName, lineNo, "role", $"角色应为 {string.Join("、", Roles)} 之一，实为“{f[3]}”");
            if (f[6].Length == 0) throw new WorkbenchDataException(fileName, lineNo, "source", "缺少来源：只登记有公开来源的站点角色");
            var from = Date(f[4], "from");
            var to = Date(f[5], "to");
            if (from is { } a && to is { } b && b < a)
                throw new WorkbenchDataException(fileName, lineNo, "to", $"结束日期 {b:yyyy-MM-dd} 早于开始日期 {a:yyyy-MM-dd}");
            result.Add(new StationRole(f[0], f[1], f[2], f[3], from, to, f[6]));

            DateOnly? Date(string v, string col)
            {
                if (v.Length == 0) return null;
                return DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                    : throw new WorkbenchDataException(fileName, lineNo, col, $"日期无法解析：“{v}”（应为 yyyy-MM-dd）");
            }
        }
        return result;
    }
}
