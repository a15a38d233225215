using System.IO.Compression;
using Workbench.Tests.Cli;
using Xunit.Abstractions;

namespace Workbench.Tests.Export;

/// <summary>`workbench brief` embeds the press figures (rendered by the browser) beside its native charts.</summary>
// Slow lane (README "Tests"): a briefing with browser-exported figures.
[Trait("Category", "Slow")]
[Collection("cli")]
public class BriefPressFiguresTests(ITestOutputHelper output)
{
    [BrowserFact(DisplayName = "brief on the sample embeds the press calendar and the press figures as pictures and keeps two native charts")]
    public void BriefEmbedsPressFigures()
    {
        var dir = Directory.CreateTempSubdirectory("wb-brief-");
        try
        {
            var file = Path.Combine(dir.FullName, "东州2024.xlsx");
            var r = CliRunner.Run("brief", "--city", "东州", "--period", "2024", "--out", file);
            output.WriteLine(r.Out);
            Assert.True(r.ExitCode == 0, r.Error);
            using var zip = ZipFile.OpenRead(file);
            var media = zip.Entries.Where(e => e.FullName.StartsWith("xl/media/", StringComparison.Ordinal)).ToArray();
            var charts = zip.Entries.Where(e => e.FullName.StartsWith("xl/charts/chart", StringComparison.Ordinal)).ToArray();
            // The press calendar plus one picture per press figure the briefing asks for, all 1920×1080 renderings
            // (over 50 kB each; the bare colour grid drawn without a browser, a few kB, is no longer embedded).
            Assert.Equal(1 + Workbench.Export.BriefingFigures.PressFigureNames.Count, media.Length);
            Assert.All(media, m => Assert.True(m.Length > 50_000, $"{m.FullName}：{m.Length} 字节"));
            Assert.Equal(2, charts.Length);
            // One picture is the press calendar (the drawing names each picture by its figure title); the cell calendar is its own sheet.
            var drawings = zip.Entries.Where(e => e.FullName.StartsWith("xl/drawings/drawing", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
                .Select(e => { using var reader = new StreamReader(e.Open()); return reader.ReadToEnd(); }).ToArray();
            Assert.Contains(drawings, x => x.Contains("name=\"东州2024年空气质量日历（HJ 633-2012级别）\"", StringComparison.Ordinal));
            Assert.Contains(Workbench.Briefings.CalendarSheet.Name, Workbench.Tests.Briefings.SheetReader.SheetNames(file));
        }
        finally { dir.Delete(true); }
    }
}
