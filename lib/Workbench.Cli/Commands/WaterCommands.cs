using System.CommandLine;

namespace Workbench.Cli.Commands;

/// <summary>`workbench water …`: section classes, attainment and CWQI.</summary>
internal static class WaterCommands
{
    public static Command Create()
    {
        var water = new Command("water", "地表水：断面水质类别、达标、CWQI");
        return water;
    }
}
