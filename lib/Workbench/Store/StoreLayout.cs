using System.Globalization;

namespace Workbench.Store;

/// <summary>Where each file of a store lives, relative to the store folder (docs/store.md, "Layout").</summary>
internal static class StoreLayout
{
    /// <summary>The layout version written in the marker. 4 = value-level imports (status per value), Parquet months,
    /// derived daily tables in Parquet.</summary>
    public const int Version = 4;

    /// <summary>The marker file's name.</summary>
    public const string MarkerFile = "workbench-store.json";

    /// <summary>The marker's text.</summary>
    public static readonly string MarkerText = $"{{\"format\":\"workbench-air-store\",\"version\":{Version}}}\n";

    private static string Month(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"year={year:D4}/month={month:D2}");

    /// <summary>A month of hourly values.</summary>
    public static string Hourly(int year, int month) => $"hourly/{Month(year, month)}/data.parquet";

    /// <summary>A month of station daily values.</summary>
    public static string StationDaily(int year, int month) => $"station_daily/{Month(year, month)}/data.parquet";

    /// <summary>A month of city daily values.</summary>
    public static string CityDaily(int year, int month) => $"city_daily/{Month(year, month)}/data.parquet";

    /// <summary>The plausibility findings of a month's values.</summary>
    public static string Checks(int year, int month) => $"quality/checks/{Month(year, month)}.csv";

    /// <summary>A year's manifest.</summary>
    public static string Manifest(int year) => string.Create(CultureInfo.InvariantCulture, $"manifest/year={year:D4}.json");

    /// <summary>The station list given at import (registry CSV layout), and the same as Parquet.</summary>
    public const string StationsCsv = "stations.csv";

    /// <summary>The issues of the station list given at import (lines and columns of that file), kept beside its
    /// normalized copy, which no longer shows them.</summary>
    public const string StationsQuality = "quality/stations.csv";

    /// <summary>The station list as Parquet (one row per station and span of validity).</summary>
    public const string StationsParquet = "stations.parquet";
}
