using Workbench.Air.Compute;
using Workbench.Air.Method;
using Workbench.Air.Results;
using Workbench.Air.Tables;
using Workbench.Periods;
using Workbench.Quality;
using Workbench.Standards;
using Workbench.Water.Compute;
using Workbench.Water.Import;
using Workbench.Water.Registry;
using Workbench.Water.Results;

namespace Workbench.Tests.Charts;

/// <summary>
/// Hand-checkable inputs for figure tests. 东州 2019–2020 with constant pollutants except PM2.5, which is 10·m µg/m³ on
/// every day of month m in 2019 and 5·m in 2020; 2019-06-10 has no data at all.
/// SO2 10, NO2 30, PM10 40, CO 1.0, O3 MDA8 100 (IAQI 50), O3 1-h max 120.
/// Daily AQI (HJ 633-2012) by month of 2019: Jan–Mar level 1 (O3's 50 dominates), Apr–Jul level 2, Aug–Nov level 3,
/// Dec level 4 (PM2.5 120 → IAQI 158).
/// Annual PM2.5: 2019 = 23,760 / 364 = 65.27 → 65; 2020 = 11,920 / 366 = 32.57 → 33; change −49.2 %.
/// </summary>
internal static class ChartFixtures
{
    public const string City = "东州";
    public static readonly DateOnly MissingDay = new(2019, 6, 10);

    private static readonly Lazy<CityDailyResult> Lazy = new(Build);

    public static CityDailyResult CityDaily => Lazy.Value;

    public static AirAssessmentResult Annual(int year) =>
        AirAssessment.Assess(CityDaily, Period.Year(year), AirSettings.Default, AirQualityStandard.Gb3095_2012);

    public static IReadOnlyList<AirAssessmentResult> Monthly(int year) =>
        AirAssessment.Monthly(CityDaily, year, AirSettings.Default, AirQualityStandard.Gb3095_2012);

    private static CityDailyResult Build()
    {
        var first = new DateOnly(2019, 1, 1);
        var days = new DateOnly(2020, 12, 31).DayNumber - first.DayNumber + 1;
        var t = new DailyTable([City], first, days, DataStatus.Audited);
        for (var d = 0; d < days; d++)
        {
            var day = first.AddDays(d);
            var missing = day == MissingDay;
            double V(double v) => missing ? double.NaN : v;
            t.Series(DailyIndicator.SO2, 0)[d] = V(10);
            t.Series(DailyIndicator.NO2, 0)[d] = V(30);
            t.Series(DailyIndicator.PM10, 0)[d] = V(40);
            t.Series(DailyIndicator.PM2_5, 0)[d] = V((day.Year == 2019 ? 10 : 5) * day.Month);
            t.Series(DailyIndicator.CO, 0)[d] = V(1.0);
            t.Series(DailyIndicator.O3_8hMax, 0)[d] = V(100);
            t.Series(DailyIndicator.O3_1hMax, 0)[d] = V(120);
        }
        return Workbench.Air.Compute.CityDaily.FromCityTable(t, City, AirSettings.Default, Workbench.Standards.AqiStandard.Hj633_2012);
    }

    private static readonly Lazy<IReadOnlyList<WaterAssessmentResult>> LazyWater = new(BuildWater);

    /// <summary>Annual water assessments 2020–2025 of the committed water sample (14 sections).</summary>
    public static IReadOnlyList<WaterAssessmentResult> Water => LazyWater.Value;

    public static string WaterSampleFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Workbench.sln")))
                    return Path.Combine(dir.FullName, "data", "sample", "water");
            throw new DirectoryNotFoundException("找不到仓库根目录");
        }
    }

    private static IReadOnlyList<WaterAssessmentResult> BuildWater()
    {
        var quality = new DataQualityReport();
        var registry = SectionRegistry.Load(Path.Combine(WaterSampleFolder, "sections.csv"), quality);
        var samples = WaterInputs.Load([Path.Combine(WaterSampleFolder, "monthly_samples.csv")], quality);
        return Enumerable.Range(2020, 6).Select(y => WaterAssessment.Assess(samples, registry, Period.Year(y), quality: quality)).ToArray();
    }
}
