namespace Workbench.Standards.Air;

/// <summary>
/// Data-validity minimums of GB 3095-2012 §8 Table 4 (identical in GB 3095-2026 Table 4), with the
/// unsettled points (REFERENCE A3.3 ⚠) as settings.
/// </summary>
/// <param name="MinHoursPerDay">Hourly values needed for a 24-hour mean (20).</param>
/// <param name="MinHoursPer8hWindow">Hourly values needed in an 8-hour window (6).</param>
/// <param name="MinWindowsPerDay">Valid 8-hour windows (of the 17 ending 08…24) needed for an MDA8 (14; ⚠ HJ 663, foqat default).</param>
/// <param name="MinDaysPerYear">Daily values needed for an annual mean (324).</param>
/// <param name="MinDaysPerMonth">Daily values needed in every month for an annual mean (27).</param>
/// <param name="MinDaysInFebruary">The same for February (25).</param>
/// <param name="Mda8ValidIfExceeding">⚠ HJ 663-2013 as recalled: an MDA8 with too few windows still counts when it already exceeds the limit.</param>
public sealed record ValidityRules(
    int MinHoursPerDay = 20, int MinHoursPer8hWindow = 6, int MinWindowsPerDay = 14,
    int MinDaysPerYear = 324, int MinDaysPerMonth = 27, int MinDaysInFebruary = 25,
    bool Mda8ValidIfExceeding = false)
{
    /// <summary>The GB 3095 Table 4 values with the conservative reading of the ⚠ points.</summary>
    public static ValidityRules Gb3095 { get; } = new();
}
