namespace Workbench.Sample;

/// <summary>
/// Builds the 24 hourly values of one station-day from its planned daily mean: a diurnal shape, a ramp
/// toward the neighbouring days, autocorrelated noise, then integer corrections so that the mean over the
/// present hours equals the planned value exactly (whatever hours are missing).
/// </summary>
internal static class HourlySynthesis
{
    /// <summary>Missing hour.</summary>
    public const int Missing = int.MinValue;

    private static readonly double[][] Shapes = BuildShapes();
    private static readonly double[] NoiseSd = [0.08, 0.08, 0.10, 0.08, 0.06, 0.07];

    private static double[][] BuildShapes()
    {
        static double Cos(double h, double peak, double period) => Math.Cos(2 * Math.PI * (h - peak) / period);
        var shapes = new double[6][];
        for (var p = 0; p < 6; p++)
        {
            shapes[p] = new double[24];
            for (var h = 0; h < 24; h++)
                shapes[p][h] = (Species)p switch
                {
                    // Particles and CO: night-time accumulation, a small morning bump.
                    Species.PM2_5 or Species.PM10 => 1 + 0.14 * Cos(h, 22, 24) + 0.06 * Cos(h, 9, 12),
                    Species.CO => 1 + 0.12 * Cos(h, 22, 24) + 0.05 * Cos(h, 9, 12),
                    Species.SO2 => 1 + 0.12 * Cos(h, 11, 24),
                    // NO2: rush hours and evening.
                    Species.NO2 => 1 + 0.22 * Cos(h, 21, 24) + 0.10 * Cos(h, 8, 12),
                    // O3: photochemical afternoon peak around 15:00, low at dawn.
                    _ => 1 + 0.72 * Cos(h, 15, 24),
                };
        }
        return shapes;
    }

    /// <summary>Fills <paramref name="hours"/> (24) for one station-day; absent hours get <see cref="Missing"/>.</summary>
    public static void Fill(int target, int previous, int next, uint mask, Species sp, int minUnits,
        ref SampleRandom rng, Span<int> hours)
    {
        var shape = Shapes[(int)sp];
        var sd = NoiseSd[(int)sp];
        if (previous < 0) previous = target;
        if (next < 0) next = target;
        double e = 0;
        long sum = 0;
        var k = 0;
        for (var h = 0; h < 24; h++)
        {
            // Draw every hour's noise, present or not, so the gaps do not shift the other hours' values.
            e = 0.65 * e + sd * rng.NextNormal();
            var level = target + (h - 11.5) / 23.0 * (next - previous) * 0.5;
            var x = Math.Max(minUnits, (int)Math.Round(level * shape[h] * (1 + e), MidpointRounding.ToEven));
            if ((mask & (1u << h)) == 0) { hours[h] = Missing; continue; }
            hours[h] = x;
            sum += x;
            k++;
        }
        if (k == 0) return;
        // Exact mean: spread the difference, first in bulk, then one unit at a time.
        var diff = (long)target * k - sum;
        var bulk = diff / k;
        if (bulk != 0)
            for (var h = 0; h < 24; h++)
            {
                if (hours[h] == Missing) continue;
                var v = Math.Max(minUnits, hours[h] + bulk);
                diff -= v - hours[h];
                hours[h] = (int)v;
            }
        var start = rng.NextInt(24);
        while (diff != 0)
        {
            var step = Math.Sign(diff);
            for (var i = 0; i < 24 && diff != 0; i++)
            {
                var h = (start + i) % 24;
                if (hours[h] == Missing || hours[h] + step < minUnits) continue;
                hours[h] += step;
                diff -= step;
            }
        }
    }
}
