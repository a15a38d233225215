namespace Workbench.Sample;

/// <summary>
/// Small keyed random generator (SplitMix64). A stream is addressed by the seed and a few integer keys
/// (what, station, day…), so any station-day can be regenerated on its own and a short range holds
/// exactly the values of the full run.
/// </summary>
internal struct SampleRandom
{
    private ulong _state;

    public SampleRandom(int seed, long k1, long k2 = 0, long k3 = 0, long k4 = 0)
    {
        var s = Mix(unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL));
        s = Mix(s ^ unchecked((ulong)k1 + 0x3C6EF372FE94F82AUL));
        s = Mix(s ^ unchecked((ulong)k2 + 0x1F83D9ABFB41BD6BUL));
        s = Mix(s ^ unchecked((ulong)k3 + 0x5BE0CD19137E2179UL));
        s = Mix(s ^ unchecked((ulong)k4 + 0x6A09E667F3BCC909UL));
        _state = s;
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    public ulong NextULong()
    {
        unchecked { _state += 0x9E3779B97F4A7C15UL; }
        return Mix(_state);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n).</summary>
    public int NextInt(int n) => (int)(NextULong() % (ulong)n);

    /// <summary>Standard normal (Box–Muller, one value per call).</summary>
    public double NextNormal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
