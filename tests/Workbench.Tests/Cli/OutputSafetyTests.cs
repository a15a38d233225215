using System.Diagnostics;
using System.IO.Compression;
using Workbench.Cli.Commands;
using Workbench.IO;
using Workbench.Tests.Air.Compute;
using Xunit.Abstractions;

namespace Workbench.Tests.Cli;

/// <summary>
/// Issue 14, outputs and messages: an output is never an input, every write failure is exit 2 with a Chinese message
/// naming the path and leaves nothing behind, a missing input is named in Chinese, and a period without data writes
/// nothing. Failures are provoked for real: a read-only folder (chmod 0555; as root, which ignores permissions, a
/// read-only tmpfs or chattr +i), a path under a file, /proc, /dev/full, a 64 KB tmpfs, a 300-byte name.
/// </summary>
[Collection("cli")]
public sealed class OutputSafetyTests(SampleMarch2021 sample, ITestOutputHelper output) : IClassFixture<SampleMarch2021>, IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("wb-out-safety-");

    public void Dispose()
    {
        foreach (var d in _dir.EnumerateDirectories("*", SearchOption.AllDirectories)) Run("chattr", "-i", d.FullName);
        if (!OperatingSystem.IsWindows())
            foreach (var d in _dir.EnumerateDirectories("*", SearchOption.AllDirectories)) File.SetUnixFileMode(d.FullName, (UnixFileMode)0b111_111_101);
        _dir.Delete(true);
    }

    private string Day(int d) => Path.Combine(sample.ChinaSites, $"china_sites_202103{d:D2}.csv");

    /// <summary>The message, printed for the test log, and the common assertions: exit 2, Chinese, the path named.</summary>
    private CliRunner.Result Refused(CliRunner.Result r, string path, string? reason = null)
    {
        output.WriteLine(r.Error);
        Assert.Equal(CommandRunner.BadInput, r.ExitCode);
        Assert.StartsWith("错误：", r.Error.Split('\n').Last(l => l.Length > 0));
        Assert.Contains(path, r.Error);
        Assert.DoesNotContain("内部错误", r.Error);
        if (reason is not null) Assert.Contains(reason, r.Error);
        return r;
    }

    private static void NoTemporaryFiles(string folder) =>
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories),
            f => Path.GetFileName(f).StartsWith('.') || f.EndsWith(".tmp", StringComparison.Ordinal) || f.Contains(".tmp-", StringComparison.Ordinal));

    [Fact(DisplayName = "air aqi --out naming an input CSV: exit 2 before reading, the input unchanged byte for byte")]
    public void OutputThatIsAnInputIsRefused()
    {
        var input = Path.Combine(_dir.FullName, "china_sites_20210301.csv");
        File.Copy(Day(1), input);
        var before = File.ReadAllBytes(input);
        Refused(CliRunner.Run("air", "aqi", "--input", input, "--out", input), input, "输入文件");
        Assert.Equal(before, File.ReadAllBytes(input));
        // The same file by another spelling, and through a symbolic link.
        var other = Path.Combine(_dir.FullName, ".", "sub", "..", "china_sites_20210301.csv");
        Refused(CliRunner.Run("air", "aqi", "--input", input, "--out", other), other, "输入文件");
        var link = Path.Combine(_dir.FullName, "link.csv");
        File.CreateSymbolicLink(link, input);
        Refused(CliRunner.Run("air", "aqi", "--input", input, "--out", link), link, "输入文件");
        // --quality is an output too.
        Refused(CliRunner.Run("air", "aqi", "--input", input, "--out", Path.Combine(_dir.FullName, "a.csv"), "--quality", input), input);
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.False(File.Exists(Path.Combine(_dir.FullName, "a.csv")));
        NoTemporaryFiles(_dir.FullName);
    }

    [Fact(DisplayName = "Outputs onto inputs found beside the data, input folders and water inputs are refused; an output inside an input folder is not")]
    public void OtherInputsAreRefused()
    {
        var stations = Path.Combine(sample.Folder, "stations.csv");
        var before = File.ReadAllBytes(stations);
        // The station list found beside the input is an input of dust suggest.
        Refused(CliRunner.Run("air", "dust", "suggest", "--input", sample.ChinaSites, "--period", "2021-03", "--out", stations), stations, "输入文件");
        Assert.Equal(before, File.ReadAllBytes(stations));
        // A figures folder equal to the input folder.
        Refused(CliRunner.Run("figures", "--input", sample.ChinaSites, "--period", "2021", "--out", sample.ChinaSites, "--formats", "html"),
            sample.ChinaSites, "输入文件夹");
        // water classify writing over its input.
        var water = Path.Combine(_dir.FullName, "auto.csv");
        File.WriteAllText(water, "x\n");
        Refused(CliRunner.Run("water", "classify", "--input", water, "--out", water), water, "输入文件");
        Assert.Equal("x\n", File.ReadAllText(water));
        // Two outputs of one command that are one file.
        var same = Path.Combine(_dir.FullName, "same.csv");
        Refused(CliRunner.Run("air", "aqi", "--input", Day(2), "--out", same, "--quality", same), same, "同一个文件");
        // Inside an input folder (read, not overwritten): allowed.
        var inside = Path.Combine(sample.Folder, "aqi-inside.csv");
        try
        {
            var ok = CliRunner.Run("air", "aqi", "--input", sample.Folder + "/china_sites", "--out", inside);
            Assert.True(ok.ExitCode == 0, ok.Error);
        }
        finally { File.Delete(inside); }
    }

    [Fact(DisplayName = "A folder given as the output file: exit 2 naming it, the folder untouched")]
    public void FolderAsOutputFile()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir.FullName, "outdir")).FullName;
        Refused(CliRunner.Run("air", "aqi", "--input", Day(1), "--out", folder), folder, "文件夹");
        var table = Directory.CreateDirectory(Path.Combine(_dir.FullName, "table.csv")).FullName;
        Refused(CliRunner.Run("air", "assess", "--input", sample.ChinaSites, "--all-cities", "--period", "2021-03", "--out", table), table, "文件夹");
        Assert.Empty(Directory.EnumerateFileSystemEntries(table));
        var slash = Path.Combine(_dir.FullName, "new-folder") + "/";
        Refused(CliRunner.Run("air", "aqi", "--input", Day(1), "--out", slash), slash, "文件夹");
        Assert.False(Directory.Exists(slash));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
        // And a file given as an output folder.
        var file = Path.Combine(_dir.FullName, "file.txt");
        File.WriteAllText(file, "x");
        Refused(CliRunner.Run("figures", "--input", sample.ChinaSites, "--period", "2021", "--out", file, "--formats", "html"), file, "不是文件夹");
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact(DisplayName = "A path under a file and a path in /proc: exit 2, Chinese reason, nothing written")]
    public void UnwritableLocations()
    {
        var file = Path.Combine(_dir.FullName, "file.txt");
        File.WriteAllText(file, "x");
        var under = Path.Combine(file, "out.csv");
        Refused(CliRunner.Run("air", "aqi", "--input", Day(1), "--out", under), under, "文件夹");
        Refused(CliRunner.Run("air", "dust", "suggest", "--input", sample.ChinaSites, "--period", "2021-03", "--out", under), under);
        Refused(CliRunner.Run("air", "aqi", "--input", Day(1), "--out", Path.Combine(_dir.FullName, "ok.csv"), "--quality", under), under);
        if (!OperatingSystem.IsLinux()) return;
        var proc = "/proc/wb-out-safety.csv";
        Refused(CliRunner.Run("air", "aqi", "--input", Day(1), "--out", proc), proc, "无法写入");
        Assert.False(File.Exists(proc));
        NoTemporaryFiles(_dir.FullName);
    }

    [Fact(DisplayName = "A read-only folder: chmod 0555, or as root a read-only tmpfs / chattr +i (skipped with a message when neither works)")]
    public void ReadOnlyFolder()
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = Directory.CreateDirectory(Path.Combine(_dir.FullName, "ro")).FullName;
        string how;
        var mounted = false;
        if (Environment.UserName != "root")
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b101_101_101);
            how = "chmod 0555";
        }
        else if (Run("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", folder) == 0) { how = "read-only tmpfs"; mounted = true; }
        else if (Run("chattr", "+i", folder) == 0) how = "chattr +i";
        else
        {
            output.WriteLine("跳过：以 root 运行，且既不能挂载只读 tmpfs 也不能 chattr +i，无法制造只读文件夹（路径在文件之下、/proc 的情况见 UnwritableLocations）");
            return;
        }
        output.WriteLine($"只读文件夹：{how}");
        try
        {
            var target = Path.Combine(folder, "aqi.csv");
            Refused(CliRunner.Run("air", "aqi", "--input", Day(1), "--out", target), target, "无法写入");
            var table = Path.Combine(folder, "all.xlsx");
            Refused(CliRunner.Run("air", "assess", "--input", sample.ChinaSites, "--all-cities", "--period", "2021-03", "--out", table), table);
            var figures = Path.Combine(folder, "figs");
            Refused(CliRunner.Run("figures", "--input", sample.ChinaSites, "--period", "2021", "--out", figures, "--formats", "html"), figures);
            Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
        }
        finally
        {
            if (mounted) Run("umount", folder);
            Run("chattr", "-i", folder);
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        }
    }

    [Fact(DisplayName = "Disk full: /dev/full as the output, and a 64 KB tmpfs (as root; skipped with a message when mount is not permitted)")]
    public void DiskFull()
    {
        if (!OperatingSystem.IsLinux()) return;
        if (File.Exists("/dev/full"))
            Refused(CliRunner.Run("air", "aqi", "--input", Day(1), "--out", "/dev/full"), "无法写入“/dev/full”", "磁盘已满");
        var folder = Directory.CreateDirectory(Path.Combine(_dir.FullName, "small")).FullName;
        if (Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder) != 0)
        {
            output.WriteLine("跳过 tmpfs 部分：不允许 mount（非 root 或容器无权限）");
            return;
        }
        try
        {
            // 31 days × 29 stations × 24 hours of AQI rows ≈ 700 KB: the disk fills while writing or at the last flush.
            var target = Path.Combine(folder, "aqi.csv");
            Refused(CliRunner.Run("air", "aqi", "--input", sample.ChinaSites, "--out", target), target, "磁盘已满");
            Assert.Empty(Directory.EnumerateFileSystemEntries(folder));   // no temp file, nothing half-written
            var table = Path.Combine(folder, "all.parquet");
            var big = CliRunner.Run("air", "assess", "--input", sample.ChinaSites, "--all-cities", "--period", "2021-03", "--out", table);
            output.WriteLine(big.Error);
            // The Parquet table may fit in 64 KB; when it does not, the same rules hold.
            if (big.ExitCode != 0) { Refused(big, table); Assert.Empty(Directory.EnumerateFileSystemEntries(folder)); }
            else File.Delete(table);
        }
        finally { Run("umount", folder); }
    }

    [Fact(DisplayName = "A name over 255 bytes: exit 2, 路径过长, before anything is read")]
    public void PathTooLong()
    {
        var target = Path.Combine(_dir.FullName, new string('长', 100) + ".csv");   // 300 bytes in UTF-8
        Refused(CliRunner.Run("air", "aqi", "--input", Day(1), "--out", target), target[..40], "路径过长");
        var folder = Path.Combine(_dir.FullName, new string('a', 300));
        Refused(CliRunner.Run("sample", "--out", folder, "--years", "2020", "--metadata-only"), folder[..40], "路径过长");
        NoTemporaryFiles(_dir.FullName);
    }

    [Fact(DisplayName = "Missing inputs, a broken zip and a bad member are named in Chinese (exit 2), zip members as archive.zip!/member")]
    public void MissingAndBrokenInputs()
    {
        var missing = Path.Combine(_dir.FullName, "nope", "china_sites_20210301.csv");
        Refused(CliRunner.Run("air", "aqi", "--input", missing, "--out", Path.Combine(_dir.FullName, "a.csv")), missing, "不存在");
        var stations = Path.Combine(_dir.FullName, "no-stations.csv");
        Refused(CliRunner.Run("air", "assess", "--input", sample.ChinaSites, "--stations", stations, "--city", "西州", "--period", "2021-03"),
            stations, "文件不存在");
        var png = Path.Combine(_dir.FullName, "no.png");
        Refused(CliRunner.Run("brief", "--input", sample.ChinaSites, "--period", "2021-03", "--figure", png, "--no-press-figures",
            "--out", Path.Combine(_dir.FullName, "b.xlsx")), png, "文件不存在");
        var notebook = Path.Combine(_dir.FullName, "no.ipynb");
        Refused(CliRunner.Run("notebook", "run", notebook), notebook, "文件不存在");

        var broken = Path.Combine(_dir.FullName, "broken.zip");
        File.WriteAllText(broken, "not a zip");
        Refused(CliRunner.Run("air", "aqi", "--input", broken, "--out", Path.Combine(_dir.FullName, "a.csv")), broken, "zip");

        var zip = Path.Combine(_dir.FullName, "2021.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using var w = new StreamWriter(archive.CreateEntry("2021/china_sites_20210301.csv").Open());
            w.Write("datum;stunde;typ\r\n1;2;3\r\n");
        }
        Refused(CliRunner.Run("air", "aqi", "--input", zip, "--out", Path.Combine(_dir.FullName, "a.csv")), "2021.zip!/2021/china_sites_20210301.csv");
        Assert.False(File.Exists(Path.Combine(_dir.FullName, "a.csv")));
    }

    [Fact(DisplayName = "brief --period 2030 on the sample: exit 2 with the sample's date range, no workbook written")]
    public void BriefForAPeriodWithoutData()
    {
        var path = Path.Combine(_dir.FullName, "brief.xlsx");
        var r = Refused(CliRunner.Run("brief", "--period", "2030", "--no-press-figures", "--out", path), "2030年", "没有数据");
        Assert.Matches(@"日期范围是 2015-01-0\d 至 2025-12-3\d", r.Error);
        Assert.False(File.Exists(path));
        NoTemporaryFiles(_dir.FullName);
        // Without --out no dated folder is made either.
        var briefings = Path.Combine(Directory.GetCurrentDirectory(), "briefings");
        int Folders() => Directory.Exists(briefings) ? Directory.GetDirectories(briefings).Length : 0;
        var before = Folders();
        Refused(CliRunner.Run("brief", "--input", sample.ChinaSites, "--period", "2030", "--no-press-figures"), "2021-03-01 至 2021-03-31");
        Assert.Equal(before, Folders());
    }

    [Fact(DisplayName = "brief for a city without one valid day in a covered period: exit 2, no workbook of zeros")]
    public void BriefForACityWithoutData()
    {
        // The sample's station list plus a city whose only station is not in the data.
        var stations = Path.Combine(_dir.FullName, "stations.csv");
        File.WriteAllText(stations, File.ReadAllText(Path.Combine(sample.Folder, "stations.csv"))
            + "9999A,空城站,空城,空城区,示例省,114.0,34.0,否,,\n");
        var path = Path.Combine(_dir.FullName, "empty.xlsx");
        var r = Refused(CliRunner.Run("brief", "--input", sample.ChinaSites, "--stations", stations, "--city", "空城", "--period", "2021-03",
            "--no-press-figures", "--out", path), "china_sites", "没有一个有效监测日");
        Assert.Equal($"错误：空城在2021年3月（2021-03-01 至 2021-03-31）没有一个有效监测日，不生成简报。输入数据 {sample.ChinaSites} 的日期范围是 "
            + "2021-03-01 至 2021-03-31；站点列表 stations.csv 中空城在此期间的站点（9999A）都不在输入数据中", r.Error.Split('\n').Last(l => l.Length > 0));
        Assert.False(File.Exists(path));
        NoTemporaryFiles(_dir.FullName);
    }

    [Fact(DisplayName = "figures for a year without data: exit 2 with the data's range, no folder written")]
    public void FiguresForAYearWithoutData()
    {
        var folder = Path.Combine(_dir.FullName, "figs");
        Refused(CliRunner.Run("figures", "--input", sample.ChinaSites, "--period", "2030", "--out", folder, "--formats", "html"),
            "2021-03-01 至 2021-03-31", "没有数据");
        Assert.False(Directory.Exists(folder));
    }

    [Fact(DisplayName = "assess for a partly covered period: computed, a warning on stderr and 数据只覆盖 in the text; a period without data is exit 2")]
    public void AssessPartlyCovered()
    {
        var r = CliRunner.Run("air", "assess", "--input", sample.ChinaSites, "--city", "西州", "--period", "2021Q1");
        output.WriteLine(r.Error);
        output.WriteLine(r.Out);
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Contains("注意：2021年第一季度（2021-01-01 至 2021-03-31）的数据只覆盖 2021-03-01 至 2021-03-31，其余日期无数据", r.Error);
        Assert.Contains("数据只覆盖 2021-03-01 至 2021-03-31", r.Out);
        var json = CliRunner.Run("air", "assess", "--input", sample.ChinaSites, "--city", "西州", "--period", "2021Q1", "--json");
        Assert.Contains("\"data_span\":{\"first\":\"2021-03-01\",\"last\":\"2021-03-31\",\"covers_period\":false}", json.Out.Replace(" ", "").Replace("\n", ""));
        var whole = CliRunner.Run("air", "assess", "--input", sample.ChinaSites, "--city", "西州", "--period", "2021-03");
        Assert.DoesNotContain("数据只覆盖", whole.Out + whole.Error);
        Refused(CliRunner.Run("air", "assess", "--input", sample.ChinaSites, "--city", "西州", "--period", "2030"), "2021-03-01 至 2021-03-31", "没有数据");
    }

    [Fact(DisplayName = "CommandRunner: Chinese for user-caused failures (exit 2), 内部错误 (exit 1) only for a .NET text")]
    public void ExitCodes()
    {
        Assert.Equal((2, "错误：无法访问“/x/y.csv”：文件不存在"), CommandRunner.Describe(new FileNotFoundException("Could not find file '/x/y.csv'.", "/x/y.csv")));
        Assert.Equal(2, CommandRunner.Describe(new IOException("No space left on device : '/x/y.csv'", 28)).Code);
        Assert.Contains("磁盘已满", CommandRunner.Describe(new IOException("No space left on device : '/x/y.csv'", 28)).Message);
        Assert.Equal(2, CommandRunner.Describe(new InvalidOperationException("数据中没有城市")).Code);
        Assert.Equal(1, CommandRunner.Describe(new InvalidOperationException("Sequence contains no elements")).Code);
        Assert.StartsWith("内部错误", CommandRunner.Describe(new NullReferenceException()).Message);
        Assert.Equal(2, CommandRunner.Describe(new AggregateException(new WorkbenchOutputException("/x", "磁盘已满"))).Code);
        // A command line that does not parse is the analyst's to fix too.
        Assert.Equal(2, CliRunner.Run("air", "aqi", "--no-such-option").ExitCode);
    }

    [Fact(DisplayName = "AtomicFile: the temporary file is removed when the writer fails, a folder is refused, the target is left as it was")]
    public void AtomicFileLeavesNothingBehind()
    {
        var target = Path.Combine(_dir.FullName, "t.csv");
        File.WriteAllText(target, "old");
        Assert.Throws<InvalidDataException>(() => AtomicFile.WriteText(target, w => { w.Write(new string('x', 100_000)); throw new InvalidDataException("input"); }));
        Assert.Equal("old", File.ReadAllText(target));
        NoTemporaryFiles(_dir.FullName);
        var e = Assert.Throws<WorkbenchOutputException>(() => AtomicFile.WriteText(_dir.FullName, w => w.Write("x")));
        Assert.Contains(_dir.FullName, e.Message);
        var missing = Path.Combine(_dir.FullName, "new", "sub", "t.csv");   // parent folders are created
        AtomicFile.WriteText(missing, w => w.Write("x"));
        Assert.Equal("x", File.ReadAllText(missing));
    }

    private static int Run(string exe, params string[] args)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(exe, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            p.WaitForExit();
            return p.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception) { return -1; }
    }
}
