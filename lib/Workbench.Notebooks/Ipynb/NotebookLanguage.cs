using System.Text.Json.Nodes;

namespace Workbench.Notebooks.Ipynb;

/// <summary>
/// The notebook metadata of Workbench's C# kernel: the kernelspec block and the language_info block its kernel_info
/// reports. A front end replaces a notebook's language_info with the kernel's on opening and marks the notebook
/// changed when they differ, so the notebooks and the runner's outputs carry exactly these.
/// </summary>
public static class NotebookLanguage
{
    /// <summary>The kernel's name in kernelspecs and notebook metadata.</summary>
    public const string KernelName = "workbench-csharp";

    /// <summary>The name Jupyter shows.</summary>
    public const string DisplayName = "C# (Workbench)";

    /// <summary>The language_info block (kernel_info_reply and notebook metadata).</summary>
    public static JsonObject LanguageInfo() => new()
    {
        ["name"] = "csharp",
        ["version"] = "14.0",
        ["mimetype"] = "text/x-csharp",
        ["file_extension"] = ".cs",
        ["pygments_lexer"] = "csharp",
    };

    /// <summary>The kernelspec block of notebook metadata (as the classic front end writes it).</summary>
    public static JsonObject Kernelspec() => new()
    {
        ["display_name"] = DisplayName,
        ["language"] = "csharp",
        ["name"] = KernelName,
    };

    /// <summary>Sets <paramref name="document"/>'s kernelspec and language_info to the kernel's.</summary>
    public static void Apply(NotebookDocument document)
    {
        document.Metadata["kernelspec"] = Kernelspec();
        document.Metadata["language_info"] = LanguageInfo();
    }
}
