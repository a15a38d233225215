using Workbench.Air.Checks;
using Workbench.Air.Tables;

namespace Workbench.Air.Import;

/// <summary>Options of <see cref="TidyTableReader"/>.</summary>
public sealed record TidyTableOptions
{
    /// <summary>Status declared for the data (analysts' exports are often audited; say so).</summary>
    public DataStatus Status { get; init; } = DataStatus.Realtime;

    /// <summary>
    /// Where a daily table's plain "O3"/"臭氧" column goes. Chinese daily bulletins usually mean the daily
    /// maximum 8-hour mean by it; a column named O3_8h or O3_1h is never ambiguous. Reported once per file.
    /// </summary>
    public DailyIndicator PlainO3InDailyTables { get; init; } = DailyIndicator.O3_8hMax;

    /// <summary>Worksheet of an .xlsx to read (null = the first).</summary>
    public string? WorksheetName { get; init; }

    /// <summary>Value checks of hourly and daily tables: CO unit plausibility (per station or city and file) and physical
    /// ranges (<see cref="UnitPlausibility"/>, <see cref="DailyValueChecks"/>).</summary>
    public ValueRules Values { get; init; } = ValueRules.Default;

    /// <summary>Line length and quoted-field limits of CSV files (<see cref="TextLimits"/>).</summary>
    public TextLimits Limits { get; init; } = TextLimits.Default;

    /// <summary>Defaults.</summary>
    public static TidyTableOptions Default { get; } = new();
}
