namespace Workbench.Charts;

/// <summary>
/// Tick spacing of a longitude or latitude axis: a round step (0.1, 0.2, 0.5, 1, 2, 5, 10 degrees) giving about
/// <c>target</c> ticks, with as many decimals as the step needs, so no two ticks print the same label (plotly's own
/// 0.05° step printed at one decimal gave 34.8, 34.8, 34.9…).
/// </summary>
public static class DegreeTicks
{
    private static readonly double[] Steps = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 30];

    /// <summary>The step (degrees) and d3 tick format for an axis spanning <paramref name="min"/>…<paramref name="max"/>.</summary>
    public static (double Step, string Format) For(double min, double max, int target = 6)
    {
        var span = Math.Abs(max - min);
        var step = Steps.FirstOrDefault(s => span / s <= target + 1e-9, Steps[^1]);
        return (step, step < 1 ? ".1f" : ".0f");
    }
}
