using System.CommandLine;
using Workbench.IO;
using Workbench.Store;

namespace Workbench.Cli.Commands;

/// <summary>`workbench air import`: converts CNEMC feeds once into the columnar store.</summary>
internal static class AirStoreCommands
{
    public static Command Import()
    {
        var input = new Argument<string[]>("input")
        {
            Description = "china_sites 文件夹、文件或 zip（可多个；按年份分别导入）",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = new Option<string>("--store") { Description = "存储目录（Parquet，按年份分区；同一年份再次导入时整体替换）", Required = true };
        var stations = new Option<string?>("--stations") { Description = "站点列表，随存储保存（之后的计算自动使用）" };
        var status = new Option<string>("--status")
        {
            Description = "数据状态：realtime（实时，默认）或 audited（审核）",
            DefaultValueFactory = _ => "realtime",
        };
        status.AcceptOnlyFromAmong("realtime", "audited");
        var coUnit = AirOptions.NewCoUnit();
        var command = new Command("import", "把 CNEMC 站点小时文件一次性转换为列式存储（Parquet），保留数据质量报告；" +
                                            "之后 air assess 等命令可用 --input <存储目录> 直接读取") { input, store, stations, status, coUnit };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var folder = parse.GetValue(store)!;
            OutputPath.EnsureNotInput(folder, [.. parse.GetValue(input)!, parse.GetValue(stations)], OutputKind.Folder);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var years = AirStore.Import(parse.GetValue(input)!, folder, parse.GetValue(stations),
                parse.GetValue(status) == "audited" ? Air.Tables.DataStatus.Audited : Air.Tables.DataStatus.Realtime,
                y => Console.Error.WriteLine(
                    $"{y.Year} 年：{y.Stations:N0} 个站点，{y.Rows:N0} 个站点小时，数据质量问题 {y.Issues:N0} 条（用时 {y.Elapsed.TotalSeconds:F1} 秒）"),
                AirOptions.ValueRulesOf(parse, coUnit));
            Console.WriteLine($"已导入 {folder}：{string.Join("、", years.Select(y => y.Year))} 年，共 {years.Sum(y => y.Rows):N0} 个站点小时，" +
                              $"用时 {watch.Elapsed.TotalSeconds:F1} 秒；数据质量报告见 {Path.Combine(folder, "quality")}");
            return 0;
        }));
        return command;
    }
}
