using System.Security.Cryptography;
using Workbench.Air.Tables;

namespace Workbench.Store;

/// <summary>One file an import read: its name, size and SHA-256, so the same file is never imported twice.</summary>
/// <param name="Name">The path as given (a file inside a folder given: the file's full path).</param>
/// <param name="Size">Bytes.</param>
/// <param name="Sha256">Lower-case hex.</param>
public sealed record ImportedFile(string Name, long Size, string Sha256)
{
    /// <summary>Reads the file's size and hash.</summary>
    public static ImportedFile Of(string path)
    {
        using var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        return new ImportedFile(Path.GetFullPath(path), f.Length, Convert.ToHexStringLower(SHA256.HashData(f)));
    }
}

/// <summary>One import into a store.</summary>
/// <param name="Number">1, 2, … in import order (its quality report is <c>quality/import-NNNN.csv</c>).</param>
/// <param name="At">When it was committed (local time with offset).</param>
/// <param name="Status">The declared status of its values.</param>
/// <param name="Files">The files it read.</param>
/// <param name="Months">The months it touched, as <c>YYYY-MM</c>.</param>
/// <param name="Counts">What it did to the values.</param>
/// <param name="FilesRead">Files its readers counted (a zip's members each).</param>
/// <param name="ValuesAccepted">Values its readers accepted.</param>
public sealed record ImportRecord(int Number, DateTimeOffset At, DataStatus Status, IReadOnlyList<ImportedFile> Files,
    IReadOnlyList<string> Months, MergeCounts Counts, int FilesRead, long ValuesAccepted)
{
    /// <summary>Its quality report inside the store.</summary>
    public string QualityFile => $"quality/import-{Number:D4}.csv";
}

/// <summary>
/// The store's list of imports (<c>imports.json</c>): every file imported, with its size and hash, so importing the
/// same file again (with the same declared status) is recognised and does nothing.
/// </summary>
public sealed record ImportLedger(IReadOnlyList<ImportRecord> Imports)
{
    /// <summary>The file name inside the store.</summary>
    public const string FileName = "imports.json";

    /// <summary>No import yet.</summary>
    public static ImportLedger Empty { get; } = new([]);

    /// <summary>True when a file of that content was imported with that status.</summary>
    public bool Holds(ImportedFile file, DataStatus status) =>
        Imports.Any(i => i.Status == status && i.Files.Any(f => f.Size == file.Size && f.Sha256 == file.Sha256));

    /// <summary>The ledger with one more import.</summary>
    public ImportLedger With(ImportRecord record) => new([.. Imports, record]);

    /// <summary>Serialises to indented JSON.</summary>
    public string ToJson() => StoreJson.Write(this);

    /// <summary>Reads a store's ledger (empty when the store has none yet).</summary>
    public static ImportLedger Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return Empty;
        return StoreJson.Ledger(File.ReadAllText(path), path);
    }
}
