using System.Text.Json;
using System.Text.Json.Serialization;
using Workbench.Air.Tables;

namespace Workbench.Store;

/// <summary>What one imported year of a store holds (written beside its Parquet partition as <c>year=YYYY.json</c>).</summary>
/// <param name="Year">Calendar year of the hour labels.</param>
/// <param name="FirstHour">First hour label of the imported grid (CNEMC label = end of the hour, Beijing time).</param>
/// <param name="HourCount">Hours of the imported grid.</param>
/// <param name="Stations">Station codes in the importer's column order (the grid is rebuilt in this order).</param>
/// <param name="Status">实时 or 审核, as declared at import.</param>
/// <param name="SourceFiles">Files the importer read.</param>
/// <param name="FilesRead">Files counted by the quality report.</param>
/// <param name="ValuesAccepted">Values the importer accepted.</param>
/// <param name="IssueCounts">Quality issues per reason code, including those beyond the listing limit.</param>
/// <param name="Rows">Station-hour rows written to Parquet (rows with at least one value).</param>
public sealed record StoreYear(
    int Year, DateTime FirstHour, int HourCount, IReadOnlyList<string> Stations, DataStatus Status,
    IReadOnlyList<string> SourceFiles, int FilesRead, long ValuesAccepted,
    IReadOnlyDictionary<string, long> IssueCounts, long Rows)
{
    /// <summary>The hours the imported files held (<see cref="FeedCoverage.ToBase64"/>), so results can tell feed gaps
    /// from stations' own gaps without reading the grid.</summary>
    public required string HoursWithData { get; init; }

    /// <summary>The year's <see cref="FeedCoverage"/>.</summary>
    public FeedCoverage Coverage() => FeedCoverage.FromBase64(FirstHour, HourCount, HoursWithData);

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serialises to indented JSON (snake_case keys).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads the JSON written by <see cref="ToJson"/>.</summary>
    public static StoreYear FromJson(string json, string file) =>
        JsonSerializer.Deserialize<StoreYear>(json, Json)
        ?? throw new IO.WorkbenchDataException(file, null, null, "存储清单为空");
}
