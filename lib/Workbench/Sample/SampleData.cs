namespace Workbench.Sample;

/// <summary>The default sample data set of a checkout: found, or generated on first use.</summary>
public static class SampleData
{
    /// <summary>
    /// The default sample folder: <c>data/generated/sample</c> under the repository root when the working directory
    /// (or the program) lies inside a Workbench checkout; otherwise (an installed tool, a script) <c>sample</c> in the
    /// user's data folder (<see cref="UserDataFolder"/>), never the working directory.
    /// </summary>
    public static string DefaultFolder() =>
        RepositoryRoot() is { } root ? Path.Combine(root, SampleOptions.DefaultOutputFolder) : Path.Combine(UserDataFolder(), "sample");

    /// <summary>
    /// Where an installed workbench keeps its own data: <c>%LOCALAPPDATA%\Workbench</c> on Windows,
    /// <c>$XDG_DATA_HOME/workbench</c> or <c>~/.local/share/workbench</c> elsewhere.
    /// </summary>
    public static string UserDataFolder() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
            OperatingSystem.IsWindows() ? "Workbench" : "workbench");

    /// <summary>The china_sites folder of the default sample (generated first when absent).</summary>
    public static string EnsureDefault(TextWriter? log = null)
    {
        var folder = DefaultFolder();
        var hourly = Path.Combine(folder, "china_sites");
        if (Directory.Exists(hourly) && File.Exists(Path.Combine(folder, SampleMetadata.Registry)))
            return hourly;
        log?.WriteLine($"首次使用：正在生成示例数据到 {folder}（确定性，约需十几秒）……");
        var result = SampleGenerator.Generate(SampleOptions.Default with { OutputFolder = folder });
        log?.WriteLine($"示例数据已生成：{result.HourlyFiles} 个小时数据文件，用时 {result.Elapsed.TotalSeconds:F1} 秒");
        return hourly;
    }

    private static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Workbench.sln"))) return dir.FullName;
        return null;
    }
}
