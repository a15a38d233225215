using System.CommandLine;

namespace Workbench.Cli.Commands;

/// <summary>`workbench air …`: hourly AQI and assessments from station or city-daily feeds.</summary>
internal static class AirCommands
{
    public static Command Create()
    {
        var air = new Command("air", "环境空气：小时AQI、城市评价");
        return air;
    }
}
