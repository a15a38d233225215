using System.Runtime.CompilerServices;

namespace Workbench.Standards.Air;

/// <summary>
/// The method options of the loops a network assessment runs per station-day and per assessment. A national year is
/// assessed in well under a second, before tiered compilation would promote these methods from their first,
/// unoptimized compilation, so they are compiled optimized from the first call.
/// </summary>
internal static class HotPath
{
    /// <summary>Compile optimized from the first call.</summary>
    public const MethodImplOptions Options = MethodImplOptions.AggressiveOptimization;
}
