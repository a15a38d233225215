using System.CommandLine;
using Workbench.IO;
using Workbench.Periods;
using Workbench.Quality;
using Workbench.Water.Compute;
using Workbench.Water.Import;
using Workbench.Water.Registry;
using Workbench.Water.Results;
using Workbench.Water.Sample;

namespace Workbench.Cli.Commands;

/// <summary>`workbench water …`: section classes, attainment and CWQI.</summary>
internal static class WaterCommands
{
    public static Command Create()
    {
        var water = new Command("water", "地表水：断面水质类别、达标、CWQI");
        water.Subcommands.Add(Classify());
        water.Subcommands.Add(Assess());
        water.Subcommands.Add(Sample());
        return water;
    }

    private static Option<string?> QualityOption() =>
        new("--quality") { Description = "数据质量报告输出路径（CSV，UTF-8 BOM）；不给则只打印摘要" };

    private static Command Classify()
    {
        var input = new Option<string>("--input") { Description = "国家地表水自动监测数据：17列CSV、每日快照CSV（含_原始值列）或接口JSON，可为 .xz", Required = true };
        var sections = new Option<string?>("--sections") { Description = "断面名录（CSV/XLSX），决定湖库总磷限值；不给则名录外断面按叶绿素α/藻密度是否监测推断" };
        var output = new Option<string>("--out") { Description = "输出CSV：原样保留每一行及所有列，末列为“计算类别”", Required = true };
        var qualityPath = QualityOption();
        var cmd = new Command("classify", "按 pH、溶解氧、高锰酸盐指数、氨氮、总磷计算自动监测读数的水质类别") { input, sections, output, qualityPath };
        cmd.SetAction(pr => CommandRunner.Run(() =>
        {
            var quality = new DataQualityReport();
            string?[] read = [pr.GetValue(input), pr.GetValue(sections)];
            OutputPath.EnsureNotInput(pr.GetValue(output), read);
            OutputPath.EnsureNotInput(pr.GetValue(qualityPath), read);
            OutputPath.EnsureDistinct(pr.GetValue(output), pr.GetValue(qualityPath));
            var registry = pr.GetValue(sections) is { } s ? SectionRegistry.Load(s, quality) : SectionRegistry.Empty;
            var summary = ClassifyFile.Run(pr.GetValue(input)!, registry, pr.GetValue(output)!, quality);
            Console.WriteLine(summary.Describe());
            Console.WriteLine(quality.Summary());
            if (pr.GetValue(qualityPath) is { } q) quality.WriteCsv(q);
            return 0;
        }));
        return cmd;
    }

    private static Command Assess()
    {
        var input = new Option<string[]>("--input") { Description = "监测数据文件（可多个）：月度手工监测表（CSV/XLSX）或自动监测数据", Required = true, AllowMultipleArgumentsPerToken = true };
        var sections = new Option<string>("--sections") { Description = "断面名录（CSV/XLSX）：城市、河流、水体类型、目标类别、饮用水水源地", Required = true };
        var period = new Option<string>("--period") { Description = "评价时段：2020、2020-05、2020Q1、2020H1、2020-01..2020-05 等", Required = true };
        var city = new Option<string?>("--city") { Description = "只评价该城市的断面" };
        var json = new Option<bool>("--json") { Description = "输出 JSON（数值保留全部精度）" };
        var qualityPath = QualityOption();
        var cmd = new Command("assess", "断面类别、达标、主要污染指标、CWQI；城市与河流Ⅰ～Ⅲ类比例、劣Ⅴ类比例、水质状况、CWQI同比") { input, sections, period, city, json, qualityPath };
        cmd.SetAction(pr => CommandRunner.Run(() =>
        {
            var quality = new DataQualityReport();
            var p = Period.Parse(pr.GetValue(period)!);
            OutputPath.EnsureNotInput(pr.GetValue(qualityPath), [.. pr.GetValue(input)!, pr.GetValue(sections)]);
            var registry = SectionRegistry.Load(pr.GetValue(sections)!, quality);
            var samples = WaterInputs.Load(pr.GetValue(input)!, quality);
            var result = WaterAssessment.Assess(samples, registry, p, city: pr.GetValue(city), quality: quality);
            if (result.Sections.Count == 0)
                throw new InvalidOperationException($"{p.Label}{(pr.GetValue(city) is { } c ? "、" + c : "")}没有任何断面的监测数据");
            Console.Write(pr.GetValue(json) ? WaterAssessmentReport.ToJson(result) + "\n" : WaterAssessmentReport.ToText(result));
            Console.Error.WriteLine(quality.Summary());
            if (pr.GetValue(qualityPath) is { } q) quality.WriteCsv(q);
            return 0;
        }));
        return cmd;
    }

    private static Command Sample()
    {
        var output = new Option<string>("--out") { Description = "输出目录：写入 <目录>/water/sections.csv 和 monthly_samples.csv", Required = true };
        var cmd = new Command("sample", "生成地表水示例数据（虚构的示例省五市断面，2015—2025年月度手工监测，确定性）") { output };
        cmd.SetAction(pr => CommandRunner.Run(() =>
        {
            var folder = pr.GetValue(output)!;
            OutputPath.EnsureNotInput(folder, [], OutputKind.Folder);
            var files = OutputPath.Write(folder, () => WaterSampleGenerator.Write(folder));
            foreach (var f in files) Console.WriteLine($"已写入 {f}");
            return 0;
        }));
        return cmd;
    }
}
