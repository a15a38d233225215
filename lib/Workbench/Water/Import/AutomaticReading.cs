using Workbench.Standards.Water;

namespace Workbench.Water.Import;

/// <summary>The national automatic-station formats (国家地表水水质自动监测, REFERENCE DATA §7).</summary>
public enum AutomaticFormat
{
    /// <summary>The 17-column Chinese CSV (省份,流域,断面名称,监测时间,水质类别,水温(℃),…,站点情况).</summary>
    SeventeenColumn,
    /// <summary>Flattened daily snapshots: snapshot_file_date, city, river, the 17 columns and <c>_原始值</c> raw columns.</summary>
    DailySnapshot,
    /// <summary>The raw API JSON (<c>{"thead","tbody"}</c>) with HTML markup in values.</summary>
    ApiJson,
}

/// <summary>One reading of an automatic station, as imported.</summary>
/// <param name="RowIndex">0-based index into <see cref="AutomaticStationData.Rows"/>.</param>
/// <param name="Line">1-based line in the source file (for JSON: 1-based row of tbody).</param>
/// <param name="Province">省份.</param>
/// <param name="Basin">流域.</param>
/// <param name="Section">Section name, normalised (full-width brackets → ASCII).</param>
/// <param name="SourceSectionName">Section name as written.</param>
/// <param name="City">所在地市 when the source gives it, else empty.</param>
/// <param name="River">所属河流 when the source gives it, else empty.</param>
/// <param name="SnapshotDate">Date of the snapshot the row came from, when known.</param>
/// <param name="TimeText">监测时间 as written (<c>MM-DD HH:MM</c>, no year).</param>
/// <param name="Time">Reading time (Beijing) with the year inferred from the snapshot date or file name; null when
/// the time is a placeholder or no year can be inferred.</param>
/// <param name="PublishedClassText">水质类别 as written.</param>
/// <param name="PublishedClass">The published class, or null for <c>*</c>, <c>-</c> and empty.</param>
/// <param name="StationState">站点情况 (正常/维护/停站/…).</param>
/// <param name="Values">Item values; raw unrounded values (<c>_原始值</c>, HTML title) take precedence over the display.</param>
/// <param name="DisplayValues">The rounded display values.</param>
/// <param name="HasRawValues">True when at least one of the five class items came from a raw value.</param>
/// <param name="IsExactDuplicate">True when an identical row came earlier in the same file.</param>
/// <param name="IsStale">True when the reading time is older than the snapshot (or file) date allows.</param>
/// <param name="AlgaeMeasured">True when chlorophyll-a (叶绿素α) or algae density (藻密度) carries a number: the best
/// stand-in for "lake or reservoir" when a section is not in the registry (REFERENCE F2).</param>
/// <param name="RefusedValues">Items whose value was outside its physical range (<c>out-of-range</c>), as written: not in
/// <paramref name="Values"/>, so the class comes from the other items.</param>
public sealed record AutomaticReading(
    int RowIndex,
    long Line,
    string Province,
    string Basin,
    string Section,
    string SourceSectionName,
    string City,
    string River,
    DateOnly? SnapshotDate,
    string TimeText,
    DateTime? Time,
    string PublishedClassText,
    WaterClass? PublishedClass,
    string StationState,
    IReadOnlyDictionary<WaterItem, MeasuredValue> Values,
    IReadOnlyDictionary<WaterItem, MeasuredValue> DisplayValues,
    bool HasRawValues,
    bool IsExactDuplicate,
    bool IsStale,
    bool AlgaeMeasured,
    IReadOnlyDictionary<WaterItem, string>? RefusedValues = null);

/// <summary>An imported automatic-station file: its columns and rows as written, and the parsed readings.</summary>
/// <param name="File">File name.</param>
/// <param name="Format">Detected format.</param>
/// <param name="Columns">Column names (for JSON: the cleaned header, then city, river and raw-value columns).</param>
/// <param name="Rows">Every data row, in input order, as text cells (JSON: markup removed).</param>
/// <param name="Readings">Parsed readings; a row that is a repeated header has none.</param>
/// <param name="Counts">Counts by quirk (date-without-year, exact-duplicate, placeholder-*, stale-time, …).</param>
public sealed record AutomaticStationData(
    string File,
    AutomaticFormat Format,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<AutomaticReading> Readings,
    IReadOnlyDictionary<string, long> Counts);

/// <summary>Options of the automatic-station importer.</summary>
/// <param name="ReferenceDate">Date that gives times without a year their year, when the rows carry no snapshot date
/// (default: a <c>yyyy-MM-dd</c> or <c>yyyy-MM</c> found in the file name or its folders).</param>
/// <param name="StaleAfterDays">A reading older than its snapshot (or reference) date by more than this is flagged stale.</param>
public sealed record AutomaticImportOptions(DateOnly? ReferenceDate = null, int StaleAfterDays = 1)
{
    /// <summary>Defaults.</summary>
    public static AutomaticImportOptions Default { get; } = new();
}
