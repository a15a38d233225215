using System.Collections;
using Workbench.Air.Checks;
using Workbench.Air.Compute;
using Workbench.Air.Import;
using Workbench.Air.Method;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Quality;
using Workbench.Registries;

namespace Workbench.Store;

/// <summary>What an import did to one month.</summary>
/// <param name="Year">Year.</param>
/// <param name="Month">Month (1–12).</param>
/// <param name="Counts">Values added, replaced, skipped and unchanged.</param>
/// <param name="Rows">Station-hour rows the month holds afterwards.</param>
public sealed record StoreImportMonth(int Year, int Month, MergeCounts Counts, long Rows);

/// <summary>What <see cref="AirStore.Import"/> did.</summary>
/// <param name="Folder">The store.</param>
/// <param name="Months">Each month the import touched, in order.</param>
/// <param name="Imported">The files read.</param>
/// <param name="AlreadyImported">Files skipped: imported before with the same content and status.</param>
/// <param name="Quality">The readers' quality report of this import (kept in the store), then the given station list's
/// own issues (kept with the list).</param>
/// <param name="Created">True when the import created the store.</param>
public sealed record StoreImportResult(string Folder, IReadOnlyList<StoreImportMonth> Months, IReadOnlyList<ImportedFile> Imported,
    IReadOnlyList<ImportedFile> AlreadyImported, DataQualityReport Quality, bool Created)
{
    /// <summary>All months' counts.</summary>
    public MergeCounts Total => Months.Aggregate(MergeCounts.None, (a, m) => a + m.Counts);
}

public sealed partial class AirStore
{
    /// <summary>
    /// Imports hourly air data (every hourly format <see cref="AirInput"/> reads: china_sites, HeQinWill, PRSA, scraped
    /// pages, tidy hourly CSV/XLSX) into <paramref name="folder"/> by the store's rules (<see cref="ValueMerge"/>): values
    /// are added to what the store holds, month by month; nothing absent from the import is deleted; audited values
    /// replace real-time ones, never the reverse. Files imported before with the same content and status are skipped.
    /// The import is all or nothing (<see cref="StoreTransaction"/>).
    /// </summary>
    /// <param name="paths">Files or folders (read recursively; names starting with a dot are left out).</param>
    /// <param name="folder">The store (created when absent).</param>
    /// <param name="stationsPath">A station list kept with the store (replacing the one it has); the city daily table
    /// is derived under it.</param>
    /// <param name="status">The declared status of the values.</param>
    /// <param name="progress">Told each month as it is written (Chinese).</param>
    /// <param name="values">Value checks of the readers (`--co-unit`).</param>
    public static StoreImportResult Import(IReadOnlyList<string> paths, string folder, string? stationsPath = null,
        DataStatus status = DataStatus.Realtime, Action<StoreImportMonth>? progress = null, ValueRules? values = null)
    {
        var files = ExpandFiles(paths);
        var identities = files.AsParallel().AsOrdered().Select(ImportedFile.Of).ToArray();
        // A folder that is not a store of this layout is refused before anything is written into it (not even the lock).
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any()) CheckMarker(folder);
        using var tx = StoreTransaction.Begin(folder);
        var ledger = tx.IsNew ? ImportLedger.Empty : ImportLedger.Load(tx.Folder);
        var fresh = new List<(string Path, ImportedFile Id)>();
        var skipped = new List<ImportedFile>();
        for (var i = 0; i < files.Count; i++)
        {
            // The same content twice in one import counts once.
            if (ledger.Holds(identities[i], status) || fresh.Any(f => f.Id.Sha256 == identities[i].Sha256 && f.Id.Size == identities[i].Size))
                skipped.Add(identities[i]);
            else fresh.Add((files[i], identities[i]));
        }

