using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Air.Results;

/// <summary>One station-hour of <see cref="HourlyAqiResult"/>, for output.</summary>
/// <param name="Station">Station code.</param>
/// <param name="Label">Hour label (end of the hour, Beijing time).</param>
/// <param name="Aqi">AQI, or null when none could be computed.</param>
/// <param name="Level">AQI level, or null.</param>
/// <param name="Primary">Primary pollutant codes ("PM10+PM2.5"), empty when AQI ≤ 50 or none.</param>
/// <param name="Breakpoints">HJ 633 version whose breakpoints were used.</param>
public sealed record HourlyAqiRow(string Station, DateTime Label, int? Aqi, AqiLevel? Level, string Primary, AqiStandard Breakpoints);

/// <summary>
/// Real-time AQI of every station-hour of a grid, with the method and the breakpoint version of every hour.
/// Stored as dense arrays (station × hour) for national years.
/// </summary>
public sealed class HourlyAqiResult
{
    private readonly AqiValue[] _values; // [station * HourCount + hour]
    private readonly AqiStandard[] _breakpoints; // per hour slot

    internal HourlyAqiResult(IReadOnlyList<string> stations, DateTime firstHour, int hourCount, RealtimeAqiMethod method,
        AqiStandard? fixedBreakpoints, AqiSettings aqiSettings, AqiValue[] values, AqiStandard[] breakpoints)
    {
        StationCodes = stations; FirstHour = firstHour; HourCount = hourCount; Method = method;
        FixedBreakpoints = fixedBreakpoints; AqiSettings = aqiSettings; _values = values; _breakpoints = breakpoints;
    }

    /// <summary>Station codes, as in the hourly table.</summary>
    public IReadOnlyList<string> StationCodes { get; }
    /// <summary>First hour label.</summary>
    public DateTime FirstHour { get; }
    /// <summary>Hours per station.</summary>
    public int HourCount { get; }
    /// <summary>The real-time method used.</summary>
    public RealtimeAqiMethod Method { get; }
    /// <summary>Breakpoint version fixed by the caller, or null when chosen per hour by date (HJ 633 in force).</summary>
    public AqiStandard? FixedBreakpoints { get; }
    /// <summary>AQI settings used (cap policy).</summary>
    public AqiSettings AqiSettings { get; }

    /// <summary>Label of an hour slot.</summary>
    public DateTime HourAt(int hour) => FirstHour.AddHours(hour);

    /// <summary>Breakpoint version used at an hour slot.</summary>
    public AqiStandard BreakpointsAt(int hour) => _breakpoints[hour];

    /// <summary>The AQI series of one station (AQI -1 = none).</summary>
    public ReadOnlySpan<AqiValue> Series(int station) => _values.AsSpan(station * HourCount, HourCount);

    /// <summary>Every station-hour as a row (stations in order, hours in order).</summary>
    public IEnumerable<HourlyAqiRow> Rows()
    {
        for (var s = 0; s < StationCodes.Count; s++)
            for (var h = 0; h < HourCount; h++)
            {
                var v = _values[s * HourCount + h];
                yield return new HourlyAqiRow(StationCodes[s], HourAt(h), v.HasValue ? v.Aqi : null,
                    v.HasValue ? AqiLevels.ForAqi(v.Aqi) : null, v.Primary.ToCodes(), _breakpoints[h]);
            }
    }
}

/// <summary>Agreement of computed hourly AQI with the AQI published in the source.</summary>
/// <param name="Compared">Station-hours where both a published and a computed AQI exist.</param>
/// <param name="Equal">Of those, hours where they are equal.</param>
/// <param name="PublishedOnly">Hours with a published AQI but none computed (pollutants missing).</param>
/// <param name="ComputedOnly">Hours with a computed AQI but none published.</param>
public sealed record AqiAgreement(long Compared, long Equal, long PublishedOnly, long ComputedOnly)
{
    /// <summary>Equal / Compared (NaN when nothing was compared).</summary>
    public double Rate => Compared == 0 ? double.NaN : (double)Equal / Compared;

    /// <summary>Chinese one-line summary.</summary>
    public override string ToString() =>
        $"比对 {Compared:N0} 个站点小时，一致 {Equal:N0} 个（{Rate:P3}）；仅发布值 {PublishedOnly:N0}，仅计算值 {ComputedOnly:N0}";
}
