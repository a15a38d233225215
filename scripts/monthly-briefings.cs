// The monthly briefing of every city of a province (全省各市月度简报): one Excel workbook per city, as `workbench brief
// --period <month>` writes it, from one load of the data.
//   dotnet run scripts/monthly-briefings.cs -- <省份> <月份 2025-03> <输出文件夹> [输入；省略时用示例数据]
//   dotnet run scripts/monthly-briefings.cs -- 示例省 2025-03 简报
// On the sample in CI ({store}: a store of the sample's 2024, {out}: a temporary folder):
// ci-args: 示例省 2025-03 {out}/简报
#:project ../lib/Workbench/Workbench.csproj
// File-based apps default to native AOT, which turns off the reflection-based JSON the store's manifests are read with.
#:property PublishAot=false

using Workbench.Air;
using Workbench.Briefings;
using Workbench.IO;
using Workbench.Periods;
using Workbench.Registries;
using Workbench.Sample;

if (args.Length is < 3 or > 4 || !Period.TryParse(args[1], out var month) || month.Kind != PeriodKind.Month)
{
    Console.Error.WriteLine("用法：dotnet run scripts/monthly-briefings.cs -- <省份> <月份，如 2025-03> <输出文件夹> [输入]");
    return 2;
}
var (province, folder) = (args[0], args[2]);
IReadOnlyList<string> inputs = args.Length == 4 ? [args[3]] : [SampleData.EnsureDefault(Console.Error)];
var data = AirDataSet.Load(inputs);
var registry = data.Stations?.Cities ?? CityRegistry.Default;
var cities = data.Cities()
    .Where(c => registry.TryResolve(c, out var info) && CityRegistry.ProvinceKey(info.Province) == CityRegistry.ProvinceKey(province))
    .ToList();
if (cities.Count == 0)
{
    Console.Error.WriteLine($"数据中没有属于“{province}”的城市；数据中的城市：{string.Join("、", data.Cities())}");
    return 2;
}
Directory.CreateDirectory(folder);
foreach (var city in cities)
{
    var briefing = BriefingCompute.Compute(data, BriefingInputs.Request(data, inputs, city, month,
        targetsPath: InputFiles.FindBeside(inputs, "targets.csv"), waterFolder: InputFiles.FindBeside(inputs, "water")));
    var path = Path.Combine(folder, $"{city}_{month.Start:yyyy-MM}_月度简报.xlsx");
    BriefingWorkbook.Save(briefing, path);
    Console.WriteLine($"{path}：{briefing.Headlines.FirstOrDefault()}");
}
Console.WriteLine($"{province} {month.Label}：{cities.Count} 个城市的简报已写入 {folder}");
return 0;