        var oldStations = tx.Current(StoreLayout.StationsCsv);
        // The given list's own problems (a duplicated code, an unreadable coordinate) are reported as the CSV path
        // reports them, and kept with the list: the store holds its normalized copy, which no longer shows them.
        var listQuality = new DataQualityReport();
        StationRegistry? registry = stationsPath is not null ? StationRegistry.Load(stationsPath, listQuality)
            : oldStations is not null ? StationRegistry.Load(oldStations) : null;
        var cityRules = registry is null ? null : CityDailyKey(AirSettings.Default, registry.Fingerprint);
        var quality = new DataQualityReport();
        var manifests = new Dictionary<int, StoreYear>();
        foreach (var y in tx.IsNew ? [] : Open(tx.Folder).Years) manifests[y.Year] = y;
        var registryChanged = manifests.Values.Any(y => y.CityDailyRules != cityRules);
        if (fresh.Count == 0 && !registryChanged)
            return new StoreImportResult(tx.Folder, [], [], skipped, WithListIssues(quality), Created: false); // nothing to do: the store is untouched

        var months = new SortedDictionary<(int Year, int Month), StoreImportMonth>();
        var stats = new Dictionary<(int Year, int Month), StoreMonth>();
        var spans = new Dictionary<int, (DateTime First, DateTime End)>();
        var coverage = new Dictionary<(int Year, int Month), FeedCoverage>();
        var newStations = new Dictionary<int, List<string>>();
        var withoutData = new Dictionary<string, QualityIssue>(StringComparer.Ordinal);
        var withData = new HashSet<string>(StringComparer.Ordinal);
        var chunks = Chunks(fresh.Select(f => f.Path).ToList()).ToList();
        using var steps = Progress.Start("导入", chunks.Count);
        // A chunk's months are written while the next chunk is read: writing (Parquet, daily tables) is mostly one
        // thread and reading keeps both cores busy, so the two overlap. Writes stay in chunk order (a month two chunks
        // touch is merged with what the earlier one staged).
        var writing = Task.CompletedTask;
        var columns = new HourlyPartition.ColumnBuffers(); // the hourly files' column arrays, month after month
        try
        {
            foreach (var chunk in chunks)
            {
                var data = AirInput.Load(chunk.Files, new AirInputOptions
                {
                    Status = status, Values = values ?? ValueRules.Default, FirstDay = chunk.FirstDay, LastDay = chunk.LastDay,
                });
                if (data.Hourly is not { } grid)
                    throw new WorkbenchDataException(chunk.Files[0], null, null,
                        $"存储只接受站点小时数据，这是{FormatName(data.Format)}：城市日数据请直接用 --input 读取");
                // A station without any value is said once for the whole import, not once for each month read.
                quality.Merge(data.Quality, i => i.Code != ChinaSitesReader.StationWithoutData);
                foreach (var i in data.Quality.Issues.Where(i => i.Code == ChinaSitesReader.StationWithoutData && i.Station is not null))
                    withoutData.TryAdd(i.Station!, i);
                for (var s = 0; s < grid.StationCodes.Count; s++)
                    if (ValueMerge.HasAnyIn(grid, s, 0, grid.HourCount)) withData.Add(grid.StationCodes[s]);
                foreach (var year in grid.StationCodes.Count == 0 ? [] : YearsOf(grid))
                {
                    var first = Max(grid.FirstHour, new DateTime(year, 1, 1));
                    var end = Min(grid.FirstHour.AddHours(grid.HourCount), new DateTime(year + 1, 1, 1));
                    spans[year] = spans.TryGetValue(year, out var s) ? (Min(s.First, first), Max(s.End, end)) : (first, end);
                    var list = newStations.TryGetValue(year, out var l) ? l : newStations[year] = [];
                    list.AddRange(grid.StationCodes);
                }
                writing.GetAwaiter().GetResult();
                writing = Task.Run(() => WriteChunk(grid));
                steps.Step($"{(chunk.FirstDay is { } month ? $"{month:yyyy-MM}" : Path.GetFileName(chunk.Files[0]))}（{chunk.Files.Count} 个文件）");
            }
            writing.GetAwaiter().GetResult();
        }
        finally
        {
            // A failed read must not leave a month still being written into the staging folder the transaction removes.
            try { writing.Wait(); } catch (AggregateException) { }
        }

