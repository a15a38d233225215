namespace Workbench.Sample.National;

/// <summary>Options of <see cref="NationalSampleGenerator"/>.</summary>
/// <param name="StationListPath">The station list that gives stations and cities (CNEMC list or Workbench registry).</param>
/// <param name="Start">First day written.</param>
/// <param name="End">Last day written.</param>
/// <param name="OutputFolder">Folder receiving <c>china_sites/</c> and <c>stations.csv</c>.</param>
/// <param name="Seed">Random seed: one seed gives byte-identical files.</param>
/// <param name="StationLimit">Use only the first N stations of the list (small test samples), or null for all.</param>
public sealed record NationalSampleOptions(string StationListPath, DateOnly Start, DateOnly End, string OutputFolder,
    int Seed = NationalSampleOptions.DefaultSeed, int? StationLimit = null)
{
    /// <summary>Default seed.</summary>
    public const int DefaultSeed = 20190101;

    /// <summary>Whole calendar years <paramref name="from"/>..<paramref name="to"/>.</summary>
    public static NationalSampleOptions Years(string stationList, int from, int to, string outputFolder, int seed = DefaultSeed) =>
        new(stationList, new DateOnly(from, 1, 1), new DateOnly(to, 12, 31), outputFolder, seed);
}
