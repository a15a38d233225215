using System.CommandLine;
using System.Text;
using Workbench.Briefings;
using Workbench.Documents;
using Workbench.IO;

namespace Workbench.Cli.Commands;

/// <summary>
/// `workbench press`: the folder a press conference needs: 新闻通稿.docx (GB/T 9704), the Excel briefing, the press
/// figures as PNG and SVG, and a PDF of the press release where LibreOffice Writer is installed.
/// </summary>
internal static class PressCommands
{
    /// <summary>File name of the press release in the folder.</summary>
    public const string DocumentName = "新闻通稿.docx";

    /// <summary>Subfolder of the figures.</summary>
    public const string FiguresFolder = "图表";

    public static Command Create()
    {
        var o = new BriefingOptions("省略时使用示例数据（首次运行自动生成）", "（新闻通稿只用日历图）");
        var output = new Option<string?>("--out", "-o") { Description = "输出文件夹（新建或为空）；省略时写入 out/press/<日期时间>/ 新文件夹" };
        var noPdf = new Option<bool>("--no-pdf") { Description = "不转换 PDF（不启动 LibreOffice）" };
        var command = new Command("press", "生成新闻发布材料文件夹：新闻通稿（.docx，GB/T 9704 版式；装有 LibreOffice Writer 时另有 PDF）、Excel 简报、图表（PNG 与 SVG）");
        o.AddTo(command, output, noPdf);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var outDir = parse.GetValue(output);
            var prepared = o.Prepare(parse, [], (outDir, OutputKind.Folder), () =>
            {
                // A folder that already holds files is refused before anything is computed: nothing is overwritten.
                if (outDir is not null && Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any())
                    throw new InvalidOperationException($"输出文件夹“{outDir}”不是空的：请给出新的或空的文件夹");
            });
            var briefing = prepared.Briefing;
            var press = o.PressFigures(parse, prepared, svg: true);
            var root = Path.Combine(Directory.GetCurrentDirectory(), "out", "press");
            var folder = OutputPath.Write(outDir ?? root, () => outDir is not null
                ? Directory.CreateDirectory(outDir).FullName
                : Path.GetDirectoryName(BriefingOutput.Resolve(null, false, root, "x", briefing.Request.GeneratedAt))!);

            var files = new List<(string Role, string Path)>();
            // The workbook embeds the press figures with the press calendar, as `brief` does (its calendar sheet is always there).
            var workbook = Path.Combine(folder, BriefingOutput.FileName(briefing.City, briefing.Period));
            OutputPath.Write(workbook, () => BriefingWorkbook.Save(briefing, workbook, press));
            files.Add(("workbook", workbook));
            // The release shows the press figures except the calendar (four); without a browser, the bare calendar alone.
            var releaseFigures = press.Count > 0 ? press.Where(f => !Workbench.Export.BriefingFigures.IsCalendar(f)).ToArray()
                : [Workbench.Export.BriefingFigures.Calendar(briefing)];
            var folderFigures = press.Count > 0 ? press : releaseFigures;
            var release = PressReleaseContent.From(briefing, releaseFigures);
            var docx = Path.Combine(folder, DocumentName);
            OutputPath.Write(docx, () => PressReleaseDocument.Save(release, docx));
            files.Add(("document", docx));
            var figureDir = Path.Combine(folder, FiguresFolder);
            foreach (var f in folderFigures)
            {
                Directory.CreateDirectory(figureDir);
                var name = SafeName(f.Name ?? f.Title);
                var png = Path.Combine(figureDir, name + ".png");
                OutputPath.Write(png, () => AtomicFile.Write(png, s => s.Write(f.Png)));
                files.Add(("figure_png", png));
                if (f.Svg is { } svg)
                {
                    var svgPath = Path.Combine(figureDir, name + ".svg");
                    OutputPath.Write(svgPath, () => AtomicFile.Write(svgPath, s => s.Write(Encoding.UTF8.GetBytes(svg))));
                    files.Add(("figure_svg", svgPath));
                }
            }
            if (!parse.GetValue(noPdf))
            {
                if (Workbench.Export.OfficePdf.Convert(docx, folder, out var why) is { } pdf) files.Add(("pdf", pdf));
                else Console.Error.WriteLine(why);
            }

            if (parse.GetValue(o.Json))
            {
                Console.Error.WriteLine($"已写入 {folder}");
                Console.WriteLine(BriefingJson.Write(briefing, folderFigures, BriefingWorkbook.SheetsWritten(press.Count),
                    [("folder", folder), .. files.Where(f => !f.Role.StartsWith("figure", StringComparison.Ordinal))]));
                return 0;
            }
            Console.WriteLine($"已写入 {folder}");
            foreach (var (_, path) in files) Console.WriteLine("  " + Path.GetRelativePath(folder, path));
            foreach (var h in briefing.Headlines) Console.WriteLine(h);
            return 0;
        }));
        return command;
    }

    /// <summary>A figure's file name: its catalogue name, characters not allowed in names replaced.</summary>
    private static string SafeName(string name)
    {
        var sb = new StringBuilder();
        foreach (var ch in name) sb.Append(Path.GetInvalidFileNameChars().Contains(ch) || ch is ':' or '*' or '?' or '"' or '<' or '>' or '|' or '\\' or '/' ? '_' : ch);
        return sb.ToString();
    }
}
