// The `workbench` command. Thin: it parses options, calls lib/Workbench and prints; no rule lives here.
using System.CommandLine;
using System.Globalization;
using System.Text;
using Workbench.Cli.Commands;

// Analysts read Chinese: System.CommandLine prints its own parse errors in Chinese only when the UI
// culture is zh-Hans, and library messages follow the same culture. Numbers stay invariant.
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = new UTF8Encoding(false);
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

// A plain Command named as analysts type it (RootCommand would take the assembly's name).
var root = new Command("workbench", "Workbench：生态环境空气与地表水数据分析（按标准计算、可追溯）")
{
    new System.CommandLine.Help.HelpOption { Description = HelpText.HelpDescription },
    new VersionOption { Description = HelpText.VersionDescription },
    AirCommands.Create(),
    WaterCommands.Create(),
    SampleCommands.Create(),
    BriefCommands.Create(),
    PressCommands.Create(),
    FigureCommands.Create(),
    NotebookCommands.Create(),
    KernelCommands.Create(),
};
// A command line that does not parse (unknown option, missing value) is the analyst's to fix: exit 2, as bad input.
var parsed = root.Parse(args);
Workbench.JitProfile.Start(typeof(CommandRunner).Assembly, CommandPath(parsed.CommandResult));
int exit;
if (parsed.Action is System.CommandLine.Help.HelpAction)
{
    // System.CommandLine's help layout has English headings and "[default: …]": printed through HelpText in Chinese.
    var help = new StringWriter();
    exit = await parsed.InvokeAsync(new InvocationConfiguration { Output = help });
    Console.Out.Write(HelpText.ToChinese(help.ToString()));
}
else exit = await parsed.InvokeAsync();
return parsed.Action is System.CommandLine.Invocation.ParseErrorAction && exit == 1 ? CommandRunner.BadInput : exit;

// "air-assess" for `workbench air assess …`: the name of the command's recording (JitProfile).
static string CommandPath(System.CommandLine.Parsing.CommandResult command) =>
    command.Parent is System.CommandLine.Parsing.CommandResult parent && parent.Parent is not null
        ? CommandPath(parent) + "-" + command.Command.Name : command.Command.Name;
