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
    [BrowserFact(DisplayName = "brief on the sample embeds the press figures as pictures and keeps two native charts")]
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
            // The calendar drawn by the library plus one picture per press figure the briefing asks for.
            Assert.Equal(1 + Workbench.Export.BriefingFigures.PressFigureNames.Count, media.Length);
            // Press figures are 1920×1080 renderings (over 50 kB each); the calendar is a small drawing.
            Assert.Equal(Workbench.Export.BriefingFigures.PressFigureNames.Count, media.Count(m => m.Length > 50_000));
            Assert.Equal(2, charts.Length);
        }
        finally { dir.Delete(true); }
    }
}
