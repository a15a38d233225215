using Workbench.Air.Tables;
using Workbench.Memory;

namespace Workbench.Air.Import;

/// <summary>Moving averages CNEMC publishes beside the 1-hour values (not loaded into the hourly grid:
/// the library computes its own daily values, and these are running values, not GB 3095 statistics).</summary>
public enum CnemcDerivedKind
{
    /// <summary>PM2.5 24-hour moving average (PM2.5_24h).</summary>
    PM2_5_24h,
    /// <summary>PM10 24-hour moving average (PM10_24h).</summary>
    PM10_24h,
    /// <summary>SO2 24-hour moving average (SO2_24h).</summary>
    SO2_24h,
    /// <summary>NO2 24-hour moving average (NO2_24h).</summary>
    NO2_24h,
    /// <summary>CO 24-hour moving average (CO_24h, mg/m³).</summary>
    CO_24h,
    /// <summary>O3 24-hour value as published (O3_24h).</summary>
    O3_24h,
    /// <summary>O3 8-hour moving average ending at the hour (O3_8h).</summary>
    O3_8h,
    /// <summary>Maximum O3 8-hour average of the day so far (O3_8h_24h).</summary>
    O3_8h_24h,
}

/// <summary>Codes of <see cref="CnemcDerivedKind"/> as the feeds write them.</summary>
public static class CnemcDerivedKindInfo
{
    /// <summary>The type label in china_sites files, e.g. PM2.5_24h.</summary>
    public static string Code(this CnemcDerivedKind k) => k switch
    {
        CnemcDerivedKind.PM2_5_24h => "PM2.5_24h",
        _ => k.ToString(),
    };
}

/// <summary>
/// A side grid of CNEMC derived values (same stations and hour labels as the hourly table), for
/// comparing our own daily values with what CNEMC published. Only the kinds asked for are held.
/// </summary>
public sealed class CnemcDerivedTable
{
    private readonly double[]?[] _values;
    private readonly StationHourlyTable _shape;

    internal CnemcDerivedTable(StationHourlyTable shape, IEnumerable<CnemcDerivedKind> kinds)
    {
        _shape = shape;
        _values = new double[]?[Enum.GetValues<CnemcDerivedKind>().Length];
        var n = checked(shape.StationCodes.Count * shape.HourCount);
        foreach (var k in kinds.Distinct())
        {
            var a = GridArrays.AllocateUninitialized<double>(n);
            Array.Fill(a, double.NaN);
            _values[(int)k] = a;
        }
        Kinds = Enum.GetValues<CnemcDerivedKind>().Where(k => _values[(int)k] is not null).ToArray();
    }

    /// <summary>The kinds held.</summary>
    public IReadOnlyList<CnemcDerivedKind> Kinds { get; }

    /// <summary>Station codes (same order as the hourly table).</summary>
    public IReadOnlyList<string> StationCodes => _shape.StationCodes;

    /// <summary>Label of the first hour.</summary>
    public DateTime FirstHour => _shape.FirstHour;

    /// <summary>Number of hour slots.</summary>
    public int HourCount => _shape.HourCount;

    /// <summary>True when <paramref name="kind"/> was loaded.</summary>
    public bool Has(CnemcDerivedKind kind) => _values[(int)kind] is not null;

    /// <summary>The series of one kind at one station (NaN = missing).</summary>
    public Span<double> Series(CnemcDerivedKind kind, int station) =>
        (_values[(int)kind] ?? throw new InvalidOperationException($"未载入 {kind.Code()}"))
        .AsSpan(station * HourCount, HourCount);
}
