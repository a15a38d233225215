using Workbench.Periods;
using Workbench.Quality;
using Workbench.Standards.Water;
using Workbench.Water.Import;
using Workbench.Water.Registry;
using Workbench.Water.Results;

namespace Workbench.Water.Compute;

/// <summary>
/// Assesses sections, cities and rivers over a period (2011 method, CWQI 2017): per section the period class, target
/// attainment, main pollutants and CWQI with its change against the same period a year earlier; per city and river the
/// Ⅰ–Ⅲ and 劣Ⅴ shares, status and mean CWQI with its change; drinking-water source attainment.
/// </summary>
/// <remarks>
/// Time aggregation: samples are averaged per month first, and the period mean is the mean of the monthly means (B2.2:
/// a month is one sample or the mean of several; a year is the mean of the monthly values; B3 the same for CWQI). For
/// monthly manual data this is the plain mean of the samples; for automatic readings it weights months equally.
/// </remarks>
public static class WaterAssessment
{
    /// <summary>Assesses a period. <paramref name="city"/> limits sections to one city (市 optional).</summary>
    public static WaterAssessmentResult Assess(IReadOnlyList<WaterSample> samples, SectionRegistry registry, Period period,
        WaterEvaluationSettings? settings = null, string? city = null, DataQualityReport? quality = null)
    {
        settings ??= WaterEvaluationSettings.Method2011;
        quality ??= new DataQualityReport();
        var lastYear = period.SamePeriodLastYear();

        // Group samples by resolved section.
        var groups = new Dictionary<SectionInfo, List<WaterSample>>();
        var unregistered = new Dictionary<(string, string), SectionInfo>();
        var registered = new HashSet<SectionInfo>(registry.Sections);
        foreach (var s in samples)
        {
            if (!period.Contains(s.Date) && !lastYear.Contains(s.Date)) continue;
            var match = registry.Resolve(s.Section, s.Province.Length > 0 ? s.Province : null);
            SectionInfo info;
            if (match is not null) info = match.Section;
            else if (!unregistered.TryGetValue((s.Province, s.Section), out info!))
            {
                info = new SectionInfo(s.Section, [], s.Province, s.City, s.River, "", null, null, null, false, null, null, null);
                unregistered[(s.Province, s.Section)] = info;
                if (registry.Sections.Count > 0)
                    quality.Add(s.File, s.Line, "断面名称", s.Section, null, "section-not-in-registry",
                        $"断面不在名录中：{s.Province}{s.Section}（按河流评价，无考核目标）", QualityAction.Flagged);
            }
            if (!groups.TryGetValue(info, out var list)) groups[info] = list = [];
            list.Add(s);
        }

        var cityKey = city?.Trim().TrimEnd('市');
        var sections = new List<SectionAssessment>();
        foreach (var registeredInfo in registry.Sections.Concat(unregistered.Values))
        {
            if (!groups.TryGetValue(registeredInfo, out var list)) continue;
            var info = registeredInfo;
            var current = list.Where(s => period.Contains(s.Date)).ToArray();
            if (current.Length == 0) continue;
            // A registry without city or river (e.g. a type-only list): take them from the data, as CNEMC gives them.
            if (info.City.Length == 0 && list.FirstOrDefault(x => x.City.Length > 0) is { } withCity) info = info with { City = withCity.City };
            if (info.River.Length == 0 && list.FirstOrDefault(x => x.River.Length > 0) is { } withRiver) info = info with { River = withRiver.River };
            if (cityKey is not null && info.City.Trim().TrimEnd('市') != cityKey) continue;
            var body = info.EffectiveBodyType;
            var (means, months) = PeriodMeans(current, settings.NonDetect);
            var ev = WaterEvaluation2011.Evaluate(means, body, settings);
            var attainment = info.Target is { } t ? TargetAttainment.Evaluate(ev, t) : null;
            CwqiResult? cwqi = Cwqi2017.Section(means, body, settings.NonDetect);
            var previous = list.Where(s => lastYear.Contains(s.Date)).ToArray();
            CwqiResult? cwqiLast = null;
            if (previous.Length > 0) cwqiLast = Cwqi2017.Section(PeriodMeans(previous, settings.NonDetect).Means, body, settings.NonDetect);
            if (cwqi.ItemCount == 0) cwqi = null;
            if (cwqiLast is { ItemCount: 0 }) cwqiLast = null;
            decimal? change = cwqi is not null && cwqiLast is not null ? Cwqi2017.ChangePercent(cwqi.Value, cwqiLast.Value) : null;
            if (cwqi is not null && cwqiLast is not null && !cwqi.ItemIndices.Keys.ToHashSet().SetEquals(cwqiLast.ItemIndices.Keys))
                quality.Add("", null, null, info.Name, period.Code, "cwqi-items-differ",
                    $"CWQI 同比项目不一致：本期 {cwqi.ItemCount} 项，去年同期 {cwqiLast.ItemCount} 项", QualityAction.Flagged);
            sections.Add(new SectionAssessment(info, registered.Contains(registeredInfo), period, current.Length, months, means, ev,
                attainment, cwqi, cwqiLast, change));
            if (ev.Class is null)
                quality.Add("", null, null, info.Name, period.Code, "section-no-class", "本期没有可评价项目：无水质类别", QualityAction.Missing);
        }
        foreach (var info in registry.Sections.Where(s => cityKey is null || s.City.Trim().TrimEnd('市') == cityKey))
            if (!sections.Any(s => s.Section.Name == info.Name && s.Section.Province == info.Province) && info.Target is not null)
                quality.Add("", null, null, info.Name, period.Code, "section-no-data", "名录中有考核目标的断面本期无监测数据", QualityAction.Missing);

        var cities = Areas(sections, _ => AreaKind.City, s => s.Section.City, settings);
        // The 所属河流 column also names lakes and reservoirs: a water body of lake or reservoir points only is a
        // 湖库 (its points are averaged, lake TP limits: AreaEvaluation2011), not a river.
        var bodies = Areas(sections, list => list.All(s => s.Evaluation.Body == WaterBodyType.LakeReservoir)
            ? AreaKind.LakeReservoir : AreaKind.River, s => s.Section.River, settings);
        var rivers = bodies.Where(a => a.Kind == AreaKind.River).ToArray();
        var lakes = bodies.Where(a => a.Kind == AreaKind.LakeReservoir).ToArray();
        var basins = Areas(sections, _ => AreaKind.Basin, s => s.Section.Basin, settings);
        var sources = sections.Where(s => s.Section.DrinkingWaterSource && s.Evaluation.Class is not null)
            .Select(s => new DrinkingSourceOutcome(s.Section.Name, DrinkingWaterAttainment.SourceAttains(s.Evaluation) == true, s.Section.AnnualVolume))
            .ToArray();
        var methods = $"{WaterEvaluation2011.MethodName}；{Cwqi2017.MethodName}；评价项目 {settings.Items.Count} 项；{settings.NonDetect.Describe()}；"
                      + $"河流/城市断面数≥{settings.MinSectionsForShareMethod}个按类别比例法，否则按断面均值评价；湖库按各点位均值评价（湖库总磷限值）；"
                      + (settings.HeavyPollution == HeavyPollutionRule.ShareItoIIIBelow75 ? "重度污染：Ⅰ～Ⅲ类比例<75%且劣Ⅴ类比例≥40%" : "重度污染：Ⅰ～Ⅲ类比例<60%且劣Ⅴ类比例≥40%")
                      + "；时段均值为月均值的算术平均";
        return new WaterAssessmentResult(period, lastYear, methods, settings, sections, cities, rivers, lakes, basins,
            sources.Length > 0 ? DrinkingWaterAttainment.Compute(sources) : null);
    }

