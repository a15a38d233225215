using System.CommandLine;
using Workbench.IO;
using Workbench.Store;

namespace Workbench.Cli.Commands;

/// <summary>`workbench air import` and `workbench air store info`: the living store of hourly data.</summary>
internal static class AirStoreCommands
{
    public static Command Import()
    {
        var input = new Argument<string[]>("input")
        {
            Description = "站点小时数据文件或文件夹（可多个）：china_sites 文件、文件夹或 zip，HeQinWill、PRSA、抓取页面、整洁小时表 CSV/XLSX",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = new Option<string>("--store")
        {
            Description = "存储目录（Parquet，按年、月分区）。导入只增加或更新所带的数值，不删除存储中已有的数值；同一文件再次导入不做任何事",
            Required = true,
        };
        var stations = new Option<string?>("--stations") { Description = "站点列表，随存储保存（之后的计算自动使用；更换时各月城市日值按新列表重算）" };
        var status = new Option<string>("--status")
        {
            Description = "数据状态：realtime（实时，默认）或 audited（审核）。审核值替换实时值，实时值从不覆盖审核值",
            DefaultValueFactory = _ => "realtime",
        };
        status.AcceptOnlyFromAmong("realtime", "audited");
        var coUnit = AirOptions.NewCoUnit();
        var command = new Command("import", "把站点小时数据导入列式存储（Parquet）：按数值合并，逐年逐月报告新增、替换、跳过与未变的数值；" +
                                            "之后 air assess 等命令可用 --input <存储目录> 直接读取") { input, store, stations, status, coUnit };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var folder = parse.GetValue(store)!;
            OutputPath.EnsureNotInput(folder, [.. parse.GetValue(input)!, parse.GetValue(stations)], OutputKind.Folder);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            StoreImportResult result;
            using (ProgressBar.ForLibrary())
                result = AirStore.Import(parse.GetValue(input)!, folder, parse.GetValue(stations),
                    parse.GetValue(status) == "audited" ? Air.Tables.DataStatus.Audited : Air.Tables.DataStatus.Realtime,
                    values: AirOptions.ValueRulesOf(parse, coUnit));
            foreach (var f in result.AlreadyImported)
                Console.Error.WriteLine($"已导入过，跳过：{f.Name}（同样内容与状态的文件已在存储中）");
            if (result.Months.Count == 0)
            {
                Console.WriteLine($"存储 {folder} 没有变化：所给文件均已导入过（用时 {watch.Elapsed.TotalSeconds:F1} 秒）");
                return 0;
            }
            Console.Error.WriteLine(result.Quality.Summary());
            foreach (var year in result.Months.GroupBy(m => m.Year))
            {
                foreach (var m in year) Console.WriteLine($"{m.Year} 年 {m.Month} 月：{Counts(m.Counts)}");
                if (year.Count() > 1)
                    Console.WriteLine($"{year.Key} 年合计：{Counts(year.Aggregate(MergeCounts.None, (a, m) => a + m.Counts))}");
            }
            Console.WriteLine($"已{(result.Created ? "创建" : "更新")}存储 {folder}：读取 {result.Imported.Count} 个文件，用时 {watch.Elapsed.TotalSeconds:F1} 秒；" +
                              $"本次导入的数据质量报告见 {Path.Combine(folder, "quality")}");
            return 0;
        }));
        return command;
    }

    private static string Counts(MergeCounts c) =>
        $"新增 {c.Added:N0} 个数值，替换 {c.Replaced:N0} 个，跳过 {c.Skipped:N0} 个（存储中已是审核值），未变 {c.Unchanged:N0} 个";

    /// <summary>`workbench air sql --store &lt;dir&gt; "&lt;query&gt;"`.</summary>
    public static Command Sql()
    {
        var query = new Argument<string>("query") { Description = "SQL 查询（DuckDB 语法）；视图：hourly、station_daily、city_daily、stations" };
        var store = new Option<string>("--store") { Description = "存储目录", Required = true };
        var output = new Option<string?>("--out") { Description = "结果写入 .csv（UTF-8 带 BOM）或 .xlsx；不给则打印表格" };
        var limit = new Option<int>("--limit") { Description = "打印时最多显示的行数", DefaultValueFactory = _ => 50 };
        var command = new Command("sql", "用 SQL 查询存储中的 Parquet（内嵌 DuckDB）：hourly 小时值、station_daily 站点日值、" +
                                         "city_daily 城市日值（默认城市方法）、stations 站点列表") { query, store, output, limit };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var folder = parse.GetValue(store)!;
            var outPath = parse.GetValue(output);
            OutputPath.EnsureNotInput(outPath, [folder]);
            var result = StoreSql.Run(AirStore.Open(folder), parse.GetValue(query)!);
            if (outPath is not null)
            {
                OutputPath.Write(outPath, () => StoreSql.Write(result, outPath));
                Console.WriteLine($"已写入 {outPath}：{result.Rows.Count:N0} 行");
                return 0;
            }
            Console.Write(TextTable(result, parse.GetValue(limit)));
            return 0;
        }));
        return command;
    }

    /// <summary>The rows as an aligned text table (first <paramref name="limit"/> rows).</summary>
    private static string TextTable(SqlResult result, int limit) =>
        Text.TextTable.Render(result.Columns, result.Rows.Take(limit).Select(r => r.Select(StoreSql.Text).ToArray())) +
        (result.Rows.Count > limit ? $"（共 {result.Rows.Count:N0} 行，显示前 {limit} 行；--out 写出全部）" : $"（{result.Rows.Count:N0} 行）") + "\n";

    /// <summary>`workbench air store info &lt;dir&gt;`.</summary>
    public static Command Store()
    {
        var folder = new Argument<string>("store") { Description = "存储目录" };
        var info = new Command("info", "存储里有什么：年份、月份、各状态的站点日数、站点数、导入过的文件、大小") { folder };
        info.SetAction(parse => CommandRunner.Run(() =>
        {
            Console.Write(StoreInfo.Describe(AirStore.Open(parse.GetValue(folder)!)));
            return 0;
        }));
        return new Command("store", "查看列式存储") { info };
    }
}
