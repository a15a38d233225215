using System.Runtime.CompilerServices;

namespace Workbench;

/// <summary>
/// The method options of the loops run per value, per station-day and per assessment (import, daily values, network
/// assessment). A national year goes through each of them in about a second, before tiered compilation would promote
/// them from their first, unoptimized compilation, so they are compiled optimized from the first call.
/// </summary>
internal static class HotPath
{
    /// <summary>Compile optimized from the first call.</summary>
    public const MethodImplOptions Options = MethodImplOptions.AggressiveOptimization;
}
