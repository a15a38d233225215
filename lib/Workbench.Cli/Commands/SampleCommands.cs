using System.CommandLine;
using Workbench.Sample;

namespace Workbench.Cli.Commands;

/// <summary>`workbench sample`: writes the deterministic sample data set.</summary>
internal static class SampleCommands
{
    public static Command Create()
    {
        var output = new Option<string>("--out")
        {
            Description = $"输出目录（默认 {SampleOptions.DefaultOutputFolder}，整体原子替换）",
            DefaultValueFactory = _ => SampleOptions.DefaultOutputFolder,
        };
        var years = new Option<string>("--years")
        {
            Description = "年份范围，如 2015..2025（默认）或 2020",
            DefaultValueFactory = _ => "2015..2025",
        };
        var seed = new Option<int>("--seed")
        {
            Description = $"随机种子（默认 {SampleOptions.DefaultSeed}；同一种子生成逐字节相同的数据）",
            DefaultValueFactory = _ => SampleOptions.DefaultSeed,
        };
        var metadataOnly = new Option<bool>("--metadata-only")
        {
            Description = "只写站点表、沙尘日、目标和预置事实，不写小时数据",
        };
        var sample = new Command("sample", "生成示例数据（确定性，可重现）") { output, years, seed, metadataOnly };
        sample.SetAction(parseResult => CommandRunner.Run(() =>
        {
            var (from, to) = SampleOptions.ParseYears(parseResult.GetValue(years)!);
            var options = SampleOptions.Years(from, to, parseResult.GetValue(seed), parseResult.GetValue(output)!)
                with { WriteHourly = !parseResult.GetValue(metadataOnly) };
            var result = SampleGenerator.Generate(options);
            Console.WriteLine($"示例数据已写入 {result.OutputFolder}（{from}—{to} 年，种子 {options.Seed}，用时 {result.Elapsed.TotalSeconds:F1} 秒）");
            Console.WriteLine($"  china_sites/：{result.HourlyFiles} 个小时数据文件（china_sites_YYYYMMDD.csv）");
            foreach (var f in result.MetadataFiles) Console.WriteLine($"  {f}");
            Console.WriteLine($"预置事实 {result.Facts.Count} 条（planted_facts.csv），例如：");
            foreach (var f in result.Facts.Take(4)) Console.WriteLine($"  {f.City} {f.Period} {f.Indicator} = {f.Value}");
            return 0;
        }));
        return sample;
    }
}
