// The all-city table of a store (全部城市评价表): every city and station of a living store (`workbench air import`)
// assessed over a period, ranked in its groups, written as .csv, .parquet or .xlsx, as `air assess --all-cities` does.
//   dotnet run scripts/all-cities.cs -- <存储目录> <时段> <输出.csv|.parquet|.xlsx>
//   dotnet run scripts/all-cities.cs -- store 2024 城市评价.xlsx
// On the sample in CI ({store}: a store of the sample's 2024, {out}: a temporary folder):
// ci-args: {store} 2024 {out}/城市评价.xlsx
#:project ../lib/Workbench/Workbench.csproj
// File-based apps default to native AOT, which turns off the reflection-based JSON the store's manifests are read with.
#:property PublishAot=false

using Workbench.Air;
using Workbench.Air.Method;
using Workbench.Briefings;
using Workbench.Periods;
using Workbench.Scale;
using Workbench.Store;

if (args.Length != 3)
{
    Console.Error.WriteLine("用法：dotnet run scripts/all-cities.cs -- <存储目录> <时段> <输出.csv|.parquet|.xlsx>");
    return 2;
}
var (store, period, output) = (args[0], Period.Parse(args[1]), args[2]);
if (!AirStore.IsStore(store))
{
    Console.Error.WriteLine($"“{store}”不是工作台存储（先用 workbench air import 导入）");
    return 2;
}
// Only the period's years are read from the store.
var data = AirDataSet.FromStore(store, period.Start.Year, period.End.Year);
var network = NetworkAssessment.Assess(data, period, AirSettings.Default);
if (output.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) NetworkWorkbook.Save(network, output);
else NetworkTable.Write(network, output);
var cities = network.Rows.Where(r => r.Level == NetworkLevel.City).ToList();
Console.WriteLine($"已写入 {output}：{cities.Count} 个城市、{network.Rows.Count - cities.Count} 个站点，{period.Label}");
foreach (var row in cities.OrderBy(r => r.Assessment.Indicators["composite_index"] ?? decimal.MaxValue).Take(5))
    Console.WriteLine($"  {row.Name}：综合指数 {row.Assessment.Indicators["composite_index"]}，PM2.5 {row.Assessment.Indicators["PM2.5"]}");
return 0;
