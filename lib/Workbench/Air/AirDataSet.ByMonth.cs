using Workbench.Air.Compute;
using Workbench.Air.Import;
using Workbench.Air.Method;
using Workbench.Air.Tables;
using Workbench.Quality;

namespace Workbench.Air;

public sealed partial class AirDataSet
{
    /// <summary>
    /// china_sites files read a month at a time (<see cref="ChinaSitesReader.ReadByMonth(IEnumerable{string}, ChinaSitesOptions, IMonthlyGridSink)"/>):
    /// the daily values of the default settings, the quality report and what is known of the hours are the whole
    /// read's, without holding the year's hourly grid (≈ 700 MB for a national year, and as much fresh memory each
    /// run). The grid is read again, whole, the first time something asks for hours (figures of hours, daily values
    /// under other settings), as a store's is. Null when the read must be whole.
    /// </summary>
    private static AirDataSet? ByMonth(IReadOnlyList<string> inputs, List<string> paths, string? stationsPath, string? dustPath,
        AirInputOptions options)
    {
        // The station list first: the city values are computed under it month by month. Its lines still follow the
        // reader's and the plausibility findings, as on the whole read.
        var contextQuality = new DataQualityReport();
        var (stations, dust, source) = Context(inputs, stationsPath, dustPath, contextQuality);
        var values = new DailyValuesByMonth(stations);
        if (ChinaSitesReader.ReadByMonth(paths, AirInput.ChinaSitesOptionsOf(options), values) is not { } read) return null;
        var quality = read.Quality;
        values.ReportPlausibility(quality, ChinaSitesReader.FileOfHourIn(read.SourceFiles));
        quality.Merge(contextQuality);
        if (stations is not null) StationsNotInRegistry.Report(values.UnknownStations, source!, null, quality);

        // Read again when asked for: its findings are the ones reported above, so the grid reports into this report.
        AirInputData Input() => new(AirInputFormat.ChinaSites, AirInput.Read(AirInputFormat.ChinaSites, paths, options).Hourly!.WithQuality(quality), null,
            quality, read.SourceFiles);
        var stationKey = Compute.StationDaily.RulesKey(AirSettings.Default);
        var cityKey = Compute.CityHourlyDaily.RulesKey(AirSettings.Default);
        DailyTable? Daily(AirSettings settings) => Compute.StationDaily.RulesKey(settings) == stationKey ? values.StationDaily : null;
        CityHourlyDaily? CityDaily(AirSettings settings) => Compute.CityHourlyDaily.RulesKey(settings) == cityKey ? values.CityDaily : null;
        // A city's registry stations absent from the data are listed when its values are first used, as computing them
        // from the grid lists them.
        var listed = new HashSet<string>(StringComparer.Ordinal);
        void Served(AirSettings settings, string? city)
        {
            if (values.CityDaily is not { } cities || Compute.CityHourlyDaily.RulesKey(settings) != cityKey) return;
            lock (listed)
                values.ReportAbsent(Enumerable.Range(0, cities.Cities.Count)
                    .Where(c => (city is null || cities.Cities[c] == city) && listed.Add(cities.Cities[c])).ToArray(), quality);
        }
        DateOnly? lastDay = read.HourCount > 0 ? DateOnly.FromDateTime(read.FirstHour.AddHours(read.HourCount - 1)) : null;
        DateOnly? firstDay = read.HourCount > 0 ? DateOnly.FromDateTime(read.FirstHour) : null;
        return new AirDataSet(Input, AirInputFormat.ChinaSites, quality, read.StationCodes, null, Daily, stations, dust, source,
            lastDay, CityDaily, () => values.Coverage, firstDay, Served);
    }
}
