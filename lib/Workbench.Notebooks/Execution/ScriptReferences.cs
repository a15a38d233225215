using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Workbench.Notebooks.Execution;

/// <summary>
/// What a cell may use without <c>#r</c>: the .NET framework, Workbench and every library it is built on (DataFrame,
/// Plotly.NET, DuckDB, ClosedXML). Roslyn's default script options lack even System.Linq (TECH-NOTES), so the list is
/// taken from the host's trusted platform assemblies, which hold exactly the framework and the app's dependencies.
/// </summary>
internal static class ScriptReferences
{
    private static readonly Lazy<ScriptOptions> Options = new(Build);

    /// <summary>Namespaces every cell imports, as .NET Interactive did.</summary>
    public static IReadOnlyList<string> DefaultImports { get; } =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Text", "System.Threading", "System.Threading.Tasks"];

    public static ScriptOptions For(string workingDirectory) =>
        Options.Value
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(workingDirectory))
            .WithSourceResolver(new SourceFileResolver([], workingDirectory))
            .WithFilePath(Path.Combine(workingDirectory, "cell.csx"));

    private static ScriptOptions Build()
    {
        var paths = ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal);
        // Hosts without a TPA list (or with assemblies loaded from elsewhere) still get ours and the framework's core.
        foreach (var assembly in new[]
                 {
                     typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(Workbench.Interruption).Assembly,
                     typeof(NotebookGlobals).Assembly, typeof(Workbench.Export.FigureExporter).Assembly,
                 })
            if (!string.IsNullOrEmpty(assembly.Location)) paths.Add(assembly.Location);
        var references = paths
            .Where(p => !IsTestHost(p) && IsManaged(p))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => MetadataReference.CreateFromFile(g.First(), documentation: Documentation(g.First())))
            .ToArray();
        return ScriptOptions.Default
            .WithReferences(references)
            .WithImports(DefaultImports)
            .WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest)
            // Line numbers in stack traces: a runtime error names the cell's line.
            .WithEmitDebugInformation(true)
            .WithFileEncoding(System.Text.Encoding.UTF8)
            .WithAllowUnsafe(false);
    }

    // The XML documentation beside an assembly (ours, and libraries shipping theirs), else the framework's in the SDK's
    // reference pack when one is installed; inspection (Shift-Tab) shows its summaries.
    private static DocumentationProvider? Documentation(string assemblyPath)
    {
        var beside = Path.ChangeExtension(assemblyPath, ".xml");
        if (File.Exists(beside)) return new XmlDocumentation(beside);
        if (FrameworkDocs.Value is { } folder && Path.Combine(folder, Path.GetFileNameWithoutExtension(assemblyPath) + ".xml") is var pack && File.Exists(pack))
            return new XmlDocumentation(pack);
        return null;
    }

    private static readonly Lazy<string?> FrameworkDocs = new(() =>
    {
        // <dotnet>/shared/Microsoft.NETCore.App/<version>/ → <dotnet>/packs/Microsoft.NETCore.App.Ref/<version>/ref/net<major>.<minor>/
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var root = runtime is null ? null : Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var packs = root is null ? null : Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        if (packs is null || !Directory.Exists(packs)) return null;
        var version = Environment.Version;
        var tfm = $"net{version.Major}.{version.Minor}";
        return Directory.GetDirectories(packs, $"{version.Major}.{version.Minor}.*")
            .Select(d => Path.Combine(d, "ref", tfm))
            .Where(Directory.Exists)
            .OrderByDescending(d => d, StringComparer.Ordinal)
            .FirstOrDefault();
    });

    // Test-runner assemblies would bring a second copy of xunit's types into every cell's scope.
    private static bool IsTestHost(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("xunit", StringComparison.OrdinalIgnoreCase) || name.StartsWith("testhost", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Microsoft.TestPlatform", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Microsoft.VisualStudio.TestPlatform", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsManaged(string path)
    {
        try { AssemblyName.GetAssemblyName(path); return true; }
        catch (BadImageFormatException) { return false; }
        catch (FileNotFoundException) { return false; }
    }
}
