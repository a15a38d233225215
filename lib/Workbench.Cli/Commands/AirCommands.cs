using System.CommandLine;
using System.Globalization;
using Workbench.Air;
using Workbench.Air.Method;
using Workbench.Air.Compute;
using Workbench.Air.Output;
using Workbench.Briefings;
using Workbench.IO;
using Workbench.Periods;
using Workbench.Registries;
using Workbench.Sample;
using Workbench.Scale;
using Workbench.Standards;
using Workbench.Standards.Air;
using Workbench.Store;

namespace Workbench.Cli.Commands;

/// <summary>`workbench air …`: hourly AQI and assessments from station or city-daily feeds.</summary>
internal static class AirCommands
{
    public static Command Create() => new("air", "环境空气：小时AQI、城市评价、沙尘候选日") { Aqi(), Assess(), Dust(), AirStoreCommands.Import(), AirStoreCommands.Store(), AirStoreCommands.Sql() };

    private static readonly Dictionary<string, RealtimeAqiMethod> Methods = new()
    {
        ["cnemc-realtime"] = RealtimeAqiMethod.CnemcRealtime,
        ["hj633-2012-realtime"] = RealtimeAqiMethod.Hj633_2012Realtime,
        ["hj633-2026-realtime"] = RealtimeAqiMethod.Hj633_2026Realtime,
    };

