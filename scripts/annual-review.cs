// A city's annual review numbers (年度回顾): the six pollutants, the composite index, good and heavy days, each beside
// the year before and the change, as they go into the review text. Same rules and rounding as `workbench air assess`.
//   dotnet run scripts/annual-review.cs -- <城市> <年份> [输入文件夹、文件或存储；省略时用示例数据]
//   dotnet run scripts/annual-review.cs -- 东州 2024
// Inside the repository it builds against lib/Workbench; for the installed package see scripts/README.md.
// On the sample in CI ({store}: a store of the sample's 2024, {out}: a temporary folder):
// ci-args: 东州 2024
#:project ../lib/Workbench/Workbench.csproj
// File-based apps default to native AOT, which turns off the reflection-based JSON the store's manifests are read with.
#:property PublishAot=false

using Workbench.Air.Results;
using Workbench.Analysis;
using Workbench.Periods;
using Workbench.Standards;
using Workbench.Text;

if (args.Length is < 2 or > 3 || !int.TryParse(args[1], out var year))
{
    Console.Error.WriteLine("用法：dotnet run scripts/annual-review.cs -- <城市> <年份> [输入]");
    return 2;
}
var context = AnalysisContext.Open(args[0], year.ToString(), args.Length == 3 ? args[2] : "", log: Console.Error);
var current = context.Assess();
var previous = context.Assess(Period.Year(year - 1));

Console.WriteLine($"{context.City} {year} 年环境空气质量（{current.Standard.ChineseTitle()}，{current.StatusText}）");
string[] names = ["PM2.5（微克/立方米）", "PM10（微克/立方米）", "SO2（微克/立方米）", "NO2（微克/立方米）", "CO 第95百分位（毫克/立方米）",
    "O3 日最大8小时第90百分位（微克/立方米）", "综合指数", "有效天数", "优良天数", "优良天数比例（%）", "重污染天数"];
var rows = new List<string[]>();
for (var i = 0; i < AirAssessmentResult.IndicatorKeys.Count; i++)
{
    var key = AirAssessmentResult.IndicatorKeys[i];
    var now = current.Indicators[key];
    var before = previous.Indicators[key];
    // Rates for concentrations and the index, points for the ratio, day differences for counts (as the review writes them).
    var change = now is not { } a || before is not { } b ? "—"
        : key == "good_ratio" ? $"{ChangeRate.PercentagePoints(a, b):+0.0;-0.0;0.0} 个百分点"
        : key.EndsWith("_days", StringComparison.Ordinal) ? $"{a - b:+0;-0;0} 天"
        : b == 0 ? "—" : $"{ChangeRate.Percent(a, b):+0.0;-0.0;0.0}%";
    rows.Add([names[i], now?.ToString() ?? "—", before?.ToString() ?? "—", change]);
}
Console.Write(TextTable.Render(["指标", $"{year}", $"{year - 1}", "变化"], rows));
return 0;
