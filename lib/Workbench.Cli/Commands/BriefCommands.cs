using System.CommandLine;
using Workbench.Briefings;
using Workbench.IO;

namespace Workbench.Cli.Commands;

/// <summary>`workbench brief`: the Excel briefing of a city and period (defaults work on the bundled sample).</summary>
internal static class BriefCommands
{
    public static Command Create()
    {
        var o = new BriefingOptions("省略时使用示例数据（首次运行自动生成）", "（简报不嵌入图片，日历在“空气质量日历”工作表中）");
        var figure = new Option<string[]>("--figure")
        {
            Description = "要嵌入的新闻图片（PNG，可多个）",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string?>("--out", "-o") { Description = "输出 .xlsx 文件；省略时写入 briefings/<日期时间>/ 新文件夹" };
        var force = new Option<bool>("--force") { Description = "--out 指定的文件已存在时覆盖" };
        var command = new Command("brief", "生成 Excel 简报：概况、六项污染物、优良天数、城市排名、月度趋势、五年对比、水质断面、方法说明");
        o.AddTo(command, figure, output, force);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var outPath = parse.GetValue(output);
            var pngs = parse.GetValue(figure) ?? [];
            var prepared = o.Prepare(parse, pngs, (outPath, OutputKind.File), () =>
            {
                foreach (var png in pngs) InputFiles.Require(png);
                // An existing --out without --force is refused now, not after the whole briefing is computed.
                if (outPath is not null) BriefingOutput.Resolve(outPath, parse.GetValue(force), "", "", DateTimeOffset.UtcNow);
            });
            var briefing = prepared.Briefing;
            var figures = FiguresFor(pngs).ToList();
            figures.AddRange(o.PressFigures(parse, prepared, svg: false));
            var root = Path.Combine(Directory.GetCurrentDirectory(), "briefings");
            // The dated folder is made here too: a read-only working folder is an output error naming it.
            var path = OutputPath.Write(outPath ?? root, () => BriefingOutput.Resolve(outPath, parse.GetValue(force), root,
                BriefingOutput.FileName(briefing.City, briefing.Period), briefing.Request.GeneratedAt));
            BriefingWorkbook.Save(briefing, path, figures);
            if (parse.GetValue(o.Json))
            {
                // Standard output is the JSON alone, so a script can parse it; the notice goes to standard error.
                Console.Error.WriteLine($"已写入 {path}");
                Console.WriteLine(BriefingJson.Write(briefing, figures, BriefingWorkbook.SheetsWritten(figures.Count), [("workbook", path)]));
                return 0;
            }
            Console.WriteLine($"已写入 {path}");
            foreach (var h in briefing.Headlines) Console.WriteLine(h);
            return 0;
        }));
        return command;
    }

    /// <summary>
    /// The PNGs given with --figure, shown at most 900 px wide. The calendar is not among them: the workbook draws it in
    /// cells, and the press figures (the press calendar among them) are added when a browser renders them.
    /// </summary>
    internal static IReadOnlyList<BriefingFigure> FiguresFor(IEnumerable<string> pngPaths)
    {
        var list = new List<BriefingFigure>();
        foreach (var path in pngPaths)
        {
            var bytes = InputFiles.ReadAllBytes(path);
            var size = Png.Size(bytes) ?? throw new ArgumentException($"“{path}”不是 PNG 图片");
            // Shown at most 900 px wide, keeping the aspect ratio (press figures are often exported at ×2).
            var scale = Math.Min(1.0, 900.0 / size.Width);
            list.Add(new BriefingFigure(Path.GetFileNameWithoutExtension(path), bytes, (int)(size.Width * scale), (int)(size.Height * scale))
            {
                Name = Path.GetFileNameWithoutExtension(path),
            });
        }
        return list;
    }
}
