using System.Diagnostics;
using Workbench.Air;
using Workbench.Air.Method;
using Workbench.Periods;
using Workbench.Sample.National;
using Workbench.Scale;
using Workbench.Tests.Support;
using Xunit.Abstractions;

namespace Workbench.Tests.Store;

/// <summary>
/// The benchmark's pandas peer (benchmarks/pandas_peer.py, Debian's python3-pandas under /usr/bin/python3) computes
/// the same city annual values as the workbench: otherwise the speed comparison would compare different methods.
/// </summary>
[Collection("cli")]
public sealed class PandasPeerTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("wb-pandas-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SharedDataFact("stations/cnemc_station_list_2020-01-01.csv")]
    public void Pandas_peer_gives_the_workbench_city_values_on_a_generated_national_sample()
    {
        if (!PandasAvailable(out var why)) Assert.Fail($"{why}（.ci/run 安装 python3-pandas）");
        // Four weeks of 120 real stations (generated values), across the mid-year header change.
        var start = new DateOnly(2019, 5, 15);
        var end = new DateOnly(2019, 6, 11);
        var sample = NationalSampleGenerator.Generate(new NationalSampleOptions(
            SharedData.PathOf("stations/cnemc_station_list_2020-01-01.csv"), start, end, Path.Combine(_temp, "national"),
            StationLimit: 120));
        var ours = Path.Combine(_temp, "network.csv");
        NetworkTable.Write(NetworkAssessment.Assess(AirDataSet.Load([sample.Folder], sample.StationsPath),
            Period.Range(start, end), AirSettings.Default), ours);
        var theirs = Path.Combine(_temp, "pandas.csv");
        Run("/usr/bin/python3", Script("pandas_peer.py"), sample.Folder, sample.StationsPath, "2019", theirs);
        var compared = Run("/usr/bin/python3", Script("compare.py"), ours, theirs).Trim();
        output.WriteLine($"pandas 与 Workbench（城市 × 6 项时段值）：{compared}");
        var counts = compared.Split(' ')[0].Split('/').Select(int.Parse).ToArray();
        Assert.True(counts[1] >= 30, compared);
        Assert.Equal(counts[1], counts[0]);
    }

    private static string Script(string name) => Path.Combine(SharedData.RepoRoot, "benchmarks", name);

    private static bool PandasAvailable(out string why)
    {
        why = "";
        if (!File.Exists("/usr/bin/python3")) { why = "没有 /usr/bin/python3"; return false; }
        try { Run("/usr/bin/python3", "-c", "import pandas"); return true; }
        catch (Exception e) { why = $"pandas 不可用：{e.Message}"; return false; }
    }

    private static string Run(string exe, params string[] args)
    {
        var info = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{exe} {string.Join(' ', args)} 退出码 {p.ExitCode}：{stderr}");
        return stdout.Result;
    }
}
