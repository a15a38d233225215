using System.CommandLine;
using Workbench.Air;
using Workbench.Air.Checks;
using Workbench.Air.Import;
using Workbench.Air.Tables;
using Workbench.IO;
using Workbench.Quality;
using Workbench.Sample;

namespace Workbench.Cli.Commands;

/// <summary>Options shared by the importing air commands, and the one way they load data.</summary>
internal sealed class AirOptions
{
    public Option<string[]> Input { get; } = new("--input", "-i")
    {
        Description = "输入：china_sites 文件夹或文件、CNEMC 小时长表、PRSA、城市日数据、整洁表 CSV/XLSX（可多个）",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string?> Stations { get; } = new("--stations")
    {
        Description = "站点列表（CNEMC 站点列表或 Workbench 站点登记表）；默认使用输入旁边的 stations.csv",
    };

    public Option<string?> Dust { get; } = new("--dust")
    {
        Description = "沙尘日清单（城市,日期）；默认使用输入旁边的 dust_days.csv",
    };

    public Option<string?> Quality { get; } = new("--quality")
    {
        Description = "把数据质量报告写入此 CSV 文件（文件、行、列、站点、时间、原因、处理）",
    };

    public Option<string> Status { get; } = new("--status")
    {
        Description = "数据状态：realtime（实时，默认）或 audited（审核）",
        DefaultValueFactory = _ => "realtime",
    };

    public Option<string?> CoUnit { get; } = NewCoUnit();

    /// <summary>`--co-unit ug|mg`: how a suspected CO unit mix-up is repaired (default: refused and reported).</summary>
    public static Option<string?> NewCoUnit()
    {
        var o = new Option<string?>("--co-unit")
        {
            Description = "CO 单位修正：ug = 把 CO 中位数明显是 µg/m³ 的站点文件（城市日表：城市文件）除以 1000 换算为 mg/m³；" +
                          "mg = 把本应为 µg/m³（PRSA、表头或单位列注明 µg/m³）但明显已是 mg/m³ 的文件按 mg/m³ 读取。" +
                          "默认不修正：疑似单位错误的站点（城市）文件不载入 CO，并写入数据质量报告",
        };
        o.AcceptOnlyFromAmong("ug", "mg");
        return o;
    }

    /// <summary>The value checks chosen on the command line.</summary>
    public static ValueRules ValueRulesOf(ParseResult parse, Option<string?> coUnit) => parse.GetValue(coUnit) switch
    {
        "ug" => ValueRules.Default with { CoUnit = Air.Checks.CoUnit.Ug },
        "mg" => ValueRules.Default with { CoUnit = Air.Checks.CoUnit.Mg },
        _ => ValueRules.Default,
    };

    public AirOptions(bool inputRequired)
    {
        Input.Required = inputRequired;
        Status.AcceptOnlyFromAmong("realtime", "audited");
    }

    public void AddTo(Command command, bool withStations)
    {
        command.Options.Add(Input);
        if (withStations)
        {
            command.Options.Add(Stations);
            command.Options.Add(Dust);
        }
        command.Options.Add(Quality);
        command.Options.Add(Status);
        command.Options.Add(CoUnit);
    }

    /// <summary>The inputs as given, or the bundled sample (generated on first use) when none is.</summary>
    public IReadOnlyList<string> Inputs(ParseResult parse) =>
        parse.GetValue(Input) is { Length: > 0 } given ? given : [SampleData.EnsureDefault(Console.Error)];

    /// <summary>
    /// Checks the outputs before anything is read (<see cref="OutputPath.EnsureNotInput"/>): none is one of the inputs,
    /// the station and dust lists given or found beside them, or <paramref name="otherInputs"/>; each is of its kind;
    /// no two (--quality included) are the same file.
    /// </summary>
    public void CheckOutputs(ParseResult parse, IReadOnlyList<string> inputs, IEnumerable<string?> otherInputs,
        params (string? Path, OutputKind Kind)[] outputs)
    {
        // AirDataSet.Load reads the lists beside the input for every command.
        List<string?> read = [.. inputs,
            parse.GetValue(Stations) ?? InputFiles.FindBeside(inputs, "stations.csv", "stations_cnemc.csv"),
            parse.GetValue(Dust) ?? InputFiles.FindBeside(inputs, "dust_days.csv"),
            .. otherInputs];
        (string? Path, OutputKind Kind)[] all = [.. outputs, (parse.GetValue(Quality), OutputKind.File)];
        foreach (var (path, kind) in all) OutputPath.EnsureNotInput(path, read, kind);
        OutputPath.EnsureDistinct([.. all.Where(o => o.Kind == OutputKind.File).Select(o => o.Path)]);
    }

    /// <summary>Loads the input (the bundled sample when none is given), writes the quality report, prints its summary.
    /// <paramref name="hoursOnDemand"/>: a command that needs no hours reads china_sites files a month at a time
    /// (<see cref="AirInputOptions.HourlyGridOnDemand"/>).</summary>
    public AirDataSet Load(ParseResult parse, IReadOnlyList<string>? inputs = null, bool hoursOnDemand = false)
    {
        inputs ??= Inputs(parse);
        var options = AirInputOptions.Default with
        {
            Status = parse.GetValue(Status) == "audited" ? DataStatus.Audited : DataStatus.Realtime,
            Values = ValueRulesOf(parse, CoUnit),
            HourlyGridOnDemand = hoursOnDemand,
        };
        var data = AirDataSet.Load(inputs, parse.GetValue(Stations), parse.GetValue(Dust), options);
        WriteQuality(parse, data.Quality);
        return data;
    }

    /// <summary>Writes the quality report when asked and prints the one-line summary to stderr.</summary>
    public void WriteQuality(ParseResult parse, DataQualityReport quality)
    {
        if (parse.GetValue(Quality) is { } path)
        {
            quality.WriteCsv(path);
            Console.Error.WriteLine($"数据质量报告已写入 {path}");
        }
        Console.Error.WriteLine(quality.Summary());
    }
}