        // Months are independent (each its own files): two at a time, each in memory once (≈ 70 MB nationally); one
        // chunk written while the next is read.
        void WriteChunk(StationHourlyTable grid) =>
            Parallel.ForEach(MonthsWithData(grid), new ParallelOptions { MaxDegreeOfParallelism = 2 }, ym =>
            {
                var (year, month) = ym;
                var current = StagedOrCurrent(tx, StoreLayout.Hourly(year, month));
                var stored = current is null ? null : HourlyPartition.Read(current, year, month);
                var (merged, counts) = ValueMerge.Merge(stored, year, month, grid);
                var info = WriteMonth(tx, merged, registry, cityRules, columns);
                var monthCoverage = FeedCoverage.Of(merged.Grid);
                StoreImportMonth done;
                lock (months)
                {
                    stats[(year, month)] = info;
                    var previous = months.GetValueOrDefault((year, month));
                    done = new StoreImportMonth(year, month, (previous?.Counts ?? MergeCounts.None) + counts, info.Rows);
                    months[(year, month)] = done;
                    coverage[(year, month)] = monthCoverage;
                }
                progress?.Invoke(done);
            });
        var readDays = $"{chunks.Min(c => c.FirstDay):yyyy-MM-dd}/{chunks.Max(c => c.LastDay):yyyy-MM-dd}";
        foreach (var (station, issue) in withoutData)
            if (!withData.Contains(station)) quality.Add(issue with { Time = readDays });
        // A new station list: every month's city table is derived again under it.
        if (registryChanged && registry is not null)
            foreach (var y in manifests.Values)
                foreach (var m in y.Months.Keys.Where(m => !months.ContainsKey((y.Year, m))))
                    WriteCityDaily(tx, HourlyPartition.Read(tx.Current(StoreLayout.Hourly(y.Year, m))!, y.Year, m), registry, cityRules!);

        var number = ledger.Imports.Count + 1;
        var record = new ImportRecord(number, DateTimeOffset.Now, status, fresh.Select(f => f.Id).ToArray(),
            months.Keys.Select(k => $"{k.Year:D4}-{k.Month:D2}").ToArray(), months.Values.Aggregate(MergeCounts.None, (a, m) => a + m.Counts),
            quality.FilesRead, quality.ValuesAccepted);
        foreach (var year in months.Keys.Select(k => k.Year).Concat(registryChanged ? manifests.Keys : []).Distinct().Order())
        {
            var manifest = YearManifest(manifests.GetValueOrDefault(year), year, stats, coverage, spans.GetValueOrDefault(year),
                newStations.GetValueOrDefault(year) ?? [], cityRules);
            AtomicFile.WriteText(tx.Write(StoreLayout.Manifest(year)), w => w.Write(manifest.ToJson()));
        }
        quality.WriteCsv(tx.Write(record.QualityFile));
        AtomicFile.WriteText(tx.Write(ImportLedger.FileName), w => w.Write(ledger.With(record).ToJson()));
        // The station list is written when it is new to the store; one with the fingerprint the store's tables were
        // derived under is the list the store holds, byte for byte (writing it again cost a day's import 0.1 s).
        if (stationsPath is not null && registry is not null && (registryChanged || oldStations is null))
        {
            registry.WriteCsv(tx.Write(StoreLayout.StationsCsv));
            WriteStationsParquet(registry, tx.Write(StoreLayout.StationsParquet));
        }
        // The problems of the list given last (another file can give the same stations with other problems).
        if (stationsPath is not null) listQuality.WriteCsv(tx.Write(StoreLayout.StationsQuality));
        if (tx.IsNew) AtomicFile.WriteText(tx.Write(StoreLayout.MarkerFile), w => w.Write(StoreLayout.MarkerText));
        tx.Commit();
        return new StoreImportResult(tx.Folder, months.Values.ToArray(), fresh.Select(f => f.Id).ToArray(), skipped,
            WithListIssues(quality), tx.IsNew);

