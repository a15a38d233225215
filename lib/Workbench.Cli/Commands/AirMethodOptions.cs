using System.CommandLine;
using Workbench.Air.Compute;
using Workbench.Air.Method;
using Workbench.Periods;

namespace Workbench.Cli.Commands;

/// <summary>
/// The method choices every assessing command offers (air assess, brief, figures): how a city value is formed, whether
/// control stations count, which hours make a day. Each maps onto one <see cref="AirSettings"/> property.
/// </summary>
internal sealed class AirMethodOptions
{
    /// <summary>The option values of <see cref="CityAggregation"/>.</summary>
    internal const string CityHourly = "city-hourly", StationDaily = "station-daily";

    public Option<string> CityMethod { get; } = new("--city-method")
    {
        Description = "城市均值的计算顺序：city-hourly（先求城市各小时的站点均值，再求日均值、MDA8 等，总站做法）" +
                      "或 station-daily（先求各站日均值，再求站点平均）",
        DefaultValueFactory = _ => Name(AirSettings.Default.CityAggregation),
    };

    public Option<bool> IncludeControl { get; } = new("--include-control")
    {
        Description = "城市均值包含对照点、背景点（默认不含：名称标注“对照点”的站点和站点角色登记表所列站点）",
    };

    public Option<string> DayHours { get; } = new("--day-hours")
    {
        Description = "日的小时范围：0-23（文件日期 0—23 时，与发布的城市日值一致，默认）或 1-24（标准文本：1—24 时）",
        DefaultValueFactory = _ => "0-23",
    };

    public AirMethodOptions()
    {
        CityMethod.AcceptOnlyFromAmong(CityHourly, StationDaily);
        DayHours.AcceptOnlyFromAmong("0-23", "1-24");
    }

    public void AddTo(Command command)
    {
        command.Options.Add(CityMethod);
        command.Options.Add(IncludeControl);
        command.Options.Add(DayHours);
    }

    /// <summary>The default settings with the choices of the command line.</summary>
    public AirSettings Settings(ParseResult parse) => AirSettings.Default with
    {
        CityAggregation = parse.GetValue(CityMethod) == StationDaily ? CityAggregation.MeanOfStationDaily : CityAggregation.DailyOfCityHourly,
        ExcludeControlStations = !parse.GetValue(IncludeControl),
        DayBoundary = parse.GetValue(DayHours) == "1-24" ? DayBoundary.StandardHours1To24 : DayBoundary.FeedDateHours0To23,
    };

    private static string Name(CityAggregation a) => a == CityAggregation.MeanOfStationDaily ? StationDaily : CityHourly;
}
