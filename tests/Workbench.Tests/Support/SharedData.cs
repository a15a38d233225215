namespace Workbench.Tests.Support;

/// <summary>
/// Locates the real-data folder `../shared/data` beside the repository root (or the folder named
/// by WORKBENCH_SHARED_DATA). Tests that need it use <see cref="SharedDataFactAttribute"/>.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The data folder, or null when absent.</summary>
    public static string? Folder => Root.Value;

    /// <summary>Path of a file or folder inside the data folder (throws when absent).</summary>
    public static string PathOf(string relative) =>
        System.IO.Path.Combine(Folder ?? throw new InvalidOperationException("../shared/data is absent"), relative);

    /// <summary>The repository root (the folder holding Workbench.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Workbench.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Workbench.sln not found above the test binaries");
    }

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("WORKBENCH_SHARED_DATA");
        if (!string.IsNullOrEmpty(env)) return Directory.Exists(env) ? env : null;
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared", "data"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}

/// <summary>A fact that is skipped, with a message, when ../shared/data (or a path in it) is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Skips unless <paramref name="relative"/> exists inside the shared data folder.</summary>
    public SharedDataFactAttribute(string relative = "")
    {
        if (SharedData.Folder is null)
            Skip = "跳过：未找到 ../shared/data（真实数据测试需要它在仓库旁边，或设置 WORKBENCH_SHARED_DATA）";
        else if (relative.Length > 0 && !System.IO.Path.Exists(System.IO.Path.Combine(SharedData.Folder, relative)))
            Skip = $"跳过：../shared/data/{relative} 不存在";
    }
}

/// <summary>A theory that is skipped, with a message, when ../shared/data (or a path in it) is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips unless <paramref name="relative"/> exists inside the shared data folder.</summary>
    public SharedDataTheoryAttribute(string relative = "")
    {
        if (SharedData.Folder is null)
            Skip = "跳过：未找到 ../shared/data（真实数据测试需要它在仓库旁边，或设置 WORKBENCH_SHARED_DATA）";
        else if (relative.Length > 0 && !System.IO.Path.Exists(System.IO.Path.Combine(SharedData.Folder, relative)))
            Skip = $"跳过：../shared/data/{relative} 不存在";
    }
}
