using Workbench.Air.Tables;
using Workbench.Standards;
using Workbench.Standards.Air;

namespace Workbench.Air.Compute;

/// <summary>
/// The daily AQI a store keeps beside each station-day's values (columns <c>aqi</c> and <c>aqi_primary</c> of
/// <c>station_daily</c>): HJ 633 §5.1.2 under the version in force on the day, default AQI settings, on the day's
/// values as kept. It is what an assessment under those rules computes (<see cref="AirAssessment"/>), which then takes
/// it instead of computing the AQI of 600,000 station-days of a national year again.
/// </summary>
public static class KeptDailyAqi
{
    /// <summary>The rules, as written in each file's metadata (<c>workbench.aqi</c>): a file kept under other rules is not used.</summary>
    public const string Rules = "daily-aqi/1;hj633=in-force-on-the-day;aqi-settings=default";

    /// <summary>The AQI of one site-day under <see cref="Rules"/>.</summary>
    public static AqiValue Of(DailyTable daily, int site, int day)
    {
        ArgumentNullException.ThrowIfNull(daily);
        return DailyAqi.Compute(StandardVersions.AqiInForce(daily.DayAt(day)), daily.ConcentrationsOn(site, day),
            AqiSettings.Default);
    }

    /// <summary>True when an assessment computing the daily AQI of <paramref name="day"/> with <paramref name="standard"/>
    /// and <paramref name="settings"/> would compute the kept one.</summary>
    public static bool Applies(AqiStandard standard, AqiSettings settings, DateOnly day) =>
        settings == AqiSettings.Default && StandardVersions.AqiInForce(day) == standard;
}
