using System.Runtime.CompilerServices;

namespace Workbench;

/// <summary>
/// The method options of the loops over every value of a national year (parsing the feed, daily windows, city-hourly
/// sums, value checks): one call runs for seconds, long before tiered compilation would promote its first, unoptimized
/// compilation, so they are compiled optimized from the first call. Only those: ReadyToRun leaves such methods out of
/// the ahead-of-time code of the tool packages, so each is compiled at run time; the per-assessment rules (AQI,
/// statistics, day counts) run from the ahead-of-time code instead (a national store → table compiled 35 methods
/// less at start).
/// </summary>
internal static class HotPath
{
    /// <summary>Compile optimized from the first call.</summary>
    public const MethodImplOptions Options = MethodImplOptions.AggressiveOptimization;
}
