using Workbench.IO;

namespace Workbench.Store;

/// <summary>
/// One import's changes to a store, made all at once or not at all. Every file the import writes goes first into a
/// staging folder BESIDE the store (<c>.&lt;store&gt;.import-&lt;pid&gt;</c>), so a failed or killed import leaves the store
/// byte-identical; the commit then renames the staged files into the store (each rename atomic, the list of them
/// written first as a journal, so a commit cut short is completed by the next import). A new store is staged whole
/// and renamed into place: a failed first import leaves no folder. Imports into one store are serialised by an
/// exclusive lock on <c>import.lock</c> (an operating-system lock: it is released when a process dies).
/// </summary>
internal sealed class StoreTransaction : IDisposable
{
    /// <summary>The lock file inside a store (an empty file, part of the store's layout).</summary>
    public const string LockFile = "import.lock";

    private const string JournalFile = "COMMIT";

    /// <summary>Test-only: an environment variable naming a file; when set, an import writes that file and waits just
    /// before committing, so a test can kill it at a known point.</summary>
    public const string PauseVariable = "WORKBENCH_TEST_PAUSE_BEFORE_COMMIT";

    private readonly FileStream _storeLock;
    private readonly FileStream _stagingLock;
    private readonly List<string> _written = [];
    private bool _committed;

    private StoreTransaction(string folder, string staging, bool isNew, FileStream storeLock, FileStream stagingLock)
    {
        Folder = folder;
        Staging = staging;
        IsNew = isNew;
        _storeLock = storeLock;
        _stagingLock = stagingLock;
    }

    /// <summary>The store folder.</summary>
    public string Folder { get; }

    /// <summary>The staging folder.</summary>
    public string Staging { get; }

    /// <summary>True when the store does not exist yet (this import creates it).</summary>
    public bool IsNew { get; }

    /// <summary>Begins an import into <paramref name="folder"/>: takes the lock, completes or removes what earlier imports
    /// left beside the store, and makes the staging folder.</summary>
    /// <exception cref="WorkbenchDataException">Another import holds the store.</exception>
    public static StoreTransaction Begin(string folder)
    {
        folder = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(folder)!;
        Directory.CreateDirectory(parent);
        var isNew = !Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any();
        var staging = Path.Combine(parent, $".{Path.GetFileName(folder)}.import-{Environment.ProcessId}-{Guid.NewGuid():N}");
        FileStream? storeLock = null;
        if (!isNew) storeLock = Lock(Path.Combine(folder, LockFile), folder);
        try
        {
            RecoverBeside(folder, parent);
            Directory.CreateDirectory(staging);
            var stagingLock = Lock(Path.Combine(staging, LockFile), folder);
            // A new store's lock file is its staging folder's (renamed with it).
            return new StoreTransaction(folder, staging, isNew, storeLock ?? stagingLock, stagingLock);
        }
        catch
        {
            storeLock?.Dispose();
            throw;
        }
    }

    private static FileStream Lock(string path, string folder)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new WorkbenchDataException(folder, null, null, "另一个导入正在写入该存储，请等它结束后再导入（同一存储同时只能有一个导入）");
        }
    }

    /// <summary>Staging folders of earlier imports of this store: a committed one is completed, an abandoned one (its
    /// process gone, so its lock free) removed. Called with the store's lock held (or for a store not created yet).</summary>
    private static void RecoverBeside(string folder, string parent)
    {
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{Path.GetFileName(folder)}.import-*"))
        {
            FileStream held;
            try { held = new FileStream(Path.Combine(dir, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); }
            catch (IOException) { continue; } // a live import (a first import of the same new store)
            using (held)
            {
                var journal = Path.Combine(dir, JournalFile);
                if (File.Exists(journal) && Directory.Exists(folder))
                    foreach (var rel in File.ReadAllLines(journal).Where(l => l.Length > 0))
                    {
                        var staged = Path.Combine(dir, rel);
                        if (!File.Exists(staged)) continue;
                        var target = Path.Combine(folder, rel);
                        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                        File.Move(staged, target, overwrite: true);
                    }
            }
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>The path to write the store file <paramref name="relative"/> to (in staging; parent folders made).</summary>
    public string Write(string relative)
    {
        var path = Path.Combine(Staging, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        lock (_written)
            if (!_written.Contains(relative)) _written.Add(relative);
        return path;
    }

    /// <summary>The current store file <paramref name="relative"/> (null when the store has none): what the import reads.</summary>
    public string? Current(string relative)
    {
        if (IsNew) return null;
        var path = Path.Combine(Folder, relative);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Moves the staged files into the store.</summary>
    public void Commit()
    {
        if (Environment.GetEnvironmentVariable(PauseVariable) is { Length: > 0 } signal)
        {
            File.WriteAllText(signal, Staging);
            Thread.Sleep(TimeSpan.FromMinutes(10));
        }
        if (IsNew)
        {
            _stagingLock.Dispose();
            if (Directory.Exists(Folder)) Directory.Delete(Folder); // empty (checked at Begin)
            try
            {
                Directory.Move(Staging, Folder);
            }
            catch (IOException)
            {
                throw new WorkbenchDataException(Folder, null, null, "另一个导入已在同时创建该存储；本次导入未写入任何内容，请重新导入");
            }
        }
        else
        {
            AtomicFile.WriteText(Path.Combine(Staging, JournalFile), w => { foreach (var rel in _written) w.WriteLine(rel); });
            foreach (var rel in _written)
            {
                var target = Path.Combine(Folder, rel);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(Path.Combine(Staging, rel), target, overwrite: true);
            }
            _stagingLock.Dispose();
            Directory.Delete(Staging, recursive: true);
        }
        _committed = true;
    }

    /// <summary>Releases the lock; without a commit, removes the staging folder (the store is as it was).</summary>
    public void Dispose()
    {
        _stagingLock.Dispose();
        _storeLock.Dispose();
        if (!_committed && Directory.Exists(Staging))
            try { Directory.Delete(Staging, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
