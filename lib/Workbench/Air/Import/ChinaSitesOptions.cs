using Workbench.Air.Checks;
using Workbench.Air.Tables;

namespace Workbench.Air.Import;

/// <summary>What <see cref="ChinaSitesReader"/> loads.</summary>
public sealed record ChinaSitesOptions
{
    /// <summary>Station codes to load (null = every station in the headers).</summary>
    public IReadOnlyCollection<string>? StationCodes { get; init; }

    /// <summary>Status declared for the data (the quotsoft mirror is the real-time feed).</summary>
    public DataStatus Status { get; init; } = DataStatus.Realtime;

    /// <summary>CNEMC derived values to keep in a side table (none by default).</summary>
    public IReadOnlyCollection<CnemcDerivedKind> DerivedKinds { get; init; } = [];

    /// <summary>First day to load (null = the first file's date). Files before it are skipped; when set,
    /// the grid starts here even if the file of that day is missing (reported as missing).</summary>
    public DateOnly? FirstDay { get; init; }

    /// <summary>Last day to load (null = the last file's date); same rules as <see cref="FirstDay"/>.</summary>
    public DateOnly? LastDay { get; init; }

    /// <summary>Value checks: CO unit plausibility per station and file (mg/m³ expected) and physical ranges.</summary>
    public ValueRules Values { get; init; } = ValueRules.Default;

    /// <summary>Line length limit (<see cref="TextLimits.MaxLineBytes"/>; a longer line is refused, memory stays flat).</summary>
    public TextLimits Limits { get; init; } = TextLimits.Default;

    /// <summary>Files parsed at once (-1 = one per core).</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Defaults: all stations, real-time, no derived values.</summary>
    public static ChinaSitesOptions Default { get; } = new();
}
