using System.Text.Json.Nodes;
using Workbench.Notebooks.Ipynb;
using Workbench.Tests.Support;

namespace Workbench.Tests.Notebooks;

/// <summary>
/// The notebooks as committed: no outputs (an autosave of an executed notebook writes megabytes of figures into the
/// repository) and exactly the metadata the kernel reports (otherwise Jupyter marks them changed on opening).
/// </summary>
public sealed class CommittedNotebookTests
{
    private static string[] Names() =>
        Directory.GetFiles(Path.Combine(SharedData.RepoRoot, "notebooks"), "*.ipynb").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> Files => new(Names());

    [Fact(DisplayName = "notebooks/ holds the seven curated notebooks")]
    public void SevenNotebooks() =>
        Assert.Equal(CuratedNotebookRuns.Names.Select(n => n + ".ipynb"), Names());

    [Theory(DisplayName = "A committed notebook holds no outputs and no execution counts (clear them before committing: notebooks/README.md)")]
    [MemberData(nameof(Files))]
    public void NoOutputs(string file)
    {
        var document = NotebookDocument.Load(Path.Combine(SharedData.RepoRoot, "notebooks", file));
        var code = document.Cells.Where(c => c.IsCode).ToList();
        Assert.NotEmpty(code);
        Assert.All(code, c =>
        {
            Assert.True(c.Outputs.Count == 0, $"{file} 的单元格 {c.Id} 带有 {c.Outputs.Count} 个输出：提交前请清除输出");
            Assert.True(c.ExecutionCount is null, $"{file} 的单元格 {c.Id} 带有执行序号 {c.ExecutionCount}");
        });
    }

    [Theory(DisplayName = "A committed notebook's kernelspec and language_info equal what the kernel reports, so opening it does not mark it changed")]
    [MemberData(nameof(Files))]
    public void KernelMetadata(string file)
    {
        var metadata = NotebookDocument.Load(Path.Combine(SharedData.RepoRoot, "notebooks", file)).Metadata;
        Assert.True(JsonNode.DeepEquals(Workbench.Kernel.KernelInfo.Content()["language_info"], metadata["language_info"]),
            $"{file}：{metadata["language_info"]?.ToJsonString()}");
        Assert.True(JsonNode.DeepEquals(NotebookLanguage.Kernelspec(), metadata["kernelspec"]), $"{file}：{metadata["kernelspec"]?.ToJsonString()}");
        Assert.Equal(Workbench.Kernel.KernelSpec.Name, (string?)metadata["kernelspec"]!["name"]);
    }
}
