using System.Globalization;
using Workbench.Air.Compute;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Air.Compute;

/// <summary>
/// Theil–Sen and Mann–Kendall against vectors computed independently with scipy (trend_vectors.py beside this file;
/// its output trend_vectors.csv is read from the source tree).
/// </summary>
public class TrendTests(ITestOutputHelper output)
{
    private sealed record Vector(string Case, double[] X, double[] Y, double Slope, double Intercept, long S, double VarS,
        double Z, double P, double PctOfMean, double KendallTauP);

    private static IReadOnlyList<Vector> Vectors()
    {
        var path = Path.Combine(SharedData.RepoRoot, "tests", "Workbench.Tests", "Air", "Compute", "trend_vectors.csv");
        static double D(string s) => s == "nan" ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture);
        static double[] A(string s) => s.Split(';').Select(D).ToArray();
        return File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Select(f =>
            new Vector(f[0], A(f[1]), A(f[2]), D(f[3]), D(f[4]), long.Parse(f[5], CultureInfo.InvariantCulture), D(f[6]),
                D(f[7]), D(f[8]), D(f[9]), D(f[10]))).ToArray();
    }

    [Fact(DisplayName = "Trend vectors (scipy): Theil–Sen slope and intercept, MK S, Var(S) with ties, Z, two-sided p")]
    public void AgreesWithScipy()
    {
        var vectors = Vectors();
        Assert.True(vectors.Count >= 8, "trend_vectors.csv should hold the 8 cases of trend_vectors.py");
        foreach (var v in vectors)
        {
            var r = Trend.Analyse(v.X, v.Y);
            output.WriteLine($"{v.Case}: slope {r.Slope:0.####} (scipy {v.Slope:0.####}), S {r.S}, p {r.PValue:0.######} (scipy {v.P:0.######}), {r.Text}");
            Assert.Equal(v.Slope, r.Slope, 9);
            Assert.Equal(v.Intercept, r.Intercept, 6);
            Assert.Equal(v.S, r.S);
            Assert.Equal(v.VarS, r.VarianceS, 9);
            Assert.Equal(v.Z, r.Z, 9);
            Assert.Equal(v.P, r.PValue, 9);
            Assert.Equal(v.PctOfMean, r.PercentPerStepOfMean, 9);
            // Without the continuity correction the p-value is scipy's kendalltau (x has no ties): checks Erfc on its own.
            var zNoCc = r.S / Math.Sqrt(r.VarianceS);
            Assert.Equal(v.KendallTauP, Trend.Erfc(Math.Abs(zNoCc) / Math.Sqrt(2)), 9);
        }
    }

    [Fact(DisplayName = "Trend: PM2.5 2013–2020 falls significantly (−7.17 µg/m³ per year, p = 0.00084)")]
    public void Pm25Falls()
    {
        double[] years = [2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020];
        double[] pm25 = [108, 93, 80, 72, 66, 60, 58, 49];
        var r = Trend.Analyse(years, pm25);
        Assert.Equal(TrendDirection.Decreasing, r.Direction);
        Assert.Equal(-7.1667, r.Slope, 4);
        Assert.Equal(-28, r.S);
        Assert.Equal(0.000837, r.PValue, 6);
    }

    [Fact(DisplayName = "Erfc: erfc(0) = 1, erfc(1) = 0.157299207050285, erfc(4) = 1.54172579002800e-8")]
    public void ErfcValues()
    {
        Assert.Equal(1.0, Trend.Erfc(0), 15);
        Assert.Equal(0.157299207050285, Trend.Erfc(1), 14);
        Assert.Equal(1.0, Trend.Erfc(4) / 1.54172579002800e-8, 12); // relative accuracy in the tail
    }

    [Fact(DisplayName = "Trend needs 3 values and distinct times")]
    public void Guards()
    {
        Assert.Throws<ArgumentException>(() => Trend.Analyse([2019, 2020], [1, 2]));
        Assert.Throws<ArgumentException>(() => Trend.Analyse([2019, 2019, 2020], [1, 2, 3]));
    }
}
