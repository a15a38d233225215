using System.CommandLine;

namespace Workbench.Cli.Commands;

/// <summary>`workbench sample`: writes the deterministic sample data set.</summary>
internal static class SampleCommands
{
    public static Command Create()
    {
        var sample = new Command("sample", "生成示例数据（确定性，可重现）");
        return sample;
    }
}
