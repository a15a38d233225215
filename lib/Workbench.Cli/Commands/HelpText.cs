using System.Text.RegularExpressions;

namespace Workbench.Cli.Commands;

/// <summary>
/// The words System.CommandLine writes into help in English whatever the culture (its headings and "[default: …]"),
/// put into Chinese; the commands' and options' own descriptions are Chinese already.
/// </summary>
internal static partial class HelpText
{
    /// <summary>Description of -h/--help.</summary>
    public const string HelpDescription = "显示帮助和用法信息";

    /// <summary>Description of --version.</summary>
    public const string VersionDescription = "显示版本信息";

    private static readonly (string English, string Chinese)[] Headings =
    [
        ("Description:", "说明："), ("Usage:", "用法："), ("用法:", "用法："), ("Arguments:", "参数："), ("参数:", "参数："),
        ("Options:", "选项："), ("选项:", "选项："), ("Commands:", "命令："), ("命令:", "命令："),
    ];

    /// <summary>The help text with its headings, "[default: …]", "[options]" and "[command]" in Chinese.</summary>
    public static string ToChinese(string help)
    {
        var lines = help.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var (english, chinese) in Headings)
                if (lines[i].TrimEnd() == english) lines[i] = chinese;
            lines[i] = Default().Replace(lines[i], "[默认：$1]")
                .Replace("Show help and usage information", HelpDescription, StringComparison.Ordinal)
                .Replace("Show version information", VersionDescription, StringComparison.Ordinal)
                .Replace(" [options]", " [选项]", StringComparison.Ordinal)
                .Replace(" [command]", " [命令]", StringComparison.Ordinal);
        }
        return string.Join(Environment.NewLine, lines);
    }

    [GeneratedRegex(@"\[default: ([^\]]*)\]")]
    private static partial Regex Default();
}