    /// <summary>Period means as the mean of monthly means; also returns the number of months with data.</summary>
    public static (IReadOnlyDictionary<WaterItem, MeasuredValue> Means, int Months) PeriodMeans(IReadOnlyCollection<WaterSample> samples, NonDetectPolicy policy)
    {
        var monthly = samples.GroupBy(s => (s.Time.Year, s.Time.Month)).OrderBy(g => g.Key)
            .Select(g => WaterEvaluation2011.Means(g.Select(s => s.Values), policy)).ToArray();
        return (WaterEvaluation2011.Means(monthly, policy), monthly.Length);
    }

    private static IReadOnlyList<AreaAssessment> Areas(IReadOnlyList<SectionAssessment> sections,
        Func<IReadOnlyList<SectionAssessment>, AreaKind> kindOf, Func<SectionAssessment, string> key, WaterEvaluationSettings settings)
    {
        var result = new List<AreaAssessment>();
        foreach (var g in sections.Where(s => key(s).Length > 0).GroupBy(key))
        {
            var list = g.ToArray();
            var eval = AreaEvaluation2011.Evaluate(list.Select(s => (s.Means, s.Evaluation)).ToArray(), settings);
            var withTarget = list.Where(s => s.Attainment is not null).ToArray();
            var cwqi = Cwqi2017.Mean(list.Where(s => s.Cwqi is not null).Select(s => s.Cwqi!).ToArray());
            // The change compares like with like: the sections with an index in both periods.
            var paired = list.Where(s => s.Cwqi is not null && s.CwqiLastYear is not null).ToArray();
            var pairedNow = Cwqi2017.Mean(paired.Select(s => s.Cwqi!).ToArray());
            var cwqiLast = Cwqi2017.Mean(paired.Select(s => s.CwqiLastYear!).ToArray());
            decimal? change = pairedNow is not null && cwqiLast is not null ? Cwqi2017.ChangePercent(pairedNow.Value, cwqiLast.Value) : null;
            result.Add(new AreaAssessment(kindOf(list), g.Key, eval, withTarget.Length, withTarget.Count(s => s.Attainment!.Attains),
                cwqi, cwqiLast, change, list.Select(s => s.Section.Name).ToArray()));
        }
        return result;
    }
}
