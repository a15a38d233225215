using System.CommandLine;
using Workbench.IO;
using Workbench.Sample;
using Workbench.Sample.National;

namespace Workbench.Cli.Commands;

/// <summary>`workbench sample`: writes the deterministic sample data set.</summary>
internal static class SampleCommands
{
    public static Command Create()
    {
        var output = new Option<string?>("--out")
        {
            Description = $"输出目录，整体原子替换（默认：在仓库中为 {SampleOptions.DefaultOutputFolder}，安装后为用户数据目录下的 sample）",
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
        var national = new Option<bool>("--national")
        {
            Description = "生成全国规模的站点小时数据（china_sites 格式，站点与城市取自 --stations 站点列表），用于规模测试与基准",
        };
        var stations = new Option<string?>("--stations") { Description = "--national 所用的站点列表（CNEMC 站点列表或 Workbench 站点登记表）" };
        var sample = new Command("sample", "生成示例数据（确定性，可重现）") { output, years, seed, metadataOnly, national, stations };
        sample.SetAction(parseResult => CommandRunner.Run(() =>
        {
            if (parseResult.GetValue(national))
            {
                var list = parseResult.GetValue(stations) ?? throw new ArgumentException("--national 需要 --stations <站点列表>");
                if (parseResult.GetValue(output) is null)
                    throw new ArgumentException("--national 需要 --out <目录>（全国数据每年约 570 MB，不写入仓库）");
                var (a, b) = SampleOptions.ParseYears(parseResult.GetValue(years)!);
                var seedValue = parseResult.GetResult(seed) is null ? NationalSampleOptions.DefaultSeed : parseResult.GetValue(seed);
                var folder = parseResult.GetValue(output)!;
                OutputPath.EnsureNotInput(folder, [list], OutputKind.Folder);
                NationalSampleResult r;
                using (ProgressBar.ForLibrary())
                    r = OutputPath.Write(folder, () => NationalSampleGenerator.Generate(NationalSampleOptions.Years(list, a, b, folder, seedValue)));
                Console.WriteLine($"全国规模数据已写入 {r.Folder}：{a}—{b} 年，{r.Stations:N0} 个站点，{r.Files} 个文件，用时 {r.Elapsed.TotalSeconds:F1} 秒；站点表 {r.StationsPath}");
                return 0;
            }
            var (from, to) = SampleOptions.ParseYears(parseResult.GetValue(years)!);
            var options = SampleOptions.Years(from, to, parseResult.GetValue(seed), parseResult.GetValue(output) ?? SampleData.DefaultFolder())
                with { WriteHourly = !parseResult.GetValue(metadataOnly) };
            OutputPath.EnsureNotInput(options.OutputFolder, [], OutputKind.Folder);
            var result = OutputPath.Write(options.OutputFolder, () => SampleGenerator.Generate(options));
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