        // The list's lines follow the readers' (as on the CSV path); its rows are not data values, so not counted as such.
        DataQualityReport WithListIssues(DataQualityReport readers)
        {
            foreach (var issue in listQuality.Issues) readers.Add(issue);
            return readers;
        }
    }

    /// <summary>Writes a merged month: its hourly values, station and city daily tables, plausibility findings; returns
    /// what it holds.</summary>
    private static StoreMonth WriteMonth(StoreTransaction tx, StoredMonth month, StationRegistry? registry, string? cityRules,
        HourlyPartition.ColumnBuffers columns)
    {
        var (year, m) = (month.Year, month.Month);
        // Plausibility findings are of the values as they now stand (a month at a time: a frozen run across the turn of
        // a month is judged in each month), in the month's own report, written before anything else adds to it.
        HourlyPlausibility.Check(month.Grid);
        month.Grid.Quality.WriteCsv(tx.Write(StoreLayout.Checks(year, m)));
        // The hourly Parquet is one native writer's work: the daily tables are computed and written beside it.
        var hourly = Task.Run(() => HourlyPartition.Write(month, tx.Write(StoreLayout.Hourly(year, m)), columns));
        try
        {
            var daily = StationDaily.Compute(month.Grid, AirSettings.Default);
            DailyPartition.Write(tx.Write(StoreLayout.StationDaily(year, m)), "station", daily,
                (s, d) => month.DayStatus(s, d) ?? DataStatus.Realtime, StationDaily.RulesKey(AirSettings.Default), withAqi: true);
            if (registry is not null) WriteCityDaily(tx, month, registry, cityRules!);
        }
        finally
        {
            try { hourly.Wait(); } catch (AggregateException) { } // never left writing behind an exception
        }
        var rows = hourly.GetAwaiter().GetResult();
        long realtime = 0, audited = 0, mixed = 0;
        for (var s = 0; s < month.Grid.StationCodes.Count; s++)
            for (var d = 0; d < month.Grid.HourCount / 24; d++)
                switch (month.DayStatus(s, d))
                {
                    case DataStatus.Realtime: realtime++; break;
                    case DataStatus.Audited: audited++; break;
                    case DataStatus.Mixed: mixed++; break;
                }
        return new StoreMonth(rows, realtime, audited, mixed);
    }

    private static void WriteCityDaily(StoreTransaction tx, StoredMonth month, StationRegistry registry, string cityRules)
    {
        var cities = registry.CitiesWithStations(month.Grid.StationCodes);
        var table = CityHourly.Compute(month.Grid, registry, cities, AirSettings.Default);
        var stationIndex = month.Grid.StationCodes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        DailyPartition.Write(tx.Write(StoreLayout.CityDaily(month.Year, month.Month)), "city", table.Daily,
            (c, d) => table.Contributed[c][d].Select(code => month.DayStatus(stationIndex[code], d)).OfType<DataStatus>()
                .DefaultIfEmpty(DataStatus.Realtime).Aggregate(DataStatusInfo.Combine),
            cityRules, (c, d) => table.Contributed[c][d]);
    }

    private static StoreYear YearManifest(StoreYear? old, int year, Dictionary<(int Year, int Month), StoreMonth> written,
        Dictionary<(int Year, int Month), FeedCoverage> coverage, (DateTime First, DateTime End) span, List<string> stations, string? cityRules)
    {
        var first = old?.FirstHour ?? span.First;
        var end = old?.FirstHour.AddHours(old.HourCount) ?? span.End;
        if (span.End > span.First) { first = Min(first, span.First); end = Max(end, span.End); }
        var hours = checked((int)(end - first).TotalHours);
        // Hours held: the old year's and each written month's (a month's coverage is of all its values).
        var parts = new List<FeedCoverage>();
        if (old is not null) parts.Add(old.Coverage());
        parts.AddRange(coverage.Where(c => c.Key.Year == year).Select(c => c.Value));
        var union = FeedCoverage.Union(parts);
        var present = new BitArray(hours);
        for (var h = 0; h < hours; h++) present[h] = union.Holds(first.AddHours(h));
        var order = new List<string>(old?.Stations ?? []);
        var seen = new HashSet<string>(order, StringComparer.Ordinal);
        foreach (var code in stations) if (seen.Add(code)) order.Add(code);
        var monthInfo = new SortedDictionary<int, StoreMonth>(old?.Months.ToDictionary() ?? []);
        foreach (var ((y, m), info) in written)
            if (y == year) monthInfo[m] = info;
        return new StoreYear(year, first, hours, order, monthInfo, new FeedCoverage(first, present).ToBase64(),
            StationDaily.RulesKey(AirSettings.Default), cityRules);
    }
}