    private static Command Aqi()
    {
        var common = new AirOptions(inputRequired: true);
        var method = new Option<string>("--method")
        {
            Description = "方法：cnemc-realtime（总站实时发布做法，默认）、hj633-2012-realtime、hj633-2026-realtime（按标准原文）",
            DefaultValueFactory = _ => "cnemc-realtime",
        };
        method.AcceptOnlyFromAmong([.. Methods.Keys]);
        var output = new Option<string>("--out", "-o") { Description = "输出 CSV：station,time,aqi,level,primary_pollutant", Required = true };
        var command = new Command("aqi", "由浓度计算每个站点每小时的实时 AQI（忽略输入中已有的 AQI）");
        common.AddTo(command, withStations: false);
        command.Options.Add(method);
        command.Options.Add(output);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var inputs = common.Inputs(parse);
            var path = parse.GetValue(output)!;
            common.CheckOutputs(parse, inputs, [], (path, OutputKind.File));
            var data = common.Load(parse, inputs);
            var hourly = data.Hourly ?? throw new ArgumentException("输入不是站点小时数据，无法计算小时 AQI");
            var m = Methods[parse.GetValue(method)!];
            AqiStandard? fixedBreakpoints = m switch
            {
                RealtimeAqiMethod.Hj633_2012Realtime => AqiStandard.Hj633_2012,
                RealtimeAqiMethod.Hj633_2026Realtime => AqiStandard.Hj633_2026,
                _ => null, // CNEMC practice: the version in force at each hour
            };
            var result = HourlyAqi.Compute(hourly, m, AirSettings.Default, fixedBreakpoints);
            long rows = 0, withAqi = 0;
            AtomicFile.WriteText(path, w =>
            {
                w.WriteLine("station,time,aqi,level,primary_pollutant");
                for (var s = 0; s < result.StationCodes.Count; s++)
                {
                    var code = Csv.Escape(result.StationCodes[s]);
                    var series = result.Series(s);
                    for (var h = 0; h < series.Length; h++)
                    {
                        var v = series[h];
                        w.Write(code);
                        w.Write(',');
                        w.Write(result.HourAt(h).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
                        if (v.HasValue)
                        {
                            w.Write(',');
                            w.Write(v.Aqi.ToString(CultureInfo.InvariantCulture));
                            w.Write(',');
                            w.Write(AqiLevels.ForAqi(v.Aqi).Number.ToString(CultureInfo.InvariantCulture));
                            w.Write(',');
                            w.WriteLine(v.Primary.ToCodes());
                            withAqi++;
                        }
                        else w.WriteLine(",,,");
                        rows++;
                    }
                }
            });
            Console.WriteLine($"已写入 {path}：{rows:N0} 个站点小时，其中 {withAqi:N0} 个可计算 AQI（方法 {parse.GetValue(method)}）");
            if (hourly.HasPublishedAqi)
                Console.WriteLine($"与输入中发布的 AQI 比较：{HourlyAqi.Agreement(result, hourly)}");
            return 0;
        }));
        return command;
    }

    private static Command Assess()
    {
        var common = new AirOptions(inputRequired: false);
        common.Input.Description += "；省略时使用示例数据（首次运行自动生成）";
        var city = new Option<string?>("--city") { Description = "城市名称（如 焦作 或 焦作市）；与 --all-cities 二选一" };
        var allCities = new Option<bool>("--all-cities") { Description = "评价数据中的每个城市和每个站点，写成一张表（--out）" };
        var tableOut = new Option<string?>("--out", "-o") { Description = "--all-cities 的输出表：.csv 或 .parquet（列名为英文指标键，便于程序读取），或 .xlsx（中文表头与单位，城市、站点、说明三张工作表）" };
        var period = new Option<string>("--period")
        {
            Description = "时段：2019 | 2019-01 | 2019Q1 | 2019H1 | 2019AW（秋冬季） | 2019-01..2019-05 | 2019-10-01..2020-03-31",
            Required = true,
        };
        var standard = new Option<string?>("--standard")
        {
            Description = "标准版本：2012、2026（过渡期限值）或 2026-final；默认取时段末日施行的版本",
        };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var method = new AirMethodOptions();
        var group = new Option<string?>("--group")
        {
            Description = "--all-cities 只列出一个城市组的城市及其站点：省份（河南、河南省）或 337（地级及以上城市）、168、2+26、2+36、汾渭平原、长三角、珠三角；"
                + "排名仍在各城市组的全部城市间计算",
        };
        var basePeriod = new Option<string?>("--base")
        {
            Description = "--all-cities 的对比时段（如 2018 或 2018Q1）：同时评价该时段，增加综合指数和 PM2.5 的对比值、变化率及其在各城市组内的改善排名",
        };
        var command = new Command("assess", "城市环境空气质量评价：六项污染物、综合指数、优良天数等（按标准）");
        common.AddTo(command, withStations: true);
        command.Options.Add(city);
        command.Options.Add(period);
        command.Options.Add(standard);
        method.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(allCities);
        command.Options.Add(tableOut);
        command.Options.Add(group);
        command.Options.Add(basePeriod);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var p = Period.Parse(parse.GetValue(period)!);
            if (parse.GetValue(allCities) == (parse.GetValue(city) is not null))
                throw new ArgumentException("请给出 --city <城市> 或 --all-cities（二选一）");
            if (!parse.GetValue(allCities) && (parse.GetValue(group) is not null || parse.GetValue(basePeriod) is not null))
                throw new ArgumentException("--group 与 --base 只用于 --all-cities");
            var b = parse.GetValue(basePeriod) is { } baseText ? Period.Parse(baseText) : null;
            AirQualityStandard? std = null;
            if (parse.GetValue(standard) is { } text)
                std = StandardVersions.TryParseAirQuality(text, out var s) ? s
                    : throw new ArgumentException($"标准版本“{text}”无法识别：应为 2012、2026 或 2026-final");
            var settings = method.Settings(parse);
            var tablePath = parse.GetValue(tableOut);
            if (tablePath is not null && !parse.GetValue(allCities)) throw new ArgumentException("--out 只用于 --all-cities");
            if (tablePath is not null && !tablePath.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && !tablePath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                && !tablePath.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
                throw new ArgumentException($"输出文件“{tablePath}”的扩展名应为 .csv、.parquet 或 .xlsx");
            // A store is read for the period's years only (the next year too for the 1–24 h day boundary).
            var inputs = parse.GetValue(common.Input);
            common.CheckOutputs(parse, inputs is { Length: > 0 } ? inputs : [SampleData.DefaultFolder()], [], (tablePath, OutputKind.File));
            // A folder of CSV files and the all-city assessment take minutes nationally: a progress bar on stderr.
            using var progress = ProgressBar.ForLibrary();
            var data = inputs is [var only] && AirStore.IsStore(only)
                ? AirDataSet.FromStore(only, Math.Min(p.Start.Year, b?.Start.Year ?? int.MaxValue),
                    Math.Max(p.End.Year, b?.End.Year ?? int.MinValue) + (settings.DayBoundary == DayBoundary.StandardHours1To24 ? 1 : 0),
                    parse.GetValue(common.Stations), parse.GetValue(common.Dust))
                : common.Load(parse, hoursOnDemand: true); // an assessment needs daily values only
            if (inputs is [var store] && AirStore.IsStore(store)) common.WriteQuality(parse, data.Quality);
            var chosen = std ?? StandardVersions.AirQualityInForce(p.End);
            // Nothing empty is written: a period the data do not reach is refused, one they reach in part is said.
            DataCoverage.CheckPeriod(data, p, parse.GetValue(city) is { } cityName ? cityName + " " : null);
            if (parse.GetValue(allCities))
            {
                var path = tablePath ?? throw new ArgumentException("--all-cities 需要 --out <表.csv|表.parquet|表.xlsx>");
                var network = NetworkAssessment.Assess(data, p, settings, chosen, basePeriod: b);
                if (parse.GetValue(group) is { } g) network = network.Restrict(g, RankingSets.Default);
                if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) NetworkWorkbook.Save(network, path);
                else NetworkTable.Write(network, path);
                var cityCount = network.Rows.Count(r => r.Level == NetworkLevel.City);
                var scope = network.Scope is { } sc ? $"（{(sc.IsProvince ? sc.Name : sc.Title)}）" : "";
                Console.WriteLine($"已写入 {path}：{cityCount} 个城市{scope}、{network.GroupRows.Count} 个城市组、{network.Rows.Count - cityCount} 个站点，"
                    + $"{p.Label}{(b is null ? "" : $"（对比时段 {b.Label}）")}，{chosen.ChineseTitle()}");
                return 0;
            }
            var series = data.CityDaily(parse.GetValue(city)!, settings, StandardVersions.AqiFor(chosen));
            var result = AirAssessment.Assess(series, p, settings, chosen, data.Dust);
            DataCoverage.EnsureValidDays(data, common.Inputs(parse), result, "评价");
            Console.Write(parse.GetValue(json) ? AirAssessmentJson.Write(result) + "\n" : AirAssessmentText.Render(result));
            return 0;
        }));
        return command;
    }

    private static Command Dust() => new("dust", "沙尘：提出候选沙尘日（供核实，不扣除数据）") { DustSuggest() };

    private static Command DustSuggest()
    {
        var common = new AirOptions(inputRequired: false);
        common.Input.Description += "；省略时使用示例数据（首次运行自动生成）";
        var period = new Option<string>("--period")
        {
            Description = "时段：2021 | 2021-03 | 2021Q1 | 2021-03-01..2021-03-31 等",
            Required = true,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "输出 CSV（UTF-8 带 BOM）：城市,日期,PM10,PM2.5,PM2.5/PM10,同日邻近城市数,邻近城市,依据；前两列即 --dust 清单格式",
            Required = true,
        };
        var d = DustCandidateRules.Default;
        var minPm10 = new Option<double>("--min-pm10") { Description = "城市日均 PM10 下限（微克/立方米）", DefaultValueFactory = _ => d.MinPm10 };
        var maxRatio = new Option<double>("--max-ratio") { Description = "PM2.5/PM10 上限", DefaultValueFactory = _ => d.MaxRatio };
        var minCities = new Option<int>("--min-cities") { Description = "同日在半径内符合条件的城市数下限（含本市）", DefaultValueFactory = _ => d.MinCities };
        var radius = new Option<double>("--radius-km") { Description = "城市中心（当日该市站点经纬度平均）间的大圆距离半径（千米）", DefaultValueFactory = _ => d.RadiusKm };
        var command = new Command("suggest", "按可调阈值提出可能受沙尘影响的城市日及其依据；沙尘日以总站认定为准，核实后用 --dust 传入评价");
        common.AddTo(command, withStations: false);
        command.Options.Add(common.Stations);
        command.Options.Add(period);
        command.Options.Add(output);
        command.Options.Add(minPm10);
        command.Options.Add(maxRatio);
        command.Options.Add(minCities);
        command.Options.Add(radius);
        var method = new AirMethodOptions();
        method.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var p = Period.Parse(parse.GetValue(period)!);
            var rules = new DustCandidateRules(parse.GetValue(minPm10), parse.GetValue(maxRatio), parse.GetValue(minCities), parse.GetValue(radius));
            rules.Validate();
            var inputs = common.Inputs(parse);
            var path = parse.GetValue(output)!;
            common.CheckOutputs(parse, inputs, [], (path, OutputKind.File));
            var data = common.Load(parse, inputs);
            var set = DustCandidates.Find(data, p, method.Settings(parse), rules);
            DustCandidatesOutput.WriteCsv(set, path);
            Console.Write(DustCandidatesOutput.Summary(set, path));
            return 0;
        }));
        return command;
    }
}
