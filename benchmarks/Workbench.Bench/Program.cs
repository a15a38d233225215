using System.Diagnostics;
using Workbench.Air;
using Workbench.Air.Method;
using Workbench.Air.Compute;
using Workbench.Periods;
using Workbench.Scale;
using Workbench.Standards;
using Workbench.Store;

// One stage of the benchmark per process, so /usr/bin/time -v measures each one's peak memory.
// Prints "stage <name> <seconds>" lines for the profile, then "total <seconds>".
// As the command does (lib/Workbench.Cli): the next run of a step compiles on the spare core what this one compiled.
Workbench.JitProfile.Start(typeof(Program).Assembly, args[0]);
var total = Stopwatch.StartNew();
var watch = Stopwatch.StartNew();
void Stage(string name)
{
    Console.WriteLine($"stage {name} {watch.Elapsed.TotalSeconds:F3}");
    watch.Restart();
}

switch (args[0])
{
    case "csv-assess":   // <china_sites folder> <stations> <period> <out>
    {
        // As `workbench air assess` reads it: a month at a time, the year's hourly grid not kept (an assessment needs none).
        var data = AirDataSet.Load([args[1]], args[2], options: new Workbench.Air.Import.AirInputOptions { HourlyGridOnDemand = true });
        Stage("load_csv");
        Assess(data, args[3], args[4]);
        break;
    }
    case "import":       // <files or folders…> <store> <stations>: into a new store, or appended to an existing one
    {
        var result = AirStore.Import(args[1..^2], args[^2], args[^1]);
        Stage("import_to_store");
        Console.WriteLine($"values added={result.Total.Added} replaced={result.Total.Replaced} skipped={result.Total.Skipped} unchanged={result.Total.Unchanged}");
        break;
    }
    case "store-assess": // <store> <period> <out>
    {
        var period = Period.Parse(args[2]);
        var data = AirDataSet.FromStore(args[1], period.Start.Year, period.End.Year);
        Stage("load_store");
        Assess(data, args[2], args[3]);
        break;
    }
    case "store-years":  // <store> <out folder>: every year of the store, one year in memory at a time
    {
        var store = AirStore.Open(args[1]);
        Directory.CreateDirectory(args[2]);
        foreach (var y in store.Years)
        {
            OneYear(y.Year);
            // The previous year's grid is garbage now: collect it before the next one, so the peak is one year's.
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        void OneYear(int year)
        {
            var data = AirDataSet.FromStore(args[1], year, year);
            Stage($"load_store_{year}");
            Assess(data, $"{year}", Path.Combine(args[2], $"network_{year}.csv"));
        }
        break;
    }
    case "aqi-agreement": // <china_sites folder>
    {
        var data = AirDataSet.Load([args[1]]);
        Stage("load_csv");
        var result = HourlyAqi.Compute(data.Hourly!, RealtimeAqiMethod.CnemcRealtime, AirSettings.Default);
        var agreement = HourlyAqi.Agreement(result, data.Hourly!);
        Stage("hourly_aqi");
        Console.WriteLine($"aqi_agreement {agreement}");
        break;
    }
    case "duckdb-sql":   // <store> <year> <sql file> <out csv>: DuckDB SQL alone, on the store's Parquet
    {
        var sql = File.ReadAllText(args[3]).Replace("${store}", args[1]).Replace("${year}", args[2]);
        using var db = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"COPY ({sql.TrimEnd().TrimEnd(';')}) TO '{args[4].Replace("'", "''")}' (HEADER, DELIMITER ',')";
        cmd.ExecuteNonQuery();
        Stage("duckdb_sql");
        break;
    }
    default:
        Console.Error.WriteLine("用法：csv-assess | import | store-assess | store-years | aqi-agreement");
        return 2;
}
Console.WriteLine($"total {total.Elapsed.TotalSeconds:F3}");
// Garbage collections and their pauses, for the profile (a collection stops both cores).
Console.WriteLine($"gc gen0={GC.CollectionCount(0)} gen1={GC.CollectionCount(1)} gen2={GC.CollectionCount(2)} " +
    $"pause_s={GC.GetTotalPauseDuration().TotalSeconds:F3} allocated_mb={GC.GetTotalAllocatedBytes() / 1e6:F0}");
// Code compiled while running (methods without ahead-of-time code, or promoted to optimized code), on every thread.
Console.WriteLine($"jit methods={System.Runtime.JitInfo.GetCompiledMethodCount()} s={System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F3}");
return 0;

void Assess(AirDataSet data, string periodText, string outPath)
{
    var period = Period.Parse(periodText);
    // As `workbench air assess` does: the network assessment asks for the station daily values when it reaches the
    // stations (from a store they are read meanwhile, while the cities are assessed).
    var network = NetworkAssessment.Assess(data, period, AirSettings.Default);
    Stage("network_assess");
    NetworkTable.Write(network, outPath);
    Stage("write_table");
}
