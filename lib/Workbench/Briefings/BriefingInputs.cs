using Workbench.Air;
using Workbench.Air.Compute;
using Workbench.IO;
using Workbench.Periods;
using Workbench.Quality;
using Workbench.Standards;
using Workbench.Water.Compute;

namespace Workbench.Briefings;

/// <summary>
/// The request of a briefing from loaded air data and the files that go with it (targets, water folder), with the
/// sources sheet filled in: one place, used by <c>workbench brief</c> and by the briefing notebook.
/// </summary>
public static class BriefingInputs
{
    /// <summary>
    /// Builds the request for <paramref name="city"/> and <paramref name="period"/>. Targets and water data default to
    /// <c>targets.csv</c> and the <c>water</c> folder beside the input; a water folder without <c>sections.csv</c> is skipped.
    /// </summary>
    public static BriefingRequest Request(AirDataSet data, IReadOnlyList<string> inputs, string city, Period period,
        AirQualityStandard? standard = null, int? baseYear = null, string? targetsPath = null, string? waterFolder = null,
        DateTimeOffset? generatedAt = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(inputs);
        var sources = new List<BriefingSource>
        {
            new("环境空气监测数据（" + (data.Format == Air.Import.AirInputFormat.ChinaSites ? "china_sites 站点小时数据" : data.Format.ToString()) + "）",
                string.Join("、", inputs.Select(Name)), data.Quality.FilesRead, data.Quality.ValuesAccepted, data.Quality.TotalCount, data.Quality.Summary()),
        };
        targetsPath ??= InputFiles.FindBeside(inputs, "targets.csv");
        IReadOnlyList<AirTarget> targetList = [];
        if (targetsPath is not null)
        {
            var q = new DataQualityReport();
            targetList = AirTargets.Load(targetsPath, q);
            sources.Add(new("省定目标", Name(targetsPath), q.FilesRead, q.ValuesAccepted, q.TotalCount, q.Summary()));
        }
        var request = new BriefingRequest(city, period)
        {
            Standard = standard,
            BaseYear = baseYear,
            Targets = targetList,
            WaterCity = city,
            GeneratedAt = generatedAt ?? DateTimeOffset.UtcNow,
        };
        waterFolder ??= InputFiles.FindBeside(inputs, "water");
        if (waterFolder is not null && File.Exists(Path.Combine(waterFolder, "sections.csv")))
        {
            var (samples, registry, q) = Water.Import.WaterData.Load(waterFolder);
            var files = Water.Import.WaterData.SampleFiles(waterFolder);
            request = request with { Water = WaterAssessment.Assess(samples, registry, period, city: city, quality: q) };
            sources.Add(new("地表水监测数据", Name(waterFolder) + "/" + string.Join("、", files.Select(Name)), q.FilesRead,
                q.ValuesAccepted, q.TotalCount, q.Summary()));
        }
        return request with { Sources = sources };
    }

    private static string Name(string path) => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
}
